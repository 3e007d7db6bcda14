"""One process-wide signal: calls changed here (the quick entry saved, a call-back was closed), with the call id.

Every area already follows every write through the database watcher (``gui/common/db_watcher.py``); this one
only tells the call log which call to select.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Hub(QObject):
    changed = Signal(int)  # the call id written (0: several)


_hub: _Hub | None = None


def hub() -> _Hub:
    global _hub
    if _hub is None:
        _hub = _Hub()
    return _hub
