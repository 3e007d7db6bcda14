# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

from opsassistant.gui.common.date_input import TimeInput
from opsassistant.gui.common.timezone_combo import TimeZoneCombo

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(760, 520)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.databaseCaption = QLabel(self.generalTab)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseLabel = QLabel(self.generalTab)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setText(u"")
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.databaseLabel.setWordWrap(True)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseLabel)

        self.tabs.addTab(self.generalTab, "")
        self.principalsTab = QWidget()
        self.principalsTab.setObjectName(u"principalsTab")
        self.principalsLayout = QHBoxLayout(self.principalsTab)
        self.principalsLayout.setObjectName(u"principalsLayout")
        self.listLayout = QVBoxLayout()
        self.listLayout.setObjectName(u"listLayout")
        self.principalList = QListWidget(self.principalsTab)
        self.principalList.setObjectName(u"principalList")
        self.principalList.setMaximumSize(QSize(230, 16777215))

        self.listLayout.addWidget(self.principalList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addButton = QPushButton(self.principalsTab)
        self.addButton.setObjectName(u"addButton")

        self.listButtons.addWidget(self.addButton)

        self.removeButton = QPushButton(self.principalsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.listButtons.addWidget(self.removeButton)


        self.listLayout.addLayout(self.listButtons)


        self.principalsLayout.addLayout(self.listLayout)

        self.editor = QWidget(self.principalsTab)
        self.editor.setObjectName(u"editor")
        self.editorLayout = QFormLayout(self.editor)
        self.editorLayout.setObjectName(u"editorLayout")
        self.editorLayout.setContentsMargins(0, 0, 0, 0)
        self.nameLabel = QLabel(self.editor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editorLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.editor)
        self.nameEdit.setObjectName(u"nameEdit")

        self.editorLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(self.editor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setStyleSheet(u"color: #c0392b;")
        self.nameError.setWordWrap(True)

        self.editorLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.roleLabel = QLabel(self.editor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.editorLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.editor)
        self.roleCombo.setObjectName(u"roleCombo")

        self.editorLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.titleLabel = QLabel(self.editor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.editorLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.editor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.editorLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.colourLabel = QLabel(self.editor)
        self.colourLabel.setObjectName(u"colourLabel")

        self.editorLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.colourLabel)

        self.colourButton = QPushButton(self.editor)
        self.colourButton.setObjectName(u"colourButton")

        self.editorLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.colourButton)

        self.zoneLabel = QLabel(self.editor)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.editorLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = TimeZoneCombo(self.editor)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)

        self.editorLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.zoneCombo)

        self.zoneError = QLabel(self.editor)
        self.zoneError.setObjectName(u"zoneError")
        self.zoneError.setText(u"")
        self.zoneError.setStyleSheet(u"color: #c0392b;")
        self.zoneError.setWordWrap(True)

        self.editorLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.zoneError)

        self.hoursLabel = QLabel(self.editor)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.editorLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursLayout = QHBoxLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.workStartEdit = TimeInput(self.editor)
        self.workStartEdit.setObjectName(u"workStartEdit")
        self.workStartEdit.setDisplayFormat(u"HH:mm")

        self.hoursLayout.addWidget(self.workStartEdit)

        self.hoursDash = QLabel(self.editor)
        self.hoursDash.setObjectName(u"hoursDash")
        self.hoursDash.setText(u"\u2013")

        self.hoursLayout.addWidget(self.hoursDash)

        self.workEndEdit = TimeInput(self.editor)
        self.workEndEdit.setObjectName(u"workEndEdit")
        self.workEndEdit.setDisplayFormat(u"HH:mm")

        self.hoursLayout.addWidget(self.workEndEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursLayout.addItem(self.hoursSpacer)


        self.editorLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.hoursLayout)

        self.hoursError = QLabel(self.editor)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setText(u"")
        self.hoursError.setStyleSheet(u"color: #c0392b;")
        self.hoursError.setWordWrap(True)

        self.editorLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hoursError)

        self.daysLabel = QLabel(self.editor)
        self.daysLabel.setObjectName(u"daysLabel")

        self.editorLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysLayout = QHBoxLayout()
        self.daysLayout.setObjectName(u"daysLayout")
        self.day1Check = QCheckBox(self.editor)
        self.day1Check.setObjectName(u"day1Check")

        self.daysLayout.addWidget(self.day1Check)

        self.day2Check = QCheckBox(self.editor)
        self.day2Check.setObjectName(u"day2Check")

        self.daysLayout.addWidget(self.day2Check)

        self.day3Check = QCheckBox(self.editor)
        self.day3Check.setObjectName(u"day3Check")

        self.daysLayout.addWidget(self.day3Check)

        self.day4Check = QCheckBox(self.editor)
        self.day4Check.setObjectName(u"day4Check")

        self.daysLayout.addWidget(self.day4Check)

        self.day5Check = QCheckBox(self.editor)
        self.day5Check.setObjectName(u"day5Check")

        self.daysLayout.addWidget(self.day5Check)

        self.day6Check = QCheckBox(self.editor)
        self.day6Check.setObjectName(u"day6Check")

        self.daysLayout.addWidget(self.day6Check)

        self.day7Check = QCheckBox(self.editor)
        self.day7Check.setObjectName(u"day7Check")

        self.daysLayout.addWidget(self.day7Check)


        self.editorLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.daysLayout)

        self.emailLabel = QLabel(self.editor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.editorLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.editor)
        self.emailEdit.setObjectName(u"emailEdit")

        self.editorLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.editor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.editorLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.editor)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.editorLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.principalsLayout.addWidget(self.editor)

        self.tabs.addTab(self.principalsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.colourLabel.setBuddy(self.colourButton)
        self.zoneLabel.setBuddy(self.zoneCombo)
        self.hoursLabel.setBuddy(self.workStartEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.principalList)
        QWidget.setTabOrder(self.principalList, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.colourButton)
        QWidget.setTabOrder(self.colourButton, self.zoneCombo)
        QWidget.setTabOrder(self.zoneCombo, self.workStartEdit)
        QWidget.setTabOrder(self.workStartEdit, self.workEndEdit)
        QWidget.setTabOrder(self.workEndEdit, self.day1Check)
        QWidget.setTabOrder(self.day1Check, self.day2Check)
        QWidget.setTabOrder(self.day2Check, self.day3Check)
        QWidget.setTabOrder(self.day3Check, self.day4Check)
        QWidget.setTabOrder(self.day4Check, self.day5Check)
        QWidget.setTabOrder(self.day5Check, self.day6Check)
        QWidget.setTabOrder(self.day6Check, self.day7Check)
        QWidget.setTabOrder(self.day7Check, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.buttonBox)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Language", None))
#endif // QT_CONFIG(accessibility)
        self.databaseCaption.setText(QCoreApplication.translate("SettingsDialog", u"Database:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
#if QT_CONFIG(accessibility)
        self.principalList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Executive and team members", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add", None))
        self.removeButton.setText(QCoreApplication.translate("SettingsDialog", u"Re&move", None))
        self.nameLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Role:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.colourLabel.setText(QCoreApplication.translate("SettingsDialog", u"C&olour:", None))
#if QT_CONFIG(accessibility)
        self.colourButton.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Colour", None))
#endif // QT_CONFIG(accessibility)
        self.colourButton.setText(QCoreApplication.translate("SettingsDialog", u"Choose\u2026", None))
        self.zoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"Home &time zone:", None))
#if QT_CONFIG(accessibility)
        self.zoneCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Home time zone", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Working hours:", None))
#if QT_CONFIG(accessibility)
        self.workStartEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Working day starts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workEndEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Working day ends", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Working days:", None))
        self.day1Check.setText(QCoreApplication.translate("SettingsDialog", u"Mon", None))
        self.day2Check.setText(QCoreApplication.translate("SettingsDialog", u"Tue", None))
        self.day3Check.setText(QCoreApplication.translate("SettingsDialog", u"Wed", None))
        self.day4Check.setText(QCoreApplication.translate("SettingsDialog", u"Thu", None))
        self.day5Check.setText(QCoreApplication.translate("SettingsDialog", u"Fri", None))
        self.day6Check.setText(QCoreApplication.translate("SettingsDialog", u"Sat", None))
        self.day7Check.setText(QCoreApplication.translate("SettingsDialog", u"Sun", None))
        self.emailLabel.setText(QCoreApplication.translate("SettingsDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.principalsTab), QCoreApplication.translate("SettingsDialog", u"Executive and team", None))
    # retranslateUi

