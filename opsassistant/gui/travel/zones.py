"""Local date-times for the travel dialogs (wall-clock times, no conversion to the laptop's zone)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime


def to_qdatetime(moment: datetime) -> QDateTime:
    """A wall-clock time shown as it is (no conversion to the laptop's zone)."""
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
