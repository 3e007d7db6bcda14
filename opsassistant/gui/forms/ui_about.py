# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(600, 520)
        self.mainLayout = QVBoxLayout(AboutDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setMinimumSize(QSize(72, 72))

        self.headerLayout.addWidget(self.iconLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.titleLayout.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.titleLayout.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.titleLayout.addWidget(self.descriptionLabel)


        self.headerLayout.addLayout(self.titleLayout)


        self.mainLayout.addLayout(self.headerLayout)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dataFolderCaption = QLabel(AboutDialog)
        self.dataFolderCaption.setObjectName(u"dataFolderCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataFolderCaption)

        self.dataFolderLink = QLabel(AboutDialog)
        self.dataFolderLink.setObjectName(u"dataFolderLink")
        self.dataFolderLink.setTextFormat(Qt.RichText)
        self.dataFolderLink.setTextInteractionFlags(Qt.TextBrowserInteraction)
        self.dataFolderLink.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dataFolderLink)

        self.databaseCaption = QLabel(AboutDialog)
        self.databaseCaption.setObjectName(u"databaseCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.databaseCaption)

        self.databaseLabel = QLabel(AboutDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.databaseLabel.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.databaseLabel)

        self.componentsCaption = QLabel(AboutDialog)
        self.componentsCaption.setObjectName(u"componentsCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.componentsCaption)

        self.componentsLabel = QLabel(AboutDialog)
        self.componentsLabel.setObjectName(u"componentsLabel")
        self.componentsLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.componentsLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.componentsLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.licencesLabel = QLabel(AboutDialog)
        self.licencesLabel.setObjectName(u"licencesLabel")

        self.mainLayout.addWidget(self.licencesLabel)

        self.licencesBrowser = QTextBrowser(AboutDialog)
        self.licencesBrowser.setObjectName(u"licencesBrowser")
        self.licencesBrowser.setOpenExternalLinks(True)
        self.licencesBrowser.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.licencesBrowser)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.licencesLabel.setBuddy(self.licencesBrowser)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.licencesBrowser, self.buttonBox)

        self.retranslateUi(AboutDialog)
        self.buttonBox.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About Ops Assistant", None))
        self.nameLabel.setText(QCoreApplication.translate("AboutDialog", u"Ops Assistant", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"The desktop program of an executive assistant: contacts, calendar, calls, outings and travel.", None))
        self.dataFolderCaption.setText(QCoreApplication.translate("AboutDialog", u"Data folder:", None))
#if QT_CONFIG(accessibility)
        self.dataFolderLink.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
        self.databaseCaption.setText(QCoreApplication.translate("AboutDialog", u"Database:", None))
#if QT_CONFIG(accessibility)
        self.databaseLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Database", None))
#endif // QT_CONFIG(accessibility)
        self.componentsCaption.setText(QCoreApplication.translate("AboutDialog", u"Built with:", None))
#if QT_CONFIG(accessibility)
        self.componentsLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Built with", None))
#endif // QT_CONFIG(accessibility)
        self.licencesLabel.setText(QCoreApplication.translate("AboutDialog", u"&Licences:", None))
#if QT_CONFIG(accessibility)
        self.licencesBrowser.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Licences", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

