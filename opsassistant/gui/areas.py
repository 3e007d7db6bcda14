"""The areas of the main window, in menu and shortcut order (Ctrl+1 … Ctrl+6)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Area:
    key: str
    title: Callable[[], str]
    panel: str  # "module:Class", imported when the area is first shown


def _t(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Areas", text)


# The strings are listed again here so lupdate finds them.
_ = (QCoreApplication.translate("Areas", "Today"), QCoreApplication.translate("Areas", "Contacts"),
     QCoreApplication.translate("Areas", "Calendar"), QCoreApplication.translate("Areas", "Calls"),
     QCoreApplication.translate("Areas", "Outings"), QCoreApplication.translate("Areas", "Travel")) if False else None

AREAS: tuple[Area, ...] = (
    Area("today", _t("Today"), "opsassistant.gui.today.panel:TodayPanel"),
    Area("contacts", _t("Contacts"), "opsassistant.gui.contacts.panel:ContactsPanel"),
    Area("calendar", _t("Calendar"), "opsassistant.gui.calendar.panel:CalendarPanel"),
    Area("calls", _t("Calls"), "opsassistant.gui.calls.panel:CallsPanel"),
    Area("outings", _t("Outings"), "opsassistant.gui.outings.panel:OutingsPanel"),
    Area("travel", _t("Travel"), "opsassistant.gui.travel.panel:TravelPanel"),
)
