"""The one change signal: ``changed`` fires after every write to the database, whoever made it.

- Writes of this window (any service call that commits) are announced by the database's commit listener, at
  once, after the current event is handled (several commits in one action give one signal).
- Writes of another process (``opsassistant log-call`` from a softphone, an import from a script) move
  ``PRAGMA data_version`` on this connection; a cheap poll of it (and of ``total_changes`` for the odd write
  outside a transaction) finds them within ``POLL_MS``.

The main window connects ``changed`` to every area: the one shown refreshes now, the others when next shown.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from opsassistant.db.database import add_commit_listener, change_stamp, remove_commit_listener

POLL_MS = 1500


class DatabaseWatcher(QObject):
    changed = Signal()
    _committed = Signal()  # emitted from the commit listener, possibly on a worker thread: queued to ours

    def __init__(self, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self._stopped = False
        self._stamp = self._read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()
        self._soon = QTimer(self, singleShot=True, interval=0)
        self._soon.timeout.connect(self.poll)
        self._committed.connect(self._soon.start)
        own = weakref.ref(self)

        def listener() -> None:
            watcher = own()
            if watcher is None or not isValid(watcher):
                remove_commit_listener(listener)
            else:
                watcher._committed.emit()

        self._listener = listener
        add_commit_listener(listener)

    @staticmethod
    def _read() -> tuple[int, int] | None:
        try:
            return change_stamp()
        except Exception:  # noqa: BLE001 - a busy or closing database is simply checked again next time
            return None

    def poll(self) -> bool:
        """Check now; emits ``changed`` and returns True when the data changed since the last check."""
        if self._stopped:  # a commit announced before stop() may still start the 0 ms check: it reads nothing
            return False
        stamp = self._read()
        if stamp is None:
            return False
        if self._stamp is not None and stamp != self._stamp:
            self._stamp = stamp
            self.changed.emit()
            return True
        self._stamp = stamp
        return False

    def stop(self) -> None:
        """No more checks (the window closes, or lets go of the database for a restore)."""
        self._stopped = True
        self._timer.stop()
        self._soon.stop()
        remove_commit_listener(self._listener)
