"""The report dialog's date field: the one date input of every editor (``gui/common/date_input.py``).

It reads 2.4.2026, 2/4, 02-04-2026, 2026-04-02, "i morgen" … when the field is left or the report is made, shows
the date in the UI language's form, and says in one sentence under the field when the text is no date — the
report is then not made, instead of printing another day.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit

from opsassistant.gui.common.date_input import DateInput


class DateEdit(DateInput):
    def lineEdit(self) -> QLineEdit:  # noqa: N802 - the QDateEdit call the dialog and its tests use
        return self.edit

    def typed_date(self) -> QDate | None:
        """The date the field shows or was typed into it (read now, even before the field is left); None — with
        the sentence under the field — when the text is no date."""
        return self.date() if self.commit() else None
