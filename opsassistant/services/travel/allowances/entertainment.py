"""Entertainment (repræsentation): what the bookkeeper may deduct.

- Income tax: only 25 % of entertainment expenses is deductible (ligningsloven § 8, stk. 4), counted on the
  expense without the VAT that is deducted.
- VAT: input VAT on entertainment cannot be deducted (momsloven § 42, stk. 1); for restaurant services of a
  strictly business character 25 % of the VAT can be (§ 42, stk. 2). So on a meal 75 % of the VAT is not
  deductible, on anything else (gifts, tickets, outings) all of it.

Sources: skat.dk, Den juridiske vejledning / Momsvejledningen on § 42 (e.g. https://info.skat.dk/data.aspx?oid=73694
and https://info.skat.dk/data.aspx?chk=201527&lang=da&oid=77482).

Outings (all their expenses) and single outing expenses can be marked; trip expenses carry their own flag.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from opsassistant.db.models import Expense, database
from opsassistant.db.models.reception import EntertainmentMark

DEDUCTIBLE_SHARE = Decimal(25)  # percent of the expense (LL § 8, stk. 4)
RESTAURANT_VAT_DEDUCTIBLE = Decimal(25)  # percent of the VAT on restaurant services (ML § 42, stk. 2)
RESTAURANT_CATEGORIES = {"food"}


@dataclass(frozen=True)
class EntertainmentShare:
    gross_minor: int  # including VAT
    vat_minor: int
    vat_deductible_minor: int
    vat_not_deductible_minor: int
    cost_minor: int  # gross minus the deductible VAT
    deductible_minor: int  # 25 % of the cost
    not_deductible_minor: int

    def __add__(self, other: EntertainmentShare) -> EntertainmentShare:
        return EntertainmentShare(*(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values(),
                                                          strict=True)))


NOTHING = EntertainmentShare(0, 0, 0, 0, 0, 0, 0)


def _percent(amount: int, percent: Decimal) -> int:
    return int((Decimal(amount) * percent / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def share(gross_minor: int, vat_minor: int, restaurant: bool) -> EntertainmentShare:
    vat_ok = _percent(vat_minor, RESTAURANT_VAT_DEDUCTIBLE) if restaurant else 0
    cost = gross_minor - vat_ok
    deductible = _percent(cost, DEDUCTIBLE_SHARE)
    return EntertainmentShare(gross_minor, vat_minor, vat_ok, vat_minor - vat_ok, cost, deductible,
                              cost - deductible)


def is_outing_marked(outing_id: int) -> bool:
    return EntertainmentMark.select().where(EntertainmentMark.outing == outing_id).exists()


def marked_expense_ids(outing_id: int) -> set[int]:
    query = (EntertainmentMark.select(EntertainmentMark.expense).join(Expense)
             .where(Expense.outing == outing_id))
    return {mark.expense_id for mark in query}


def mark_outing(outing_id: int, marked: bool) -> None:
    with database.atomic():
        EntertainmentMark.delete().where(EntertainmentMark.outing == outing_id).execute()
        if marked:
            EntertainmentMark.create(outing=outing_id)


def mark_expense(expense_id: int, marked: bool) -> None:
    with database.atomic():
        EntertainmentMark.delete().where(EntertainmentMark.expense == expense_id).execute()
        if marked:
            EntertainmentMark.create(expense=expense_id)


def outing_share(outing_id: int) -> tuple[EntertainmentShare, list[tuple[Expense, EntertainmentShare]]]:
    """The entertainment lines of an outing (all of them when the outing is marked) and their sum, in the
    outing's currency."""
    from opsassistant.services.outings import expenses

    whole = is_outing_marked(outing_id)
    marked = marked_expense_ids(outing_id)
    lines = []
    total = NOTHING
    for expense in expenses.of_outing(outing_id):
        if not (whole or expense.id in marked) or expense.is_refund:
            continue
        item = expenses.line(expense)
        currency = expense.outing.currency
        part = share(item.converted(currency), item.vat(currency), expense.category in RESTAURANT_CATEGORIES)
        lines.append((expense, part))
        total = total + part
    return total, lines
