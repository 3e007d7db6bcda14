"""Expense lines of an outing, their receipts, and the outing's totals."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from opsassistant.db.models import Expense, Outing, OutingParticipant, database
from opsassistant.fileio import copy_private
from opsassistant.i18n.messages import Translator
from opsassistant.services.outings import money
from opsassistant.services.outings.constants import CATEGORIES, PAID_BY
from opsassistant.services.outings.editing import OutingError

RECEIPTS_FOLDER = "receipts"


@dataclass
class ExpenseData:
    date: date
    amount_minor: int  # includes VAT, in ``currency``; positive (a refund is flagged, not negative)
    description: str = ""
    category: str = "other"
    supplier: str = ""
    currency: str = "DKK"
    exchange_rate: Decimal = Decimal(1)
    vat_rate: Decimal = money.DEFAULT_VAT
    is_refund: bool = False
    paid_by: str = "invoice"
    paid_by_name: str = ""
    receipt_reference: str = ""
    receipt_file: str = ""  # already stored, relative to the data folder
    receipt_source: str = ""  # a file to copy into the receipts folder on save


def validate(data: ExpenseData, outing_currency: str, *, lang: str | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.description.strip():
        problems["description"] = Translator(lang).translate("Outings", "Enter what the money was spent on.")
    if data.amount_minor < 0:
        problems["amount"] = Translator(lang).translate("Outings", "A negative amount is only possible as a refund: tick "
                                       "“Refund” and enter the amount without a minus.")
    elif data.amount_minor == 0:
        problems["amount"] = Translator(lang).translate("Outings", "Enter an amount greater than 0.")
    try:
        currency = money.check_currency(data.currency, lang=lang)
    except money.MoneyError as exc:
        problems["currency"] = str(exc)
        currency = ""
    if Decimal(data.exchange_rate) <= 0:
        problems["exchange_rate"] = Translator(lang).translate("OutingMoney", "The exchange rate must be greater than 0.")
    elif currency == outing_currency.upper() and Decimal(data.exchange_rate) != 1:
        problems["exchange_rate"] = Translator(lang).translate("Outings", "The rate is 1 when the expense is in the outing's "
                                              "own currency.")
    if not Decimal(0) <= Decimal(data.vat_rate) <= Decimal(100):
        problems["vat_rate"] = Translator(lang).translate("OutingMoney", "The VAT rate must be between 0 and 100 %.")
    if data.category not in CATEGORIES:
        problems["category"] = Translator(lang).translate("Outings", "Unknown category.")
    if data.paid_by not in PAID_BY:
        problems["paid_by"] = Translator(lang).translate("Outings", "Unknown way of paying.")
    elif data.paid_by == "out_of_pocket" and not data.paid_by_name.strip():
        problems["paid_by_name"] = Translator(lang).translate("Outings", "Enter who paid, so the statement shows who is owed.")
    if data.receipt_source and not Path(data.receipt_source).is_file():
        problems["receipt"] = Translator(lang).translate("Outings", "The receipt file cannot be found.")
    return problems


def data_folder() -> Path:
    """The folder of the open database: receipts live in ``receipts/`` beside it."""
    return Path(database.database).resolve().parent


def receipt_path(relative: str) -> Path | None:
    return data_folder() / relative if relative else None


def _copy_receipt(source: str) -> str:
    folder = data_folder() / RECEIPTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.\-]+", "_", Path(source).name)[-80:] or "receipt"
    target = folder / f"{uuid.uuid4().hex[:8]}-{name}"
    copy_private(source, target)  # 0600 like the data, not the source's mode
    return f"{RECEIPTS_FOLDER}/{target.name}"


def save(outing_id: int, data: ExpenseData, expense_id: int | None = None) -> Expense:
    outing = Outing.get_by_id(outing_id)
    problems = validate(data, outing.currency)
    if problems:
        raise OutingError(problems)
    copied = _copy_receipt(data.receipt_source) if data.receipt_source else ""
    values = {
        "date": data.date, "description": data.description.strip(), "category": data.category,
        "supplier": data.supplier.strip(), "amount_minor": data.amount_minor,
        "currency": data.currency.strip().upper(), "exchange_rate": Decimal(data.exchange_rate),
        "vat_rate": Decimal(data.vat_rate), "is_refund": data.is_refund, "paid_by": data.paid_by,
        "paid_by_name": data.paid_by_name.strip() if data.paid_by == "out_of_pocket" else "",
        "receipt_reference": data.receipt_reference.strip(), "receipt_file": copied or data.receipt_file,
    }
    try:
        with database.atomic():
            if expense_id is None:
                return Expense.create(outing=outing, **values)
            expense = Expense.get_by_id(expense_id)
            for key, value in values.items():
                setattr(expense, key, value)
            expense.save()
            return expense
    except Exception:
        if copied:
            (data_folder() / copied).unlink(missing_ok=True)
        raise


def load(expense_id: int) -> ExpenseData:
    e = Expense.get_by_id(expense_id)
    return ExpenseData(date=e.date, amount_minor=e.amount_minor, description=e.description, category=e.category,
                       supplier=e.supplier, currency=e.currency, exchange_rate=e.exchange_rate,
                       vat_rate=e.vat_rate, is_refund=e.is_refund, paid_by=e.paid_by,
                       paid_by_name=e.paid_by_name, receipt_reference=e.receipt_reference,
                       receipt_file=e.receipt_file)


def remove(expense_id: int) -> None:
    """Delete an expense line (its receipt file stays in the folder, so nothing on disk is lost)."""
    with database.atomic():
        Expense.delete().where(Expense.id == expense_id).execute()


def of_outing(outing_id: int) -> list[Expense]:
    return list(Expense.select().where(Expense.outing == outing_id).order_by(Expense.date, Expense.id))


def line(expense: Expense) -> money.Line:
    return money.Line(expense.amount_minor, expense.currency, Decimal(expense.exchange_rate),
                      Decimal(expense.vat_rate), expense.is_refund, expense.paid_by, expense.paid_by_name)


def converted(expense: Expense, outing_currency: str) -> int:
    """The line in the outing's currency, signed (refunds negative)."""
    return line(expense).converted(outing_currency)


def accepted_count(outing_id: int) -> int:
    return (OutingParticipant.select().where((OutingParticipant.outing == outing_id)
                                             & (OutingParticipant.rsvp == "accepted")).count())


def totals_for(outing_id: int, expenses: list[Expense] | None = None) -> money.Totals:
    outing = Outing.get_by_id(outing_id)
    rows = of_outing(outing_id) if expenses is None else expenses
    return money.totals([line(e) for e in rows], outing.currency, outing.budget_minor,
                        accepted_count(outing_id), categories=[e.category for e in rows])
