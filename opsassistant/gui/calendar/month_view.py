"""Month view: six painted weeks with ISO week numbers, holidays, today and as many events as fit."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from opsassistant.gui.calendar.layout import month_cells, month_grid_start
from opsassistant.gui.calendar.style import (
    Elider,
    LayerCache,
    edge_colours,
    event_colours,
    hm,
    holiday_colour,
    mixed,
    today_colour,
)
from opsassistant.i18n.formatting import iso_week
from opsassistant.i18n.language import babel_locale
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone

WEEK_COLUMN = 34
HEADER = 22
_ITEM = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_MORE = int(Qt.AlignmentFlag.AlignLeft)


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
        self._small_height = QFontMetrics(self._small).height()
        self._elide = Elider(QFontMetrics(self._small))
        bold = QFont(self.font())
        bold.setBold(True)
        self._height, self._bold_height = QFontMetrics(self.font()).height(), QFontMetrics(bold).height()
        self._grid_layer, self._layer = LayerCache(), LayerCache()  # the grid; the grid with the events on it
        self._ops: tuple[list[tuple], list[tuple[QRectF, Occurrence]]] = ([], [])
        self._ops_key: tuple | None = None
        self._laid_out: tuple | None = None  # (month start, zone, occurrences) of set_data's last layout

    def set_data(self, month: date, items: list[Occurrence], colours: dict[int, str], holidays: dict[date, str],
                 weekday_names: list[str], more_text: str) -> None:
        self.month, self.first = month.replace(day=1), month_grid_start(month)
        self.zone_name = home_zone()
        if self._laid_out is None or self._laid_out[:2] != (self.first, self.zone_name) or self._laid_out[2] != items:
            self.cells = month_cells(self.first, items, self.zone_name)  # only when the occurrences changed
            self.counts = {day: len(found) for day, found in self.cells.items()}
            self._laid_out = (self.first, self.zone_name, list(items))
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
        self._laid_out = None
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

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A hidden view (another view of the panel shown) gives its layers' memory back: a full-size pixmap each."""
        super().hideEvent(event)
        self._grid_layer.clear()
        self._layer.clear()

    def _cell(self, index: int) -> QRectF:
        width = (self.width() - WEEK_COLUMN) / 7
        height = (self.height() - HEADER) / 6
        return QRectF(WEEK_COLUMN + (index % 7) * width, HEADER + (index // 7) * height, width, height)

    # A paint copies one cached layer: the grid (cells, week numbers, day numbers, holidays; a layer of its own)
    # with the cells' events drawn on it as computed once per content and geometry (``_item_ops``). Each cache
    # is keyed by all it shows.
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        today = self.today_provider()
        ops, self._hits = self._item_ops(today)

        def paint_all(layer: QPainter) -> None:
            self._grid_layer.draw(layer, self, self.rect(), self._grid_key(today), lambda p: self._paint_grid(p, today))
            layer.setFont(self._small)
            for fills, ink, box, flags, text in ops:
                for rect, colour in fills:
                    layer.fillRect(rect, colour)
                layer.setPen(ink)
                layer.drawText(box, flags, text)

        self._layer.draw(painter, self, self.rect(), (self._grid_key(today), self._ops_key), paint_all)
        painter.end()

    def _look_key(self, today: date) -> tuple:
        return (self.palette().cacheKey(), self.font().key(), self.width(), self.height(), self.first, self.month,
                today)

    def _grid_key(self, today: date) -> tuple:
        return (self._look_key(today), tuple(self.weekday_names[:7]),
                tuple(sorted((day, name) for day, name in self.holidays.items()
                             if self.first <= day < self.first + timedelta(days=42))))

    def _paint_grid(self, painter: QPainter, today: date) -> None:
        """Everything but the events (filling the widget)."""
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base().color())
        grid = mixed(palette.mid().color(), palette.base().color(), 120 / 255)
        small = QFontMetrics(self._small)
        line = small.height() + 2
        painter.setFont(self._small)
        painter.setPen(palette.text().color())
        for column, name in enumerate(self.weekday_names[:7]):
            rect = self._cell(column)
            painter.drawText(QRectF(rect.x(), 0, rect.width(), HEADER), Qt.AlignmentFlag.AlignCenter, name)
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
            painter.setFont(bold if day == today else self.font())
            painter.setPen(palette.text().color())
            head = self._head(rect, day == today)
            painter.drawText(head, Qt.AlignmentFlag.AlignLeft, str(day.day))
            name = self.holidays.get(day)
            if name:
                painter.setFont(self._small)
                painter.setPen(QColor("#b03030"))
                painter.drawText(head.adjusted(24, 1, 0, 0), Qt.AlignmentFlag.AlignRight,
                                 small.elidedText(name, Qt.TextElideMode.ElideRight, int(head.width()) - 24))
        # The cell borders as 15 lines over every cell's shading, in an opaque colour: a translucent pen costs
        # the raster engine a blended line per pixel (7 ms a grid, drawn again on every month shown).
        painter.setPen(QPen(grid))
        first, last = self._cell(0), self._cell(41)
        painter.drawLines([QLineF(first.x() + column * first.width(), first.y(), first.x() + column * first.width(),
                                  last.bottom()) for column in range(8)]
                          + [QLineF(first.x(), first.y() + row * first.height(), last.right(),
                                    first.y() + row * first.height()) for row in range(7)])

    def _head(self, rect: QRectF, bold: bool) -> QRectF:
        """The day number's line at the top of a cell."""
        return QRectF(rect.x() + 4, rect.y() + 2, rect.width() - 8, self._bold_height if bold else self._height)

    def _item_ops(self, today: date) -> tuple[list[tuple], list[tuple[QRectF, Occurrence]]]:
        """The cells' events and "+N" lines as (fills, ink, text box, flags, text), and the boxes a double-click
        opens; computed again only when the cells, their counts, the geometry, the look or the language change."""
        key = (self._look_key(today), self.cells, self.counts, tuple(self.colours.items()), self.more_text,
               self.zone_name, babel_locale())
        if key != self._ops_key:
            ops: list[tuple] = []
            hits: list[tuple[QRectF, Occurrence]] = []
            styles: dict[tuple, tuple] = {}  # (principals, status) → (fill, ink, stripe colours), for this build
            line = self._small_height + 2
            for index in range(42):
                day = self.first + timedelta(days=index)
                rect = self._cell(index)
                top = self._head(rect, day == today).bottom() + 1
                self._cell_ops(ops, hits, rect, top, self.cells.get(day, []), line, self.counts.get(day, 0), styles)
            # The key holds copies of the cells and counts: a caller changing them in place is seen.
            key = key[:1] + ({day: list(found) for day, found in self.cells.items()}, dict(self.counts)) + key[3:]
            self._ops, self._ops_key = (ops, hits), key
        return self._ops[0], list(self._ops[1])

    def _cell_ops(self, ops: list[tuple], hits: list[tuple[QRectF, Occurrence]], rect: QRectF, top: float,
                  items: list[Occurrence], line: int, total: int, styles: dict[tuple, tuple]) -> None:
        room = int((rect.bottom() - top - 2) // line)
        if room <= 0:
            return
        total = max(total, len(items))
        shown = items[:room] if total <= room else items[:max(0, room - 1)]
        palette = self.palette()
        text, tz = palette.text().color(), zone(self.zone_name)
        y = top
        for occ in shown:
            look = styles.get((occ.principal_ids, occ.status))
            if look is None:  # the events that look alike share their colours
                fill, _edge, ink = event_colours(palette, occ, self.colours)
                look = styles[(occ.principal_ids, occ.status)] = (fill, ink, edge_colours(occ, self.colours)[:4])
            fill, ink, stripes = look
            box = QRectF(rect.x() + 2, y, rect.width() - 4, line - 1)
            fills = [(box, fill)] if occ.all_day else []  # a timed event's box is not filled
            for index, colour in enumerate(stripes):  # a shared meeting shows each principal's colour
                fills.append((QRectF(box.x() + 3 * index, box.y() + 1, 3, box.height() - 2), colour))
            label = occ.title if occ.all_day else f"{hm(occ.start.astimezone(tz))} {occ.title}"
            text_box = box.adjusted(3 + 3 * len(stripes), 0, -2, 0)
            ops.append((fills, ink if occ.all_day else text, text_box, _ITEM,
                        self._elide(label, int(text_box.width()))))
            hits.append((box, occ))
            y += line
        hidden = total - len(shown)
        if hidden:
            ops.append(((), palette.placeholderText().color(), QRectF(rect.x() + 6, y, rect.width() - 8, line),
                        _MORE, self.more_text.replace("%1", str(hidden))))

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
