"""One display format for every date and date-time input, in the UI language's short form with a four-digit
year and a 24-hour clock: "30.11.2026 09.00" in Danish, "30/11/2026 09.00" in English (en_DK) — the same
forms the tables and reports print with Babel."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def date_format() -> str:
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def time_format() -> str:
    text = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return text if "HH" in text else "HH.mm"


def datetime_format() -> str:
    return f"{date_format()} {time_format()}"
