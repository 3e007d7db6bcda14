# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'quick_entry.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import DateTimeInput

class Ui_QuickEntryDialog(object):
    def setupUi(self, QuickEntryDialog):
        if not QuickEntryDialog.objectName():
            QuickEntryDialog.setObjectName(u"QuickEntryDialog")
        QuickEntryDialog.resize(540, 440)
        self.dialogLayout = QVBoxLayout(QuickEntryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.callerLabel = QLabel(QuickEntryDialog)
        self.callerLabel.setObjectName(u"callerLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callerLabel)

        self.callerEdit = QLineEdit(QuickEntryDialog)
        self.callerEdit.setObjectName(u"callerEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.callerEdit)

        self.candidateList = QListWidget(QuickEntryDialog)
        self.candidateList.setObjectName(u"candidateList")
        self.candidateList.setMaximumSize(QSize(16777215, 96))
        self.candidateList.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.candidateList)

        self.matchLabel = QLabel(QuickEntryDialog)
        self.matchLabel.setObjectName(u"matchLabel")
        self.matchLabel.setText(u"")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.matchLabel)

        self.messageLabel = QLabel(QuickEntryDialog)
        self.messageLabel.setObjectName(u"messageLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.messageLabel)

        self.messageEdit = QPlainTextEdit(QuickEntryDialog)
        self.messageEdit.setObjectName(u"messageEdit")
        self.messageEdit.setTabChangesFocus(True)
        self.messageEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.messageEdit)

        self.callbackLabel = QLabel(QuickEntryDialog)
        self.callbackLabel.setObjectName(u"callbackLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.callbackLabel)

        self.callbackLayout = QHBoxLayout()
        self.callbackLayout.setObjectName(u"callbackLayout")
        self.callbackCombo = QComboBox(QuickEntryDialog)
        self.callbackCombo.setObjectName(u"callbackCombo")

        self.callbackLayout.addWidget(self.callbackCombo)

        self.callbackEdit = DateTimeInput(QuickEntryDialog)
        self.callbackEdit.setObjectName(u"callbackEdit")
        self.callbackEdit.setCalendarPopup(True)

        self.callbackLayout.addWidget(self.callbackEdit)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.callbackLayout)

        self.callbackError = QLabel(QuickEntryDialog)
        self.callbackError.setObjectName(u"callbackError")
        self.callbackError.setText(u"")
        self.callbackError.setStyleSheet(u"color: #c0392b;")
        self.callbackError.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.callbackError)

        self.principalLabel = QLabel(QuickEntryDialog)
        self.principalLabel.setObjectName(u"principalLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.principalLabel)

        self.principalCombo = QComboBox(QuickEntryDialog)
        self.principalCombo.setObjectName(u"principalCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.principalCombo)

        self.directionLabel = QLabel(QuickEntryDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionLayout = QHBoxLayout()
        self.directionLayout.setObjectName(u"directionLayout")
        self.incomingRadio = QRadioButton(QuickEntryDialog)
        self.incomingRadio.setObjectName(u"incomingRadio")
        self.incomingRadio.setChecked(True)

        self.directionLayout.addWidget(self.incomingRadio)

        self.outgoingRadio = QRadioButton(QuickEntryDialog)
        self.outgoingRadio.setObjectName(u"outgoingRadio")

        self.directionLayout.addWidget(self.outgoingRadio)

        self.missedRadio = QRadioButton(QuickEntryDialog)
        self.missedRadio.setObjectName(u"missedRadio")

        self.directionLayout.addWidget(self.missedRadio)

        self.directionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.directionLayout.addItem(self.directionSpacer)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.directionLayout)

        self.flagsLabel = QLabel(QuickEntryDialog)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.flagsLabel)

        self.flagsLayout = QGridLayout()
        self.flagsLayout.setObjectName(u"flagsLayout")
        self.telephonedCheck = QCheckBox(QuickEntryDialog)
        self.telephonedCheck.setObjectName(u"telephonedCheck")
        self.telephonedCheck.setChecked(True)

        self.flagsLayout.addWidget(self.telephonedCheck, 0, 0, 1, 1)

        self.pleaseCallCheck = QCheckBox(QuickEntryDialog)
        self.pleaseCallCheck.setObjectName(u"pleaseCallCheck")

        self.flagsLayout.addWidget(self.pleaseCallCheck, 0, 1, 1, 1)

        self.willCallCheck = QCheckBox(QuickEntryDialog)
        self.willCallCheck.setObjectName(u"willCallCheck")

        self.flagsLayout.addWidget(self.willCallCheck, 1, 0, 1, 1)

        self.returnedCheck = QCheckBox(QuickEntryDialog)
        self.returnedCheck.setObjectName(u"returnedCheck")

        self.flagsLayout.addWidget(self.returnedCheck, 1, 1, 1, 1)

        self.cameCheck = QCheckBox(QuickEntryDialog)
        self.cameCheck.setObjectName(u"cameCheck")

        self.flagsLayout.addWidget(self.cameCheck, 2, 0, 1, 1)

        self.urgentCheck = QCheckBox(QuickEntryDialog)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.flagsLayout.addWidget(self.urgentCheck, 2, 1, 1, 1)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.flagsLayout)

        self.durationLabel = QLabel(QuickEntryDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(QuickEntryDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(600)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.errorLabel = QLabel(QuickEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.errorLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(QuickEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.callerLabel.setBuddy(self.callerEdit)
        self.messageLabel.setBuddy(self.messageEdit)
        self.callbackLabel.setBuddy(self.callbackCombo)
        self.principalLabel.setBuddy(self.principalCombo)
        self.durationLabel.setBuddy(self.durationSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.callerEdit, self.messageEdit)
        QWidget.setTabOrder(self.messageEdit, self.callbackCombo)
        QWidget.setTabOrder(self.callbackCombo, self.callbackEdit)
        QWidget.setTabOrder(self.callbackEdit, self.principalCombo)
        QWidget.setTabOrder(self.principalCombo, self.incomingRadio)
        QWidget.setTabOrder(self.incomingRadio, self.outgoingRadio)
        QWidget.setTabOrder(self.outgoingRadio, self.missedRadio)
        QWidget.setTabOrder(self.missedRadio, self.telephonedCheck)
        QWidget.setTabOrder(self.telephonedCheck, self.pleaseCallCheck)
        QWidget.setTabOrder(self.pleaseCallCheck, self.willCallCheck)
        QWidget.setTabOrder(self.willCallCheck, self.returnedCheck)
        QWidget.setTabOrder(self.returnedCheck, self.cameCheck)
        QWidget.setTabOrder(self.cameCheck, self.urgentCheck)
        QWidget.setTabOrder(self.urgentCheck, self.durationSpin)

        self.retranslateUi(QuickEntryDialog)

        QMetaObject.connectSlotsByName(QuickEntryDialog)
    # setupUi

    def retranslateUi(self, QuickEntryDialog):
        QuickEntryDialog.setWindowTitle(QCoreApplication.translate("QuickEntryDialog", u"Log a call", None))
        self.callerLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Caller:", None))
        self.callerEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryDialog", u"Number or name (empty: withheld number)", None))
#if QT_CONFIG(accessibility)
        self.callerEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Caller's number or name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.candidateList.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Matching contacts", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Message:", None))
        self.messageEdit.setPlaceholderText(QCoreApplication.translate("QuickEntryDialog", u"Enter saves; Shift+Enter starts a new line", None))
#if QT_CONFIG(accessibility)
        self.messageEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.callbackLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"Call &back by:", None))
#if QT_CONFIG(accessibility)
        self.callbackCombo.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Call back by", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.callbackEdit.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Exact call-back time", None))
#endif // QT_CONFIG(accessibility)
        self.principalLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.principalCombo.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"For whom", None))
#endif // QT_CONFIG(accessibility)
        self.directionLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"Direction:", None))
        self.incomingRadio.setText(QCoreApplication.translate("QuickEntryDialog", u"&Incoming", None))
        self.outgoingRadio.setText(QCoreApplication.translate("QuickEntryDialog", u"&Outgoing", None))
        self.missedRadio.setText(QCoreApplication.translate("QuickEntryDialog", u"Mi&ssed", None))
        self.flagsLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"Message slip:", None))
        self.telephonedCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"&Telephoned", None))
        self.pleaseCallCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"&Please call back", None))
        self.willCallCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"&Will call again", None))
        self.returnedCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"&Returned your call", None))
        self.cameCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"Came to s&ee you", None))
        self.urgentCheck.setText(QCoreApplication.translate("QuickEntryDialog", u"&Urgent", None))
        self.durationLabel.setText(QCoreApplication.translate("QuickEntryDialog", u"&Duration:", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("QuickEntryDialog", u"Duration in minutes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

