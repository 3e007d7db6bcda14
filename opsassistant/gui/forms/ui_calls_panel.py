# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calls_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_CallsPanel(object):
    def setupUi(self, CallsPanel):
        if not CallsPanel.objectName():
            CallsPanel.setObjectName(u"CallsPanel")
        CallsPanel.resize(1100, 640)
        self.panelLayout = QVBoxLayout(CallsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.bannerLabel = QLabel(CallsPanel)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setText(u"")
        self.bannerLabel.setWordWrap(True)
        self.bannerLabel.setStyleSheet(u"QLabel { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; border-radius: 4px; padding: 6px; }")

        self.panelLayout.addWidget(self.bannerLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(CallsPanel)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(CallsPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.showLabel = QLabel(CallsPanel)
        self.showLabel.setObjectName(u"showLabel")

        self.filterLayout.addWidget(self.showLabel)

        self.showCombo = QComboBox(CallsPanel)
        self.showCombo.setObjectName(u"showCombo")

        self.filterLayout.addWidget(self.showCombo)

        self.principalLabel = QLabel(CallsPanel)
        self.principalLabel.setObjectName(u"principalLabel")

        self.filterLayout.addWidget(self.principalLabel)

        self.principalCombo = QComboBox(CallsPanel)
        self.principalCombo.setObjectName(u"principalCombo")

        self.filterLayout.addWidget(self.principalCombo)

        self.directionLabel = QLabel(CallsPanel)
        self.directionLabel.setObjectName(u"directionLabel")

        self.filterLayout.addWidget(self.directionLabel)

        self.directionCombo = QComboBox(CallsPanel)
        self.directionCombo.setObjectName(u"directionCombo")

        self.filterLayout.addWidget(self.directionCombo)


        self.panelLayout.addLayout(self.filterLayout)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.logButton = QPushButton(CallsPanel)
        self.logButton.setObjectName(u"logButton")

        self.actionLayout.addWidget(self.logButton)

        self.doneButton = QPushButton(CallsPanel)
        self.doneButton.setObjectName(u"doneButton")

        self.actionLayout.addWidget(self.doneButton)

        self.returnButton = QPushButton(CallsPanel)
        self.returnButton.setObjectName(u"returnButton")

        self.actionLayout.addWidget(self.returnButton)

        self.contactButton = QPushButton(CallsPanel)
        self.contactButton.setObjectName(u"contactButton")

        self.actionLayout.addWidget(self.contactButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionLayout.addItem(self.actionSpacer)

        self.countLabel = QLabel(CallsPanel)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.actionLayout.addWidget(self.countLabel)


        self.panelLayout.addLayout(self.actionLayout)

        self.splitter = QSplitter(CallsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.detailHost = QWidget(self.splitter)
        self.detailHost.setObjectName(u"detailHost")
        self.detailHostLayout = QVBoxLayout(self.detailHost)
        self.detailHostLayout.setObjectName(u"detailHostLayout")
        self.detailHostLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.detailHost)

        self.panelLayout.addWidget(self.splitter)

        self.panelLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.showLabel.setBuddy(self.showCombo)
        self.principalLabel.setBuddy(self.principalCombo)
        self.directionLabel.setBuddy(self.directionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.showCombo)
        QWidget.setTabOrder(self.showCombo, self.principalCombo)
        QWidget.setTabOrder(self.principalCombo, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.table)
        QWidget.setTabOrder(self.table, self.logButton)
        QWidget.setTabOrder(self.logButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.returnButton)
        QWidget.setTabOrder(self.returnButton, self.contactButton)

        self.retranslateUi(CallsPanel)

        QMetaObject.connectSlotsByName(CallsPanel)
    # setupUi

    def retranslateUi(self, CallsPanel):
        self.searchLabel.setText(QCoreApplication.translate("CallsPanel", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CallsPanel", u"Name, number or message", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CallsPanel", u"Search calls", None))
#endif // QT_CONFIG(accessibility)
        self.showLabel.setText(QCoreApplication.translate("CallsPanel", u"S&how:", None))
#if QT_CONFIG(accessibility)
        self.showCombo.setAccessibleName(QCoreApplication.translate("CallsPanel", u"Which calls to show", None))
#endif // QT_CONFIG(accessibility)
        self.principalLabel.setText(QCoreApplication.translate("CallsPanel", u"&For:", None))
#if QT_CONFIG(accessibility)
        self.principalCombo.setAccessibleName(QCoreApplication.translate("CallsPanel", u"For whom", None))
#endif // QT_CONFIG(accessibility)
        self.directionLabel.setText(QCoreApplication.translate("CallsPanel", u"D&irection:", None))
#if QT_CONFIG(accessibility)
        self.directionCombo.setAccessibleName(QCoreApplication.translate("CallsPanel", u"Direction", None))
#endif // QT_CONFIG(accessibility)
        self.logButton.setText(QCoreApplication.translate("CallsPanel", u"&Log a call\u2026", None))
        self.doneButton.setText(QCoreApplication.translate("CallsPanel", u"Call-back &done", None))
        self.returnButton.setText(QCoreApplication.translate("CallsPanel", u"Log &returned call\u2026", None))
        self.contactButton.setText(QCoreApplication.translate("CallsPanel", u"Create &contact\u2026", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CallsPanel", u"Call log", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

