"""The current UI language ("da" or "en") and the Babel locale behind each."""

from __future__ import annotations

import locale
import os

SUPPORTED = ("da", "en")
# en_DK and da_DK: ISO week numbers, Monday-first weeks and 24-hour times in both languages.
BABEL_LOCALES = {"da": "da_DK", "en": "en_DK"}

_current = "en"


def current_language() -> str:
    return _current


def set_current_language(lang: str) -> None:
    global _current
    _current = normalise(lang)


def normalise(lang: str | None) -> str:
    code = (lang or "").lower().replace("-", "_").split("_")[0]
    if code not in SUPPORTED:
        raise ValueError(f"unsupported language {lang!r}; choose one of {', '.join(SUPPORTED)}")
    return code


def babel_locale(lang: str | None = None) -> str:
    return BABEL_LOCALES[normalise(lang) if lang else _current]


def system_language() -> str:
    """Danish when the system speaks Danish, otherwise English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable)
        if value:
            return "da" if value.lower().startswith("da") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "da" if code.lower().startswith("da") else "en"
