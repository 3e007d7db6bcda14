# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import (DateInput, TimeInput)
from opsassistant.gui.common.timezone_combo import TimeZoneCombo

class Ui_EventEditor(object):
    def setupUi(self, EventEditor):
        if not EventEditor.objectName():
            EventEditor.setObjectName(u"EventEditor")
        EventEditor.resize(640, 640)
        self.mainLayout = QVBoxLayout(EventEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scopeLabel = QLabel(EventEditor)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.scopeLabel)

        self.tabs = QTabWidget(EventEditor)
        self.tabs.setObjectName(u"tabs")
        self.mainTab = QWidget()
        self.mainTab.setObjectName(u"mainTab")
        self.mainForm = QGridLayout(self.mainTab)
        self.mainForm.setObjectName(u"mainForm")
        self.titleLabel = QLabel(self.mainTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainForm.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(self.mainTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.mainForm.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.locationLabel = QLabel(self.mainTab)
        self.locationLabel.setObjectName(u"locationLabel")

        self.mainForm.addWidget(self.locationLabel, 1, 0, 1, 1)

        self.locationEdit = QLineEdit(self.mainTab)
        self.locationEdit.setObjectName(u"locationEdit")

        self.mainForm.addWidget(self.locationEdit, 1, 1, 1, 1)

        self.allDayLabel = QLabel(self.mainTab)
        self.allDayLabel.setObjectName(u"allDayLabel")

        self.mainForm.addWidget(self.allDayLabel, 2, 0, 1, 1)

        self.allDayCheck = QCheckBox(self.mainTab)
        self.allDayCheck.setObjectName(u"allDayCheck")

        self.mainForm.addWidget(self.allDayCheck, 2, 1, 1, 1)

        self.startLabel = QLabel(self.mainTab)
        self.startLabel.setObjectName(u"startLabel")

        self.mainForm.addWidget(self.startLabel, 3, 0, 1, 1)

        self.startLayout = QHBoxLayout()
        self.startLayout.setObjectName(u"startLayout")
        self.startDateEdit = DateInput(self.mainTab)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.startLayout.addWidget(self.startDateEdit)

        self.startTimeEdit = TimeInput(self.mainTab)
        self.startTimeEdit.setObjectName(u"startTimeEdit")

        self.startLayout.addWidget(self.startTimeEdit)

        self.startZoneCombo = TimeZoneCombo(self.mainTab)
        self.startZoneCombo.setObjectName(u"startZoneCombo")
        self.startZoneCombo.setEditable(True)

        self.startLayout.addWidget(self.startZoneCombo)


        self.mainForm.addLayout(self.startLayout, 3, 1, 1, 1)

        self.endLabel = QLabel(self.mainTab)
        self.endLabel.setObjectName(u"endLabel")

        self.mainForm.addWidget(self.endLabel, 4, 0, 1, 1)

        self.endLayout = QHBoxLayout()
        self.endLayout.setObjectName(u"endLayout")
        self.endDateEdit = DateInput(self.mainTab)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)

        self.endLayout.addWidget(self.endDateEdit)

        self.endTimeEdit = TimeInput(self.mainTab)
        self.endTimeEdit.setObjectName(u"endTimeEdit")

        self.endLayout.addWidget(self.endTimeEdit)

        self.endZoneCombo = TimeZoneCombo(self.mainTab)
        self.endZoneCombo.setObjectName(u"endZoneCombo")
        self.endZoneCombo.setEditable(True)

        self.endLayout.addWidget(self.endZoneCombo)


        self.mainForm.addLayout(self.endLayout, 4, 1, 1, 1)

        self.hintTitleLabel = QLabel(self.mainTab)
        self.hintTitleLabel.setObjectName(u"hintTitleLabel")

        self.mainForm.addWidget(self.hintTitleLabel, 5, 0, 1, 1)

        self.homeHintLabel = QLabel(self.mainTab)
        self.homeHintLabel.setObjectName(u"homeHintLabel")
        self.homeHintLabel.setWordWrap(True)

        self.mainForm.addWidget(self.homeHintLabel, 5, 1, 1, 1)

        self.principalsLabel = QLabel(self.mainTab)
        self.principalsLabel.setObjectName(u"principalsLabel")

        self.mainForm.addWidget(self.principalsLabel, 6, 0, 1, 1)

        self.principalList = QListWidget(self.mainTab)
        self.principalList.setObjectName(u"principalList")
        self.principalList.setMaximumSize(QSize(16777215, 70))

        self.mainForm.addWidget(self.principalList, 6, 1, 1, 1)

        self.attendeesLabel = QLabel(self.mainTab)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.mainForm.addWidget(self.attendeesLabel, 7, 0, 1, 1)

        self.attendeeLayout = QVBoxLayout()
        self.attendeeLayout.setObjectName(u"attendeeLayout")
        self.attendeeAddLayout = QHBoxLayout()
        self.attendeeAddLayout.setObjectName(u"attendeeAddLayout")
        self.attendeeEdit = QLineEdit(self.mainTab)
        self.attendeeEdit.setObjectName(u"attendeeEdit")

        self.attendeeAddLayout.addWidget(self.attendeeEdit)

        self.addAttendeeButton = QPushButton(self.mainTab)
        self.addAttendeeButton.setObjectName(u"addAttendeeButton")

        self.attendeeAddLayout.addWidget(self.addAttendeeButton)

        self.removeAttendeeButton = QPushButton(self.mainTab)
        self.removeAttendeeButton.setObjectName(u"removeAttendeeButton")

        self.attendeeAddLayout.addWidget(self.removeAttendeeButton)


        self.attendeeLayout.addLayout(self.attendeeAddLayout)

        self.attendeeList = QListWidget(self.mainTab)
        self.attendeeList.setObjectName(u"attendeeList")
        self.attendeeList.setMaximumSize(QSize(16777215, 70))

        self.attendeeLayout.addWidget(self.attendeeList)


        self.mainForm.addLayout(self.attendeeLayout, 7, 1, 1, 1)

        self.categoryLabel = QLabel(self.mainTab)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.mainForm.addWidget(self.categoryLabel, 8, 0, 1, 1)

        self.categoryCombo = QComboBox(self.mainTab)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.mainForm.addWidget(self.categoryCombo, 8, 1, 1, 1)

        self.statusLabel = QLabel(self.mainTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.mainForm.addWidget(self.statusLabel, 9, 0, 1, 1)

        self.statusCombo = QComboBox(self.mainTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.mainForm.addWidget(self.statusCombo, 9, 1, 1, 1)

        self.reminderLabel = QLabel(self.mainTab)
        self.reminderLabel.setObjectName(u"reminderLabel")

        self.mainForm.addWidget(self.reminderLabel, 10, 0, 1, 1)

        self.reminderCombo = QComboBox(self.mainTab)
        self.reminderCombo.setObjectName(u"reminderCombo")

        self.mainForm.addWidget(self.reminderCombo, 10, 1, 1, 1)

        self.tabs.addTab(self.mainTab, "")
        self.repeatTab = QWidget()
        self.repeatTab.setObjectName(u"repeatTab")
        self.repeatForm = QGridLayout(self.repeatTab)
        self.repeatForm.setObjectName(u"repeatForm")
        self.repeatLabel = QLabel(self.repeatTab)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.repeatForm.addWidget(self.repeatLabel, 0, 0, 1, 1)

        self.repeatCombo = QComboBox(self.repeatTab)
        self.repeatCombo.setObjectName(u"repeatCombo")

        self.repeatForm.addWidget(self.repeatCombo, 0, 1, 1, 1)

        self.intervalLabel = QLabel(self.repeatTab)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.repeatForm.addWidget(self.intervalLabel, 1, 0, 1, 1)

        self.intervalSpin = QSpinBox(self.repeatTab)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimum(1)
        self.intervalSpin.setMaximum(99)

        self.repeatForm.addWidget(self.intervalSpin, 1, 1, 1, 1)

        self.weekdaysLabel = QLabel(self.repeatTab)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.repeatForm.addWidget(self.weekdaysLabel, 2, 0, 1, 1)

        self.weekdayLayout = QHBoxLayout()
        self.weekdayLayout.setObjectName(u"weekdayLayout")
        self.day1Check = QCheckBox(self.repeatTab)
        self.day1Check.setObjectName(u"day1Check")

        self.weekdayLayout.addWidget(self.day1Check)

        self.day2Check = QCheckBox(self.repeatTab)
        self.day2Check.setObjectName(u"day2Check")

        self.weekdayLayout.addWidget(self.day2Check)

        self.day3Check = QCheckBox(self.repeatTab)
        self.day3Check.setObjectName(u"day3Check")

        self.weekdayLayout.addWidget(self.day3Check)

        self.day4Check = QCheckBox(self.repeatTab)
        self.day4Check.setObjectName(u"day4Check")

        self.weekdayLayout.addWidget(self.day4Check)

        self.day5Check = QCheckBox(self.repeatTab)
        self.day5Check.setObjectName(u"day5Check")

        self.weekdayLayout.addWidget(self.day5Check)

        self.day6Check = QCheckBox(self.repeatTab)
        self.day6Check.setObjectName(u"day6Check")

        self.weekdayLayout.addWidget(self.day6Check)

        self.day7Check = QCheckBox(self.repeatTab)
        self.day7Check.setObjectName(u"day7Check")

        self.weekdayLayout.addWidget(self.day7Check)


        self.repeatForm.addLayout(self.weekdayLayout, 2, 1, 1, 1)

        self.endsLabel = QLabel(self.repeatTab)
        self.endsLabel.setObjectName(u"endsLabel")

        self.repeatForm.addWidget(self.endsLabel, 3, 0, 1, 1)

        self.endsLayout = QHBoxLayout()
        self.endsLayout.setObjectName(u"endsLayout")
        self.endsCombo = QComboBox(self.repeatTab)
        self.endsCombo.setObjectName(u"endsCombo")

        self.endsLayout.addWidget(self.endsCombo)

        self.untilDateEdit = DateInput(self.repeatTab)
        self.untilDateEdit.setObjectName(u"untilDateEdit")
        self.untilDateEdit.setCalendarPopup(True)

        self.endsLayout.addWidget(self.untilDateEdit)

        self.countSpin = QSpinBox(self.repeatTab)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(999)

        self.endsLayout.addWidget(self.countSpin)


        self.repeatForm.addLayout(self.endsLayout, 3, 1, 1, 1)

        self.exceptionsLabel = QLabel(self.repeatTab)
        self.exceptionsLabel.setObjectName(u"exceptionsLabel")

        self.repeatForm.addWidget(self.exceptionsLabel, 4, 0, 1, 1)

        self.exceptionsLayout = QVBoxLayout()
        self.exceptionsLayout.setObjectName(u"exceptionsLayout")
        self.exceptionList = QListWidget(self.repeatTab)
        self.exceptionList.setObjectName(u"exceptionList")
        self.exceptionList.setMaximumSize(QSize(16777215, 90))

        self.exceptionsLayout.addWidget(self.exceptionList)

        self.exceptionButtons = QHBoxLayout()
        self.exceptionButtons.setObjectName(u"exceptionButtons")
        self.exceptionDateEdit = DateInput(self.repeatTab)
        self.exceptionDateEdit.setObjectName(u"exceptionDateEdit")
        self.exceptionDateEdit.setCalendarPopup(True)

        self.exceptionButtons.addWidget(self.exceptionDateEdit)

        self.addExceptionButton = QPushButton(self.repeatTab)
        self.addExceptionButton.setObjectName(u"addExceptionButton")

        self.exceptionButtons.addWidget(self.addExceptionButton)

        self.removeExceptionButton = QPushButton(self.repeatTab)
        self.removeExceptionButton.setObjectName(u"removeExceptionButton")

        self.exceptionButtons.addWidget(self.removeExceptionButton)


        self.exceptionsLayout.addLayout(self.exceptionButtons)


        self.repeatForm.addLayout(self.exceptionsLayout, 4, 1, 1, 1)

        self.customRuleLabel = QLabel(self.repeatTab)
        self.customRuleLabel.setObjectName(u"customRuleLabel")
        self.customRuleLabel.setWordWrap(True)
        self.customRuleLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.repeatForm.addWidget(self.customRuleLabel, 5, 0, 1, 2)

        self.repeatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.repeatForm.addItem(self.repeatSpacer, 6, 0, 1, 2)

        self.tabs.addTab(self.repeatTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QVBoxLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")

        self.notesLayout.addWidget(self.notesEdit)

        self.tabs.addTab(self.notesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.conflictLabel = QLabel(EventEditor)
        self.conflictLabel.setObjectName(u"conflictLabel")
        self.conflictLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.conflictLabel)

        self.errorLabel = QLabel(EventEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EventEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.allDayLabel.setBuddy(self.allDayCheck)
        self.startLabel.setBuddy(self.startDateEdit)
        self.endLabel.setBuddy(self.endDateEdit)
        self.hintTitleLabel.setBuddy(self.homeHintLabel)
        self.principalsLabel.setBuddy(self.principalList)
        self.attendeesLabel.setBuddy(self.attendeeEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reminderLabel.setBuddy(self.reminderCombo)
        self.repeatLabel.setBuddy(self.repeatCombo)
        self.intervalLabel.setBuddy(self.intervalSpin)
        self.weekdaysLabel.setBuddy(self.day1Check)
        self.endsLabel.setBuddy(self.endsCombo)
        self.exceptionsLabel.setBuddy(self.exceptionList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.allDayCheck)
        QWidget.setTabOrder(self.allDayCheck, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.startTimeEdit)
        QWidget.setTabOrder(self.startTimeEdit, self.startZoneCombo)
        QWidget.setTabOrder(self.startZoneCombo, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.endTimeEdit)
        QWidget.setTabOrder(self.endTimeEdit, self.endZoneCombo)
        QWidget.setTabOrder(self.endZoneCombo, self.principalList)
        QWidget.setTabOrder(self.principalList, self.attendeeEdit)
        QWidget.setTabOrder(self.attendeeEdit, self.addAttendeeButton)
        QWidget.setTabOrder(self.addAttendeeButton, self.removeAttendeeButton)
        QWidget.setTabOrder(self.removeAttendeeButton, self.attendeeList)
        QWidget.setTabOrder(self.attendeeList, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.reminderCombo)

        self.retranslateUi(EventEditor)

        QMetaObject.connectSlotsByName(EventEditor)
    # setupUi

    def retranslateUi(self, EventEditor):
        EventEditor.setWindowTitle(QCoreApplication.translate("EventEditor", u"Appointment", None))
        self.titleLabel.setText(QCoreApplication.translate("EventEditor", u"&Title:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.locationLabel.setText(QCoreApplication.translate("EventEditor", u"&Location:", None))
#if QT_CONFIG(accessibility)
        self.locationEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Location", None))
#endif // QT_CONFIG(accessibility)
        self.allDayLabel.setText(QCoreApplication.translate("EventEditor", u"All &day:", None))
#if QT_CONFIG(accessibility)
        self.allDayCheck.setAccessibleName(QCoreApplication.translate("EventEditor", u"All day", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("EventEditor", u"&Start:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Start date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startTimeEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Start time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.startZoneCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Start time zone", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("EventEditor", u"&End:", None))
#if QT_CONFIG(accessibility)
        self.endDateEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"End date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endTimeEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"End time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.endZoneCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"End time zone", None))
#endif // QT_CONFIG(accessibility)
        self.hintTitleLabel.setText(QCoreApplication.translate("EventEditor", u"Home time:", None))
        self.principalsLabel.setText(QCoreApplication.translate("EventEditor", u"&Principals:", None))
#if QT_CONFIG(accessibility)
        self.principalList.setAccessibleName(QCoreApplication.translate("EventEditor", u"Principals", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesLabel.setText(QCoreApplication.translate("EventEditor", u"Atte&ndees:", None))
        self.attendeeEdit.setPlaceholderText(QCoreApplication.translate("EventEditor", u"Type a name from your contacts\u2026", None))
#if QT_CONFIG(accessibility)
        self.attendeeEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Add attendee", None))
#endif // QT_CONFIG(accessibility)
        self.addAttendeeButton.setText(QCoreApplication.translate("EventEditor", u"&Add", None))
        self.removeAttendeeButton.setText(QCoreApplication.translate("EventEditor", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.attendeeList.setAccessibleName(QCoreApplication.translate("EventEditor", u"Attendees", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("EventEditor", u"&Category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("EventEditor", u"Stat&us:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.reminderLabel.setText(QCoreApplication.translate("EventEditor", u"&Reminder:", None))
#if QT_CONFIG(accessibility)
        self.reminderCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Reminder", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.mainTab), QCoreApplication.translate("EventEditor", u"&Appointment", None))
        self.repeatLabel.setText(QCoreApplication.translate("EventEditor", u"&Repeats:", None))
#if QT_CONFIG(accessibility)
        self.repeatCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Repeats", None))
#endif // QT_CONFIG(accessibility)
        self.intervalLabel.setText(QCoreApplication.translate("EventEditor", u"E&very:", None))
#if QT_CONFIG(accessibility)
        self.intervalSpin.setAccessibleName(QCoreApplication.translate("EventEditor", u"Interval", None))
#endif // QT_CONFIG(accessibility)
        self.weekdaysLabel.setText(QCoreApplication.translate("EventEditor", u"On:", None))
        self.day1Check.setText(QCoreApplication.translate("EventEditor", u"Mon", None))
#if QT_CONFIG(accessibility)
        self.day1Check.setAccessibleName(QCoreApplication.translate("EventEditor", u"Mon", None))
#endif // QT_CONFIG(accessibility)
        self.day2Check.setText(QCoreApplication.translate("EventEditor", u"Tue", None))
#if QT_CONFIG(accessibility)
        self.day2Check.setAccessibleName(QCoreApplication.translate("EventEditor", u"Tue", None))
#endif // QT_CONFIG(accessibility)
        self.day3Check.setText(QCoreApplication.translate("EventEditor", u"Wed", None))
#if QT_CONFIG(accessibility)
        self.day3Check.setAccessibleName(QCoreApplication.translate("EventEditor", u"Wed", None))
#endif // QT_CONFIG(accessibility)
        self.day4Check.setText(QCoreApplication.translate("EventEditor", u"Thu", None))
#if QT_CONFIG(accessibility)
        self.day4Check.setAccessibleName(QCoreApplication.translate("EventEditor", u"Thu", None))
#endif // QT_CONFIG(accessibility)
        self.day5Check.setText(QCoreApplication.translate("EventEditor", u"Fri", None))
#if QT_CONFIG(accessibility)
        self.day5Check.setAccessibleName(QCoreApplication.translate("EventEditor", u"Fri", None))
#endif // QT_CONFIG(accessibility)
        self.day6Check.setText(QCoreApplication.translate("EventEditor", u"Sat", None))
#if QT_CONFIG(accessibility)
        self.day6Check.setAccessibleName(QCoreApplication.translate("EventEditor", u"Sat", None))
#endif // QT_CONFIG(accessibility)
        self.day7Check.setText(QCoreApplication.translate("EventEditor", u"Sun", None))
#if QT_CONFIG(accessibility)
        self.day7Check.setAccessibleName(QCoreApplication.translate("EventEditor", u"Sun", None))
#endif // QT_CONFIG(accessibility)
        self.endsLabel.setText(QCoreApplication.translate("EventEditor", u"E&nds:", None))
#if QT_CONFIG(accessibility)
        self.endsCombo.setAccessibleName(QCoreApplication.translate("EventEditor", u"Ends", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.untilDateEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Until date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("EventEditor", u"Number of times", None))
#endif // QT_CONFIG(accessibility)
        self.exceptionsLabel.setText(QCoreApplication.translate("EventEditor", u"E&xceptions:", None))
#if QT_CONFIG(accessibility)
        self.exceptionList.setAccessibleName(QCoreApplication.translate("EventEditor", u"Exceptions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exceptionDateEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Exception date", None))
#endif // QT_CONFIG(accessibility)
        self.addExceptionButton.setText(QCoreApplication.translate("EventEditor", u"Add e&xception", None))
        self.removeExceptionButton.setText(QCoreApplication.translate("EventEditor", u"Remove exception", None))
#if QT_CONFIG(accessibility)
        self.customRuleLabel.setAccessibleName(QCoreApplication.translate("EventEditor", u"Repeat rule", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.repeatTab), QCoreApplication.translate("EventEditor", u"Re&peats", None))
#if QT_CONFIG(accessibility)
        self.notesEdit.setAccessibleName(QCoreApplication.translate("EventEditor", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("EventEditor", u"N&otes", None))
        self.conflictLabel.setStyleSheet(QCoreApplication.translate("EventEditor", u"color: #b35c00;", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("EventEditor", u"color: #c62828;", None))
    # retranslateUi

