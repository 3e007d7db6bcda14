# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_templates.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_MailTemplatesDialog(object):
    def setupUi(self, MailTemplatesDialog):
        if not MailTemplatesDialog.objectName():
            MailTemplatesDialog.setObjectName(u"MailTemplatesDialog")
        MailTemplatesDialog.resize(760, 520)
        self.dialogLayout = QHBoxLayout(MailTemplatesDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.templateList = QListWidget(MailTemplatesDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setMaximumSize(QSize(260, 16777215))

        self.dialogLayout.addWidget(self.templateList)

        self.editLayout = QVBoxLayout()
        self.editLayout.setObjectName(u"editLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(MailTemplatesDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(MailTemplatesDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.subjectLabel = QLabel(MailTemplatesDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(MailTemplatesDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectEdit)


        self.editLayout.addLayout(self.formLayout)

        self.bodyEdit = QPlainTextEdit(MailTemplatesDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.editLayout.addWidget(self.bodyEdit)

        self.fieldsLabel = QLabel(MailTemplatesDialog)
        self.fieldsLabel.setObjectName(u"fieldsLabel")
        self.fieldsLabel.setWordWrap(True)
        self.fieldsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editLayout.addWidget(self.fieldsLabel)

        self.errorLabel = QLabel(MailTemplatesDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.editLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.resetButton = QPushButton(MailTemplatesDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonLayout.addWidget(self.resetButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(MailTemplatesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.buttonLayout.addWidget(self.buttonBox)


        self.editLayout.addLayout(self.buttonLayout)


        self.dialogLayout.addLayout(self.editLayout)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateList, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.resetButton)

        self.retranslateUi(MailTemplatesDialog)

        QMetaObject.connectSlotsByName(MailTemplatesDialog)
    # setupUi

    def retranslateUi(self, MailTemplatesDialog):
        MailTemplatesDialog.setWindowTitle(QCoreApplication.translate("MailTemplatesDialog", u"Mail templates", None))
#if QT_CONFIG(accessibility)
        self.templateList.setAccessibleName(QCoreApplication.translate("MailTemplatesDialog", u"Templates", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("MailTemplatesDialog", u"Language of the template", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Subject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("MailTemplatesDialog", u"Subject", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("MailTemplatesDialog", u"Text of the template", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("MailTemplatesDialog", u"&Restore the original wording", None))
    # retranslateUi

