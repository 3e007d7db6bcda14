# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'outing_task.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import DateInput

class Ui_TaskDialog(object):
    def setupUi(self, TaskDialog):
        if not TaskDialog.objectName():
            TaskDialog.setObjectName(u"TaskDialog")
        TaskDialog.resize(440, 200)
        self.dialogLayout = QVBoxLayout(TaskDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.titleLabel = QLabel(TaskDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(TaskDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = QLabel(TaskDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setStyleSheet(u"color: #c0392b;")
        self.titleError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.dueCheck = QCheckBox(TaskDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueCheck)

        self.dueEdit = DateInput(TaskDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setEnabled(False)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.doneCheck = QCheckBox(TaskDialog)
        self.doneCheck.setObjectName(u"doneCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.doneCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(TaskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dueCheck)
        QWidget.setTabOrder(self.dueCheck, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.doneCheck)

        self.retranslateUi(TaskDialog)
        self.dueCheck.toggled.connect(self.dueEdit.setEnabled)

        QMetaObject.connectSlotsByName(TaskDialog)
    # setupUi

    def retranslateUi(self, TaskDialog):
        TaskDialog.setWindowTitle(QCoreApplication.translate("TaskDialog", u"Task", None))
        self.titleLabel.setText(QCoreApplication.translate("TaskDialog", u"&Task:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Task", None))
#endif // QT_CONFIG(accessibility)
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("TaskDialog", u"e.g. Book the bus", None))
        self.dueCheck.setText(QCoreApplication.translate("TaskDialog", u"D&ue:", None))
#if QT_CONFIG(accessibility)
        self.dueCheck.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Has a due date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.doneCheck.setText(QCoreApplication.translate("TaskDialog", u"&Done", None))
#if QT_CONFIG(accessibility)
        self.doneCheck.setAccessibleName(QCoreApplication.translate("TaskDialog", u"Done", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

