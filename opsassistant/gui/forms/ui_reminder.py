# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reminder.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout)

class Ui_ReminderDialog(object):
    def setupUi(self, ReminderDialog):
        if not ReminderDialog.objectName():
            ReminderDialog.setObjectName(u"ReminderDialog")
        ReminderDialog.resize(380, 180)
        self.mainLayout = QVBoxLayout(ReminderDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(ReminderDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.detailLabel = QLabel(ReminderDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.detailLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.snoozeLabel = QLabel(ReminderDialog)
        self.snoozeLabel.setObjectName(u"snoozeLabel")

        self.buttons.addWidget(self.snoozeLabel)

        self.snoozeCombo = QComboBox(ReminderDialog)
        self.snoozeCombo.setObjectName(u"snoozeCombo")

        self.buttons.addWidget(self.snoozeCombo)

        self.snoozeButton = QPushButton(ReminderDialog)
        self.snoozeButton.setObjectName(u"snoozeButton")

        self.buttons.addWidget(self.snoozeButton)

        self.dismissButton = QPushButton(ReminderDialog)
        self.dismissButton.setObjectName(u"dismissButton")

        self.buttons.addWidget(self.dismissButton)


        self.mainLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.snoozeLabel.setBuddy(self.snoozeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReminderDialog)

        self.dismissButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReminderDialog)
    # setupUi

    def retranslateUi(self, ReminderDialog):
        ReminderDialog.setWindowTitle(QCoreApplication.translate("ReminderDialog", u"Reminder", None))
        self.titleLabel.setStyleSheet(QCoreApplication.translate("ReminderDialog", u"font-weight: bold;", None))
        self.snoozeLabel.setText(QCoreApplication.translate("ReminderDialog", u"S&nooze for:", None))
#if QT_CONFIG(accessibility)
        self.snoozeCombo.setAccessibleName(QCoreApplication.translate("ReminderDialog", u"Snooze for", None))
#endif // QT_CONFIG(accessibility)
        self.snoozeButton.setText(QCoreApplication.translate("ReminderDialog", u"&Snooze", None))
        self.dismissButton.setText(QCoreApplication.translate("ReminderDialog", u"&Dismiss", None))
    # retranslateUi

