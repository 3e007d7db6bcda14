"""Undoable calendar actions for the panel's ``undo_stack``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from opsassistant.services.calendar import editing
from opsassistant.services.calendar.occurrences import Occurrence


class MoveCommand(QUndoCommand):
    """Drag/resize. Undo restores the event, or removes the override a series occurrence became."""

    def __init__(self, occ: Occurrence, start: datetime, end: datetime, done: Callable[[], None]):
        super().__init__(QCoreApplication.translate("CalendarPanel", "Move “%1”").replace("%1", occ.title))
        self.occ, self.start, self.end, self.done = occ, start, end, done
        self.before = editing.load(occ.event_id)
        self.created_override = bool(occ.series_id) and occ.event_id == occ.series_id
        self.row_id: int | None = None

    def redo(self) -> None:
        self.row_id = editing.move(self.occ, self.start, self.end)
        self.done()

    def undo(self) -> None:
        if self.created_override and self.row_id is not None:
            editing.purge_override(self.row_id)
        else:
            editing.update(self.occ.event_id, self.before)
        self.done()


class TrashCommand(QUndoCommand):
    """Delete an appointment (to the trash) or one occurrence of a series (an exception)."""

    def __init__(self, occ: Occurrence, whole: bool, done: Callable[[], None]):
        super().__init__(QCoreApplication.translate("CalendarPanel", "Delete “%1”").replace("%1", occ.title))
        self.occ, self.whole, self.done = occ, whole, done
        self.target = occ.series_id if whole and occ.series_id else occ.event_id
        self.master_before = editing.load(occ.series_id) if occ.series_id else None

    def redo(self) -> None:
        if self.whole or not self.occ.series_id:
            editing.trash(self.target)
        else:
            editing.trash_occurrence(self.occ)
        self.done()

    def undo(self) -> None:
        editing.restore(self.target)
        if self.occ.series_id:
            editing.restore(self.occ.event_id)
            editing.update(self.occ.series_id, self.master_before)
        self.done()
