# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outing_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import DateTimeInput
from opsassistant.gui.common.timezone_combo import TimeZoneCombo

class Ui_OutingEditorDialog(object):
    def setupUi(self, OutingEditorDialog):
        if not OutingEditorDialog.objectName():
            OutingEditorDialog.setObjectName(u"OutingEditorDialog")
        OutingEditorDialog.resize(640, 680)
        self.dialogLayout = QVBoxLayout(OutingEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(OutingEditorDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(OutingEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(OutingEditorDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setStyleSheet(u"color: #c0392b;")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.kindLabel = QLabel(OutingEditorDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindLayout = QHBoxLayout()
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindCombo = QComboBox(OutingEditorDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindLayout.addWidget(self.kindCombo)

        self.statusLabel = QLabel(OutingEditorDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.kindLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(OutingEditorDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.kindLayout.addWidget(self.statusCombo)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.kindLayout)

        self.startLabel = QLabel(OutingEditorDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = DateTimeInput(OutingEditorDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(OutingEditorDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = DateTimeInput(OutingEditorDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.endError = QLabel(OutingEditorDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setText(u"")
        self.endError.setStyleSheet(u"color: #c0392b;")
        self.endError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.endError)

        self.timezoneLabel = QLabel(OutingEditorDialog)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = TimeZoneCombo(OutingEditorDialog)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.timezoneError = QLabel(OutingEditorDialog)
        self.timezoneError.setObjectName(u"timezoneError")
        self.timezoneError.setText(u"")
        self.timezoneError.setStyleSheet(u"color: #c0392b;")
        self.timezoneError.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.timezoneError)

        self.venueLabel = QLabel(OutingEditorDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(OutingEditorDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.organiserLabel = QLabel(OutingEditorDialog)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.organiserLabel)

        self.organiserCombo = QComboBox(OutingEditorDialog)
        self.organiserCombo.setObjectName(u"organiserCombo")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.organiserCombo)

        self.budgetLabel = QLabel(OutingEditorDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetLayout = QHBoxLayout()
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetEdit = QLineEdit(OutingEditorDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")
        self.budgetEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.budgetLayout.addWidget(self.budgetEdit)

        self.currencyLabel = QLabel(OutingEditorDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.budgetLayout.addWidget(self.currencyLabel)

        self.currencyEdit = QLineEdit(OutingEditorDialog)
        self.currencyEdit.setObjectName(u"currencyEdit")
        self.currencyEdit.setMaximumSize(QSize(70, 16777215))
        self.currencyEdit.setMaxLength(3)
        self.currencyEdit.setText(u"DKK")

        self.budgetLayout.addWidget(self.currencyEdit)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.budgetLayout)

        self.budgetError = QLabel(OutingEditorDialog)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setText(u"")
        self.budgetError.setStyleSheet(u"color: #c0392b;")
        self.budgetError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.budgetError)

        self.descriptionLabel = QLabel(OutingEditorDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(OutingEditorDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.programmeLabel = QLabel(OutingEditorDialog)
        self.programmeLabel.setObjectName(u"programmeLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.programmeLabel)

        self.programmeLayout = QVBoxLayout()
        self.programmeLayout.setObjectName(u"programmeLayout")
        self.programmeTable = QTableWidget(OutingEditorDialog)
        if (self.programmeTable.columnCount() < 3):
            self.programmeTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.programmeTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.programmeTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.programmeTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.programmeTable.setObjectName(u"programmeTable")
        self.programmeTable.setTabKeyNavigation(False)
        self.programmeTable.setColumnCount(3)
        self.programmeTable.horizontalHeader().setStretchLastSection(True)
        self.programmeTable.verticalHeader().setVisible(False)

        self.programmeLayout.addWidget(self.programmeTable)

        self.programmeButtons = QHBoxLayout()
        self.programmeButtons.setObjectName(u"programmeButtons")
        self.addItemButton = QPushButton(OutingEditorDialog)
        self.addItemButton.setObjectName(u"addItemButton")
        self.addItemButton.setAutoDefault(False)

        self.programmeButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(OutingEditorDialog)
        self.removeItemButton.setObjectName(u"removeItemButton")
        self.removeItemButton.setAutoDefault(False)

        self.programmeButtons.addWidget(self.removeItemButton)

        self.programmeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.programmeButtons.addItem(self.programmeSpacer)


        self.programmeLayout.addLayout(self.programmeButtons)

        self.programmeError = QLabel(OutingEditorDialog)
        self.programmeError.setObjectName(u"programmeError")
        self.programmeError.setText(u"")
        self.programmeError.setStyleSheet(u"color: #c0392b;")
        self.programmeError.setWordWrap(True)

        self.programmeLayout.addWidget(self.programmeError)


        self.formLayout.setLayout(13, QFormLayout.ItemRole.FieldRole, self.programmeLayout)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(OutingEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.organiserLabel.setBuddy(self.organiserCombo)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.currencyLabel.setBuddy(self.currencyEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.programmeLabel.setBuddy(self.programmeTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.organiserCombo)
        QWidget.setTabOrder(self.organiserCombo, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.currencyEdit)
        QWidget.setTabOrder(self.currencyEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.programmeTable)
        QWidget.setTabOrder(self.programmeTable, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.removeItemButton)

        self.retranslateUi(OutingEditorDialog)

        QMetaObject.connectSlotsByName(OutingEditorDialog)
    # setupUi

    def retranslateUi(self, OutingEditorDialog):
        OutingEditorDialog.setWindowTitle(QCoreApplication.translate("OutingEditorDialog", u"Outing", None))
        self.titleLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("OutingEditorDialog", u"e.g. Summer outing to Bakken", None))
        self.kindLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Kind of outing", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Start:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Start", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&End:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"End", None))
#endif // QT_CONFIG(accessibility)
        self.timezoneLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"Time &zone:", None))
#if QT_CONFIG(accessibility)
        self.timezoneCombo.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Time zone", None))
#endif // QT_CONFIG(accessibility)
        self.venueLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Venue:", None))
#if QT_CONFIG(accessibility)
        self.venueEdit.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venueEdit.setPlaceholderText(QCoreApplication.translate("OutingEditorDialog", u"Name and address; start typing a contact's name to link it", None))
        self.organiserLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Organiser:", None))
#if QT_CONFIG(accessibility)
        self.organiserCombo.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Organiser", None))
#endif // QT_CONFIG(accessibility)
        self.budgetLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Budget:", None))
#if QT_CONFIG(accessibility)
        self.budgetEdit.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Budget", None))
#endif // QT_CONFIG(accessibility)
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("OutingEditorDialog", u"0,00", None))
        self.currencyLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Currency:", None))
#if QT_CONFIG(accessibility)
        self.currencyEdit.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Currency of the budget", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.programmeLabel.setText(QCoreApplication.translate("OutingEditorDialog", u"&Programme:", None))
        ___qtablewidgetitem = self.programmeTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("OutingEditorDialog", u"Time", None))
        ___qtablewidgetitem1 = self.programmeTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("OutingEditorDialog", u"Item", None))
        ___qtablewidgetitem2 = self.programmeTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("OutingEditorDialog", u"Notes", None))
#if QT_CONFIG(accessibility)
        self.programmeTable.setAccessibleName(QCoreApplication.translate("OutingEditorDialog", u"Programme", None))
#endif // QT_CONFIG(accessibility)
        self.addItemButton.setText(QCoreApplication.translate("OutingEditorDialog", u"&Add item", None))
        self.removeItemButton.setText(QCoreApplication.translate("OutingEditorDialog", u"&Remove item", None))
    # retranslateUi

