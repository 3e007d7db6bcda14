"""Bringing the materialised occurrences up to date off the GUI thread.

After a bulk import by another process (or a sync) thousands of series wait to be expanded; the calendar panel
shows what the rows already hold, asks this thread to expand the rest on a connection of its own (Peewee keeps
one per thread), and reads again when it is done.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QThread

_RUNNING: set[QThread] = set()  # alive until finished, whoever asked for them (a panel may close meanwhile)


class IndexRefresh(QThread):
    def __init__(self, until: datetime):
        super().__init__()
        self.until = until
        self.written = False  # False: the file could not be written (read-only, or busy): read as it is
        _RUNNING.add(self)
        self.finished.connect(lambda: _RUNNING.discard(self))

    def run(self) -> None:
        from opsassistant.services.calendar import occurrences_index

        self.written = occurrences_index.refresh_on_worker(self.until)
