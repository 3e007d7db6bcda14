# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_MailSettingsPage(object):
    def setupUi(self, MailSettingsPage):
        if not MailSettingsPage.objectName():
            MailSettingsPage.setObjectName(u"MailSettingsPage")
        MailSettingsPage.resize(520, 420)
        self.pageLayout = QVBoxLayout(MailSettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(MailSettingsPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MailSettingsPage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.emailLabel = QLabel(MailSettingsPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(MailSettingsPage)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.senderHint = QLabel(MailSettingsPage)
        self.senderHint.setObjectName(u"senderHint")
        self.senderHint.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.senderHint)

        self.transportLabel = QLabel(MailSettingsPage)
        self.transportLabel.setObjectName(u"transportLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.transportLabel)

        self.transportCombo = QComboBox(MailSettingsPage)
        self.transportCombo.setObjectName(u"transportCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.transportCombo)

        self.hostLabel = QLabel(MailSettingsPage)
        self.hostLabel.setObjectName(u"hostLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(MailSettingsPage)
        self.hostEdit.setObjectName(u"hostEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.securityLabel = QLabel(MailSettingsPage)
        self.securityLabel.setObjectName(u"securityLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.securityLabel)

        self.securityLayout = QHBoxLayout()
        self.securityLayout.setObjectName(u"securityLayout")
        self.securityCombo = QComboBox(MailSettingsPage)
        self.securityCombo.setObjectName(u"securityCombo")

        self.securityLayout.addWidget(self.securityCombo)

        self.portLabel = QLabel(MailSettingsPage)
        self.portLabel.setObjectName(u"portLabel")

        self.securityLayout.addWidget(self.portLabel)

        self.portSpin = QSpinBox(MailSettingsPage)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)
        self.portSpin.setValue(587)

        self.securityLayout.addWidget(self.portSpin)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.securityLayout)

        self.userLabel = QLabel(MailSettingsPage)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(MailSettingsPage)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(MailSettingsPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(MailSettingsPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.passwordHint = QLabel(MailSettingsPage)
        self.passwordHint.setObjectName(u"passwordHint")
        self.passwordHint.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.passwordHint)

        self.smsLabel = QLabel(MailSettingsPage)
        self.smsLabel.setObjectName(u"smsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.smsLabel)

        self.smsEdit = QLineEdit(MailSettingsPage)
        self.smsEdit.setObjectName(u"smsEdit")
        self.smsEdit.setPlaceholderText(u"{number}@sms.example.dk")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.smsEdit)

        self.smsHint = QLabel(MailSettingsPage)
        self.smsHint.setObjectName(u"smsHint")
        self.smsHint.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.smsHint)


        self.pageLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(MailSettingsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.errorLabel)

        self.templatesLayout = QHBoxLayout()
        self.templatesLayout.setObjectName(u"templatesLayout")
        self.templatesButton = QPushButton(MailSettingsPage)
        self.templatesButton.setObjectName(u"templatesButton")

        self.templatesLayout.addWidget(self.templatesButton)

        self.templatesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templatesLayout.addItem(self.templatesSpacer)


        self.pageLayout.addLayout(self.templatesLayout)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.transportLabel.setBuddy(self.transportCombo)
        self.hostLabel.setBuddy(self.hostEdit)
        self.securityLabel.setBuddy(self.securityCombo)
        self.portLabel.setBuddy(self.portSpin)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
        self.smsLabel.setBuddy(self.smsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.transportCombo)
        QWidget.setTabOrder(self.transportCombo, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.securityCombo)
        QWidget.setTabOrder(self.securityCombo, self.portSpin)
        QWidget.setTabOrder(self.portSpin, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.templatesButton)

        self.retranslateUi(MailSettingsPage)

        QMetaObject.connectSlotsByName(MailSettingsPage)
    # setupUi

    def retranslateUi(self, MailSettingsPage):
        self.nameLabel.setText(QCoreApplication.translate("MailSettingsPage", u"Your &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"Your name", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("MailSettingsPage", u"Your &e-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"Your e-mail address", None))
#endif // QT_CONFIG(accessibility)
        self.senderHint.setText(QCoreApplication.translate("MailSettingsPage", u"Invitations go out with the executive as organizer and you as the sender (\"on behalf of\").", None))
        self.transportLabel.setText(QCoreApplication.translate("MailSettingsPage", u"&Hand mails over:", None))
#if QT_CONFIG(accessibility)
        self.transportCombo.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"How mails are handed over", None))
#endif // QT_CONFIG(accessibility)
        self.hostLabel.setText(QCoreApplication.translate("MailSettingsPage", u"SMTP &server:", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"SMTP server", None))
#endif // QT_CONFIG(accessibility)
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsPage", u"e.g. smtp.office365.com", None))
        self.securityLabel.setText(QCoreApplication.translate("MailSettingsPage", u"Encr&yption:", None))
#if QT_CONFIG(accessibility)
        self.securityCombo.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"Encryption", None))
#endif // QT_CONFIG(accessibility)
        self.portLabel.setText(QCoreApplication.translate("MailSettingsPage", u"&Port:", None))
#if QT_CONFIG(accessibility)
        self.portSpin.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("MailSettingsPage", u"&User name:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"SMTP user name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("MailSettingsPage", u"Pass&word:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"SMTP password", None))
#endif // QT_CONFIG(accessibility)
        self.smsLabel.setText(QCoreApplication.translate("MailSettingsPage", u"Te&xt messages via:", None))
#if QT_CONFIG(accessibility)
        self.smsEdit.setAccessibleName(QCoreApplication.translate("MailSettingsPage", u"E-mail-to-SMS gateway address", None))
#endif // QT_CONFIG(accessibility)
        self.smsHint.setText(QCoreApplication.translate("MailSettingsPage", u"Your SMS gateway's address; {number} becomes the principal's mobile number with country code, digits only (e.g. 4520304050). Leave it empty to pass messages on by e-mail only.", None))
        self.templatesButton.setText(QCoreApplication.translate("MailSettingsPage", u"Mail &templates\u2026", None))
        pass
    # retranslateUi

