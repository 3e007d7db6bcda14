# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'send_mail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SendMailDialog(object):
    def setupUi(self, SendMailDialog):
        if not SendMailDialog.objectName():
            SendMailDialog.setObjectName(u"SendMailDialog")
        SendMailDialog.resize(620, 560)
        self.dialogLayout = QVBoxLayout(SendMailDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fromLabel = QLabel(SendMailDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromValue = QLabel(SendMailDialog)
        self.fromValue.setObjectName(u"fromValue")
        self.fromValue.setWordWrap(True)
        self.fromValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromValue)

        self.toLabel = QLabel(SendMailDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(SendMailDialog)
        self.toEdit.setObjectName(u"toEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.bccLabel = QLabel(SendMailDialog)
        self.bccLabel.setObjectName(u"bccLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bccLabel)

        self.bccValue = QLabel(SendMailDialog)
        self.bccValue.setObjectName(u"bccValue")
        self.bccValue.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.bccValue)

        self.languageLabel = QLabel(SendMailDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SendMailDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.subjectLabel = QLabel(SendMailDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(SendMailDialog)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.attachmentsLabel = QLabel(SendMailDialog)
        self.attachmentsLabel.setObjectName(u"attachmentsLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.attachmentsLabel)

        self.attachmentsValue = QLabel(SendMailDialog)
        self.attachmentsValue.setObjectName(u"attachmentsValue")
        self.attachmentsValue.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.attachmentsValue)


        self.dialogLayout.addLayout(self.formLayout)

        self.warningLabel = QLabel(SendMailDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.bodyEdit = QPlainTextEdit(SendMailDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")

        self.dialogLayout.addWidget(self.bodyEdit)

        self.errorLabel = QLabel(SendMailDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.clientButton = QPushButton(SendMailDialog)
        self.clientButton.setObjectName(u"clientButton")

        self.buttonLayout.addWidget(self.clientButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.sendButton = QPushButton(SendMailDialog)
        self.sendButton.setObjectName(u"sendButton")

        self.buttonLayout.addWidget(self.sendButton)

        self.cancelButton = QPushButton(SendMailDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.sendButton)
        QWidget.setTabOrder(self.sendButton, self.clientButton)
        QWidget.setTabOrder(self.clientButton, self.cancelButton)

        self.retranslateUi(SendMailDialog)

        self.sendButton.setDefault(True)


        QMetaObject.connectSlotsByName(SendMailDialog)
    # setupUi

    def retranslateUi(self, SendMailDialog):
        SendMailDialog.setWindowTitle(QCoreApplication.translate("SendMailDialog", u"Send e-mail", None))
        self.fromLabel.setText(QCoreApplication.translate("SendMailDialog", u"From:", None))
        self.toLabel.setText(QCoreApplication.translate("SendMailDialog", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("SendMailDialog", u"Recipients", None))
#endif // QT_CONFIG(accessibility)
        self.bccLabel.setText(QCoreApplication.translate("SendMailDialog", u"Bcc:", None))
        self.languageLabel.setText(QCoreApplication.translate("SendMailDialog", u"&Language:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("SendMailDialog", u"Language of the mail", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("SendMailDialog", u"&Subject:", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("SendMailDialog", u"Subject", None))
#endif // QT_CONFIG(accessibility)
        self.attachmentsLabel.setText(QCoreApplication.translate("SendMailDialog", u"Attached:", None))
#if QT_CONFIG(accessibility)
        self.bodyEdit.setAccessibleName(QCoreApplication.translate("SendMailDialog", u"Text of the mail", None))
#endif // QT_CONFIG(accessibility)
        self.clientButton.setText(QCoreApplication.translate("SendMailDialog", u"Open in &mail program", None))
        self.sendButton.setText(QCoreApplication.translate("SendMailDialog", u"S&end", None))
        self.cancelButton.setText(QCoreApplication.translate("SendMailDialog", u"Cancel", None))
    # retranslateUi

