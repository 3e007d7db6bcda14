"""What the main window expects of an area panel (Contacts, Calendar, Calls, Outings, Travel, Today)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QWidget


class AreaPanel(QWidget):
    """Base of every area. The main window builds a panel the first time it is shown, then calls:

    - ``new_item()``        Edit ▸ New (Ctrl+N) in this area
    - ``delete_selected()`` Edit ▸ Delete (Del)
    - ``focus_search()``    Edit ▸ Find (Ctrl+F)
    - ``refresh()``         after data changed elsewhere (an import, another area, the command line)
    - ``undo_stack``        Edit ▸ Undo/Redo act on it when the area is current
    - ``retranslate()``     on every language switch; reformat everything shown
    - ``report_actions()``  [(label, callable)] added to File ▸ Reports while the area is current
    - ``report_record()``   the id of the record File ▸ Reports… should preselect (an outing, a trip)
    - ``select_record(id)`` show this record (the Today page opens its items with it)
    - ``main_view()``       the widget that gets the keyboard when the area is shown (Ctrl+1…6)
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)

    def new_item(self) -> None:
        pass

    def delete_selected(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def refresh(self) -> None:
        pass

    def retranslate(self) -> None:
        pass

    def report_actions(self) -> list:
        return []

    def report_record(self) -> int | None:
        return None

    def select_record(self, record_id: int) -> None:
        pass

    def main_view(self) -> QWidget | None:
        """Default: the area's first list or table as the eye reads it (top to bottom, left to right);
        panels with another main view say so.

        Not found by walking ``nextInFocusChain()``: PySide makes each widget that call returns a child of the
        widget it was called on, so deleting one of them (a removed row) invalidated live wrappers elsewhere in
        the window — its File menu among them."""
        views = [view for view in self.findChildren(QAbstractItemView)
                 if view.isVisibleTo(self) and view.focusPolicy() != Qt.FocusPolicy.NoFocus]
        if not views:
            return None
        return min(views, key=lambda view: (view.mapTo(self, QPoint(0, 0)).y(), view.mapTo(self, QPoint(0, 0)).x()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
