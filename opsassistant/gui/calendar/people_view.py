"""The side-by-side day view: one column per principal (Outlook's scheduling assistant), one day.

The grid of :class:`TimeGridView` with principals instead of days as columns. A meeting with several principals
appears in each of their columns, filled with the column owner's colour and edged with a stripe of every
participant's colour (``style.edge_colours``, as in the week view). Dragging moves in time only (the column is who, not when).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter
from PySide6.QtWidgets import QWidget

from opsassistant.gui.calendar.layout import time_grid
from opsassistant.gui.calendar.style import NO_PRINCIPAL, today_colour
from opsassistant.gui.calendar.time_view import HEADER, TimeGridView
from opsassistant.services.calendar.occurrences import Occurrence

UNASSIGNED = 0  # the column of appointments without a principal
MIN_COLUMN = 150  # readable with four people in a 1280 px window


class PeopleDayView(TimeGridView):
    """``set_people(day, people, items, colours, holidays)``; ``people`` is [(principal id, name, subtitle)]."""

    relayout_on_resize = False  # one column per person, laid out by set_people

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("peopleDayView")
        self.people: list[tuple[int, str, str]] = []
        self.day = date.today()
        self.unassigned_label = ""
        self.hours: dict[int, tuple[int, int] | None] = {}
        self.last_column: int | None = None  # the principal of the last double-clicked column

    def set_people(self, day: date, people: list[tuple[int, str, str]], items: list[Occurrence],
                   colours: dict[int, str], holidays: dict[date, str], unassigned_label: str = "",
                   hours: dict[int, tuple[int, int] | None] | None = None) -> None:
        """``hours``: principal id → (start, end) of their working day in minutes, None on a day off."""
        self.day, self.colours, self.holidays = day, colours, holidays
        self.hours = hours or {}
        self.unassigned_label = unassigned_label
        self.second_zone = None
        columns = list(people)
        if any(not o.principal_ids for o in items) and unassigned_label:
            columns.append((UNASSIGNED, unassigned_label, ""))
        self.people = columns
        self.days = [day] * max(1, len(columns))
        self.blocks, self.bars = [], []
        for index, (pid, _name, _subtitle) in enumerate(columns):
            mine = [self._owned_by(o, pid) for o in items if (pid in o.principal_ids if pid else not o.principal_ids)]
            blocks, bars = time_grid([day], mine, self.zone_name)
            for block in blocks:
                block.day = index
            for bar in bars:
                bar.first = bar.last = index
            self.blocks += blocks
            self.bars += bars
        rows: dict[int, int] = {}
        for bar in sorted(self.bars, key=lambda b: (b.first, b.occ.start_utc)):
            bar.row = rows.get(bar.first, 0)
            rows[bar.first] = bar.row + 1
        self._bar_rows = max(rows.values(), default=0)
        self.setMinimumWidth(self._left() + MIN_COLUMN * len(columns) if len(columns) > 4 else 420)
        self.update()

    @staticmethod
    def _owned_by(occ: Occurrence, principal_id: int) -> Occurrence:
        """The occurrence with the column's owner first, so the fill is theirs and the stripes follow."""
        if not principal_id or occ.principal_ids[:1] == (principal_id,):
            return occ
        others = tuple(p for p in occ.principal_ids if p != principal_id)
        return replace(occ, principal_ids=(principal_id, *others))

    def column_of(self, principal_id: int) -> int:
        return next(i for i, (pid, _n, _s) in enumerate(self.people) if pid == principal_id)

    def blocks_in(self, principal_id: int) -> list:
        index = self.column_of(principal_id)
        return [b for b in self.blocks if b.day == index] + [b for b in self.bars if b.first == index]

    # --- painting -------------------------------------------------------------------------------------------
    def _paint_column_backgrounds(self, painter: QPainter) -> None:
        shade = QColor(self.palette().mid().color())
        shade.setAlpha(60)
        width, top = self._day_width(), self._grid_top()
        for index, (pid, _name, _subtitle) in enumerate(self.people):
            if pid not in self.hours:
                continue
            x = self._left() + index * width
            span = self.hours[pid]
            start, end = span if span else (24 * 60, 24 * 60)
            for first, last in ((0, start), (end, 24 * 60)):
                if last > first:
                    y1, y2 = max(top, self._y(first)), self._y(last)
                    if y2 > y1:
                        painter.fillRect(QRectF(x, y1, width, y2 - y1), shade)

    def _paint_header(self, painter: QPainter, today: date) -> None:
        palette = self.palette()
        left, width = self._left(), self._day_width()
        bold = QFont(self.font())
        bold.setBold(True)
        for index, (pid, name, subtitle) in enumerate(self.people):
            x = int(left + index * width)
            colour = QColor(self.colours.get(pid, NO_PRINCIPAL)) if pid else QColor(NO_PRINCIPAL)
            painter.fillRect(QRect(x + 1, 1, int(width) - 2, 4), colour)
            rect = QRect(x + 4, 7, int(width) - 8, HEADER - 9)
            painter.setFont(bold)
            painter.setPen(palette.text().color())
            metrics = QFontMetrics(bold)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))
            if subtitle:
                painter.setFont(self._small)
                painter.setPen(palette.placeholderText().color())
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                                 QFontMetrics(self._small).elidedText(subtitle, Qt.TextElideMode.ElideRight,
                                                                      rect.width()))
        if self.day == today:
            painter.fillRect(QRect(2, 1, left - 4, 4), today_colour(palette, 255))

    # --- mouse: time only -------------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        super().mouseMoveEvent(event)
        if self._drag is not None:
            self._drag.days = 0

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.last_column = self.column_at(event.position().toPoint()) or None
        super().mouseDoubleClickEvent(event)

    def column_at(self, pos: QPoint) -> int | None:
        """The principal id of the column under ``pos`` (None left of the grid)."""
        if pos.x() < self._left() or not self.people:
            return None
        index = min(len(self.people) - 1, int((pos.x() - self._left()) / self._day_width()))
        return self.people[index][0]
