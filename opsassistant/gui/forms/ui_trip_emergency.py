# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trip_emergency.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
    QWidget)

class Ui_TripEmergencyDialog(object):
    def setupUi(self, TripEmergencyDialog):
        if not TripEmergencyDialog.objectName():
            TripEmergencyDialog.setObjectName(u"TripEmergencyDialog")
        TripEmergencyDialog.resize(460, 260)
        self.dialogLayout = QVBoxLayout(TripEmergencyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.assistantNameLabel = QLabel(TripEmergencyDialog)
        self.assistantNameLabel.setObjectName(u"assistantNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assistantNameLabel)

        self.assistantNameEdit = QLineEdit(TripEmergencyDialog)
        self.assistantNameEdit.setObjectName(u"assistantNameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assistantNameEdit)

        self.assistantPhoneLabel = QLabel(TripEmergencyDialog)
        self.assistantPhoneLabel.setObjectName(u"assistantPhoneLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.assistantPhoneLabel)

        self.assistantPhoneEdit = QLineEdit(TripEmergencyDialog)
        self.assistantPhoneEdit.setObjectName(u"assistantPhoneEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.assistantPhoneEdit)

        self.assistantEmailLabel = QLabel(TripEmergencyDialog)
        self.assistantEmailLabel.setObjectName(u"assistantEmailLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assistantEmailLabel)

        self.assistantEmailEdit = QLineEdit(TripEmergencyDialog)
        self.assistantEmailEdit.setObjectName(u"assistantEmailEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assistantEmailEdit)

        self.officeNameLabel = QLabel(TripEmergencyDialog)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeNameEdit = QLineEdit(TripEmergencyDialog)
        self.officeNameEdit.setObjectName(u"officeNameEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officeNameEdit)

        self.officePhoneLabel = QLabel(TripEmergencyDialog)
        self.officePhoneLabel.setObjectName(u"officePhoneLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officePhoneLabel)

        self.officePhoneEdit = QLineEdit(TripEmergencyDialog)
        self.officePhoneEdit.setObjectName(u"officePhoneEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officePhoneEdit)

        self.hintLabel = QLabel(TripEmergencyDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hintLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(TripEmergencyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assistantNameLabel.setBuddy(self.assistantNameEdit)
        self.assistantPhoneLabel.setBuddy(self.assistantPhoneEdit)
        self.assistantEmailLabel.setBuddy(self.assistantEmailEdit)
        self.officeNameLabel.setBuddy(self.officeNameEdit)
        self.officePhoneLabel.setBuddy(self.officePhoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assistantNameEdit, self.assistantPhoneEdit)
        QWidget.setTabOrder(self.assistantPhoneEdit, self.assistantEmailEdit)
        QWidget.setTabOrder(self.assistantEmailEdit, self.officeNameEdit)
        QWidget.setTabOrder(self.officeNameEdit, self.officePhoneEdit)

        self.retranslateUi(TripEmergencyDialog)

        QMetaObject.connectSlotsByName(TripEmergencyDialog)
    # setupUi

    def retranslateUi(self, TripEmergencyDialog):
        TripEmergencyDialog.setWindowTitle(QCoreApplication.translate("TripEmergencyDialog", u"Emergency contacts", None))
        self.assistantNameLabel.setText(QCoreApplication.translate("TripEmergencyDialog", u"&Assistant:", None))
#if QT_CONFIG(accessibility)
        self.assistantNameEdit.setAccessibleName(QCoreApplication.translate("TripEmergencyDialog", u"Assistant's name", None))
#endif // QT_CONFIG(accessibility)
        self.assistantPhoneLabel.setText(QCoreApplication.translate("TripEmergencyDialog", u"Assistant's &phone:", None))
#if QT_CONFIG(accessibility)
        self.assistantPhoneEdit.setAccessibleName(QCoreApplication.translate("TripEmergencyDialog", u"Assistant's phone", None))
#endif // QT_CONFIG(accessibility)
        self.assistantEmailLabel.setText(QCoreApplication.translate("TripEmergencyDialog", u"Assistant's &e-mail:", None))
#if QT_CONFIG(accessibility)
        self.assistantEmailEdit.setAccessibleName(QCoreApplication.translate("TripEmergencyDialog", u"Assistant's e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.officeNameLabel.setText(QCoreApplication.translate("TripEmergencyDialog", u"&Office:", None))
#if QT_CONFIG(accessibility)
        self.officeNameEdit.setAccessibleName(QCoreApplication.translate("TripEmergencyDialog", u"Office name", None))
#endif // QT_CONFIG(accessibility)
        self.officeNameEdit.setPlaceholderText(QCoreApplication.translate("TripEmergencyDialog", u"e.g. Nordlys A/S", None))
        self.officePhoneLabel.setText(QCoreApplication.translate("TripEmergencyDialog", u"Office p&hone:", None))
#if QT_CONFIG(accessibility)
        self.officePhoneEdit.setAccessibleName(QCoreApplication.translate("TripEmergencyDialog", u"Office phone", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("TripEmergencyDialog", u"Printed on every page of the itinerary, with the executive and team members who are not travelling.", None))
    # retranslateUi

