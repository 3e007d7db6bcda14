# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'report_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from opsassistant.gui.report_date_edit import DateEdit

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(520, 250)
        self.mainLayout = QVBoxLayout(ReportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(ReportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateLabel = QLabel(ReportDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(ReportDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.principalLabel = QLabel(ReportDialog)
        self.principalLabel.setObjectName(u"principalLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.principalLabel)

        self.principalCombo = QComboBox(ReportDialog)
        self.principalCombo.setObjectName(u"principalCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.principalCombo)

        self.outingLabel = QLabel(ReportDialog)
        self.outingLabel.setObjectName(u"outingLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outingLabel)

        self.outingCombo = QComboBox(ReportDialog)
        self.outingCombo.setObjectName(u"outingCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outingCombo)

        self.tripLabel = QLabel(ReportDialog)
        self.tripLabel.setObjectName(u"tripLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tripLabel)

        self.tripCombo = QComboBox(ReportDialog)
        self.tripCombo.setObjectName(u"tripCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tripCombo)

        self.groupingLabel = QLabel(ReportDialog)
        self.groupingLabel.setObjectName(u"groupingLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groupingLabel)

        self.groupingCombo = QComboBox(ReportDialog)
        self.groupingCombo.setObjectName(u"groupingCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groupingCombo)

        self.languageLabel = QLabel(ReportDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(ReportDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.descriptionLabel = QLabel(ReportDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.problemLabel = QLabel(ReportDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.previewButton = QPushButton(ReportDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.buttonLayout.addWidget(self.previewButton)

        self.printButton = QPushButton(ReportDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonLayout.addWidget(self.printButton)

        self.saveButton = QPushButton(ReportDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonLayout.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.principalLabel.setBuddy(self.principalCombo)
        self.outingLabel.setBuddy(self.outingCombo)
        self.tripLabel.setBuddy(self.tripCombo)
        self.groupingLabel.setBuddy(self.groupingCombo)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.principalCombo)
        QWidget.setTabOrder(self.principalCombo, self.outingCombo)
        QWidget.setTabOrder(self.outingCombo, self.tripCombo)
        QWidget.setTabOrder(self.tripCombo, self.groupingCombo)
        QWidget.setTabOrder(self.groupingCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.buttonBox)

        self.retranslateUi(ReportDialog)
        self.buttonBox.rejected.connect(ReportDialog.reject)

        self.previewButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Reports", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportDialog", u"&Report:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Report", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ReportDialog", u"&Date:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.principalLabel.setText(QCoreApplication.translate("ReportDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.principalCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"For", None))
#endif // QT_CONFIG(accessibility)
        self.outingLabel.setText(QCoreApplication.translate("ReportDialog", u"&Outing:", None))
#if QT_CONFIG(accessibility)
        self.outingCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Outing", None))
#endif // QT_CONFIG(accessibility)
        self.tripLabel.setText(QCoreApplication.translate("ReportDialog", u"&Trip:", None))
#if QT_CONFIG(accessibility)
        self.tripCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Trip", None))
#endif // QT_CONFIG(accessibility)
        self.groupingLabel.setText(QCoreApplication.translate("ReportDialog", u"&Grouping:", None))
#if QT_CONFIG(accessibility)
        self.groupingCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Grouping", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("ReportDialog", u"Report &language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Report language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("ReportDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.previewButton.setText(QCoreApplication.translate("ReportDialog", u"Pre&view", None))
        self.printButton.setText(QCoreApplication.translate("ReportDialog", u"&Print\u2026", None))
        self.saveButton.setText(QCoreApplication.translate("ReportDialog", u"&Save as PDF\u2026", None))
    # retranslateUi

