"""Month view: six painted weeks with ISO week numbers, holidays, today and as many events as fit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from opsassistant.gui.calendar.layout import month_cells, month_grid_start
from opsassistant.gui.calendar.style import edge_colours, event_colours, hm, holiday_colour, today_colour
from opsassistant.i18n.formatting import iso_week
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone

WEEK_COLUMN = 34
HEADER = 22


class MonthView(QWidget):
    day_activated = Signal(object)  # date (double-click: open that day)
    open_requested = Signal(object)  # Occurrence
    room_grew = Signal()  # a cell now shows more lines than were loaded for it (read the month again)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.zone_name = home_zone()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 360)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.month = date.today().replace(day=1)
        self.first = month_grid_start(self.month)
        self.cells: dict[date, list[Occurrence]] = {}
        self.counts: dict[date, int] = {}  # all the occurrences touching each day (cells may hold fewer)
        self.loaded_room: int | None = None  # lines per cell the cells were loaded for (None: all of them)
        self.colours: dict[int, str] = {}
        self.holidays: dict[date, str] = {}
        self.weekday_names: list[str] = []
        self.more_text = "+%1"
        self.today_provider = lambda: date.today()
        self._hits: list[tuple[QRectF, Occurrence]] = []
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))

    def set_data(self, month: date, items: list[Occurrence], colours: dict[int, str], holidays: dict[date, str],
                 weekday_names: list[str], more_text: str) -> None:
        self.month, self.first = month.replace(day=1), month_grid_start(month)
        self.zone_name = home_zone()
        self.cells = month_cells(self.first, items, self.zone_name)
        self.counts = {day: len(found) for day, found in self.cells.items()}
        self.loaded_room = None
        self.colours, self.holidays, self.weekday_names, self.more_text = colours, holidays, weekday_names, more_text
        self.update()

    def set_cells(self, month: date, cells: dict[date, list[Occurrence]], counts: dict[date, int], room: int,
                  colours: dict[int, str], holidays: dict[date, str], weekday_names: list[str],
                  more_text: str) -> None:
        """As :meth:`set_data`, from cells loaded ``room`` lines deep and each day's full count."""
        self.month, self.first = month.replace(day=1), month_grid_start(month)
        self.zone_name = home_zone()
        self.cells, self.counts, self.loaded_room = cells, counts, room
        self.colours, self.holidays, self.weekday_names, self.more_text = colours, holidays, weekday_names, more_text
        self.update()

    def room(self) -> int:
        """How many lines a cell has for events at the current size (the last one may become "+N")."""
        line = QFontMetrics(self._small).height() + 2
        head = QFontMetrics(self.font()).height()
        return max(1, int(((self.height() - HEADER) / 6 - head - 5) // line))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.loaded_room is not None and self.room() > self.loaded_room:
            self.room_grew.emit()

    def _cell(self, index: int) -> QRectF:
        width = (self.width() - WEEK_COLUMN) / 7
        height = (self.height() - HEADER) / 6
        return QRectF(WEEK_COLUMN + (index % 7) * width, HEADER + (index // 7) * height, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base().color())
        grid = QColor(palette.mid().color())
        grid.setAlpha(120)
        today = self.today_provider()
        small = QFontMetrics(self._small)
        line = small.height() + 2
        painter.setFont(self._small)
        painter.setPen(palette.text().color())
        for column, name in enumerate(self.weekday_names[:7]):
            rect = self._cell(column)
            painter.drawText(QRectF(rect.x(), 0, rect.width(), HEADER), Qt.AlignmentFlag.AlignCenter, name)
        self._hits = []
        bold = QFont(self.font())
        bold.setBold(True)
        for index in range(42):
            day = self.first + timedelta(days=index)
            rect = self._cell(index)
            if index % 7 == 0:
                painter.setFont(self._small)
                painter.setPen(palette.placeholderText().color())
                painter.drawText(QRectF(0, rect.y() + 2, WEEK_COLUMN - 4, line), Qt.AlignmentFlag.AlignRight,
                                 str(iso_week(day)))
            if day in self.holidays or day.weekday() >= 5:
                painter.fillRect(rect, holiday_colour(palette, day in self.holidays))
            if day.month != self.month.month:
                shade = QColor(palette.mid().color())
                shade.setAlpha(40)
                painter.fillRect(rect, shade)
            if day == today:
                painter.fillRect(rect, today_colour(palette, 45))
            painter.setPen(QPen(grid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.setFont(bold if day == today else self.font())
            painter.setPen(palette.text().color())
            head = QRectF(rect.x() + 4, rect.y() + 2, rect.width() - 8, QFontMetrics(painter.font()).height())
            painter.drawText(head, Qt.AlignmentFlag.AlignLeft, str(day.day))
            name = self.holidays.get(day)
            if name:
                painter.setFont(self._small)
                painter.setPen(QColor("#b03030"))
                painter.drawText(head.adjusted(24, 1, 0, 0), Qt.AlignmentFlag.AlignRight,
                                 small.elidedText(name, Qt.TextElideMode.ElideRight, int(head.width()) - 24))
            self._paint_cell(painter, rect, head.bottom() + 1, self.cells.get(day, []), line, small,
                             self.counts.get(day, 0))
        painter.end()

    def _paint_cell(self, painter: QPainter, rect: QRectF, top: float, items: list[Occurrence], line: int,
                    metrics: QFontMetrics, total: int) -> None:
        room = int((rect.bottom() - top - 2) // line)
        if room <= 0:
            return
        total = max(total, len(items))
        shown = items[:room] if total <= room else items[:max(0, room - 1)]
        painter.setFont(self._small)
        y = top
        for occ in shown:
            fill, edge, ink = event_colours(self.palette(), occ, self.colours)
            box = QRectF(rect.x() + 2, y, rect.width() - 4, line - 1)
            painter.fillRect(box, fill if occ.all_day else Qt.GlobalColor.transparent)
            stripes = edge_colours(occ, self.colours)[:4]
            for index, colour in enumerate(stripes):  # a shared meeting shows each principal's colour
                painter.fillRect(QRectF(box.x() + 3 * index, box.y() + 1, 3, box.height() - 2), colour)
            label = occ.title if occ.all_day else f"{hm(occ.start.astimezone(zone(self.zone_name)))} {occ.title}"
            painter.setPen(ink if occ.all_day else self.palette().text().color())
            text_box = box.adjusted(3 + 3 * len(stripes), 0, -2, 0)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(text_box.width())))
            self._hits.append((box, occ))
            y += line
        hidden = total - len(shown)
        if hidden:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRectF(rect.x() + 6, y, rect.width() - 8, line), Qt.AlignmentFlag.AlignLeft,
                             self.more_text.replace("%1", str(hidden)))

    def day_at(self, pos: QPointF) -> date | None:
        for index in range(42):
            if self._cell(index).contains(pos):
                return self.first + timedelta(days=index)
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        for box, occ in self._hits:
            if box.contains(pos):
                self.open_requested.emit(occ)
                return
        day = self.day_at(pos)
        if day is not None:
            self.day_activated.emit(day)
