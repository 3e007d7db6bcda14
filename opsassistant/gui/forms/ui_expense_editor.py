# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expense_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from opsassistant.gui.common.date_input import DateInput

class Ui_ExpenseEditorDialog(object):
    def setupUi(self, ExpenseEditorDialog):
        if not ExpenseEditorDialog.objectName():
            ExpenseEditorDialog.setObjectName(u"ExpenseEditorDialog")
        ExpenseEditorDialog.resize(580, 470)
        self.dialogLayout = QVBoxLayout(ExpenseEditorDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.descriptionLabel = QLabel(ExpenseEditorDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(ExpenseEditorDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.descriptionError = QLabel(ExpenseEditorDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setText(u"")
        self.descriptionError.setStyleSheet(u"color: #c0392b;")
        self.descriptionError.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionError)

        self.amountLabel = QLabel(ExpenseEditorDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountLayout = QHBoxLayout()
        self.amountLayout.setObjectName(u"amountLayout")
        self.amountEdit = QLineEdit(ExpenseEditorDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.amountLayout.addWidget(self.amountEdit)

        self.currencyLabel = QLabel(ExpenseEditorDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.amountLayout.addWidget(self.currencyLabel)

        self.currencyEdit = QLineEdit(ExpenseEditorDialog)
        self.currencyEdit.setObjectName(u"currencyEdit")
        self.currencyEdit.setMaximumSize(QSize(70, 16777215))
        self.currencyEdit.setMaxLength(3)
        self.currencyEdit.setText(u"DKK")

        self.amountLayout.addWidget(self.currencyEdit)

        self.refundCheck = QCheckBox(ExpenseEditorDialog)
        self.refundCheck.setObjectName(u"refundCheck")

        self.amountLayout.addWidget(self.refundCheck)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.amountLayout)

        self.amountError = QLabel(ExpenseEditorDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setText(u"")
        self.amountError.setStyleSheet(u"color: #c0392b;")
        self.amountError.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.currencyError = QLabel(ExpenseEditorDialog)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setText(u"")
        self.currencyError.setStyleSheet(u"color: #c0392b;")
        self.currencyError.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.currencyError)

        self.rateLabel = QLabel(ExpenseEditorDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateLayout = QHBoxLayout()
        self.rateLayout.setObjectName(u"rateLayout")
        self.rateEdit = QLineEdit(ExpenseEditorDialog)
        self.rateEdit.setObjectName(u"rateEdit")
        self.rateEdit.setText(u"1")

        self.rateLayout.addWidget(self.rateEdit)

        self.rateHint = QLabel(ExpenseEditorDialog)
        self.rateHint.setObjectName(u"rateHint")
        self.rateHint.setText(u"")

        self.rateLayout.addWidget(self.rateHint)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.rateLayout)

        self.rateError = QLabel(ExpenseEditorDialog)
        self.rateError.setObjectName(u"rateError")
        self.rateError.setText(u"")
        self.rateError.setStyleSheet(u"color: #c0392b;")
        self.rateError.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rateError)

        self.vatLabel = QLabel(ExpenseEditorDialog)
        self.vatLabel.setObjectName(u"vatLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.vatLabel)

        self.vatCombo = QComboBox(ExpenseEditorDialog)
        self.vatCombo.setObjectName(u"vatCombo")
        self.vatCombo.setEditable(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.vatCombo)

        self.vatError = QLabel(ExpenseEditorDialog)
        self.vatError.setObjectName(u"vatError")
        self.vatError.setText(u"")
        self.vatError.setStyleSheet(u"color: #c0392b;")
        self.vatError.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.vatError)

        self.dateLabel = QLabel(ExpenseEditorDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateInput(ExpenseEditorDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.categoryLabel = QLabel(ExpenseEditorDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ExpenseEditorDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.supplierLabel = QLabel(ExpenseEditorDialog)
        self.supplierLabel.setObjectName(u"supplierLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.supplierLabel)

        self.supplierEdit = QLineEdit(ExpenseEditorDialog)
        self.supplierEdit.setObjectName(u"supplierEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.supplierEdit)

        self.paidByLabel = QLabel(ExpenseEditorDialog)
        self.paidByLabel.setObjectName(u"paidByLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.paidByLabel)

        self.paidByCombo = QComboBox(ExpenseEditorDialog)
        self.paidByCombo.setObjectName(u"paidByCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.paidByCombo)

        self.owedLabel = QLabel(ExpenseEditorDialog)
        self.owedLabel.setObjectName(u"owedLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.owedLabel)

        self.owedEdit = QLineEdit(ExpenseEditorDialog)
        self.owedEdit.setObjectName(u"owedEdit")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.owedEdit)

        self.owedError = QLabel(ExpenseEditorDialog)
        self.owedError.setObjectName(u"owedError")
        self.owedError.setText(u"")
        self.owedError.setStyleSheet(u"color: #c0392b;")
        self.owedError.setWordWrap(True)

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.owedError)

        self.receiptLabel = QLabel(ExpenseEditorDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptLayout = QHBoxLayout()
        self.receiptLayout.setObjectName(u"receiptLayout")
        self.receiptEdit = QLineEdit(ExpenseEditorDialog)
        self.receiptEdit.setObjectName(u"receiptEdit")

        self.receiptLayout.addWidget(self.receiptEdit)

        self.receiptButton = QPushButton(ExpenseEditorDialog)
        self.receiptButton.setObjectName(u"receiptButton")
        self.receiptButton.setAutoDefault(False)

        self.receiptLayout.addWidget(self.receiptButton)


        self.formLayout.setLayout(15, QFormLayout.ItemRole.FieldRole, self.receiptLayout)

        self.receiptFileLabel = QLabel(ExpenseEditorDialog)
        self.receiptFileLabel.setObjectName(u"receiptFileLabel")
        self.receiptFileLabel.setText(u"")
        self.receiptFileLabel.setWordWrap(True)

        self.formLayout.setWidget(16, QFormLayout.ItemRole.FieldRole, self.receiptFileLabel)

        self.receiptError = QLabel(ExpenseEditorDialog)
        self.receiptError.setObjectName(u"receiptError")
        self.receiptError.setText(u"")
        self.receiptError.setStyleSheet(u"color: #c0392b;")
        self.receiptError.setWordWrap(True)

        self.formLayout.setWidget(17, QFormLayout.ItemRole.FieldRole, self.receiptError)

        self.previewCaption = QLabel(ExpenseEditorDialog)
        self.previewCaption.setObjectName(u"previewCaption")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.LabelRole, self.previewCaption)

        self.previewLabel = QLabel(ExpenseEditorDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setText(u"")

        self.formLayout.setWidget(18, QFormLayout.ItemRole.FieldRole, self.previewLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExpenseEditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.currencyLabel.setBuddy(self.currencyEdit)
        self.rateLabel.setBuddy(self.rateEdit)
        self.vatLabel.setBuddy(self.vatCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.supplierLabel.setBuddy(self.supplierEdit)
        self.paidByLabel.setBuddy(self.paidByCombo)
        self.owedLabel.setBuddy(self.owedEdit)
        self.receiptLabel.setBuddy(self.receiptEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.currencyEdit)
        QWidget.setTabOrder(self.currencyEdit, self.refundCheck)
        QWidget.setTabOrder(self.refundCheck, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.vatCombo)
        QWidget.setTabOrder(self.vatCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.supplierEdit)
        QWidget.setTabOrder(self.supplierEdit, self.paidByCombo)
        QWidget.setTabOrder(self.paidByCombo, self.owedEdit)
        QWidget.setTabOrder(self.owedEdit, self.receiptEdit)
        QWidget.setTabOrder(self.receiptEdit, self.receiptButton)

        self.retranslateUi(ExpenseEditorDialog)

        QMetaObject.connectSlotsByName(ExpenseEditorDialog)
    # setupUi

    def retranslateUi(self, ExpenseEditorDialog):
        ExpenseEditorDialog.setWindowTitle(QCoreApplication.translate("ExpenseEditorDialog", u"Expense", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&Description:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ExpenseEditorDialog", u"e.g. Lunch at the venue", None))
        self.amountLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&Amount incl. VAT:", None))
#if QT_CONFIG(accessibility)
        self.amountEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Amount including VAT", None))
#endif // QT_CONFIG(accessibility)
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("ExpenseEditorDialog", u"0,00", None))
        self.currencyLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&Currency:", None))
#if QT_CONFIG(accessibility)
        self.currencyEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Currency", None))
#endif // QT_CONFIG(accessibility)
        self.refundCheck.setText(QCoreApplication.translate("ExpenseEditorDialog", u"Re&fund", None))
#if QT_CONFIG(accessibility)
        self.refundCheck.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Refund", None))
#endif // QT_CONFIG(accessibility)
        self.rateLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"E&xchange rate:", None))
#if QT_CONFIG(accessibility)
        self.rateEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Exchange rate", None))
#endif // QT_CONFIG(accessibility)
        self.vatLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&VAT rate:", None))
#if QT_CONFIG(accessibility)
        self.vatCombo.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"VAT rate in percent", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"Da&te:", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"Cate&gory:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.supplierLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&Supplier:", None))
#if QT_CONFIG(accessibility)
        self.supplierEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Supplier", None))
#endif // QT_CONFIG(accessibility)
        self.paidByLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&Paid by:", None))
#if QT_CONFIG(accessibility)
        self.paidByCombo.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Paid by", None))
#endif // QT_CONFIG(accessibility)
        self.owedLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&Who is owed:", None))
#if QT_CONFIG(accessibility)
        self.owedEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Who paid and is owed the money", None))
#endif // QT_CONFIG(accessibility)
        self.receiptLabel.setText(QCoreApplication.translate("ExpenseEditorDialog", u"&Receipt:", None))
#if QT_CONFIG(accessibility)
        self.receiptEdit.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Receipt reference", None))
#endif // QT_CONFIG(accessibility)
        self.receiptEdit.setPlaceholderText(QCoreApplication.translate("ExpenseEditorDialog", u"Reference, e.g. invoice number", None))
        self.receiptButton.setText(QCoreApplication.translate("ExpenseEditorDialog", u"Attach &file\u2026", None))
        self.previewCaption.setText(QCoreApplication.translate("ExpenseEditorDialog", u"In the outing's currency:", None))
#if QT_CONFIG(accessibility)
        self.previewLabel.setAccessibleName(QCoreApplication.translate("ExpenseEditorDialog", u"Amount in the outing's currency", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

