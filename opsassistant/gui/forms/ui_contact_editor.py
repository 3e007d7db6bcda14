# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import DateInput

class Ui_ContactEditorForm(object):
    def setupUi(self, ContactEditorForm):
        if not ContactEditorForm.objectName():
            ContactEditorForm.setObjectName(u"ContactEditorForm")
        ContactEditorForm.resize(900, 620)
        self.mainLayout = QVBoxLayout(ContactEditorForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.firstNameLabel = QLabel(ContactEditorForm)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(ContactEditorForm)
        self.firstNameEdit.setObjectName(u"firstNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.lastNameLabel = QLabel(ContactEditorForm)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(ContactEditorForm)
        self.lastNameEdit.setObjectName(u"lastNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.nameError = QLabel(ContactEditorForm)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.organisationLabel = QLabel(ContactEditorForm)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(ContactEditorForm)
        self.organisationEdit.setObjectName(u"organisationEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.departmentLabel = QLabel(ContactEditorForm)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(ContactEditorForm)
        self.departmentEdit.setObjectName(u"departmentEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.titleLabel = QLabel(ContactEditorForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ContactEditorForm)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.birthdayLabel = QLabel(ContactEditorForm)
        self.birthdayLabel.setObjectName(u"birthdayLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.birthdayLabel)

        self.birthdayLayout = QHBoxLayout()
        self.birthdayLayout.setObjectName(u"birthdayLayout")
        self.birthdayCheck = QCheckBox(ContactEditorForm)
        self.birthdayCheck.setObjectName(u"birthdayCheck")

        self.birthdayLayout.addWidget(self.birthdayCheck)

        self.birthdayEdit = DateInput(ContactEditorForm)
        self.birthdayEdit.setObjectName(u"birthdayEdit")
        self.birthdayEdit.setCalendarPopup(True)
        self.birthdayEdit.setEnabled(False)

        self.birthdayLayout.addWidget(self.birthdayEdit)

        self.birthdaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.birthdayLayout.addItem(self.birthdaySpacer)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.birthdayLayout)

        self.groupsLabel = QLabel(ContactEditorForm)
        self.groupsLabel.setObjectName(u"groupsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.groupsLabel)

        self.groupsEdit = QLineEdit(ContactEditorForm)
        self.groupsEdit.setObjectName(u"groupsEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.groupsEdit)

        self.flagsLayout = QHBoxLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.favouriteCheck = QCheckBox(ContactEditorForm)
        self.favouriteCheck.setObjectName(u"favouriteCheck")

        self.flagsLayout.addWidget(self.favouriteCheck)

        self.vipCheck = QCheckBox(ContactEditorForm)
        self.vipCheck.setObjectName(u"vipCheck")

        self.flagsLayout.addWidget(self.vipCheck)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.flagsLayout)

        self.notesLabel = QLabel(ContactEditorForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ContactEditorForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.columnsLayout.addLayout(self.formLayout)

        self.listsLayout = QVBoxLayout()
        self.listsLayout.setObjectName(u"listsLayout")
        self.phonesBox = QGroupBox(ContactEditorForm)
        self.phonesBox.setObjectName(u"phonesBox")
        self.phonesOuter = QVBoxLayout(self.phonesBox)
        self.phonesOuter.setObjectName(u"phonesOuter")
        self.phonesLayout = QVBoxLayout()
        self.phonesLayout.setObjectName(u"phonesLayout")

        self.phonesOuter.addLayout(self.phonesLayout)

        self.addPhoneButton = QPushButton(self.phonesBox)
        self.addPhoneButton.setObjectName(u"addPhoneButton")
        self.addPhoneButton.setAutoDefault(False)

        self.phonesOuter.addWidget(self.addPhoneButton)


        self.listsLayout.addWidget(self.phonesBox)

        self.emailsBox = QGroupBox(ContactEditorForm)
        self.emailsBox.setObjectName(u"emailsBox")
        self.emailsOuter = QVBoxLayout(self.emailsBox)
        self.emailsOuter.setObjectName(u"emailsOuter")
        self.emailsLayout = QVBoxLayout()
        self.emailsLayout.setObjectName(u"emailsLayout")

        self.emailsOuter.addLayout(self.emailsLayout)

        self.addEmailButton = QPushButton(self.emailsBox)
        self.addEmailButton.setObjectName(u"addEmailButton")
        self.addEmailButton.setAutoDefault(False)

        self.emailsOuter.addWidget(self.addEmailButton)


        self.listsLayout.addWidget(self.emailsBox)

        self.addressesBox = QGroupBox(ContactEditorForm)
        self.addressesBox.setObjectName(u"addressesBox")
        self.addressesOuter = QVBoxLayout(self.addressesBox)
        self.addressesOuter.setObjectName(u"addressesOuter")
        self.addressesLayout = QVBoxLayout()
        self.addressesLayout.setObjectName(u"addressesLayout")

        self.addressesOuter.addLayout(self.addressesLayout)

        self.addAddressButton = QPushButton(self.addressesBox)
        self.addAddressButton.setObjectName(u"addAddressButton")
        self.addAddressButton.setAutoDefault(False)

        self.addressesOuter.addWidget(self.addAddressButton)


        self.listsLayout.addWidget(self.addressesBox)

        self.listsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.listsLayout.addItem(self.listsSpacer)


        self.columnsLayout.addLayout(self.listsLayout)


        self.mainLayout.addLayout(self.columnsLayout)

        self.duplicateLabel = QLabel(ContactEditorForm)
        self.duplicateLabel.setObjectName(u"duplicateLabel")
        self.duplicateLabel.setText(u"")
        self.duplicateLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.duplicateLabel)

        self.buttonBox = QDialogButtonBox(ContactEditorForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.birthdayLabel.setBuddy(self.birthdayCheck)
        self.groupsLabel.setBuddy(self.groupsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.birthdayCheck)
        QWidget.setTabOrder(self.birthdayCheck, self.birthdayEdit)
        QWidget.setTabOrder(self.birthdayEdit, self.groupsEdit)
        QWidget.setTabOrder(self.groupsEdit, self.favouriteCheck)
        QWidget.setTabOrder(self.favouriteCheck, self.vipCheck)
        QWidget.setTabOrder(self.vipCheck, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.addPhoneButton)
        QWidget.setTabOrder(self.addPhoneButton, self.addEmailButton)
        QWidget.setTabOrder(self.addEmailButton, self.addAddressButton)

        self.retranslateUi(ContactEditorForm)

        QMetaObject.connectSlotsByName(ContactEditorForm)
    # setupUi

    def retranslateUi(self, ContactEditorForm):
        ContactEditorForm.setWindowTitle(QCoreApplication.translate("ContactEditorForm", u"Contact", None))
        self.firstNameLabel.setText(QCoreApplication.translate("ContactEditorForm", u"&First name:", None))
#if QT_CONFIG(accessibility)
        self.firstNameEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("ContactEditorForm", u"&Last name:", None))
#if QT_CONFIG(accessibility)
        self.lastNameEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("ContactEditorForm", u"&Organisation:", None))
#if QT_CONFIG(accessibility)
        self.organisationEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("ContactEditorForm", u"&Department:", None))
#if QT_CONFIG(accessibility)
        self.departmentEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("ContactEditorForm", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.birthdayLabel.setText(QCoreApplication.translate("ContactEditorForm", u"&Birthday:", None))
        self.birthdayCheck.setText(QCoreApplication.translate("ContactEditorForm", u"Known", None))
#if QT_CONFIG(accessibility)
        self.birthdayCheck.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Birthday known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.birthdayEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Birthday", None))
#endif // QT_CONFIG(accessibility)
        self.groupsLabel.setText(QCoreApplication.translate("ContactEditorForm", u"&Groups:", None))
#if QT_CONFIG(accessibility)
        self.groupsEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Groups", None))
#endif // QT_CONFIG(accessibility)
        self.groupsEdit.setPlaceholderText(QCoreApplication.translate("ContactEditorForm", u"Separated by commas", None))
        self.favouriteCheck.setText(QCoreApplication.translate("ContactEditorForm", u"F&avourite", None))
        self.vipCheck.setText(QCoreApplication.translate("ContactEditorForm", u"&VIP", None))
        self.notesLabel.setText(QCoreApplication.translate("ContactEditorForm", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ContactEditorForm", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.phonesBox.setTitle(QCoreApplication.translate("ContactEditorForm", u"Phone numbers", None))
        self.addPhoneButton.setText(QCoreApplication.translate("ContactEditorForm", u"Add &number", None))
        self.emailsBox.setTitle(QCoreApplication.translate("ContactEditorForm", u"E-mail addresses", None))
        self.addEmailButton.setText(QCoreApplication.translate("ContactEditorForm", u"Add e-&mail", None))
        self.addressesBox.setTitle(QCoreApplication.translate("ContactEditorForm", u"Addresses", None))
        self.addAddressButton.setText(QCoreApplication.translate("ContactEditorForm", u"Add add&ress", None))
    # retranslateUi

