"""Colours and short labels shared by the painted calendar views (follow the system palette)."""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from opsassistant.i18n.babel_dates import babel_dates
from opsassistant.i18n.language import babel_locale
from opsassistant.services.calendar.occurrences import Occurrence

NO_PRINCIPAL = "#7f8c8d"
ELIDE_RIGHT = Qt.TextElideMode.ElideRight
RIGHT = int(Qt.AlignmentFlag.AlignRight)
LINE = int(Qt.AlignmentFlag.AlignLeft)  # drawText flags of the painted views: one line of an event
ONE_LINE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
CHIP = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip)


def paint_op(painter: QPainter, op: tuple) -> None:
    """Draw one event (or "+N" chip) as ``TimeGridView._event_op`` computed it."""
    rect, pen, brush, stripes, ink, font, texts = op
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawRoundedRect(rect, 3, 3)
    for stripe, colour in stripes:
        painter.fillRect(stripe, colour)
    if texts:
        painter.setPen(ink)
        painter.setFont(font)
        for box, flags, text in texts:
            painter.drawText(box, flags, text)


class LayerCache:
    """One opaque layer of a view (its grid, headers: what no event changes) painted into a pixmap once per key
    and copied on later paints. The raster engine takes ~0.3 ms for each translucent grid line or rectangle, so
    a month's 42 cell frames alone cost more than copying the whole widget. The layer must fill its rectangle
    opaquely first: the copy is then exactly what painting it in place gives."""

    def __init__(self) -> None:
        self._key: object = None
        self._pixmap: QPixmap | None = None

    def clear(self) -> None:
        self._key, self._pixmap = None, None

    def draw(self, painter: QPainter, widget: QWidget, rect: QRect, key: object, paint) -> None:
        """Copy the layer of ``rect`` (widget coordinates) to ``painter``; ``paint(layer_painter)`` draws it
        in widget coordinates when ``key`` (or the size or pixel ratio) changed."""
        ratio = widget.devicePixelRatioF()
        key = (key, rect.x(), rect.y(), rect.width(), rect.height(), ratio)
        if self._pixmap is None or key != self._key:
            size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
            pixmap = self._pixmap  # reused at the same size: the layer covers it whole
            if pixmap is None or pixmap.size() != size or pixmap.devicePixelRatio() != ratio:
                pixmap = QPixmap(size)
                pixmap.setDevicePixelRatio(ratio)
            self._pixmap = None  # not read from while it is painted
            layer = QPainter(pixmap)
            layer.setFont(widget.font())
            layer.setPen(widget.palette().windowText().color())
            layer.translate(-rect.x(), -rect.y())
            paint(layer)
            layer.end()
            self._pixmap, self._key = pixmap, key
        painter.drawPixmap(rect.topLeft(), self._pixmap)


class Elider:
    """``QFontMetrics.elidedText`` remembered per (text, width): a week repeats a few titles at a few lane
    widths hundreds of times."""

    LIMIT = 20_000

    def __init__(self, metrics: QFontMetrics) -> None:
        self.metrics = metrics
        self._seen: dict[tuple[str, int], str] = {}

    def __call__(self, text: str, width: int) -> str:
        key = (text, width)
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) > self.LIMIT:
                self._seen.clear()
            found = self._seen[key] = self.metrics.elidedText(text, ELIDE_RIGHT, width)
        return found


@lru_cache(maxsize=4)
def _separator(locale: str) -> str:
    return "." if "." in babel_dates.format_time(time(13, 5), "short", locale=locale) else ":"


def hm(moment: datetime | time) -> str:
    """24-hour "13.05" / "13:05" as the UI language writes it, without Babel's cost per call (paint loops)."""
    return f"{moment.hour:02d}{_separator(babel_locale())}{moment.minute:02d}"


def day_header(day: date, width: float) -> str:
    """"man. 23. nov." / "Mon 23 Nov", shorter when the column is narrow."""
    locale = babel_locale()
    if width < 70:
        return babel_dates.format_date(day, "d/M", locale=locale)
    if width < 120:
        return babel_dates.format_date(day, "EEE d." if locale == "da_DK" else "EEE d", locale=locale)
    return babel_dates.format_date(day, "EEE d. MMM" if locale == "da_DK" else "EEE d MMM", locale=locale)


def principal_colour(occ: Occurrence, colours: dict[int, str]) -> QColor:
    for principal_id in occ.principal_ids:
        if principal_id in colours:
            return QColor(colours[principal_id])
    return QColor(NO_PRINCIPAL)


def edge_colours(occ: Occurrence, colours: dict[int, str]) -> list[QColor]:
    """Every principal's colour of a shared meeting (its left edge shows one stripe each), at least one."""
    found = [QColor(colours[pid]) for pid in occ.principal_ids if pid in colours]
    return found or [QColor(NO_PRINCIPAL)]


def event_colours(palette: QPalette, occ: Occurrence, colours: dict[int, str]) -> tuple[QColor, QColor, QColor]:
    """(fill, edge, text) for one event: the principal's colour, lighter when tentative or cancelled."""
    edge = principal_colour(occ, colours)
    dark = palette.base().color().lightness() < 128
    fill = QColor(edge)
    fill = fill.darker(260) if dark else fill.lighter(175)
    if occ.status in ("tentative", "cancelled"):
        fill.setAlpha(120)
    ink = QColor("#f0f0f0") if dark else QColor("#1b1b1b")
    if occ.status == "cancelled":
        ink.setAlpha(150)
    return fill, edge, ink


def mixed(colour: QColor, under: QColor, share: float) -> QColor:
    """``colour`` at ``share`` opacity over ``under``, as one opaque colour (an opaque pen draws far faster)."""
    return QColor.fromRgbF(*(share * a + (1 - share) * b
                             for a, b in zip(colour.getRgbF()[:3], under.getRgbF()[:3], strict=True)))


def holiday_colour(palette: QPalette, holiday: bool) -> QColor:
    colour = QColor("#d9534f") if holiday else palette.mid().color()
    colour.setAlpha(28 if holiday else 22)
    return colour


def today_colour(palette: QPalette, alpha: int) -> QColor:
    colour = QColor(palette.highlight().color())
    colour.setAlpha(alpha)
    return colour
