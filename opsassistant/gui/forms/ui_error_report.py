# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_report.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(640, 440)
        self.mainLayout = QVBoxLayout(ErrorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(ErrorDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(48, 48))

        self.headerLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.headingLabel = QLabel(ErrorDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.textLayout.addWidget(self.headingLabel)

        self.explanationLabel = QLabel(ErrorDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextFormat(Qt.RichText)
        self.explanationLabel.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.explanationLabel.setOpenExternalLinks(False)

        self.textLayout.addWidget(self.explanationLabel)


        self.headerLayout.addLayout(self.textLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.detailsLabel = QLabel(ErrorDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.mainLayout.addWidget(self.detailsLabel)

        self.detailsEdit = QPlainTextEdit(ErrorDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.NoWrap)
        self.detailsEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.detailsEdit)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.copyButton = QPushButton(ErrorDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonLayout.addWidget(self.copyButton)

        self.openLogButton = QPushButton(ErrorDialog)
        self.openLogButton.setObjectName(u"openLogButton")

        self.buttonLayout.addWidget(self.openLogButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.buttonBox = QDialogButtonBox(ErrorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.buttonLayout.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.detailsLabel.setBuddy(self.detailsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.detailsEdit, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.openLogButton)
        QWidget.setTabOrder(self.openLogButton, self.buttonBox)

        self.retranslateUi(ErrorDialog)
        self.buttonBox.rejected.connect(ErrorDialog.reject)

        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Unexpected error", None))
        self.headingLabel.setText(QCoreApplication.translate("ErrorDialog", u"Something went wrong.", None))
        self.detailsLabel.setText(QCoreApplication.translate("ErrorDialog", u"&Details:", None))
#if QT_CONFIG(accessibility)
        self.detailsEdit.setAccessibleName(QCoreApplication.translate("ErrorDialog", u"Error details", None))
#endif // QT_CONFIG(accessibility)
        self.copyButton.setText(QCoreApplication.translate("ErrorDialog", u"&Copy details", None))
        self.openLogButton.setText(QCoreApplication.translate("ErrorDialog", u"Open &log folder", None))
    # retranslateUi

