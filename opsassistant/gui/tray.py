"""The tray icon, where the desktop has a tray: next appointments, open call-backs, "Log a call", and
``notify(title, text)`` for reminders and due call-backs.

The calendar and calls areas are optional here (imported when the menu opens, skipped if absent), so the
tray never slows start-up and never breaks when an area is missing. Clicking the icon raises the window.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from opsassistant.i18n.formatting import format_date, format_time
from opsassistant.paths import resource_path

log = logging.getLogger(__name__)

MAX_ITEMS = 5
LOOK_AHEAD = timedelta(days=7)


def next_appointments(now: datetime, limit: int = MAX_ITEMS) -> list | None:
    """Occurrences starting from ``now`` within a week, or None when the calendar area is not there."""
    try:
        from opsassistant.services.calendar import occurrences
    except ImportError:
        return None
    found = [o for o in occurrences.between(now, now + LOOK_AHEAD) if o.start_utc >= now or o.all_day]
    return found[:limit]


def open_callbacks(limit: int = MAX_ITEMS) -> list | None:
    try:
        from opsassistant.services.calls import queries
    except ImportError:
        return None
    return queries.open_callbacks()[:limit]


class Tray(QObject):
    """Owns the QSystemTrayIcon (``.icon`` — pass it to notifiers) and its menu."""

    quit_requested = Signal()

    def __init__(self, window: QWidget, icon: QIcon | None = None, parent: QObject | None = None):
        super().__init__(parent or window)
        self.window = window
        self.icon = QSystemTrayIcon(icon or QIcon(str(resource_path("icons", "opsassistant.svg"))), self)
        self.menu = QMenu(window)
        self.icon.setContextMenu(self.menu)
        self.menu.aboutToShow.connect(self.refresh)
        self.icon.activated.connect(self._activated)
        self.refresh()
        window.installEventFilter(self)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> bool:
        """Show the icon when the desktop has a tray; False when it has none."""
        if not self.available():
            return False
        self.icon.show()
        return True

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, text: str, timeout_ms: int = 15_000) -> bool:
        """A desktop notification through the tray; without one, the window's taskbar entry is flashed.

        Returns True when a notification was shown.
        """
        log.info("notification: %s — %s", title, text)
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, timeout_ms)
            return True
        QApplication.alert(self.window)
        return False

    # --- menu ---------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Rebuild the menu (called each time it opens, so it is always current)."""
        menu = self.menu
        menu.clear()
        self.icon.setToolTip(self.tr("Ops Assistant"))
        menu.addAction(self.tr("&Show Ops Assistant"), self.raise_window)
        now = datetime.now(UTC)
        appointments = self._safe(next_appointments, now)
        if appointments is not None:
            menu.addSection(self.tr("Next appointments"))
            if not appointments:
                menu.addAction(self.tr("No appointments in the next 7 days")).setEnabled(False)
            for occurrence in appointments:
                menu.addAction(self.appointment_text(occurrence, now), self.raise_window)
        callbacks = self._safe(open_callbacks)
        if callbacks is not None:
            menu.addSection(self.tr("Open call-backs"))
            if not callbacks:
                menu.addAction(self.tr("No open call-backs")).setEnabled(False)
            for call in callbacks:
                menu.addAction(self.callback_text(call), self.raise_window)
        menu.addSeparator()
        menu.addAction(self.tr("&Log a call…"), self.log_call)
        menu.addSeparator()
        menu.addAction(self.tr("&Quit"), self.quit)

    def _safe(self, function, *args):
        try:
            return function(*args)
        except Exception:  # a broken area must not take the tray menu down
            log.exception("tray: %s failed", function.__name__)
            return None

    def appointment_text(self, occurrence, now: datetime) -> str:
        start = occurrence.start.astimezone()
        if occurrence.all_day and occurrence.start_date is not None:
            when = format_date(occurrence.start_date, "short")
            when = self.tr("%1, all day").replace("%1", when)
        elif start.date() == now.astimezone().date():
            when = format_time(start)
        else:
            when = f"{format_date(start.date(), 'short')} {format_time(start)}"
        return f"{when}  {occurrence.title}"

    def callback_text(self, call) -> str:
        name = call.name or call.company or call.typed_number or self.tr("Withheld number")
        text = name
        if call.callback_by_utc is not None:
            due = call.callback_by_utc.astimezone()
            by = format_time(due) if due.date() == datetime.now().date() else \
                f"{format_date(due.date(), 'short')} {format_time(due)}"
            text = self.tr("%1 (by %2)").replace("%1", name).replace("%2", by)
        return ("⚠ " if call.urgent else "") + text

    # --- actions ------------------------------------------------------------------------------------------

    def raise_window(self) -> None:
        from opsassistant.gui.single_instance import raise_window

        raise_window(self.window)

    def log_call(self) -> None:
        self.raise_window()
        from opsassistant.gui.calls.quick_entry import open_quick_entry

        open_quick_entry(self.window)

    def quit(self) -> None:
        """Close the window the normal way (it asks about unsaved changes), then the app ends."""
        self.quit_requested.emit()
        self.window.close()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.raise_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        return False
