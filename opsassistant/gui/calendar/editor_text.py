"""Texts and choice lists of the event editor, translated when asked (so a language switch re-reads them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from opsassistant.i18n.formatting import format_datetime, timezone_name
from opsassistant.services.calendar.editing import EventData, read_only_reason
from opsassistant.services.calendar.occurrences import Occurrence


def fill_combo(combo: QComboBox, items: list[tuple[str, object]], current) -> None:
    """Re-fill with translated labels, keeping the chosen value (or ``current`` the first time)."""
    if combo.count():
        current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, value in items:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def status_items() -> list[tuple[str, object]]:
    return [(QCoreApplication.translate("CalendarEditor", "Confirmed"), "confirmed"), (QCoreApplication.translate("CalendarEditor", "Tentative"), "tentative"), (QCoreApplication.translate("CalendarEditor", "Cancelled"), "cancelled")]


def reminder_items() -> list[tuple[str, object]]:
    return [(QCoreApplication.translate("CalendarEditor", "No reminder"), None), (QCoreApplication.translate("CalendarEditor", "At the start"), 0), (QCoreApplication.translate("CalendarEditor", "5 minutes before"), 5),
            (QCoreApplication.translate("CalendarEditor", "10 minutes before"), 10), (QCoreApplication.translate("CalendarEditor", "15 minutes before"), 15), (QCoreApplication.translate("CalendarEditor", "30 minutes before"), 30),
            (QCoreApplication.translate("CalendarEditor", "1 hour before"), 60), (QCoreApplication.translate("CalendarEditor", "2 hours before"), 120), (QCoreApplication.translate("CalendarEditor", "1 day before"), 1440)]


def repeat_items(custom: bool = False) -> list[tuple[str, object]]:
    """The repeat choices; ``custom`` adds the one for a rule they cannot show (kept as it is)."""
    labels = {"none": QCoreApplication.translate("CalendarEditor", "Does not repeat"), "daily": QCoreApplication.translate("CalendarEditor", "Daily"), "weekly": QCoreApplication.translate("CalendarEditor", "Weekly on chosen days"),
              "monthly_date": QCoreApplication.translate("CalendarEditor", "Monthly on the same date"), "monthly_weekday": QCoreApplication.translate("CalendarEditor", "Monthly on the same weekday"),
              "yearly": QCoreApplication.translate("CalendarEditor", "Yearly")}
    if custom:
        labels["custom"] = QCoreApplication.translate("CalendarEditor", "Custom rule (kept as it is)")
    return list((label, key) for key, label in labels.items())


def ends_items() -> list[tuple[str, object]]:
    return [(QCoreApplication.translate("CalendarEditor", "Never"), "never"), (QCoreApplication.translate("CalendarEditor", "On a date"), "until"), (QCoreApplication.translate("CalendarEditor", "After a number of times"), "count")]


def categories() -> list[str]:
    return [QCoreApplication.translate("CalendarEditor", "Meeting"), QCoreApplication.translate("CalendarEditor", "Customer"), QCoreApplication.translate("CalendarEditor", "Internal"), QCoreApplication.translate("CalendarEditor", "Travel"), QCoreApplication.translate("CalendarEditor", "Private")]


CATEGORY_SOURCES = ("Meeting", "Customer", "Internal", "Travel", "Private")


def category_label(stored: str) -> str:
    """A stored category in the UI language when it is one of the standard ones written in English
    ("meeting" from an import or the demo shows as "Møde"); anything else as stored."""
    for source in CATEGORY_SOURCES:
        if stored.strip().casefold() == source.casefold():
            return QCoreApplication.translate("CalendarEditor", source)
    return stored


def scope_text(read_only: bool, source: str, event_id: int | None, occurrence: Occurrence | None) -> str:
    if read_only:
        return read_only_reason(source)
    if occurrence is not None and occurrence.series_id:
        return QCoreApplication.translate("CalendarEditor", "You are changing only this occurrence of a repeating appointment.")
    if event_id is not None and occurrence is None:
        return ""
    return ""


def home_hint(data: EventData, home_zone: str) -> str:
    if data.all_day or data.start is None or data.end is None:
        return QCoreApplication.translate("CalendarEditor", "All day, no time zone.")
    if data.start_timezone == home_zone and data.end_timezone == home_zone:
        return QCoreApplication.translate("CalendarEditor", "The same as above (%1).").replace("%1", timezone_name(home_zone))
    return (QCoreApplication.translate("CalendarEditor", "%1 – %2 home time (%3)")
            .replace("%1", format_datetime(data.start, home_zone))
            .replace("%2", format_datetime(data.end, home_zone))
            .replace("%3", timezone_name(home_zone)))


def conflict_heading() -> str:
    return QCoreApplication.translate("CalendarEditor", "Overlap:")


def discard_question() -> str:
    return QCoreApplication.translate("CalendarEditor", "Discard the changes to this appointment?")
