"""The contacts table: columns over ``services.contacts.search.ContactSource``.

A keystroke in the search field repaints the visible rows about twice, and the view asks each cell for some
eight roles: a couple of thousand ``data()`` calls per key. ``ContactsModel`` answers the roles it has no value
for before looking the row up, and keeps each cell's text once made (a number is formatted by phonenumbers
once per process), so painting a page costs dictionary look-ups. After a keystroke only the first ``HEAD`` rows
are read (the window), not a page of 200.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from opsassistant.gui.common.lazy_model import Column, LazyTableModel
from opsassistant.services.contacts.search import ContactFilters, ContactSource, reading

_BOLD = QFont()
_BOLD.setBold(True)


def _bold(row) -> QFont | None:
    return _BOLD if row.vip else None


def _name(row) -> str:
    marks = ("★ " if row.favourite else "")
    return marks + row.name


@lru_cache(maxsize=20_000)
def _reading(number: str) -> str:
    return reading(number)


def columns() -> list[Column]:
    return [
        Column("name", lambda: QCoreApplication.translate("ContactsModel", "Name"), _name, sort_key="name", font=_bold),
        Column("organisation", lambda: QCoreApplication.translate("ContactsModel", "Organisation"), lambda r: r.organisation, sort_key="organisation"),
        Column("title", lambda: QCoreApplication.translate("ContactsModel", "Title"), lambda r: r.title, sort_key="title"),
        Column("phone", lambda: QCoreApplication.translate("ContactsModel", "Phone"), lambda r: _reading(r.phone), sort_key="phone"),
        Column("email", lambda: QCoreApplication.translate("ContactsModel", "E-mail"), lambda r: r.email, sort_key="email"),
    ]


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
CELLS_KEPT = 20_000  # texts kept (a few hundred rows' worth; scrolling far starts again)
HEAD = 60  # rows read first after a keystroke: more than the window shows; the first full page waits for a scroll


class ContactsModel(LazyTableModel):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cells: dict[tuple[int, int], str] = {}  # (row, column) → text, for the current rows
        self._head: list | None = None  # the first HEAD rows of the current filter, until page 0 is read
        hooks = {_FONT: "font", int(Qt.ItemDataRole.DecorationRole): "decoration",
                 int(Qt.ItemDataRole.ForegroundRole): "foreground", int(Qt.ItemDataRole.ToolTipRole): "tooltip"}
        # role → the columns that have a value for it (None: every column)
        self._answered: dict[int, set[int] | None] = {_DISPLAY: None, _ALIGN: None, int(self.RowRole): None}
        for role, name in hooks.items():
            having = {i for i, c in enumerate(self._columns) if getattr(c, name)}
            if having:
                self._answered[role] = having

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        role = int(role)
        if role not in self._answered:
            return None
        having = self._answered[role]
        if having is not None and index.column() not in having:
            return None
        if role == _DISPLAY:
            key = (index.row(), index.column())
            text = self._cells.get(key)
            if text is None and index.isValid():
                text = super().data(index, role)
                if text is not None:
                    if len(self._cells) >= CELLS_KEPT:
                        self._cells.clear()
                    self._cells[key] = text
            return text
        if role == _ALIGN:
            return int(self._columns[index.column()].align) if index.isValid() else None
        return super().data(index, role)

    def row_at(self, row: int):
        """The first rows from a short read (``HEAD``): a keystroke shows a window, not a page of 200."""
        if 0 <= row < HEAD and 0 not in self._pages and row < self.rowCount():
            if self._head is None:
                self._head = self._source.fetch(self._filters, self._sort_key, self._descending, 0, HEAD)
            if row < len(self._head):
                return self._head[row]
        return super().row_at(row)

    def refresh(self) -> None:
        self._cells.clear()
        self._head = None
        super().refresh()

    def retranslate(self) -> None:
        self._cells.clear()
        self._head = None
        super().retranslate()


def make_model(parent=None) -> ContactsModel:
    return ContactsModel(ContactSource(), columns(), ContactFilters(), default_sort=("name", False), parent=parent)
