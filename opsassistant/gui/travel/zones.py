"""Small widgets helpers shared by the travel dialogs: the time-zone combo and local date-times."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QComboBox, QCompleter


@cache
def zone_names() -> list[str]:
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))) + ["UTC"]


def fill_zone_combo(combo: QComboBox) -> None:
    combo.addItems(zone_names())
    completer = QCompleter(zone_names(), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)


def set_zone(combo: QComboBox, zone: str) -> None:
    index = combo.findText(zone)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(zone)


def to_qdatetime(moment: datetime) -> QDateTime:
    """A wall-clock time shown as it is (no conversion to the laptop's zone)."""
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
