"""Reading dates and times as an office types them, in Danish or English (day before month, always).

Dates: ``3.12.2026``, ``3/12/2026``, ``3-12-26``, ``3.12.`` / ``3/12`` (this year), ``03122026``, ``031226``,
ISO ``2026-12-03``, ``3. december 2026`` / ``3 dec``, and the words ``i dag``, ``i morgen``, ``i overmorgen``,
``i går`` (``today``, ``tomorrow``, ``yesterday``) and ``+3`` / ``-2`` (days from today).
Times: ``9``, ``9.30``, ``09:30``, ``930``, ``0930``, ``kl. 9.30``.

Nothing is ever guessed into another date: text that is not one of these raises ``TypedDateError``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from opsassistant.i18n.messages import translate


class TypedDateError(ValueError):
    """The text is not a date (or time); ``str()`` is one sentence in the UI language."""


_WORDS = {
    "i dag": 0, "idag": 0, "today": 0,
    "i morgen": 1, "imorgen": 1, "tomorrow": 1,
    "i overmorgen": 2, "iovermorgen": 2,
    "i går": -1, "igår": -1, "i gaar": -1, "yesterday": -1,
}
_MONTHS = {
    "jan": 1, "januar": 1, "january": 1, "feb": 2, "februar": 2, "february": 2, "mar": 3, "mart": 3, "marts": 3,
    "march": 3, "apr": 4, "april": 4, "maj": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7,
    "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oct": 10, "oktober": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_NUMERIC = re.compile(r"^(\d{1,2})\s*[./ -]\s*(\d{1,2})(?:\s*[./ -]\s*(\d{2}|\d{4})?)?\.?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DIGITS = re.compile(r"^\d{4}$|^\d{6}$|^\d{8}$")
_NAMED = re.compile(r"^(\d{1,2})\.?\s*([a-zæøå]+)\.?(?:\s+(\d{4}))?$")
_OFFSET = re.compile(r"^([+-])\s*(\d{1,3})$")
_TIME = re.compile(r"^(?:kl\.?\s*)?(\d{1,2})(?:[.:](\d{2}))?$|^(\d{3,4})$")


def _not_a_date(text: str) -> TypedDateError:
    return TypedDateError(translate("TypedDates", "“%1” is not a date. Type it as 3.12.2026, 3.12. or "
                                    "2026-12-03.").replace("%1", text))


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise TypedDateError(translate("TypedDates", "“%1” is not a day in the calendar.").replace("%1", text)) \
            from None


def _year(value: str | None, today: date) -> int:
    if not value:
        return today.year
    number = int(value)
    return 2000 + number if len(value) == 2 else number


def parse_date(text: str, today: date | None = None) -> date:
    """The date ``text`` stands for; raises TypedDateError (with a sentence to show) when it is none."""
    today = today or date.today()
    raw = text.strip()
    clean = raw.casefold().rstrip(",")
    if not clean:
        raise _not_a_date(raw)
    if clean in _WORDS:
        return today + timedelta(days=_WORDS[clean])
    if match := _OFFSET.match(clean):
        days = int(match.group(2))
        return today + timedelta(days=days if match.group(1) == "+" else -days)
    if match := _ISO.match(clean):
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), raw)
    if match := _NUMERIC.match(clean):
        day, month, year = match.groups()
        return _make(_year(year, today), int(month), int(day), raw)
    if _DIGITS.match(clean):
        day, month, year = clean[:2], clean[2:4], clean[4:] or None
        return _make(_year(year, today), int(month), int(day), raw)
    if (match := _NAMED.match(clean)) and match.group(2) in _MONTHS:
        return _make(_year(match.group(3), today), _MONTHS[match.group(2)], int(match.group(1)), raw)
    raise _not_a_date(raw)


def parse_time(text: str) -> time:
    """The time of day ``text`` stands for (24-hour clock); raises TypedDateError when it is none."""
    raw = text.strip()
    match = _TIME.match(raw.casefold())
    if match:
        if match.group(3):
            digits = match.group(3)
            hours, minutes = int(digits[:-2]), int(digits[-2:])
        else:
            hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise TypedDateError(translate("TypedDates", "“%1” is not a time. Type it as 9.30 or 14.00.")
                         .replace("%1", raw))


def parse_datetime(text: str, today: date | None = None, default_time: time | None = None) -> datetime:
    """A date and a time: ``3.12.2026 9.30``, ``i morgen 14``, ``2026-12-03 09:30``; a date alone takes
    ``default_time`` (midnight if none)."""
    raw = " ".join(text.split())
    head, _, tail = raw.rpartition(" ")
    if head and not head.casefold().endswith(" kl") and not head.casefold().endswith(" kl."):
        try:
            return datetime.combine(parse_date(head, today), parse_time(tail))
        except TypedDateError:
            pass
    for marker in (" kl. ", " kl "):
        if marker in raw.casefold():
            index = raw.casefold().rindex(marker)
            return datetime.combine(parse_date(raw[:index], today), parse_time(raw[index + len(marker):]))
    if "T" in raw and _ISO.match(raw.split("T")[0]):
        day, _, clock = raw.partition("T")
        return datetime.combine(parse_date(day, today), parse_time(clock[:5]))
    try:
        return datetime.combine(parse_date(raw, today), default_time or time())
    except TypedDateError:
        raise TypedDateError(translate("TypedDates", "“%1” is not a date and time. Type it as 3.12.2026 9.30.")
                             .replace("%1", raw)) from None
