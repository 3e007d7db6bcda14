"""The contacts table: columns over ``services.contacts.search.ContactSource``.

A keystroke costs what is shown, not what matches: the first ``HEAD + 1`` rows are read (enough for the window,
and whether there are more), the rows are changed in place instead of a model reset, and the exact total is
counted on another thread (``services.contacts.counting``) once typing pauses, and added when it arrives. The
view asks each painted cell for some seven roles; ``ContactsModel`` answers the roles it has no value for before looking the
row up, and keeps each cell's text once made (a number is formatted by phonenumbers once per process).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont

from opsassistant.gui.common.lazy_model import PAGE_SIZE, Column, LazyTableModel
from opsassistant.services.contacts.counting import Counter, counter
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
CELLS_KEPT = 4_000  # rows whose texts are kept (scrolling far starts again)
HEAD = 60  # rows read first after a keystroke: more than the window shows; the first full page waits for a scroll
COUNT_AFTER_MS = 250  # the exact total is counted once typing pauses this long (the rows never wait for it)


class _Relay(QObject):
    """Carries a count from the counting thread to the model's thread (a queued signal)."""

    counted = Signal(int, int)  # generation, total


class ContactsModel(LazyTableModel):
    """The lazy table without a ``count(*)`` per keystroke: a filter change reads the first ``HEAD + 1`` rows
    (so it knows whether there are more), changes the rows in place (no reset: the header keeps its layout) and
    has the exact total counted in the background; until it arrives ``total`` is None and ``more`` tells."""

    counted = Signal()  # ``total`` or ``more`` changed: the count label follows

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cells: dict[int, tuple[str, ...]] = {}  # row → its cells' texts, for the current rows
        self._aligns = [int(column.align) for column in self._columns]
        self._head: list = []  # the first rows of the current filter (up to HEAD)
        self._known = 0  # the rows the view has
        self._total: int | None = None  # the exact number of matches; None while it is counted
        self._generation = 0  # which filter a count in flight belongs to
        self._relay = _Relay(self)
        self._relay.counted.connect(self._count_arrived)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_AFTER_MS)
        self._count_timer.timeout.connect(self._ask_count)
        hooks = {_FONT: "font", int(Qt.ItemDataRole.DecorationRole): "decoration",
                 int(Qt.ItemDataRole.ForegroundRole): "foreground", int(Qt.ItemDataRole.ToolTipRole): "tooltip"}
        # role → the columns that have a value for it (None: every column)
        self._answered: dict[int, set[int] | None] = {_DISPLAY: None, _ALIGN: None, int(self.RowRole): None}
        for role, name in hooks.items():
            having = {i for i, c in enumerate(self._columns) if getattr(c, name)}
            if having:
                self._answered[role] = having
        self._read_head()
        self._known = len(self._head)

    # --- what views ask ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._known

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._total is None and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        """Scrolled to the end before the count arrived: one more page (and whether there is another)."""
        if not self.canFetchMore(parent):
            return
        rows = self._source.fetch(self._filters, self._sort_key, self._descending, self._known, PAGE_SIZE + 1)
        added = min(len(rows), PAGE_SIZE)
        self._more = len(rows) > PAGE_SIZE
        if added:
            self._grow(self._known + added)
        self.counted.emit()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        """Called some seven times per painted cell: the texts of a row are made once, as a tuple."""
        if role == _DISPLAY:
            texts = self._cells.get(index.row())
            if texts is None:
                texts = self._texts(index.row())
                if texts is None:
                    return None
            return texts[index.column()]
        if role not in self._answered:
            return None
        if role == _ALIGN:
            return self._aligns[index.column()] if index.isValid() else None
        having = self._answered[role]
        if having is not None and index.column() not in having:
            return None
        return super().data(index, role)

    def _texts(self, row: int) -> tuple[str, ...] | None:
        item = self.row_at(row)
        if item is None:
            return None
        texts = tuple(column.display(item) for column in self._columns)
        if len(self._cells) >= CELLS_KEPT:
            self._cells.clear()
        self._cells[row] = texts
        return texts

    # --- what panels use ----------------------------------------------------------------------------------
    @property
    def total(self) -> int | None:
        """The exact number of matches, or None while it is being counted (then ``rowCount()`` rows are known
        and ``more`` says whether there are others)."""
        return self._total

    @property
    def more(self) -> bool:
        return self._total is None and self._more

    def row_at(self, row: int):
        """The first rows from the short read (``HEAD``); later ones a page at a time."""
        if 0 <= row < len(self._head):
            return self._head[row]
        if row < 0 or row >= self._known:
            return None
        return super().row_at(row)

    def set_filters(self, filters) -> None:
        """A keystroke: the first rows read again and changed in place (no reset), the total counted later."""
        self._filters = filters
        self._pages.clear()
        self._cells.clear()
        self._read_head()
        self._resize(len(self._head))
        if self._known:
            self.dataChanged.emit(self.index(0, 0), self.index(self._known - 1, self.columnCount() - 1))
        self.counted.emit()

    def refresh(self) -> None:
        """After a write or a sort: a reset (selections made for the old rows are dropped) and the total counted
        at once, so the row just written can be found and selected however far down it sorts."""
        self.beginResetModel()
        self._cells.clear()
        self._pages.clear()
        self._read_head()
        if self._total is None:
            self.stop_counting()
            self._total = self._source.count(self._filters)
        self._known = self._total
        self.endResetModel()
        self.counted.emit()

    def retranslate(self) -> None:
        self._cells.clear()
        super().retranslate()

    def stop_counting(self) -> None:
        """Cancel the count asked for or in flight; a result already on its way is ignored."""
        self._generation += 1
        self._count_timer.stop()
        counter().cancel()

    # --- inside -------------------------------------------------------------------------------------------
    def _read_head(self) -> None:
        """Read the first HEAD + 1 rows: as many as are shown, and whether there are more. With more, the exact
        total is counted on another thread once typing pauses (or here, when the database has no file)."""
        self.stop_counting()
        rows = self._source.fetch(self._filters, self._sort_key, self._descending, 0, HEAD + 1)
        self._head = rows[:HEAD]
        self._more = len(rows) > HEAD
        self._total = None if self._more else len(self._head)
        if not self._more:
            return
        if not Counter.possible():
            self._total = self._source.count(self._filters)
            return
        self._count_timer.start()

    def _ask_count(self) -> None:
        generation, relay = self._generation, self._relay

        def done(total: int) -> None:  # on the counting thread
            relay.counted.emit(generation, total)  # queued to this thread; a deleted relay raises, ignored there

        counter().request(self._filters, done)

    def _count_arrived(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # a count for an older filter
        self._total = total
        self._resize(total)
        self.counted.emit()

    def _resize(self, count: int) -> None:
        if count < self._known:
            self.beginRemoveRows(QModelIndex(), count, self._known - 1)
            self._known = count
            self.endRemoveRows()
        elif count > self._known:
            self._grow(count)

    def _grow(self, count: int) -> None:
        self.beginInsertRows(QModelIndex(), self._known, count - 1)
        self._known = count
        self.endInsertRows()


def make_model(parent=None) -> ContactsModel:
    return ContactsModel(ContactSource(), columns(), ContactFilters(), default_sort=("name", False), parent=parent)
