# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(420, 160)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.whatLabel = QLabel(ExportDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatCombo = QComboBox(ExportDialog)
        self.whatCombo.setObjectName(u"whatCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whatCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.descriptionLabel = QLabel(ExportDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.whatLabel.setBuddy(self.whatCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whatCombo, self.buttonBox)

        self.retranslateUi(ExportDialog)
        self.buttonBox.accepted.connect(ExportDialog.accept)
        self.buttonBox.rejected.connect(ExportDialog.reject)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.whatLabel.setText(QCoreApplication.translate("ExportDialog", u"&What to export:", None))
#if QT_CONFIG(accessibility)
        self.whatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"What to export", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

