# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_detail.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QLabel, QListWidget, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CallDetail(object):
    def setupUi(self, CallDetail):
        if not CallDetail.objectName():
            CallDetail.setObjectName(u"CallDetail")
        CallDetail.resize(340, 560)
        self.detailLayout = QVBoxLayout(CallDetail)
        self.detailLayout.setObjectName(u"detailLayout")
        self.titleLabel = QLabel(CallDetail)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.titleLabel.setStyleSheet(u"font-weight: bold; font-size: 13pt;")

        self.detailLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(CallDetail)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setText(u"")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.infoLabel)

        self.messageCaption = QLabel(CallDetail)
        self.messageCaption.setObjectName(u"messageCaption")
        self.messageCaption.setStyleSheet(u"font-weight: bold;")

        self.detailLayout.addWidget(self.messageCaption)

        self.messageLabel = QLabel(CallDetail)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.messageLabel)

        self.contactCaption = QLabel(CallDetail)
        self.contactCaption.setObjectName(u"contactCaption")
        self.contactCaption.setStyleSheet(u"font-weight: bold;")

        self.detailLayout.addWidget(self.contactCaption)

        self.contactLabel = QLabel(CallDetail)
        self.contactLabel.setObjectName(u"contactLabel")
        self.contactLabel.setText(u"")
        self.contactLabel.setWordWrap(True)
        self.contactLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.contactLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailLayout.addWidget(self.contactLabel)

        self.historyCaption = QLabel(CallDetail)
        self.historyCaption.setObjectName(u"historyCaption")
        self.historyCaption.setStyleSheet(u"font-weight: bold;")

        self.detailLayout.addWidget(self.historyCaption)

        self.historyList = QListWidget(CallDetail)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setWordWrap(True)
        self.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.detailLayout.addWidget(self.historyList)

        self.detailSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailSpacer)

        self.detailLayout.setStretch(7, 10)
        self.detailLayout.setStretch(8, 1)

        self.retranslateUi(CallDetail)

        QMetaObject.connectSlotsByName(CallDetail)
    # setupUi

    def retranslateUi(self, CallDetail):
        self.messageCaption.setText(QCoreApplication.translate("CallDetail", u"Message", None))
        self.contactCaption.setText(QCoreApplication.translate("CallDetail", u"Contact", None))
        self.historyCaption.setText(QCoreApplication.translate("CallDetail", u"Earlier calls", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("CallDetail", u"Earlier calls from this caller", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

