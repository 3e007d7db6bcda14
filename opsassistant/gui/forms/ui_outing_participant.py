# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outing_participant.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ParticipantDialog(object):
    def setupUi(self, ParticipantDialog):
        if not ParticipantDialog.objectName():
            ParticipantDialog.setObjectName(u"ParticipantDialog")
        ParticipantDialog.resize(480, 440)
        self.dialogLayout = QVBoxLayout(ParticipantDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(ParticipantDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ParticipantDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.linkLabel = QLabel(ParticipantDialog)
        self.linkLabel.setObjectName(u"linkLabel")
        self.linkLabel.setText(u"")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.linkLabel)

        self.nameError = QLabel(ParticipantDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setText(u"")
        self.nameError.setStyleSheet(u"color: #c0392b;")
        self.nameError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.emailLabel = QLabel(ParticipantDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(ParticipantDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = QLabel(ParticipantDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setText(u"")
        self.emailError.setStyleSheet(u"color: #c0392b;")
        self.emailError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.rsvpLabel = QLabel(ParticipantDialog)
        self.rsvpLabel.setObjectName(u"rsvpLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rsvpLabel)

        self.rsvpCombo = QComboBox(ParticipantDialog)
        self.rsvpCombo.setObjectName(u"rsvpCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.rsvpCombo)

        self.dietaryLabel = QLabel(ParticipantDialog)
        self.dietaryLabel.setObjectName(u"dietaryLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dietaryLabel)

        self.dietaryEdit = QLineEdit(ParticipantDialog)
        self.dietaryEdit.setObjectName(u"dietaryEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dietaryEdit)

        self.notesLabel = QLabel(ParticipantDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(ParticipantDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.severalLabel = QLabel(ParticipantDialog)
        self.severalLabel.setObjectName(u"severalLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.severalLabel)

        self.severalList = QListWidget(ParticipantDialog)
        self.severalList.setObjectName(u"severalList")
        self.severalList.setMinimumSize(QSize(0, 110))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.severalList)

        self.severalHint = QLabel(ParticipantDialog)
        self.severalHint.setObjectName(u"severalHint")
        self.severalHint.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.severalHint)


        self.dialogLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ParticipantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.rsvpLabel.setBuddy(self.rsvpCombo)
        self.dietaryLabel.setBuddy(self.dietaryEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.severalLabel.setBuddy(self.severalList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.rsvpCombo)
        QWidget.setTabOrder(self.rsvpCombo, self.dietaryEdit)
        QWidget.setTabOrder(self.dietaryEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.severalList)

        self.retranslateUi(ParticipantDialog)

        QMetaObject.connectSlotsByName(ParticipantDialog)
    # setupUi

    def retranslateUi(self, ParticipantDialog):
        ParticipantDialog.setWindowTitle(QCoreApplication.translate("ParticipantDialog", u"Participant", None))
        self.nameLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"Type to find a contact or team member", None))
        self.emailLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.rsvpLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Reply:", None))
#if QT_CONFIG(accessibility)
        self.rsvpCombo.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Reply", None))
#endif // QT_CONFIG(accessibility)
        self.dietaryLabel.setText(QCoreApplication.translate("ParticipantDialog", u"&Dietary needs:", None))
#if QT_CONFIG(accessibility)
        self.dietaryEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Dietary needs", None))
#endif // QT_CONFIG(accessibility)
        self.dietaryEdit.setPlaceholderText(QCoreApplication.translate("ParticipantDialog", u"e.g. vegetarian, no nuts", None))
        self.notesLabel.setText(QCoreApplication.translate("ParticipantDialog", u"N&otes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.severalLabel.setText(QCoreApplication.translate("ParticipantDialog", u"Add se&veral:", None))
#if QT_CONFIG(accessibility)
        self.severalList.setAccessibleName(QCoreApplication.translate("ParticipantDialog", u"People found (Space ticks; every ticked person is added)", None))
#endif // QT_CONFIG(accessibility)
        self.severalHint.setText(QCoreApplication.translate("ParticipantDialog", u"Type a name above, tick everyone who comes, then Save.", None))
    # retranslateUi

