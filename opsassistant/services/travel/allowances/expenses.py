"""Expenses on a trip (receipts the traveller hands in), amounts including VAT, converted to DKK per line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from opsassistant.db.models import database
from opsassistant.db.models.reception import TripExpense
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.outings import money

CATEGORIES = ("transport", "hotel", "food", "other")
HOME_CURRENCY = "DKK"


@dataclass(frozen=True)
class TripExpenseRecord:
    id: int | None
    date: date
    description: str
    amount_minor: int
    currency: str = HOME_CURRENCY
    exchange_rate: Decimal = Decimal(1)
    vat_rate: Decimal = Decimal(25)
    category: str = "other"
    entertainment: bool = False
    receipt_reference: str = ""

    @property
    def amount_dkk_minor(self) -> int:
        return money.convert(self.amount_minor, self.currency, self.exchange_rate, HOME_CURRENCY)

    @property
    def vat_dkk_minor(self) -> int:
        """Danish VAT only: a foreign receipt carries no Danish input VAT to deduct."""
        if self.currency != HOME_CURRENCY:
            return 0
        return money.vat_included(self.amount_dkk_minor, self.vat_rate)


def category_label(category: str, lang: str | None = None) -> str:
    from opsassistant.i18n.messages import Translator

    t = Translator(lang)
    return {"transport": t.translate("Allowances", "Transport"), "hotel": t.translate("Allowances", "Hotel"),
            "food": t.translate("Allowances", "Meals"), "other": t.translate("Allowances", "Other")}.get(
        category, category)


def _record(row: TripExpense) -> TripExpenseRecord:
    return TripExpenseRecord(row.id, row.date, row.description, row.amount_minor, row.currency,
                             Decimal(row.exchange_rate), Decimal(row.vat_rate), row.category, row.entertainment,
                             row.receipt_reference)


def of_trip(trip_id: int) -> list[TripExpenseRecord]:
    query = (TripExpense.select().where(TripExpense.trip == trip_id)
             .order_by(TripExpense.date, TripExpense.position, TripExpense.id))
    return [_record(row) for row in query]


def replace_for_trip(trip_id: int, items: list[TripExpenseRecord]) -> None:
    """The trip's expenses become ``items`` in one transaction."""
    for item in items:
        if item.amount_minor <= 0:
            raise UserError(translate("Allowances", "An expense must have an amount above 0."))
        money.check_currency(item.currency)
        if item.category not in CATEGORIES:
            raise UserError(translate("Allowances", "Unknown expense category."))
    with database.atomic():
        TripExpense.delete().where(TripExpense.trip == trip_id).execute()
        for position, item in enumerate(items):
            TripExpense.create(trip=trip_id, date=item.date, description=item.description.strip(),
                               category=item.category, amount_minor=item.amount_minor,
                               currency=item.currency.upper(), exchange_rate=item.exchange_rate,
                               vat_rate=item.vat_rate, entertainment=item.entertainment,
                               receipt_reference=item.receipt_reference.strip(), position=position)
