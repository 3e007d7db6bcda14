# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_import.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QPlainTextEdit,
    QStackedWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_ContactImportForm(object):
    def setupUi(self, ContactImportForm):
        if not ContactImportForm.objectName():
            ContactImportForm.setObjectName(u"ContactImportForm")
        ContactImportForm.resize(760, 520)
        self.mainLayout = QVBoxLayout(ContactImportForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileLabel = QLabel(ContactImportForm)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.fileLabel)

        self.pages = QStackedWidget(ContactImportForm)
        self.pages.setObjectName(u"pages")
        self.mappingPage = QWidget()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingIntro = QLabel(self.mappingPage)
        self.mappingIntro.setObjectName(u"mappingIntro")
        self.mappingIntro.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingIntro)

        self.mappingTable = QTableWidget(self.mappingPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.horizontalHeader().setStretchLastSection(True)
        self.mappingTable.verticalHeader().setVisible(False)

        self.mappingLayout.addWidget(self.mappingTable)

        self.mappingError = QLabel(self.mappingPage)
        self.mappingError.setObjectName(u"mappingError")
        self.mappingError.setText(u"")
        self.mappingError.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingError)

        self.pages.addWidget(self.mappingPage)
        self.resultPage = QWidget()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setObjectName(u"resultLayout")
        self.summaryLabel = QLabel(self.resultPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.summaryLabel)

        self.skippedText = QPlainTextEdit(self.resultPage)
        self.skippedText.setObjectName(u"skippedText")
        self.skippedText.setReadOnly(True)

        self.resultLayout.addWidget(self.skippedText)

        self.pages.addWidget(self.resultPage)

        self.mainLayout.addWidget(self.pages)

        self.buttonBox = QDialogButtonBox(ContactImportForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ContactImportForm)

        QMetaObject.connectSlotsByName(ContactImportForm)
    # setupUi

    def retranslateUi(self, ContactImportForm):
        ContactImportForm.setWindowTitle(QCoreApplication.translate("ContactImportForm", u"Import contacts", None))
        self.mappingIntro.setText(QCoreApplication.translate("ContactImportForm", u"Check what each column of the file holds. Columns set to \u201cDo not import\u201d are left out.", None))
#if QT_CONFIG(accessibility)
        self.mappingTable.setAccessibleName(QCoreApplication.translate("ContactImportForm", u"Column mapping", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.skippedText.setAccessibleName(QCoreApplication.translate("ContactImportForm", u"Skipped records", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

