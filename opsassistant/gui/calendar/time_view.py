"""Day, work-week and week views: one painted grid of hours × days, drag to move or resize."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from opsassistant.gui.calendar.block_ops import EventOps
from opsassistant.gui.calendar.event_layer import EventLayer
from opsassistant.gui.calendar.layout import Bar, Block, DayMemo, More, capped_time_grid, wall_clock_shift
from opsassistant.gui.calendar.panel_text import week_label
from opsassistant.gui.calendar.style import (
    RIGHT,
    LayerCache,
    day_header,
    hm,
    holiday_colour,
    paint_op,
    today_colour,
)
from opsassistant.i18n.formatting import timezone_name
from opsassistant.i18n.language import babel_locale, current_language
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone

GUTTER = 48
HEADER = 40
BAR_HEIGHT = 18
SNAP = 15  # minutes
MIN_LANE = 24  # px: narrower side-by-side lanes cannot be read, so a crowded cluster ends in a "+N" chip

@dataclass
class _Drag:
    block: Block
    mode: str  # "move" | "resize"
    origin: QPoint
    days: int = 0
    minutes: int = 0


class TimeGridView(QWidget):
    """Paints ``days`` side by side; emits ``moved`` after a drag, ``open_requested`` on double-click."""

    moved = Signal(object, object, object)  # Occurrence, new start, new end
    open_requested = Signal(object)  # Occurrence
    create_requested = Signal(object)  # aware datetime of the clicked slot
    selection_changed = Signal(object)  # Occurrence or None
    more_requested = Signal(object)  # date whose "+N" chip was clicked
    relayout_on_resize = True  # the lane cap follows the column width (a subclass with its own set_data opts out)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 360)
        self.days: list[date] = [date.today()]
        self.zone_name = home_zone()
        self.second_zone: str | None = None
        self.hour_height = 42
        self.scroll_minutes = 7 * 60 + 30
        self.blocks: list[Block] = []
        self.bars: list[Bar] = []
        self.colours: dict[int, str] = {}
        self.holidays: dict[date, str] = {}
        self.now_provider = lambda: datetime.now(zone(self.zone_name))
        self._drag: _Drag | None = None
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        self._struck = QFont(self._small)
        self._struck.setStrikeOut(True)
        self._drawings = EventOps(self._small, self._struck)
        self._metrics = self._drawings.metrics
        self._ops: list[tuple] = []
        self._ops_key: tuple | None = None
        self._under, self._over, self._events = LayerCache(), LayerCache(), EventLayer()
        self._bar_rows = 0
        self.mores: list[More] = []
        self.more_text = "+%1"
        self._items: list[Occurrence] = []
        self._lanes = 0
        self._laid_out: tuple | None = None  # (days, zone, lanes) of the last layout
        self._day_memo = DayMemo()  # each day column's last layout (see layout.DayMemo)

    # --- data ---------------------------------------------------------------------------------------------------
    def set_data(self, days: list[date], items: list[Occurrence], colours: dict[int, str],
                 holidays: dict[date, str], second_zone: str | None = None) -> None:
        """Lays out again only when the days, the occurrences or the lanes differ from the last layout (a refresh
        often reads the same occurrences again): the blocks, and so the painting cached for them, are kept."""
        self.days, self.colours, self.holidays, self.second_zone = days, colours, holidays, second_zone
        if items == self._items and self._laid_out == (list(days), self.zone_name, self._max_lanes()):
            self.update()
            return
        self._items = list(items)  # a copy: the caller may change its list afterwards
        self._layout()

    def _max_lanes(self) -> int:
        return max(1, int((self._day_width() - 4) // MIN_LANE))

    def _layout(self) -> None:
        self._lanes = self._max_lanes()
        self._laid_out = (list(self.days), self.zone_name, self._lanes)
        self.blocks, self.bars, self.mores = capped_time_grid(self.days, self._items, self.zone_name, self._lanes,
                                                              self._day_memo)
        self._bar_rows = max((bar.row for bar in self.bars), default=-1) + 1
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.relayout_on_resize and self._max_lanes() != self._lanes:
            self._layout()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        """A hidden view (another view of the panel shown) gives its layers' memory back: a full-size pixmap each."""
        super().hideEvent(event)
        for layer in (self._under, self._events, self._over):
            layer.clear()

    # --- geometry -----------------------------------------------------------------------------------------------
    def _left(self) -> int:
        return GUTTER * (2 if self.second_zone else 1)

    def _all_day_height(self) -> int:
        return max(1, self._bar_rows) * (BAR_HEIGHT + 2) + 4

    def _grid_top(self) -> int:
        return HEADER + self._all_day_height()

    def _day_width(self) -> float:
        return max(1.0, (self.width() - self._left()) / max(1, len(self.days)))

    def _y(self, minutes: float) -> float:
        return self._grid_top() + (minutes - self.scroll_minutes) * self.hour_height / 60

    def block_rect(self, block: Block | More) -> QRectF:
        width = self._day_width()
        x = self._left() + block.day * width + 1 + block.column * (width - 4) / block.columns
        w = (width - 4) / block.columns - 1
        top, bottom = self._y(block.top), self._y(block.bottom)
        return QRectF(x, top, max(4.0, w), max(8.0, bottom - top - 1))

    def _bar_rect(self, bar: Bar) -> QRectF:
        width = self._day_width()
        x = self._left() + bar.first * width + 1
        return QRectF(x, HEADER + 2 + bar.row * (BAR_HEIGHT + 2), (bar.last - bar.first + 1) * width - 3, BAR_HEIGHT)

    def _max_scroll(self) -> int:
        visible = (self.height() - self._grid_top()) * 60 / self.hour_height
        return max(0, int(24 * 60 - visible))

    def scroll_to(self, minutes: int) -> None:
        self.scroll_minutes = max(0, min(self._max_scroll(), minutes))
        self.update()

    def block_at(self, pos: QPoint) -> Block | None:
        for block in reversed(self.blocks):
            if self.block_rect(block).contains(QPointF(pos)):
                return block
        return None

    def more_at(self, pos: QPoint) -> More | None:
        for more in self.mores:
            if self.block_rect(more).contains(QPointF(pos)):
                return more
        return None

    def bar_at(self, pos: QPoint) -> Bar | None:
        for bar in self.bars:
            if self._bar_rect(bar).contains(QPointF(pos)):
                return bar
        return None

    def moment_at(self, pos: QPoint) -> datetime | None:
        if pos.x() < self._left() or pos.y() < self._grid_top():
            return None
        day = self.days[min(len(self.days) - 1, int((pos.x() - self._left()) / self._day_width()))]
        minutes = self.scroll_minutes + (pos.y() - self._grid_top()) * 60 / self.hour_height
        minutes = int(minutes // SNAP * SNAP)
        return datetime.combine(day, time(), zone(self.zone_name)) + timedelta(minutes=min(minutes, 24 * 60 - SNAP))

    # --- painting -----------------------------------------------------------------------------------------------
    # A paint copies cached layers: the grid (hour lines, day backgrounds), the grid with the events drawn on it
    # (their drawing computed once per layout and geometry, see ``_block_ops``; after a change of the events
    # alone, painted again only where drawings went or came: event_layer.py), the header strip with the
    # all-day bars; the now line is drawn on top. Each cache is keyed by everything it shows, so a resize, a
    # scroll, new data, the language, the colours or the palette redraw it; while dragging, the events are
    # drawn directly (the dragged one faded).
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        palette = self.palette()
        grid = QColor(palette.mid().color())
        grid.setAlpha(110)
        top = self._grid_top()
        today = self.now_provider().date()
        own_layers = type(self)._paint_column_backgrounds is TimeGridView._paint_column_backgrounds \
            and type(self)._paint_header is TimeGridView._paint_header  # a subclass's layers show its own state
        grid_area = QRect(0, top, self.width(), self.height() - top)
        if own_layers and self._drag is None:  # the grid with its events on it, as one opaque layer
            ops = self._block_ops()
            self._events.draw(painter, self, self.rect(), (self._under_key(today), self._ops_key[0],
                                                           self._ops_key[5:]), ops, grid_area,
                              lambda layer: self._under.draw(layer, self, self.rect(), self._under_key(today),
                                                             lambda p: self._paint_under(p, today)),
                              self._metrics)
            painter.setClipRect(grid_area)
        else:
            if own_layers:
                self._under.draw(painter, self, self.rect(), self._under_key(today),
                                 lambda p: self._paint_under(p, today))
            else:
                self._paint_under(painter, today)
            painter.setClipRect(grid_area)
            self._paint_blocks(painter, today, QRectF(event.rect()))
        self._paint_now_line(painter, today)
        painter.setClipping(False)
        strip = QRect(0, 0, self.width(), top)
        if own_layers:
            self._over.draw(painter, self, strip, self._over_key(today), lambda p: self._paint_over(p, today))
        else:
            self._paint_over(painter, today)
        painter.setPen(QPen(grid))
        painter.drawLine(0, top, self.width(), top)
        painter.end()

    def _look_key(self, scrolled: bool = True) -> tuple:
        """What every layer's look depends on besides the data: palette, fonts, language, zones, size, and the
        scroll and zoom (``scrolled``; the header strip does not move with them)."""
        return (self.palette().cacheKey(), self.font().key(), current_language(), babel_locale(), self.zone_name,
                self.second_zone, self._grid_top(), self.width(), self.height(),
                (self.scroll_minutes, self.hour_height) if scrolled else None)

    def _under_key(self, today: date) -> tuple:
        return (self._look_key(), tuple(self.days), tuple(day in self.holidays for day in self.days), today)

    def _over_key(self, today: date) -> tuple:
        return (self._look_key(scrolled=False), tuple(self.days), tuple(self.holidays.get(day) for day in self.days),
                today,
                self.bars, len(self.bars), tuple(self.colours.items()))

    def _paint_under(self, painter: QPainter, today: date) -> None:
        """Day backgrounds, the column backgrounds, hour lines and labels, day lines (filling the widget)."""
        palette = self.palette()
        base, text = palette.base().color(), palette.text().color()
        grid = QColor(palette.mid().color())
        grid.setAlpha(110)
        painter.fillRect(self.rect(), base)
        left, top, width = self._left(), self._grid_top(), self._day_width()
        # day backgrounds: today and holidays
        for index, day in enumerate(self.days):
            rect = QRectF(left + index * width, 0, width, self.height())
            if day in self.holidays or day.weekday() >= 5:
                painter.fillRect(rect, holiday_colour(palette, day in self.holidays))
            if day == today:
                painter.fillRect(rect, today_colour(palette, 40))
        self._paint_column_backgrounds(painter)
        # hour lines and labels
        painter.setFont(self._small)
        metrics = self._metrics
        first_hour = self.scroll_minutes // 60
        for hour in range(first_hour, 25):
            y = self._y(hour * 60)
            if y > self.height():
                break
            if y >= top:
                painter.setPen(QPen(grid))
                painter.drawLine(int(left), int(y), self.width(), int(y))
                painter.setPen(text)
                label = hm(time(hour % 24, 0))
                painter.drawText(QRect(0, int(y) + 1, GUTTER - 6, metrics.height()), RIGHT, label)
                if self.second_zone:
                    moment = datetime.combine(self.days[0], time(hour % 24), zone(self.zone_name))
                    other = moment.astimezone(zone(self.second_zone))
                    painter.setPen(palette.placeholderText().color())
                    painter.drawText(QRect(GUTTER, int(y) + 1, GUTTER - 6, metrics.height()), RIGHT, hm(other))
        painter.setPen(QPen(grid))
        for index in range(len(self.days) + 1):
            x = int(left + index * width)
            painter.drawLine(x, 0, x, self.height())

    def _paint_over(self, painter: QPainter, today: date) -> None:
        """The header strip above the grid (filling it): day names, holidays, the all-day bars."""
        painter.fillRect(QRect(0, 0, self.width(), self._grid_top()), self.palette().base().color())
        self._paint_header(painter, today)
        for bar in self.bars:
            self._paint_event(painter, self._bar_rect(bar), bar.occ, True)

    def _paint_column_backgrounds(self, painter: QPainter) -> None:
        """Below the grid lines and events; the side-by-side view shades each principal's hours off work."""

    def _paint_header(self, painter: QPainter, today: date) -> None:
        palette = self.palette()
        left, width = self._left(), self._day_width()
        painter.setFont(self._small)
        painter.setPen(palette.text().color())
        painter.drawText(QRect(2, 2, left - 4, HEADER - 4), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         week_label(self.days[0]) + (f"\n{timezone_name(self.second_zone)}" if self.second_zone else ""))
        bold = QFont(self.font())
        bold.setBold(True)
        for index, day in enumerate(self.days):
            rect = QRect(int(left + index * width) + 3, 7, int(width) - 6, HEADER - 9)  # below the today bar
            if day == today:
                painter.fillRect(QRect(rect.x() - 2, 1, rect.width() + 4, 4), today_colour(palette, 255))
            painter.setFont(bold if day == today else self.font())
            painter.setPen(palette.text().color())
            metrics = QFontMetrics(painter.font())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             metrics.elidedText(day_header(day, width), Qt.TextElideMode.ElideRight, rect.width()))
            name = self.holidays.get(day)
            if name:
                painter.setFont(self._small)
                painter.setPen(QColor("#b03030"))
                small = QFontMetrics(self._small)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                                 small.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))

    def _paint_blocks(self, painter: QPainter, today: date, exposed: QRectF | None = None) -> None:
        drag = self._drag
        if drag is None:
            for op in self._block_ops():
                if exposed is None or exposed.intersects(op[0]):
                    paint_op(painter, op)
            return
        for block in self.blocks:  # while dragging: the dragged block faded, its ghost on top
            rect = self.block_rect(block)
            if rect.bottom() < self._grid_top() or rect.top() > self.height():
                continue
            self._paint_event(painter, rect, block.occ, False, faded=drag.block is block)
        for op in self._more_ops():
            paint_op(painter, op)
        if drag.days or drag.minutes:
            ghost = Block(drag.block.occ, drag.block.day + drag.days, drag.block.top, drag.block.bottom)
            if drag.mode == "move":
                ghost.top += drag.minutes
            ghost.bottom = max(ghost.top + SNAP, drag.block.bottom + drag.minutes)
            self._paint_event(painter, self.block_rect(ghost), drag.block.occ, False)

    def _block_ops(self) -> list[tuple]:
        """The drawing of the visible blocks and "+N" chips, remembered until the layout or the geometry (size,
        scroll, zoom), the palette, the colours, the language or the chip's text change."""
        key = (self._look_key(), self.blocks, len(self.blocks), self.mores, len(self.mores),
               tuple(self.colours.items()), self.more_text)
        if key != self._ops_key:
            look = self._look()
            ops = self._drawings.blocks(self.blocks, look, self._left(), self._day_width(), self._grid_top(),
                                        self.height(), self.scroll_minutes, self.hour_height)
            self._ops, self._ops_key = ops + self._more_ops(look), key
        return self._ops

    def _more_ops(self, look: tuple | None = None) -> list[tuple]:
        chips = []
        for more in self.mores:
            rect = self.block_rect(more)
            if rect.bottom() < self._grid_top() or rect.top() > self.height():
                continue
            chips.append((rect, more.count))
        return self._drawings.chips(chips, self.more_text, look or self._look())

    def _paint_now_line(self, painter: QPainter, today: date) -> None:
        if today not in self.days:
            return
        now = self.now_provider()
        y = self._y(now.hour * 60 + now.minute)
        index = self.days.index(today)
        x = self._left() + index * self._day_width()
        painter.setPen(QPen(QColor("#d32f2f"), 2))
        painter.drawLine(int(self._left()), int(y), self.width(), int(y))
        painter.setBrush(QColor("#d32f2f"))
        painter.drawEllipse(QRectF(x - 4, y - 4, 8, 8))

    def _paint_event(self, painter: QPainter, rect: QRectF, occ: Occurrence, all_day: bool,
                     faded: bool = False) -> None:
        paint_op(painter, self._event_op(rect, occ, all_day, faded))

    def _look(self) -> tuple:
        """What every event's look shares (see :meth:`EventOps.look`)."""
        return self._drawings.look(self.palette(), self.colours, self.zone_name)

    def _event_op(self, rect: QRectF, occ: Occurrence, all_day: bool, faded: bool = False,
                  look: tuple | None = None) -> tuple:
        """One event's drawing: (rect, pen, brush, stripes, ink, font, texts) for :func:`style.paint_op`."""
        return self._drawings.op(rect, occ, all_day, faded, look or self._look())

    # --- mouse --------------------------------------------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        self.scroll_to(self.scroll_minutes - event.angleDelta().y() // 4)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.setFocus()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        more = self.more_at(event.position().toPoint())
        if more is not None:
            self.more_requested.emit(self.days[more.day])
            return
        block = self.block_at(event.position().toPoint())
        self.selection_changed.emit(block.occ if block else None)
        if block is None or block.occ.read_only:
            return
        rect = self.block_rect(block)
        mode = "resize" if event.position().y() > rect.bottom() - 6 else "move"
        self._drag = _Drag(block, mode, event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position()
        if self._drag is None:
            block = self.block_at(pos.toPoint())
            near_bottom = block is not None and pos.y() > self.block_rect(block).bottom() - 6
            self.setCursor(Qt.CursorShape.SizeVerCursor if near_bottom else Qt.CursorShape.ArrowCursor)
            return
        delta = pos.toPoint() - self._drag.origin
        minutes = round(delta.y() * 60 / self.hour_height / SNAP) * SNAP
        days = 0 if self._drag.mode == "resize" else round(delta.x() / self._day_width())
        days = max(-self._drag.block.day, min(len(self.days) - 1 - self._drag.block.day, days))
        self._drag.days, self._drag.minutes = days, minutes
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        drag, self._drag = self._drag, None
        self.update()
        if drag is None or not (drag.days or drag.minutes):
            return
        occ = drag.block.occ
        if drag.mode == "move":
            start = wall_clock_shift(occ.start, self.zone_name, drag.days, drag.minutes)
            end = wall_clock_shift(occ.end, self.zone_name, drag.days, drag.minutes)
        else:
            start = occ.start
            end = max(wall_clock_shift(occ.end, self.zone_name, 0, drag.minutes), occ.start + timedelta(minutes=SNAP))
        self.moved.emit(occ, start, end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        pos = event.position().toPoint()
        block = self.block_at(pos)
        bar = self.bar_at(pos)
        if block is not None or bar is not None:
            self.open_requested.emit((block or bar).occ)
            return
        moment = self.moment_at(pos)
        if moment is not None:
            self.create_requested.emit(moment)
