"""Announces call-backs falling due while the app runs: a tray message when there is a tray, else a banner.

The main window (or the calls panel, if the main window does not install one) owns one ``CallbackNotifier``;
``due`` carries the announcement text so any widget can show it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from opsassistant.gui.calls.models import caller_text
from opsassistant.i18n.formatting import format_time
from opsassistant.services.calls import queries

INTERVAL_MS = 30_000


def announcement(calls) -> str:
    if len(calls) == 1:
        call = calls[0]
        text = QCoreApplication.translate("CallbackNotifier", "Call back %1 now (due %2).")
        return text.replace("%1", caller_text(call) or call.typed_number).replace(
            "%2", format_time(call.callback_by_utc.astimezone()))
    return QCoreApplication.translate("CallbackNotifier", "%n call-backs are due now.", None, len(calls))


class CallbackNotifier(QObject):
    due = Signal(str)

    def __init__(self, parent: QObject | None = None, tray: QSystemTrayIcon | None = None,
                 interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.tray = tray
        self._since = datetime.now(UTC)
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self, now: datetime | None = None) -> list:
        """Announce the call-backs that fell due since the last check; returns them."""
        now = now or datetime.now(UTC)
        if now <= self._since:
            return []
        calls = queries.due_between(self._since - timedelta(seconds=0), now)
        self._since = now
        if calls:
            text = announcement(calls)
            if self.tray is not None and self.tray.isVisible() and QSystemTrayIcon.supportsMessages():
                self.tray.showMessage(QCoreApplication.translate("CallbackNotifier", "Call-back due"), text,
                                      QSystemTrayIcon.MessageIcon.Information, 15_000)
            self.due.emit(text)
        return calls
