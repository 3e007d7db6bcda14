# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_backup.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(620, 420)
        self.mainLayout = QVBoxLayout(RestoreBackupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RestoreBackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.listLabel = QLabel(RestoreBackupDialog)
        self.listLabel.setObjectName(u"listLabel")

        self.mainLayout.addWidget(self.listLabel)

        self.backupTable = QTableWidget(RestoreBackupDialog)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupTable.setTabKeyNavigation(False)
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setWordWrap(False)
        self.backupTable.horizontalHeader().setStretchLastSection(True)
        self.backupTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.backupTable)

        self.emptyLabel = QLabel(RestoreBackupDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setFrameShape(QFrame.StyledPanel)
        self.emptyLabel.setTextFormat(Qt.RichText)
        self.emptyLabel.setAlignment(Qt.AlignCenter)
        self.emptyLabel.setMargin(24)
        self.emptyLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.emptyLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.openFolderButton = QPushButton(RestoreBackupDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.buttonLayout.addWidget(self.openFolderButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(RestoreBackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.backupTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupTable, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.buttonBox)

        self.retranslateUi(RestoreBackupDialog)
        self.buttonBox.rejected.connect(RestoreBackupDialog.reject)

        QMetaObject.connectSlotsByName(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Restore backup", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"Choose the backup to go back to. The current data is kept as a safety copy, so a restore can itself be undone.", None))
        self.listLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"&Backups:", None))
#if QT_CONFIG(accessibility)
        self.backupTable.setAccessibleName(QCoreApplication.translate("RestoreBackupDialog", u"Backups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("RestoreBackupDialog", u"No backups yet", None))
#endif // QT_CONFIG(accessibility)
        self.openFolderButton.setText(QCoreApplication.translate("RestoreBackupDialog", u"Open backup &folder", None))
    # retranslateUi

