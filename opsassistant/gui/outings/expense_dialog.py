"""Add or change an expense line: amount incl. VAT, VAT rate, currency and rate, who paid, the receipt."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import QCompleter, QFileDialog, QWidget

from opsassistant.gui.common.date_input import first_invalid
from opsassistant.gui.common.edit_formats import date_format
from opsassistant.gui.forms.ui_expense_editor import Ui_ExpenseEditorDialog
from opsassistant.gui.outings.common import FormDialog, qdate, set_error
from opsassistant.i18n.formatting import format_money
from opsassistant.i18n.preferences import settings
from opsassistant.services import principals
from opsassistant.services.outings import editing, expenses, money
from opsassistant.services.outings.constants import CATEGORIES, PAID_BY, category_label, paid_by_label
from opsassistant.services.outings.editing import OutingError
from opsassistant.services.outings.expenses import ExpenseData

VAT_CHOICES = ("25", "0")


def _rate_text(rate: Decimal) -> str:
    return format(rate.normalize(), "f").replace(".", ",")


class ExpenseDialog(FormDialog):
    def __init__(self, outing_id: int, expense_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExpenseEditorDialog()
        self.ui.setupUi(self)
        self.outing_id, self.expense_id = outing_id, expense_id
        outing = editing.get(outing_id)
        self.outing_currency = outing.currency
        self.receipt_file = ""
        self.receipt_source = ""
        self.ui.dateEdit.setDisplayFormat(date_format())
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.currencyEdit.setText(self.outing_currency)
        self._rate_for = self.outing_currency  # the currency the rate field was last filled for
        self._rate_typed = False
        self._fill_combos()
        self.ui.vatCombo.setCurrentIndex(0)
        names = [p.name for p in principals.list_principals()]
        self.ui.owedEdit.setCompleter(QCompleter(names, self))
        if expense_id is not None:
            self._load(expenses.load(expense_id))
        if expense_id is not None:
            self._rate_for, self._rate_typed = self._currency(), True
        self.ui.rateEdit.textEdited.connect(lambda _t: setattr(self, "_rate_typed", True))
        for edit in (self.ui.amountEdit, self.ui.currencyEdit, self.ui.rateEdit):
            edit.textChanged.connect(self._update)
        self.ui.vatCombo.currentTextChanged.connect(self._update)
        self.ui.refundCheck.toggled.connect(self._update)
        self.ui.paidByCombo.currentIndexChanged.connect(self._update)
        self.ui.receiptButton.clicked.connect(self._choose_receipt)
        self._update()
        self._finish_setup(self.ui.buttonBox)

    def _fill_combos(self) -> None:
        category = self.ui.categoryCombo.currentData() or "other"
        paid_by = self.ui.paidByCombo.currentData() or "invoice"
        self.ui.categoryCombo.clear()
        for item in CATEGORIES:
            self.ui.categoryCombo.addItem(category_label(item), item)
        self.ui.paidByCombo.clear()
        for item in PAID_BY:
            self.ui.paidByCombo.addItem(paid_by_label(item), item)
        self.ui.categoryCombo.setCurrentIndex(CATEGORIES.index(category))
        self.ui.paidByCombo.setCurrentIndex(PAID_BY.index(paid_by))
        if self.ui.vatCombo.count() == 0:
            for rate in VAT_CHOICES:
                self.ui.vatCombo.addItem(f"{rate} %")

    def _load(self, data: ExpenseData) -> None:
        self.ui.dateEdit.setDate(qdate(data.date))
        self.ui.descriptionEdit.setText(data.description)
        self.ui.categoryCombo.setCurrentIndex(CATEGORIES.index(data.category))
        self.ui.supplierEdit.setText(data.supplier)
        self.ui.amountEdit.setText(money.decimal_text(data.amount_minor, data.currency).replace(".", ","))
        self.ui.currencyEdit.setText(data.currency)
        self.ui.rateEdit.setText(_rate_text(Decimal(data.exchange_rate)))
        self.ui.vatCombo.setCurrentText(f"{_rate_text(Decimal(data.vat_rate))} %")
        self.ui.refundCheck.setChecked(data.is_refund)
        self.ui.paidByCombo.setCurrentIndex(PAID_BY.index(data.paid_by))
        self.ui.owedEdit.setText(data.paid_by_name)
        self.ui.receiptEdit.setText(data.receipt_reference)
        self.receipt_file = data.receipt_file
        self._show_receipt()

    def _choose_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("OutingsGui", "Attach receipt"), str(Path.home()),
                                              QCoreApplication.translate("OutingsGui", "Receipts (*.pdf *.png *.jpg *.jpeg *.heic);;All files (*)"))
        if path:
            self.receipt_source = path
            self._show_receipt()

    def _show_receipt(self) -> None:
        if self.receipt_source:
            text = QCoreApplication.translate("OutingsGui", "File to attach: {name}").format(name=Path(self.receipt_source).name)
        elif self.receipt_file:
            text = QCoreApplication.translate("OutingsGui", "Attached file: {name}").format(name=Path(self.receipt_file).name)
        else:
            text = ""
        self.ui.receiptFileLabel.setText(text)
        self.ui.receiptFileLabel.setVisible(bool(text))

    # --- live checks and preview -----------------------------------------------------------------------
    def _currency(self) -> str:
        return self.ui.currencyEdit.text().strip().upper()

    def _update(self) -> None:
        currency = self._currency()
        foreign = currency != self.outing_currency
        self.ui.rateEdit.setEnabled(foreign)
        if currency != self._rate_for and not self._rate_typed:
            # A foreign currency needs its own rate: never 1, at most the last rate used for it as a suggestion
            self._rate_for = currency
            self.ui.rateEdit.setText(_last_rate(currency) if foreign else "1")
        if not foreign and self.ui.rateEdit.text() != "1":
            self.ui.rateEdit.setText("1")
        hint = ""
        if foreign:
            hint = QCoreApplication.translate("OutingsGui", "{outing} for 1 {currency} (required)").format(
                outing=self.outing_currency, currency=currency or "…")
        self.ui.rateHint.setText(hint)
        out_of_pocket = self.ui.paidByCombo.currentData() == "out_of_pocket"
        self.ui.owedEdit.setEnabled(out_of_pocket)
        self.ui.owedLabel.setEnabled(out_of_pocket)
        try:
            data = self._data(strict=False)
            item = expenses.line(_AsExpense(data))
            amount, vat = item.converted(self.outing_currency), item.vat(self.outing_currency)
            self.ui.previewLabel.setText(QCoreApplication.translate("OutingsGui", "{amount}, of which VAT {vat}").format(
                amount=format_money(amount, self.outing_currency), vat=format_money(vat, self.outing_currency)))
        except (money.MoneyError, ValueError, ArithmeticError):
            self.ui.previewLabel.setText("–")

    def _data(self, *, strict: bool = True) -> ExpenseData:
        """The form as data. With ``strict`` every field error is shown next to its field; raises ValueError."""
        problems: dict[str, str] = {}
        currency = self._currency()
        amount = 0
        try:
            currency = money.check_currency(currency)
        except money.MoneyError as exc:
            problems["currency"] = str(exc)
        try:
            amount = money.parse_amount(self.ui.amountEdit.text(), currency if not problems else "DKK")
            if amount < 0 and self.ui.refundCheck.isChecked():
                amount = -amount
        except money.MoneyError as exc:
            problems["amount"] = str(exc)
        rate = Decimal(1)
        if currency != self.outing_currency:
            try:
                rate = money.parse_rate(self.ui.rateEdit.text())
            except money.MoneyError as exc:
                problems["exchange_rate"] = str(exc)
        vat = money.DEFAULT_VAT
        try:
            vat = money.parse_vat_rate(self.ui.vatCombo.currentText())
        except money.MoneyError as exc:
            problems["vat_rate"] = str(exc)
        data = ExpenseData(
            date=self.ui.dateEdit.date().toPython() if strict else date.today(), amount_minor=amount,
            description=self.ui.descriptionEdit.text(), category=self.ui.categoryCombo.currentData(),
            supplier=self.ui.supplierEdit.text(), currency=currency, exchange_rate=rate, vat_rate=vat,
            is_refund=self.ui.refundCheck.isChecked(), paid_by=self.ui.paidByCombo.currentData(),
            paid_by_name=self.ui.owedEdit.text(), receipt_reference=self.ui.receiptEdit.text(),
            receipt_file=self.receipt_file, receipt_source=self.receipt_source)
        if strict:  # every problem at once: what could not be read, then the service's own rules
            problems = {**expenses.validate(data, self.outing_currency), **problems}
            self._show_problems(problems)
        if problems:
            raise ValueError(problems)
        return data

    def _show_problems(self, problems: dict[str, str]) -> None:
        ui = self.ui
        fields = {"description": (ui.descriptionError, ui.descriptionEdit), "amount": (ui.amountError, ui.amountEdit),
                  "currency": (ui.currencyError, ui.currencyEdit), "exchange_rate": (ui.rateError, ui.rateEdit),
                  "vat_rate": (ui.vatError, ui.vatCombo), "paid_by_name": (ui.owedError, ui.owedEdit),
                  "receipt": (ui.receiptError, ui.receiptButton)}
        first = None
        for key, (label, widget) in fields.items():
            set_error(label, problems.get(key))
            if key in problems and first is None:
                first = widget
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        if first_invalid(self) is not None:
            return
        try:
            data = self._data()
        except ValueError:
            return
        try:
            expenses.save(self.outing_id, data, self.expense_id)
        except OutingError as exc:
            self._show_problems(exc.problems)
            return
        if data.currency != self.outing_currency:
            settings().setValue(f"outings/rate/{data.currency}", self.ui.rateEdit.text().strip())
        self.mark_clean()
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_combos()
            self._show_receipt()
            self._update()
        super().changeEvent(event)


def _last_rate(currency: str) -> str:
    """The rate last saved for ``currency`` (a suggestion to check), or empty."""
    if len(currency) != 3:
        return ""
    return str(settings().value(f"outings/rate/{currency}", "") or "")


class _AsExpense:
    """Just enough of an Expense row for ``expenses.line`` (the live preview before saving)."""

    def __init__(self, data: ExpenseData):
        self.amount_minor, self.currency = data.amount_minor, data.currency
        self.exchange_rate, self.vat_rate = data.exchange_rate, data.vat_rate
        self.is_refund, self.paid_by, self.paid_by_name = data.is_refund, data.paid_by, data.paid_by_name
