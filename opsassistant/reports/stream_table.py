"""A table of any length laid out a page at a time, as one long ``base.table`` would lay it out.

ReportLab splits a long table by building the rest as a new table and measuring every remaining row again on
each page: quadratic in the rows, and every row held from the start. ``StreamTable`` takes its rows from an
iterator and only ever builds a *window*: the header and as many rows as overfill the room it is offered. The
window is split as ReportLab splits any table (header repeated, a row taller than a page split inside the row,
zebra rows starting again on each page as ReportLab's split restarts them), and the rows that did not fit go on,
with the iterator, into the next ``StreamTable``. A page costs the rows on it, whatever the table's length.

Rows are ``(cells, commands)``: ``commands`` are extra style commands for that row alone, with row 0 meaning
the row itself (``("BACKGROUND", (0, 0), (0, 0), colour)``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from reportlab.platypus import Flowable

from opsassistant.reports import base

Row = tuple[list, Sequence[tuple]]
WINDOW = 40  # rows measured at first (then as many as the last page held, and a few); grown while too few
TALL = 1200.0  # points: taller than any page, the height reported for a table not yet read to its end


class StreamTable(Flowable):
    def __init__(self, header: list, rows: Iterable[Row], col_widths: Sequence[float], *,
                 pending: list[Row] | None = None, window: int = WINDOW):
        super().__init__()
        self._first_window = window
        self._header = header
        self._rows: Iterator[Row] | None = iter(rows)
        self._widths = list(col_widths)
        self._pending: list[Row] = list(pending or [])
        self._table = None
        self._room = -1.0
        self._size: tuple = (None, None, (0.0, 0.0))

    def _read(self, count: int) -> None:
        while self._rows is not None and len(self._pending) < count:
            row = next(self._rows, None)
            if row is None:
                self._rows = None
            else:
                self._pending.append(row)

    def _window(self, width: float, height: float):
        """The header and enough rows to be taller than ``height`` (or every row left)."""
        target = min(height, TALL)
        if self._table is not None and self._room >= target:
            return self._table
        count = self._first_window
        while True:
            self._read(count)
            table = self._build(self._pending[:count])
            size = table.wrap(width, height)
            if size[1] > target or (self._rows is None and count >= len(self._pending)):
                self._table, self._room, self._size = table, target, (width, height, size)
                return table
            count = count * 3 // 2 + 1

    def _build(self, rows: list[Row]):
        extra = [(name, (c0, r0 + index), (c1, r1 + index), *rest)
                 for index, (_, commands) in enumerate(rows, start=1)
                 for name, (c0, r0), (c1, r1), *rest in commands]
        return base.table([self._header] + [cells for cells, _ in rows], self._widths,
                          style=base.table_style(extra=extra))

    def _complete(self) -> bool:
        return self._rows is None and len(self._table._cellvalues) - 1 == len(self._pending)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        width, height = self._wrapped(availWidth, availHeight)
        return width, height if self._complete() else max(height, TALL)

    def _wrapped(self, width: float, height: float) -> tuple[float, float]:
        """The window laid out for (width, height): measured once, not again for each ReportLab call."""
        table = self._window(width, height)
        if self._size[:2] != (width, height):
            self._size = (width, height, table.wrap(width, height))
        return self._size[2]

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        self._wrapped(availWidth, availHeight)
        table = self._table
        fitting = _rows_that_fit(table, availHeight)
        if fitting and fitting < len(table._cellvalues) - 1:
            # what ReportLab's split between rows gives (the header and the rows that fit), built once; the
            # rest goes on without being built as a table here
            first = self._build(self._pending[:fitting])
            following = StreamTable(self._header, self._rows if self._rows is not None else (), self._widths,
                                    pending=self._pending[fitting:], window=fitting + 6)
            self._rows, self._pending = None, []
            return [first, following]
        parts = table.split(availWidth, availHeight)
        if len(parts) < 2:
            return parts
        first, rest = parts[0], parts[1]
        placed = len(table._cellvalues) - 1  # rows of the window
        left = rest._cellvalues[1:]  # what did not fit: the rest of a row split inside it, then whole rows
        start = placed - len(left)
        carried = [(cells, self._pending[start + i][1]) for i, cells in enumerate(left)]
        carried += self._pending[placed:]
        following = StreamTable(self._header, self._rows if self._rows is not None else (), self._widths,
                                pending=carried, window=max(start, 1) + 6)
        self._rows, self._pending = None, []
        return [first, following]

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 - ReportLab API
        self._table.drawOn(canvas, x, y, _sW)


def _rows_that_fit(table, height: float) -> int:
    """Data rows of a wrapped ``table`` (header included in the height) that fit ``height`` whole, as
    ``Table._getFirstPossibleSplitRowPosition`` counts them (0: not even the first, ReportLab splits in the row)."""
    used = 0.0
    count = 0
    for row_height in table._rowHeights:
        if used + row_height > height:
            break
        used += row_height
        count += 1
    return max(count - 1, 0)
