"""Dates, times, numbers, money, durations and zone names formatted with Babel for da_DK or en_DK.

Every function takes an optional ``lang``; without it the current UI language is used.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale
from babel import numbers as babel_numbers

from opsassistant.i18n.babel_dates import babel_dates
from opsassistant.i18n.language import babel_locale, normalise
from opsassistant.i18n.messages import Translator

MINOR_UNITS_DEFAULT = 2


def _locale_id(lang: str | None) -> str:
    """"da_DK" or "en_DK": ``lang``'s, else the current UI language's."""
    return babel_locale(normalise(lang) if lang else None)


def _locale(lang: str | None) -> Locale:
    """The Babel ``Locale`` of ``lang`` (else of the current UI language). Babel parses a locale given as text
    again on every call (~20 µs; the Today page formats ~80 values); one parsed ``Locale`` per identifier is
    kept instead. Keyed by the identifier, so a language switch picks the other one at the next call."""
    return _parsed(_locale_id(lang))


def _parsed(identifier: str) -> Locale:
    parsed = _PARSED.get(identifier)
    if parsed is None:
        parsed = _PARSED[identifier] = Locale.parse(identifier)
    return parsed


_PARSED: dict[str, Locale] = {}


def format_date(value: date, format: str = "medium", lang: str | None = None) -> str:
    return babel_dates.format_date(value, format=format, locale=_locale(lang))


def format_time(value: time | datetime, lang: str | None = None) -> str:
    """24-hour time as the locale writes it: ``14.05`` in Danish, ``14:05`` in English."""
    return _short_time(value.hour, value.minute, value.second, _locale_id(lang))


@lru_cache(maxsize=8192)
def _short_time(hour: int, minute: int, second: int, locale: str) -> str:
    """Remembered per wall-clock time: the short patterns of da_DK and en_DK hold no zone, so the text depends
    on the clock time only (Today at scale 10 formats ~6,000 times, Babel took ~25 µs each)."""
    return babel_dates.format_time(time(hour, minute, second), format="short", locale=_parsed(locale))


def format_datetime(value: datetime, timezone: str | None = None, lang: str | None = None) -> str:
    """Short date and 24-hour time; converted to ``timezone`` first when given."""
    if timezone:
        value = value.astimezone(ZoneInfo(timezone))
    return f"{format_date(value.date(), 'short', lang)} {format_time(value, lang)}"


def format_full_date(value: date, lang: str | None = None) -> str:
    """"torsdag den 2. april 2026" / "Thursday 2 April 2026"."""
    pattern = "EEEE 'den' d. MMMM y" if _locale_id(lang) == "da_DK" else "EEEE d MMMM y"
    return babel_dates.format_date(value, format=pattern, locale=_locale(lang))


def iso_week(value: date) -> int:
    return value.isocalendar().week


def week_label(value: date, lang: str | None = None) -> str:
    """"Uge 48" / "Week 48"."""
    return Translator(lang).translate("Formatting", "Week %1").replace("%1", str(iso_week(value)))


def format_full_date_with_week(value: date, lang: str | None = None) -> str:
    """"torsdag den 2. april 2026 · uge 14"."""
    week = Translator(lang).translate("Formatting", "week %1").replace("%1", str(iso_week(value)))
    return f"{format_full_date(value, lang)} · {week}"


def format_number(value: int | Decimal, lang: str | None = None) -> str:
    return babel_numbers.format_decimal(value, locale=_locale(lang))


def minor_units(currency: str) -> int:
    digits = babel_numbers.get_currency_precision(currency.upper())
    return MINOR_UNITS_DEFAULT if digits is None else digits


def to_decimal(amount_minor: int, currency: str) -> Decimal:
    return Decimal(amount_minor).scaleb(-minor_units(currency))


def format_money(amount_minor: int, currency: str = "DKK", lang: str | None = None) -> str:
    """``1.234,50 kr.`` in Danish, ``DKK 1,234.50`` in English; exact, from integer minor units."""
    value = to_decimal(amount_minor, currency)
    return babel_numbers.format_currency(value, currency.upper(), locale=_locale(lang))


def format_duration(delta: timedelta | int, lang: str | None = None) -> str:
    """Hours and minutes: "2 t 5 min" / "2 h 5 min"."""
    seconds = int(delta.total_seconds() if isinstance(delta, timedelta) else delta)
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes = rest // 60
    parts = []
    if hours:
        parts.append(Translator(lang).translate("Formatting", "%1 h").replace("%1", str(hours)))
    if minutes or not hours:
        parts.append(Translator(lang).translate("Formatting", "%1 min").replace("%1", str(minutes)))
    return sign + " ".join(parts)


def timezone_name(zone: str, moment: datetime | None = None, lang: str | None = None) -> str:
    """The city of a zone in the language, e.g. "Tokyo"; falls back to the IANA name."""
    try:
        return babel_dates.get_timezone_location(ZoneInfo(zone), locale=_locale(lang), return_city=True)
    except (LookupError, ValueError):
        return zone


def utc_offset_label(zone: str, moment: datetime) -> str:
    """"UTC+9", "UTC+5:30"."""
    offset = moment.astimezone(ZoneInfo(zone)).utcoffset() or timedelta(0)
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")
