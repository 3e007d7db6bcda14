# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trip_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QPlainTextEdit, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import DateInput

class Ui_TripEditorDialog(object):
    def setupUi(self, TripEditorDialog):
        if not TripEditorDialog.objectName():
            TripEditorDialog.setObjectName(u"TripEditorDialog")
        TripEditorDialog.resize(520, 460)
        self.dialogLayout = QVBoxLayout(TripEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(TripEditorDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TripEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(TripEditorDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setStyleSheet(u"color: #c0392b;")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.destinationLabel = QLabel(TripEditorDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationEdit = QLineEdit(TripEditorDialog)
        self.destinationEdit.setObjectName(u"destinationEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.destinationEdit)

        self.travellersLabel = QLabel(TripEditorDialog)
        self.travellersLabel.setObjectName(u"travellersLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.travellersLabel)

        self.travellersList = QListWidget(TripEditorDialog)
        self.travellersList.setObjectName(u"travellersList")
        self.travellersList.setMaximumSize(QSize(16777215, 110))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.travellersList)

        self.travellersError = QLabel(TripEditorDialog)
        self.travellersError.setObjectName(u"travellersError")
        self.travellersError.setText(u"")
        self.travellersError.setStyleSheet(u"color: #c0392b;")
        self.travellersError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.travellersError)

        self.startDateLabel = QLabel(TripEditorDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.startDateEdit = DateInput(TripEditorDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.startDateEdit)

        self.endDateLabel = QLabel(TripEditorDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.datesLayout.addWidget(self.endDateLabel)

        self.endDateEdit = DateInput(TripEditorDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.endDateEdit)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.endDateError = QLabel(TripEditorDialog)
        self.endDateError.setObjectName(u"endDateError")
        self.endDateError.setText(u"")
        self.endDateError.setStyleSheet(u"color: #c0392b;")
        self.endDateError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.endDateError)

        self.purposeLabel = QLabel(TripEditorDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(TripEditorDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.notesLabel = QLabel(TripEditorDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TripEditorDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(TripEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.destinationLabel.setBuddy(self.destinationEdit)
        self.travellersLabel.setBuddy(self.travellersList)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.destinationEdit)
        QWidget.setTabOrder(self.destinationEdit, self.travellersList)
        QWidget.setTabOrder(self.travellersList, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.notesEdit)

        self.retranslateUi(TripEditorDialog)

        QMetaObject.connectSlotsByName(TripEditorDialog)
    # setupUi

    def retranslateUi(self, TripEditorDialog):
        TripEditorDialog.setWindowTitle(QCoreApplication.translate("TripEditorDialog", u"Trip", None))
        self.titleLabel.setText(QCoreApplication.translate("TripEditorDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("TripEditorDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TripEditorDialog", u"e.g. Sales visit to Tokyo", None))
        self.destinationLabel.setText(QCoreApplication.translate("TripEditorDialog", u"&Destination:", None))
#if QT_CONFIG(accessibility)
        self.destinationEdit.setAccessibleName(QCoreApplication.translate("TripEditorDialog", u"Destination", None))
#endif // QT_CONFIG(accessibility)
        self.travellersLabel.setText(QCoreApplication.translate("TripEditorDialog", u"Tra&vellers:", None))
#if QT_CONFIG(accessibility)
        self.travellersList.setAccessibleName(QCoreApplication.translate("TripEditorDialog", u"Travellers (Space ticks)", None))
#endif // QT_CONFIG(accessibility)
        self.startDateLabel.setText(QCoreApplication.translate("TripEditorDialog", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("TripEditorDialog", u"First day of the trip", None))
#endif // QT_CONFIG(accessibility)
        self.endDateLabel.setText(QCoreApplication.translate("TripEditorDialog", u"T&o:", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("TripEditorDialog", u"Last day of the trip", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("TripEditorDialog", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeEdit.setAccessibleName(QCoreApplication.translate("TripEditorDialog", u"Purpose", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("TripEditorDialog", u"&Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("TripEditorDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

