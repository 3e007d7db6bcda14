"""The areas of the main window, in menu and shortcut order (Ctrl+1 … Ctrl+6)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Area:
    key: str
    source_title: str  # English source; translated when shown
    panel: str  # "module:Class", imported when the area is first shown

    def title(self) -> str:
        return QCoreApplication.translate("Areas", self.source_title)


AREAS: tuple[Area, ...] = (
    Area("today", QT_TRANSLATE_NOOP("Areas", "Today"), "opsassistant.gui.today.panel:TodayPanel"),
    Area("contacts", QT_TRANSLATE_NOOP("Areas", "Contacts"), "opsassistant.gui.contacts.panel:ContactsPanel"),
    Area("calendar", QT_TRANSLATE_NOOP("Areas", "Calendar"), "opsassistant.gui.calendar.panel:CalendarPanel"),
    Area("calls", QT_TRANSLATE_NOOP("Areas", "Calls"), "opsassistant.gui.calls.panel:CallsPanel"),
    Area("outings", QT_TRANSLATE_NOOP("Areas", "Outings"), "opsassistant.gui.outings.panel:OutingsPanel"),
    Area("travel", QT_TRANSLATE_NOOP("Areas", "Travel"), "opsassistant.gui.travel.panel:TravelPanel"),
)
