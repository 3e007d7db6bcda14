"""Undoable actions of the contacts panel (pushed on the panel's QUndoStack)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from opsassistant.services.contacts import editing, trash
from opsassistant.services.contacts.editing import ContactData


class CreateContact(QUndoCommand):
    def __init__(self, data: ContactData, changed: Callable[[], None]):
        super().__init__(QCoreApplication.translate("ContactsUndo", "New contact"))
        self.data, self.changed, self.contact_id = data, changed, None

    def redo(self) -> None:
        if self.contact_id is None:
            self.contact_id = editing.save(self.data).id
        else:
            trash.restore([self.contact_id])
        self.changed()

    def undo(self) -> None:
        trash.delete([self.contact_id])
        self.changed()


class EditContact(QUndoCommand):
    def __init__(self, contact_id: int, before: ContactData, after: ContactData, changed: Callable[[], None]):
        super().__init__(QCoreApplication.translate("ContactsUndo", "Edit contact"))
        self.contact_id, self.before, self.after, self.changed = contact_id, before, after, changed

    def redo(self) -> None:
        editing.save(self.after, self.contact_id)
        self.changed()

    def undo(self) -> None:
        editing.save(self.before, self.contact_id)
        self.changed()


class TrashContacts(QUndoCommand):
    def __init__(self, contact_ids: list[int], changed: Callable[[], None], *, restore: bool = False):
        super().__init__(QCoreApplication.translate("ContactsUndo", "Restore contacts") if restore else QCoreApplication.translate("ContactsUndo", "Delete contacts"))
        self.ids, self.changed, self.restoring = list(contact_ids), changed, restore

    def redo(self) -> None:
        (trash.restore if self.restoring else trash.delete)(self.ids)
        self.changed()

    def undo(self) -> None:
        (trash.delete if self.restoring else trash.restore)(self.ids)
        self.changed()
