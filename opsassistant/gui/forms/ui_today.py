# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'today.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_TodayPanel(object):
    def setupUi(self, TodayPanel):
        if not TodayPanel.objectName():
            TodayPanel.setObjectName(u"TodayPanel")
        TodayPanel.resize(900, 600)
        self.mainLayout = QVBoxLayout(TodayPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.dateLabel = QLabel(TodayPanel)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setText(u"\u2014")

        self.headerLayout.addWidget(self.dateLabel)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.logCallButton = QPushButton(TodayPanel)
        self.logCallButton.setObjectName(u"logCallButton")

        self.headerLayout.addWidget(self.logCallButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.holidayLabel = QLabel(TodayPanel)
        self.holidayLabel.setObjectName(u"holidayLabel")
        self.holidayLabel.setText(u"")

        self.mainLayout.addWidget(self.holidayLabel)

        self.sectionsLayout = QGridLayout()
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.appointmentsBox = QGroupBox(TodayPanel)
        self.appointmentsBox.setObjectName(u"appointmentsBox")
        self.appointmentsLayout = QVBoxLayout(self.appointmentsBox)
        self.appointmentsLayout.setObjectName(u"appointmentsLayout")
        self.appointmentsList = QListWidget(self.appointmentsBox)
        self.appointmentsList.setObjectName(u"appointmentsList")
        self.appointmentsList.setAlternatingRowColors(True)
        self.appointmentsList.setWordWrap(True)

        self.appointmentsLayout.addWidget(self.appointmentsList)


        self.sectionsLayout.addWidget(self.appointmentsBox, 0, 0, 2, 1)

        self.callbacksBox = QGroupBox(TodayPanel)
        self.callbacksBox.setObjectName(u"callbacksBox")
        self.callbacksLayout = QVBoxLayout(self.callbacksBox)
        self.callbacksLayout.setObjectName(u"callbacksLayout")
        self.callbacksList = QListWidget(self.callbacksBox)
        self.callbacksList.setObjectName(u"callbacksList")
        self.callbacksList.setAlternatingRowColors(True)
        self.callbacksList.setWordWrap(True)

        self.callbacksLayout.addWidget(self.callbacksList)


        self.sectionsLayout.addWidget(self.callbacksBox, 0, 1, 1, 1)

        self.tasksBox = QGroupBox(TodayPanel)
        self.tasksBox.setObjectName(u"tasksBox")
        self.tasksLayout = QVBoxLayout(self.tasksBox)
        self.tasksLayout.setObjectName(u"tasksLayout")
        self.tasksList = QListWidget(self.tasksBox)
        self.tasksList.setObjectName(u"tasksList")
        self.tasksList.setAlternatingRowColors(True)
        self.tasksList.setWordWrap(True)

        self.tasksLayout.addWidget(self.tasksList)


        self.sectionsLayout.addWidget(self.tasksBox, 1, 1, 1, 1)

        self.tripsBox = QGroupBox(TodayPanel)
        self.tripsBox.setObjectName(u"tripsBox")
        self.tripsLayout = QVBoxLayout(self.tripsBox)
        self.tripsLayout.setObjectName(u"tripsLayout")
        self.tripsList = QListWidget(self.tripsBox)
        self.tripsList.setObjectName(u"tripsList")
        self.tripsList.setAlternatingRowColors(True)
        self.tripsList.setWordWrap(True)

        self.tripsLayout.addWidget(self.tripsList)


        self.sectionsLayout.addWidget(self.tripsBox, 2, 0, 1, 1)

        self.birthdaysBox = QGroupBox(TodayPanel)
        self.birthdaysBox.setObjectName(u"birthdaysBox")
        self.birthdaysLayout = QVBoxLayout(self.birthdaysBox)
        self.birthdaysLayout.setObjectName(u"birthdaysLayout")
        self.birthdaysList = QListWidget(self.birthdaysBox)
        self.birthdaysList.setObjectName(u"birthdaysList")
        self.birthdaysList.setAlternatingRowColors(True)
        self.birthdaysList.setWordWrap(True)

        self.birthdaysLayout.addWidget(self.birthdaysList)


        self.sectionsLayout.addWidget(self.birthdaysBox, 2, 1, 1, 1)

        self.sectionsLayout.setRowStretch(0, 3)
        self.sectionsLayout.setRowStretch(1, 2)
        self.sectionsLayout.setRowStretch(2, 2)
        self.sectionsLayout.setColumnStretch(0, 1)
        self.sectionsLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.sectionsLayout)


        self.retranslateUi(TodayPanel)

        QMetaObject.connectSlotsByName(TodayPanel)
    # setupUi

    def retranslateUi(self, TodayPanel):
        self.logCallButton.setText(QCoreApplication.translate("TodayPanel", u"Log a call\u2026", None))
#if QT_CONFIG(tooltip)
        self.logCallButton.setToolTip(QCoreApplication.translate("TodayPanel", u"Log a call or a phone message (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.appointmentsBox.setTitle(QCoreApplication.translate("TodayPanel", u"Today's appointments", None))
#if QT_CONFIG(accessibility)
        self.appointmentsList.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Today's appointments", None))
#endif // QT_CONFIG(accessibility)
        self.callbacksBox.setTitle(QCoreApplication.translate("TodayPanel", u"Open call-backs", None))
#if QT_CONFIG(accessibility)
        self.callbacksList.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Open call-backs", None))
#endif // QT_CONFIG(accessibility)
        self.tasksBox.setTitle(QCoreApplication.translate("TodayPanel", u"Task deadlines", None))
#if QT_CONFIG(accessibility)
        self.tasksList.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Task deadlines", None))
#endif // QT_CONFIG(accessibility)
        self.tripsBox.setTitle(QCoreApplication.translate("TodayPanel", u"Upcoming trips", None))
#if QT_CONFIG(accessibility)
        self.tripsList.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Upcoming trips", None))
#endif // QT_CONFIG(accessibility)
        self.birthdaysBox.setTitle(QCoreApplication.translate("TodayPanel", u"Birthdays this week", None))
#if QT_CONFIG(accessibility)
        self.birthdaysList.setAccessibleName(QCoreApplication.translate("TodayPanel", u"Birthdays this week", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

