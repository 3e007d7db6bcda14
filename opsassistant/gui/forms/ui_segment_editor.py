# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'segment_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import DateTimeInput
from opsassistant.gui.common.timezone_combo import TimeZoneCombo

class Ui_SegmentEditorDialog(object):
    def setupUi(self, SegmentEditorDialog):
        if not SegmentEditorDialog.objectName():
            SegmentEditorDialog.setObjectName(u"SegmentEditorDialog")
        SegmentEditorDialog.resize(620, 640)
        self.dialogLayout = QVBoxLayout(SegmentEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kindLabel = QLabel(SegmentEditorDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(SegmentEditorDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(SegmentEditorDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(SegmentEditorDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(SegmentEditorDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setStyleSheet(u"color: #c0392b;")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.fromCodeLabel = QLabel(SegmentEditorDialog)
        self.fromCodeLabel.setObjectName(u"fromCodeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fromCodeLabel)

        self.fromCodeEdit = QLineEdit(SegmentEditorDialog)
        self.fromCodeEdit.setObjectName(u"fromCodeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fromCodeEdit)

        self.fromCodeError = QLabel(SegmentEditorDialog)
        self.fromCodeError.setObjectName(u"fromCodeError")
        self.fromCodeError.setText(u"")
        self.fromCodeError.setStyleSheet(u"color: #c0392b;")
        self.fromCodeError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fromCodeError)

        self.fromPlaceLabel = QLabel(SegmentEditorDialog)
        self.fromPlaceLabel.setObjectName(u"fromPlaceLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fromPlaceLabel)

        self.fromPlaceEdit = QLineEdit(SegmentEditorDialog)
        self.fromPlaceEdit.setObjectName(u"fromPlaceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fromPlaceEdit)

        self.fromPlaceError = QLabel(SegmentEditorDialog)
        self.fromPlaceError.setObjectName(u"fromPlaceError")
        self.fromPlaceError.setText(u"")
        self.fromPlaceError.setStyleSheet(u"color: #c0392b;")
        self.fromPlaceError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.fromPlaceError)

        self.toCodeLabel = QLabel(SegmentEditorDialog)
        self.toCodeLabel.setObjectName(u"toCodeLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.toCodeLabel)

        self.toCodeEdit = QLineEdit(SegmentEditorDialog)
        self.toCodeEdit.setObjectName(u"toCodeEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.toCodeEdit)

        self.toCodeError = QLabel(SegmentEditorDialog)
        self.toCodeError.setObjectName(u"toCodeError")
        self.toCodeError.setText(u"")
        self.toCodeError.setStyleSheet(u"color: #c0392b;")
        self.toCodeError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.toCodeError)

        self.toPlaceLabel = QLabel(SegmentEditorDialog)
        self.toPlaceLabel.setObjectName(u"toPlaceLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.toPlaceLabel)

        self.toPlaceEdit = QLineEdit(SegmentEditorDialog)
        self.toPlaceEdit.setObjectName(u"toPlaceEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.toPlaceEdit)

        self.startLabel = QLabel(SegmentEditorDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startLayout = QHBoxLayout()
        self.startLayout.setObjectName(u"startLayout")
        self.startEdit = DateTimeInput(SegmentEditorDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.startLayout.addWidget(self.startEdit)

        self.startZoneCombo = TimeZoneCombo(SegmentEditorDialog)
        self.startZoneCombo.setObjectName(u"startZoneCombo")
        self.startZoneCombo.setEditable(True)

        self.startLayout.addWidget(self.startZoneCombo)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.startLayout)

        self.startZoneError = QLabel(SegmentEditorDialog)
        self.startZoneError.setObjectName(u"startZoneError")
        self.startZoneError.setText(u"")
        self.startZoneError.setStyleSheet(u"color: #c0392b;")
        self.startZoneError.setWordWrap(True)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.startZoneError)

        self.endLabel = QLabel(SegmentEditorDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endLayout = QHBoxLayout()
        self.endLayout.setObjectName(u"endLayout")
        self.endEdit = DateTimeInput(SegmentEditorDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.endLayout.addWidget(self.endEdit)

        self.endZoneCombo = TimeZoneCombo(SegmentEditorDialog)
        self.endZoneCombo.setObjectName(u"endZoneCombo")
        self.endZoneCombo.setEditable(True)

        self.endLayout.addWidget(self.endZoneCombo)


        self.formLayout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.endLayout)

        self.endError = QLabel(SegmentEditorDialog)
        self.endError.setObjectName(u"endError")
        self.endError.setText(u"")
        self.endError.setStyleSheet(u"color: #c0392b;")
        self.endError.setWordWrap(True)

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.endError)

        self.durationLabel = QLabel(SegmentEditorDialog)
        self.durationLabel.setObjectName(u"durationLabel")
        self.durationLabel.setText(u"")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.durationLabel.sizePolicy().hasHeightForWidth())
        self.durationLabel.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.durationLabel)

        self.carrierLabel = QLabel(SegmentEditorDialog)
        self.carrierLabel.setObjectName(u"carrierLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.carrierLabel)

        self.carrierLayout = QHBoxLayout()
        self.carrierLayout.setObjectName(u"carrierLayout")
        self.carrierEdit = QLineEdit(SegmentEditorDialog)
        self.carrierEdit.setObjectName(u"carrierEdit")

        self.carrierLayout.addWidget(self.carrierEdit)

        self.numberLabel = QLabel(SegmentEditorDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.carrierLayout.addWidget(self.numberLabel)

        self.numberEdit = QLineEdit(SegmentEditorDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.carrierLayout.addWidget(self.numberEdit)


        self.formLayout.setLayout(15, QFormLayout.ItemRole.FieldRole, self.carrierLayout)

        self.terminalLabel = QLabel(SegmentEditorDialog)
        self.terminalLabel.setObjectName(u"terminalLabel")

        self.formLayout.setWidget(16, QFormLayout.ItemRole.LabelRole, self.terminalLabel)

        self.terminalLayout = QHBoxLayout()
        self.terminalLayout.setObjectName(u"terminalLayout")
        self.terminalEdit = QLineEdit(SegmentEditorDialog)
        self.terminalEdit.setObjectName(u"terminalEdit")

        self.terminalLayout.addWidget(self.terminalEdit)

        self.seatLabel = QLabel(SegmentEditorDialog)
        self.seatLabel.setObjectName(u"seatLabel")

        self.terminalLayout.addWidget(self.seatLabel)

        self.seatEdit = QLineEdit(SegmentEditorDialog)
        self.seatEdit.setObjectName(u"seatEdit")

        self.terminalLayout.addWidget(self.seatEdit)


        self.formLayout.setLayout(16, QFormLayout.ItemRole.FieldRole, self.terminalLayout)

        self.bookingLabel = QLabel(SegmentEditorDialog)
        self.bookingLabel.setObjectName(u"bookingLabel")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.LabelRole, self.bookingLabel)

        self.bookingEdit = QLineEdit(SegmentEditorDialog)
        self.bookingEdit.setObjectName(u"bookingEdit")

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.bookingEdit)

        self.addressLabel = QLabel(SegmentEditorDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(SegmentEditorDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(SegmentEditorDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(SegmentEditorDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(19, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.linkLabel = QLabel(SegmentEditorDialog)
        self.linkLabel.setObjectName(u"linkLabel")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkCombo = QComboBox(SegmentEditorDialog)
        self.linkCombo.setObjectName(u"linkCombo")

        self.formLayout.setWidget(20, QFormLayout.ItemRole.FieldRole, self.linkCombo)

        self.attendeeLabel = QLabel(SegmentEditorDialog)
        self.attendeeLabel.setObjectName(u"attendeeLabel")

        self.formLayout.setWidget(21, QFormLayout.ItemRole.LabelRole, self.attendeeLabel)

        self.attendeeEdit = QLineEdit(SegmentEditorDialog)
        self.attendeeEdit.setObjectName(u"attendeeEdit")

        self.formLayout.setWidget(21, QFormLayout.ItemRole.FieldRole, self.attendeeEdit)

        self.attendeeList = QListWidget(SegmentEditorDialog)
        self.attendeeList.setObjectName(u"attendeeList")
        self.attendeeList.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(22, QFormLayout.ItemRole.FieldRole, self.attendeeList)

        self.notesLabel = QLabel(SegmentEditorDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(23, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(SegmentEditorDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMinimumSize(QSize(0, 70))

        self.formLayout.setWidget(23, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SegmentEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.fromCodeLabel.setBuddy(self.fromCodeEdit)
        self.fromPlaceLabel.setBuddy(self.fromPlaceEdit)
        self.toCodeLabel.setBuddy(self.toCodeEdit)
        self.toPlaceLabel.setBuddy(self.toPlaceEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.carrierLabel.setBuddy(self.carrierEdit)
        self.numberLabel.setBuddy(self.numberEdit)
        self.terminalLabel.setBuddy(self.terminalEdit)
        self.seatLabel.setBuddy(self.seatEdit)
        self.bookingLabel.setBuddy(self.bookingEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.linkLabel.setBuddy(self.linkCombo)
        self.attendeeLabel.setBuddy(self.attendeeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.fromCodeEdit)
        QWidget.setTabOrder(self.fromCodeEdit, self.fromPlaceEdit)
        QWidget.setTabOrder(self.fromPlaceEdit, self.toCodeEdit)
        QWidget.setTabOrder(self.toCodeEdit, self.toPlaceEdit)
        QWidget.setTabOrder(self.toPlaceEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.startZoneCombo)
        QWidget.setTabOrder(self.startZoneCombo, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.endZoneCombo)
        QWidget.setTabOrder(self.endZoneCombo, self.carrierEdit)
        QWidget.setTabOrder(self.carrierEdit, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.terminalEdit)
        QWidget.setTabOrder(self.terminalEdit, self.seatEdit)
        QWidget.setTabOrder(self.seatEdit, self.bookingEdit)
        QWidget.setTabOrder(self.bookingEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.linkCombo)
        QWidget.setTabOrder(self.linkCombo, self.attendeeEdit)
        QWidget.setTabOrder(self.attendeeEdit, self.attendeeList)
        QWidget.setTabOrder(self.attendeeList, self.notesEdit)

        self.retranslateUi(SegmentEditorDialog)

        QMetaObject.connectSlotsByName(SegmentEditorDialog)
    # setupUi

    def retranslateUi(self, SegmentEditorDialog):
        SegmentEditorDialog.setWindowTitle(QCoreApplication.translate("SegmentEditorDialog", u"Segment", None))
        self.kindLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"&Kind:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Kind of segment", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("SegmentEditorDialog", u"e.g. Meeting with the distributor", None))
        self.fromCodeLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"&From airport:", None))
#if QT_CONFIG(accessibility)
        self.fromCodeEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"From airport", None))
#endif // QT_CONFIG(accessibility)
        self.fromCodeEdit.setPlaceholderText(QCoreApplication.translate("SegmentEditorDialog", u"IATA code or city, e.g. CPH", None))
        self.fromPlaceLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"Fro&m:", None))
#if QT_CONFIG(accessibility)
        self.fromPlaceEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.toCodeLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"T&o airport:", None))
#if QT_CONFIG(accessibility)
        self.toCodeEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"To airport", None))
#endif // QT_CONFIG(accessibility)
        self.toCodeEdit.setPlaceholderText(QCoreApplication.translate("SegmentEditorDialog", u"IATA code or city, e.g. NRT", None))
        self.toPlaceLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"To:", None))
#if QT_CONFIG(accessibility)
        self.toPlaceEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"&Departure:", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Departure, local time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startZoneCombo.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Time zone of the departure", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"&Arrival:", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Arrival, local time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endZoneCombo.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Time zone of the arrival", None))
#endif // QT_CONFIG(accessibility)
        self.carrierLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"Air&line:", None))
#if QT_CONFIG(accessibility)
        self.carrierEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Airline", None))
#endif // QT_CONFIG(accessibility)
        self.numberLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"Flight &number:", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Flight number", None))
#endif // QT_CONFIG(accessibility)
        self.terminalLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"Ter&minal:", None))
#if QT_CONFIG(accessibility)
        self.terminalEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Terminal", None))
#endif // QT_CONFIG(accessibility)
        self.seatLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"S&eat:", None))
#if QT_CONFIG(accessibility)
        self.seatEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Seat", None))
#endif // QT_CONFIG(accessibility)
        self.bookingLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"&Booking reference:", None))
#if QT_CONFIG(accessibility)
        self.bookingEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Booking reference", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"Addre&ss:", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"&Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.linkLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"Appo&intment:", None))
#if QT_CONFIG(accessibility)
        self.linkCombo.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Calendar appointment shown for this meeting", None))
#endif // QT_CONFIG(accessibility)
        self.attendeeLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"Atten&dees:", None))
#if QT_CONFIG(accessibility)
        self.attendeeEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Add an attendee", None))
#endif // QT_CONFIG(accessibility)
        self.attendeeEdit.setPlaceholderText(QCoreApplication.translate("SegmentEditorDialog", u"Type a contact's name and press Enter", None))
#if QT_CONFIG(accessibility)
        self.attendeeList.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Attendees (Delete removes one)", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("SegmentEditorDialog", u"No&tes:", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("SegmentEditorDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

