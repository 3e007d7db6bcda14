"""``export expenses --format csv``: every expense line of every live outing.

UTF-8 with a BOM (Excel opens it right), comma-separated, RFC 4180 quoting. Amounts are exact decimal strings
with a point (``"1234.50"``), signed: a refund is negative. Text a person typed is made safe from formula
injection (a leading ``= + - @`` tab or CR gets an apostrophe); numbers this module formats are left alone.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path

from opsassistant.db.models import Expense, Outing
from opsassistant.fileio import atomic_text
from opsassistant.services.outings import money
from opsassistant.services.outings.expenses import line

COLUMNS = ("id", "outing_id", "outing", "date", "description", "category", "supplier", "amount", "currency",
           "exchange_rate", "amount_in_outing_currency", "outing_currency", "vat_rate", "vat", "refund",
           "paid_by", "owed_to", "receipt_reference", "receipt_file")
TEXT_COLUMNS = {"outing", "description", "supplier", "owed_to", "receipt_reference", "receipt_file"}
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: object) -> str:
    """A cell a spreadsheet shows as text, never as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_DANGEROUS) else text


def write_rows(path: Path | str, columns: tuple[str, ...], rows: Iterable[dict], text_columns: set[str]) -> int:
    """Write ``rows`` as they come (a generator is never held whole); returns how many were written."""
    count = 0
    with atomic_text(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([safe_text(row[c]) if c in text_columns else row[c] for c in columns])
            count += 1
    return count


def rows() -> list[dict]:
    return list(iter_rows())


def iter_rows() -> Iterator[dict]:
    """One dict per expense line, read from the database as they are written (peewee's ``iterator``)."""
    query = (Expense.select(Expense, Outing).join(Outing).where(Outing.deleted_at.is_null())
             .order_by(Outing.start_utc, Outing.id, Expense.date, Expense.id))
    for expense in query.iterator():
        outing = expense.outing
        item = line(expense)
        signed = -expense.amount_minor if expense.is_refund else expense.amount_minor
        converted = item.converted(outing.currency)
        yield {
            "id": expense.id, "outing_id": outing.id, "outing": outing.title,
            "date": expense.date.isoformat(), "description": expense.description,
            "category": expense.category, "supplier": expense.supplier,
            "amount": money.decimal_text(signed, expense.currency), "currency": expense.currency,
            "exchange_rate": str(expense.exchange_rate),
            "amount_in_outing_currency": money.decimal_text(converted, outing.currency),
            "outing_currency": outing.currency, "vat_rate": str(expense.vat_rate),
            "vat": money.decimal_text(item.vat(outing.currency), outing.currency),
            "refund": 1 if expense.is_refund else 0, "paid_by": expense.paid_by,
            "owed_to": expense.paid_by_name if expense.paid_by == "out_of_pocket" else "",
            "receipt_reference": expense.receipt_reference, "receipt_file": expense.receipt_file,
        }


def export_file(path: Path | str) -> int:
    """Write all expense lines; returns how many were written."""
    return write_rows(path, COLUMNS, iter_rows(), TEXT_COLUMNS)
