"""A table model over a service query: exact row count, rows fetched a page at a time, sort and filter in SQL.

Only the pages the view actually shows are fetched (and a few are kept), so a million rows open and scroll as
fast as ten. A service offers a ``PagedSource``; the model never sees Peewee.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

PAGE_SIZE = 200
PAGES_KEPT = 12


class PagedSource(Protocol):
    def count(self, filters: Any) -> int: ...

    def fetch(self, filters: Any, sort_key: str | None, descending: bool, offset: int, limit: int) -> list[Any]:
        """Rows ``offset .. offset+limit`` in the given order. Implementations may read from the far end of
        the index (reverse order) when ``offset`` is past the middle, so the last page is as cheap as the first."""
        ...


@dataclass
class Column:
    key: str
    header: Callable[[], str]  # translated at call time, so a language switch re-reads it
    display: Callable[[Any], str]
    sort_key: str | None = None  # None: not sortable
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    decoration: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None
    font: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    extra: dict = field(default_factory=dict)


class LazyTableModel(QAbstractTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, source: PagedSource, columns: list[Column], filters: Any = None,
                 default_sort: tuple[str | None, bool] = (None, False), parent=None):
        super().__init__(parent)
        self._source = source
        self._columns = columns
        self._filters = filters
        self._sort_key, self._descending = default_sort
        self._count: int | None = None
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()

    # --- what views ask ---------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = self._source.count(self._filters)
        return self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header()
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.FontRole and column.font:
            return column.font(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == self.RowRole:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key
        if key is None:
            return
        self._sort_key, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # --- what panels use ----------------------------------------------------------------------------------
    def row_at(self, row: int) -> Any | None:
        if row < 0 or row >= self.rowCount():
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = self._source.fetch(self._filters, self._sort_key, self._descending,
                                      page_number * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.key == key)

    @property
    def filters(self) -> Any:
        return self._filters

    def set_filters(self, filters: Any) -> None:
        self._filters = filters
        self.refresh()

    def refresh(self) -> None:
        """Re-read everything (after a write, a filter change or a sort)."""
        self.beginResetModel()
        self._count = None
        self._pages.clear()
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and formatted cells follow a language switch."""
        self._pages.clear()
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if self.rowCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


def reverse_window(total: int, offset: int, limit: int) -> tuple[bool, int, int]:
    """For sources: read ``offset..offset+limit`` from the far end when that is shorter.

    Returns (reverse, new_offset, limit); with reverse=True fetch in the opposite order and reverse the rows.
    """
    end = min(offset + limit, total)
    if offset > total // 2:
        return True, max(total - end, 0), end - offset
    return False, offset, limit
