"""Notices writes by other processes (``opsassistant log-call`` from a softphone, an import from a script).

``PRAGMA data_version`` changes on this connection whenever another connection commits; polling it is a cheap
read of the file header. The main window connects ``changed`` to ``refresh()`` of every built panel. Writes made
by this process do not change it — panels refresh themselves after their own writes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from opsassistant.db.database import data_version

POLL_MS = 1500


class DatabaseWatcher(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._version = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @staticmethod
    def _read() -> int | None:
        try:
            return data_version()
        except Exception:  # noqa: BLE001 - a busy or closing database is simply checked again next time
            return None

    def poll(self) -> bool:
        """Check now; emits ``changed`` and returns True when another process wrote since the last check."""
        version = self._read()
        if version is None:
            return False
        if self._version is not None and version != self._version:
            self._version = version
            self.changed.emit()
            return True
        self._version = version
        return False

    def stop(self) -> None:
        self._timer.stop()
