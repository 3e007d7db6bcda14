"""Announces call-backs falling due while the app runs: a tray message when there is a tray, else a banner.

There is one ``CallbackNotifier`` per app (``shared()``); ``due`` carries the announcement text so any widget
can show it. The main window calls ``install(main_window, tray)`` at start-up, so call-backs are announced even
before the calls area is opened: in the tray when there is one, else in the window's status bar. The calls panel
also shows each announcement in its banner.
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

    def reset(self, since: datetime | None = None) -> None:
        """Announce only call-backs falling due after ``since`` (default: now)."""
        self._since = since or datetime.now(UTC)

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


_shared: CallbackNotifier | None = None


def shared(parent: QObject | None = None) -> CallbackNotifier:
    """The app's one notifier (created on first use, owned by the application object)."""
    global _shared
    if _shared is None:
        from PySide6.QtCore import QCoreApplication as _App

        _shared = CallbackNotifier(parent or _App.instance())
        _shared.destroyed.connect(_forget)
    return _shared


def _forget(*_args) -> None:
    global _shared
    _shared = None


class _WindowAnnouncer(QObject):
    """Shows announcements in a window's status bar; a child of the window, so it goes away with it."""

    def __init__(self, window, tray: QSystemTrayIcon | None):
        super().__init__(window)
        self._window, self._tray = window, tray

    def announce(self, text: str) -> None:
        if (self._tray is None or not self._tray.isVisible()) and hasattr(self._window, "statusBar"):
            self._window.statusBar().showMessage(text, 60_000)


def install(window, tray: QSystemTrayIcon | None = None) -> CallbackNotifier:
    """Start announcing call-backs for ``window``: tray message if ``tray`` is shown, else its status bar."""
    notifier = shared()
    notifier.tray = tray
    announcer = _WindowAnnouncer(window, tray)
    notifier.due.connect(announcer.announce)
    return notifier
