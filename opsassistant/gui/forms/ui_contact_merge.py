# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_merge.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget,
    QVBoxLayout)

class Ui_ContactMergeForm(object):
    def setupUi(self, ContactMergeForm):
        if not ContactMergeForm.objectName():
            ContactMergeForm.setObjectName(u"ContactMergeForm")
        ContactMergeForm.resize(760, 520)
        self.mainLayout = QVBoxLayout(ContactMergeForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ContactMergeForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.fieldsTable = QTableWidget(ContactMergeForm)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fieldsTable.horizontalHeader().setStretchLastSection(True)
        self.fieldsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.fieldsTable)

        self.listsLabel = QLabel(ContactMergeForm)
        self.listsLabel.setObjectName(u"listsLabel")
        self.listsLabel.setText(u"")
        self.listsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.listsLabel)

        self.buttonBox = QDialogButtonBox(ContactMergeForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ContactMergeForm)

        QMetaObject.connectSlotsByName(ContactMergeForm)
    # setupUi

    def retranslateUi(self, ContactMergeForm):
        ContactMergeForm.setWindowTitle(QCoreApplication.translate("ContactMergeForm", u"Merge contacts", None))
        self.introLabel.setText(QCoreApplication.translate("ContactMergeForm", u"Choose, field by field, what the merged contact keeps. Numbers, e-mails, addresses and groups of both are kept. The other contact goes to the trash, and its calls and appointments move to the merged one.", None))
#if QT_CONFIG(accessibility)
        self.fieldsTable.setAccessibleName(QCoreApplication.translate("ContactMergeForm", u"Fields to merge", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

