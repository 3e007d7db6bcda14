"""Field types that carry the data rules of DESIGN.md: UTC moments, exact money, JSON lists."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from peewee import CharField, TextField

_FORMAT = "%Y-%m-%d %H:%M:%S"


class UTCDateTimeField(CharField):
    """A moment stored as UTC text ``YYYY-MM-DD HH:MM:SS`` (sorts and compares correctly in SQL).

    Accepts only timezone-aware datetimes, so a local time can never be stored as if it were UTC.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 19)
        super().__init__(*args, **kwargs)

    def db_value(self, value):
        if value is None:
            return None
        if isinstance(value, str):
            return value
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC moment is required")
        return value.astimezone(UTC).strftime(_FORMAT)

    def python_value(self, value):
        if value is None:
            return None
        if len(value) == 19 and value[4] == value[7] == "-" and value[10] == " ":
            # the stored form, read ten times faster than by strptime (every list reads hundreds)
            return datetime.fromisoformat(value).replace(tzinfo=UTC)
        return datetime.strptime(value, _FORMAT).replace(tzinfo=UTC)  # anything else: as strict as ever


def utc_text(moment: datetime) -> str:
    """The stored text form of an aware moment, for raw SQL comparisons."""
    return moment.astimezone(UTC).strftime(_FORMAT)


class DecimalTextField(CharField):
    """An exact decimal (an exchange rate, a VAT rate) stored as text, never as a float."""

    def db_value(self, value):
        if value is None:
            return None
        return str(Decimal(value))

    def python_value(self, value):
        return None if value is None else Decimal(value)


class JSONListField(TextField):
    def db_value(self, value):
        return json.dumps(list(value or []), ensure_ascii=False)

    def python_value(self, value):
        return json.loads(value) if value else []
