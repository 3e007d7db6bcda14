"""One process-wide signal: calls changed here (the quick entry saved, a call-back was closed).

Writes of this process do not move ``PRAGMA data_version``, so the database watcher cannot see them; the
calls widgets announce them here instead.
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
