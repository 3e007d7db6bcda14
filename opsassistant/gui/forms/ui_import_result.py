# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_result.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QLabel, QTableWidget,
    QVBoxLayout, QWidget)

class Ui_ImportResultDialog(object):
    def setupUi(self, ImportResultDialog):
        if not ImportResultDialog.objectName():
            ImportResultDialog.setObjectName(u"ImportResultDialog")
        ImportResultDialog.resize(640, 400)
        self.mainLayout = QVBoxLayout(ImportResultDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportResultDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.skippedLabel = QLabel(ImportResultDialog)
        self.skippedLabel.setObjectName(u"skippedLabel")

        self.mainLayout.addWidget(self.skippedLabel)

        self.skippedTable = QTableWidget(ImportResultDialog)
        self.skippedTable.setObjectName(u"skippedTable")
        self.skippedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.skippedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.skippedTable.setTabKeyNavigation(False)
        self.skippedTable.setAlternatingRowColors(True)
        self.skippedTable.setWordWrap(True)
        self.skippedTable.horizontalHeader().setStretchLastSection(True)
        self.skippedTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.skippedTable)

        self.buttonBox = QDialogButtonBox(ImportResultDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.skippedLabel.setBuddy(self.skippedTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.skippedTable, self.buttonBox)

        self.retranslateUi(ImportResultDialog)
        self.buttonBox.rejected.connect(ImportResultDialog.accept)

        QMetaObject.connectSlotsByName(ImportResultDialog)
    # setupUi

    def retranslateUi(self, ImportResultDialog):
        ImportResultDialog.setWindowTitle(QCoreApplication.translate("ImportResultDialog", u"Import finished", None))
        self.skippedLabel.setText(QCoreApplication.translate("ImportResultDialog", u"&Skipped records:", None))
#if QT_CONFIG(accessibility)
        self.skippedTable.setAccessibleName(QCoreApplication.translate("ImportResultDialog", u"Skipped records", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

