"""The report dialog's date field: takes a date as a Dane types it or in ISO form, keeps the calendar popup.

``QDateEdit`` accepts only its display format, section by section, so "2.4.2026" typed over the date was
dropped without a word and the report printed another day. This one accepts 2.4.2026, 02-04-2026,
2/4/2026, 2 4 2026 and 2026-04-02 while typing, shows the date as 02-04-2026 when the field is left, and
``typed_date()`` tells the dialog when the text is no date at all (so it can say so instead of guessing).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

DISPLAY_FORMAT = "dd-MM-yyyy"
_FORMS = (re.compile(r"\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*$"),
          re.compile(r"\s*(?P<d>\d{1,2})[.\-/ ](?P<m>\d{1,2})[.\-/ ]\s*(?P<y>\d{4})\s*$"))
_TYPING = re.compile(r"[\d.\-/ ]*")


def parse_date(text: str) -> QDate | None:
    """The date in ``text`` (Danish day-month-year with . - / or space, or ISO), None when it is none."""
    for form in _FORMS:
        found = form.match(text)
        if found:
            value = QDate(int(found["y"]), int(found["m"]), int(found["d"]))
            return value if value.isValid() else None
    return None


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)

    def validate(self, text: str, pos: int):  # noqa: D401 - Qt API
        if parse_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if _TYPING.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        return text  # keep what was typed, so typed_date() can report it

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt API
        value = parse_date(text)
        return QDateTime(value, self.time()) if value is not None else self.dateTime()

    def typed_date(self) -> QDate | None:
        """The date the field shows or was typed into it (committing the typing); None when the text is no
        date."""
        value = parse_date(self.text())
        if value is not None:
            self.setDate(value)
        return value
