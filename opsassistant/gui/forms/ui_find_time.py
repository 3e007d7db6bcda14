# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'find_time.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QSpinBox, QVBoxLayout)

class Ui_FindTimeDialog(object):
    def setupUi(self, FindTimeDialog):
        if not FindTimeDialog.objectName():
            FindTimeDialog.setObjectName(u"FindTimeDialog")
        FindTimeDialog.resize(520, 480)
        self.mainLayout = QVBoxLayout(FindTimeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.principalsLabel = QLabel(FindTimeDialog)
        self.principalsLabel.setObjectName(u"principalsLabel")

        self.form.addWidget(self.principalsLabel, 0, 0, 1, 1)

        self.principalList = QListWidget(FindTimeDialog)
        self.principalList.setObjectName(u"principalList")
        self.principalList.setMaximumSize(QSize(16777215, 90))

        self.form.addWidget(self.principalList, 0, 1, 1, 1)

        self.durationLabel = QLabel(FindTimeDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.addWidget(self.durationLabel, 1, 0, 1, 1)

        self.durationSpin = QSpinBox(FindTimeDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(15)
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.form.addWidget(self.durationSpin, 1, 1, 1, 1)

        self.daysLabel = QLabel(FindTimeDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.addWidget(self.daysLabel, 2, 0, 1, 1)

        self.daysSpin = QSpinBox(FindTimeDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(90)
        self.daysSpin.setValue(14)

        self.form.addWidget(self.daysSpin, 2, 1, 1, 1)

        self.attendeesLabel = QLabel(FindTimeDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.form.addWidget(self.attendeesLabel, 3, 0, 1, 1)

        self.attendeesEdit = QLineEdit(FindTimeDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")

        self.form.addWidget(self.attendeesEdit, 3, 1, 1, 1)


        self.mainLayout.addLayout(self.form)

        self.searchButton = QPushButton(FindTimeDialog)
        self.searchButton.setObjectName(u"searchButton")

        self.mainLayout.addWidget(self.searchButton)

        self.resultLabel = QLabel(FindTimeDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.resultLabel)

        self.freeBusyLabel = QLabel(FindTimeDialog)
        self.freeBusyLabel.setObjectName(u"freeBusyLabel")
        self.freeBusyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.freeBusyLabel)

        self.slotList = QListWidget(FindTimeDialog)
        self.slotList.setObjectName(u"slotList")

        self.mainLayout.addWidget(self.slotList)

        self.buttonBox = QDialogButtonBox(FindTimeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.principalsLabel.setBuddy(self.principalList)
        self.durationLabel.setBuddy(self.durationSpin)
        self.daysLabel.setBuddy(self.daysSpin)
        self.attendeesLabel.setBuddy(self.attendeesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindTimeDialog)

        QMetaObject.connectSlotsByName(FindTimeDialog)
    # setupUi

    def retranslateUi(self, FindTimeDialog):
        FindTimeDialog.setWindowTitle(QCoreApplication.translate("FindTimeDialog", u"Find a time", None))
        self.principalsLabel.setText(QCoreApplication.translate("FindTimeDialog", u"&Principals:", None))
#if QT_CONFIG(accessibility)
        self.principalList.setAccessibleName(QCoreApplication.translate("FindTimeDialog", u"Principals", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("FindTimeDialog", u"&Duration:", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("FindTimeDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("FindTimeDialog", u"Look &ahead:", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("FindTimeDialog", u"Days to look ahead", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesLabel.setText(QCoreApplication.translate("FindTimeDialog", u"&Other attendees:", None))
#if QT_CONFIG(accessibility)
        self.attendeesEdit.setAccessibleName(QCoreApplication.translate("FindTimeDialog", u"Other attendees", None))
#endif // QT_CONFIG(accessibility)
        self.attendeesEdit.setPlaceholderText(QCoreApplication.translate("FindTimeDialog", u"Contacts or e-mail addresses, separated by commas", None))
#if QT_CONFIG(tooltip)
        self.attendeesEdit.setToolTip(QCoreApplication.translate("FindTimeDialog", u"Their free/busy is read from the calendar accounts where the server offers it.", None))
#endif // QT_CONFIG(tooltip)
        self.searchButton.setText(QCoreApplication.translate("FindTimeDialog", u"&Search", None))
#if QT_CONFIG(accessibility)
        self.freeBusyLabel.setAccessibleName(QCoreApplication.translate("FindTimeDialog", u"Free/busy of the other attendees", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.slotList.setAccessibleName(QCoreApplication.translate("FindTimeDialog", u"Free slots", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

