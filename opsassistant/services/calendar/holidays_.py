"""Danish public holidays, named in the language asked for (always passed explicitly to ``holidays``)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from opsassistant.i18n.language import current_language, normalise

_LANGS = {"da": "da", "en": "en_US"}


@lru_cache(maxsize=64)
def _year(year: int, lang: str) -> dict[date, str]:
    import holidays

    return dict(holidays.country_holidays("DK", years=year, language=_LANGS[lang]).items())


def holidays_between(first: date, last: date, lang: str | None = None) -> dict[date, str]:
    """Holiday date → name for ``first`` ≤ day ≤ ``last``."""
    lang = normalise(lang) if lang else current_language()
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update({d: n for d, n in _year(year, lang).items() if first <= d <= last})
    return found


def holiday_name(day: date, lang: str | None = None) -> str | None:
    return holidays_between(day, day, lang).get(day)


def is_holiday(day: date) -> bool:
    return day in _year(day.year, "da")
