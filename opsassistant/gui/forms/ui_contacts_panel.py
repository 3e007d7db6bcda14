# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contacts_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ContactsPanelForm(object):
    def setupUi(self, ContactsPanelForm):
        if not ContactsPanelForm.objectName():
            ContactsPanelForm.setObjectName(u"ContactsPanelForm")
        ContactsPanelForm.resize(1100, 680)
        self.panelLayout = QVBoxLayout(ContactsPanelForm)
        self.panelLayout.setObjectName(u"panelLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.searchLabel = QLabel(ContactsPanelForm)
        self.searchLabel.setObjectName(u"searchLabel")

        self.toolbarLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ContactsPanelForm)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(260, 0))

        self.toolbarLayout.addWidget(self.searchEdit)

        self.groupLabel = QLabel(ContactsPanelForm)
        self.groupLabel.setObjectName(u"groupLabel")

        self.toolbarLayout.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(ContactsPanelForm)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbarLayout.addWidget(self.groupCombo)

        self.favouritesCheck = QCheckBox(ContactsPanelForm)
        self.favouritesCheck.setObjectName(u"favouritesCheck")

        self.toolbarLayout.addWidget(self.favouritesCheck)

        self.vipCheck = QCheckBox(ContactsPanelForm)
        self.vipCheck.setObjectName(u"vipCheck")

        self.toolbarLayout.addWidget(self.vipCheck)

        self.trashCheck = QCheckBox(ContactsPanelForm)
        self.trashCheck.setObjectName(u"trashCheck")

        self.toolbarLayout.addWidget(self.trashCheck)

        self.countLabel = QLabel(ContactsPanelForm)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.toolbarLayout.addWidget(self.countLabel)

        self.toolbarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(ContactsPanelForm)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.newButton)

        self.importButton = QPushButton(ContactsPanelForm)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setAutoDefault(False)

        self.toolbarLayout.addWidget(self.importButton)


        self.panelLayout.addLayout(self.toolbarLayout)

        self.splitter = QSplitter(ContactsPanelForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listStack = QStackedWidget(self.splitter)
        self.listStack.setObjectName(u"listStack")
        self.contactTable = QTableView()
        self.contactTable.setObjectName(u"contactTable")
        self.contactTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contactTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contactTable.setSortingEnabled(True)
        self.contactTable.setTabKeyNavigation(False)
        self.contactTable.setAlternatingRowColors(True)
        self.listStack.addWidget(self.contactTable)
        self.contactTable.horizontalHeader().setStretchLastSection(True)
        self.contactTable.verticalHeader().setVisible(False)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.listStack.addWidget(self.emptyLabel)
        self.splitter.addWidget(self.listStack)
        self.detailWidget = QWidget(self.splitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(6, 0, 0, 0)
        self.detailBrowser = QTextBrowser(self.detailWidget)
        self.detailBrowser.setObjectName(u"detailBrowser")
        self.detailBrowser.setOpenLinks(False)
        self.detailBrowser.setMinimumSize(QSize(260, 0))

        self.detailLayout.addWidget(self.detailBrowser)

        self.actionsLayout = QGridLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.callButton = QPushButton(self.detailWidget)
        self.callButton.setObjectName(u"callButton")
        self.callButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.callButton, 0, 0, 1, 1)

        self.emailButton = QPushButton(self.detailWidget)
        self.emailButton.setObjectName(u"emailButton")
        self.emailButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.emailButton, 0, 1, 1, 1)

        self.copyButton = QPushButton(self.detailWidget)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.copyButton, 0, 2, 1, 1)

        self.editButton = QPushButton(self.detailWidget)
        self.editButton.setObjectName(u"editButton")
        self.editButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.editButton, 1, 0, 1, 1)

        self.mergeButton = QPushButton(self.detailWidget)
        self.mergeButton.setObjectName(u"mergeButton")
        self.mergeButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.mergeButton, 1, 1, 1, 1)

        self.restoreButton = QPushButton(self.detailWidget)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.actionsLayout.addWidget(self.restoreButton, 1, 2, 1, 1)


        self.detailLayout.addLayout(self.actionsLayout)

        self.splitter.addWidget(self.detailWidget)

        self.panelLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.groupLabel.setBuddy(self.groupCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.groupCombo)
        QWidget.setTabOrder(self.groupCombo, self.favouritesCheck)
        QWidget.setTabOrder(self.favouritesCheck, self.vipCheck)
        QWidget.setTabOrder(self.vipCheck, self.trashCheck)
        QWidget.setTabOrder(self.trashCheck, self.contactTable)
        QWidget.setTabOrder(self.contactTable, self.callButton)
        QWidget.setTabOrder(self.callButton, self.emailButton)
        QWidget.setTabOrder(self.emailButton, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.editButton)

        self.retranslateUi(ContactsPanelForm)

        QMetaObject.connectSlotsByName(ContactsPanelForm)
    # setupUi

    def retranslateUi(self, ContactsPanelForm):
        self.searchLabel.setText(QCoreApplication.translate("ContactsPanelForm", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("ContactsPanelForm", u"Search contacts", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ContactsPanelForm", u"Name, organisation, e-mail or any number", None))
        self.groupLabel.setText(QCoreApplication.translate("ContactsPanelForm", u"&Group:", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("ContactsPanelForm", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.favouritesCheck.setText(QCoreApplication.translate("ContactsPanelForm", u"&Favourites", None))
        self.vipCheck.setText(QCoreApplication.translate("ContactsPanelForm", u"&VIP", None))
        self.trashCheck.setText(QCoreApplication.translate("ContactsPanelForm", u"&Trash", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("ContactsPanelForm", u"Number of contacts", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ContactsPanelForm", u"&New contact", None))
        self.importButton.setText(QCoreApplication.translate("ContactsPanelForm", u"&Import\u2026", None))
#if QT_CONFIG(accessibility)
        self.contactTable.setAccessibleName(QCoreApplication.translate("ContactsPanelForm", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailBrowser.setAccessibleName(QCoreApplication.translate("ContactsPanelForm", u"Contact details", None))
#endif // QT_CONFIG(accessibility)
        self.callButton.setText(QCoreApplication.translate("ContactsPanelForm", u"&Call", None))
        self.emailButton.setText(QCoreApplication.translate("ContactsPanelForm", u"&E-mail", None))
        self.copyButton.setText(QCoreApplication.translate("ContactsPanelForm", u"C&opy number", None))
        self.editButton.setText(QCoreApplication.translate("ContactsPanelForm", u"&Edit\u2026", None))
        self.mergeButton.setText(QCoreApplication.translate("ContactsPanelForm", u"&Merge\u2026", None))
        self.restoreButton.setText(QCoreApplication.translate("ContactsPanelForm", u"&Restore", None))
        pass
    # retranslateUi

