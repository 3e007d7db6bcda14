"""The time grid with its events drawn on it, as one opaque layer that is painted again only where the events
changed.

After an edit, a refresh or a list that lost one occurrence, most drawings are the very same objects as before
(:class:`block_ops.EventOps` hands back what it remembered). When nothing but the drawings changed (the same grid
below, size, scroll, look), the layer keeps its pixmap and paints again only the rectangles of the drawings that
went away or came (overlapping ones merged): there the grid below and, in order, every drawing that touches them,
clipped to them. Each
pixel so gets the same drawing sequence as in a full repaint, so the pixels are the same: a drawing never paints
outside its extent (:func:`extent`), and the drawings both lists share must keep their order (else, or when most
changed, the whole layer is painted)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QWidget

from opsassistant.gui.calendar.style import paint_op

_DONT_CLIP = int(Qt.TextFlag.TextDontClip)
MARGIN = 2  # px around a drawing's rectangle: its antialiased 1 px edge


def extent(op: tuple, metrics: QFontMetrics) -> QRect:
    """Every pixel ``paint_op(op)`` can touch: the rounded rectangle with its pen, texts drawn unclipped (a "+N"
    chip's, centred) as wide as they run."""
    area = op[0].toAlignedRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    for box, flags, text in op[6]:
        if flags & _DONT_CLIP:
            advance = metrics.horizontalAdvance(text)
            centre = box.x() + box.width() // 2
            area = area.united(QRect(centre - advance // 2 - 2 * MARGIN, box.y() - MARGIN, advance + 4 * MARGIN,
                                     max(box.height(), metrics.height()) + 2 * MARGIN))
    return area


class EventLayer:
    """One view's grid-with-events pixmap, its key (all but the drawings) and the drawings painted on it."""

    def __init__(self) -> None:
        self._key: object = None
        self._pixmap: QPixmap | None = None
        self._ops: list[tuple] = []
        self.partial_paints = 0  # paints that repainted only where the drawings changed (for tests)

    def clear(self) -> None:
        self._key, self._pixmap, self._ops = None, None, []

    def draw(self, painter: QPainter, widget: QWidget, rect: QRect, key: object, ops: list[tuple], clip: QRect,
             paint_below: Callable[[QPainter], None], metrics: QFontMetrics) -> None:
        """Copy the layer of ``rect`` to ``painter``: ``paint_below(layer)`` (opaque, filling ``rect``), then
        ``ops`` clipped to ``clip`` (widget coordinates), painted again where needed (see the module)."""
        ratio = widget.devicePixelRatioF()
        key = (key, rect.x(), rect.y(), rect.width(), rect.height(), ratio)
        pixmap = self._pixmap
        same = pixmap is not None and key == self._key
        if same and ops is not self._ops:
            areas = self._changed(ops, metrics)
            if areas is None:
                self._paint(widget, rect, pixmap, ops, clip, paint_below)
            elif areas:
                self._paint(widget, rect, pixmap, ops, clip, paint_below, areas, metrics)
                self.partial_paints += 1
        elif not same:
            size = QSize(max(1, round(rect.width() * ratio)), max(1, round(rect.height() * ratio)))
            if pixmap is None or pixmap.size() != size or pixmap.devicePixelRatio() != ratio:
                pixmap = QPixmap(size)
                pixmap.setDevicePixelRatio(ratio)
            self._paint(widget, rect, pixmap, ops, clip, paint_below)
        self._pixmap, self._key, self._ops = pixmap, key, ops
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _changed(self, ops: list[tuple], metrics: QFontMetrics) -> list[QRect] | None:
        """Where the drawings differ from those painted, or None: paint it all."""
        old = {id(op): index for index, op in enumerate(self._ops)}
        new = {id(op) for op in ops}
        last = -1
        came = []
        for op in ops:
            index = old.get(id(op))
            if index is None:
                came.append(op)
            elif index < last:
                return None  # the shared drawings changed order: where they overlap, so would the pixels
            else:
                last = index
        went = [op for op in self._ops if id(op) not in new]
        if 2 * (len(came) + len(went)) > len(ops) + len(self._ops):
            return None  # most changed: one full paint is cheaper than many small ones
        return _merged([extent(op, metrics) for op in came + went])

    def _paint(self, widget: QWidget, rect: QRect, pixmap: QPixmap, ops: list[tuple], clip: QRect,
               paint_below: Callable[[QPainter], None], areas: list[QRect] | None = None,
               metrics: QFontMetrics | None = None) -> None:
        """All of the layer, or only ``areas`` (each clipped to one rectangle: a region of many makes the raster
        engine's drawing many times slower)."""
        self._pixmap = None  # not read from while it is painted
        layer = QPainter(pixmap)
        layer.setFont(widget.font())
        layer.setPen(widget.palette().windowText().color())
        layer.translate(-rect.x(), -rect.y())
        if areas is None:
            paint_below(layer)
            layer.setClipRect(clip)
            for op in ops:
                paint_op(layer, op)
        else:
            extents = [extent(op, metrics) for op in ops]
            for area in areas:
                layer.setClipRect(area)
                paint_below(layer)
                area = area.intersected(clip)
                if area.isEmpty():
                    continue
                layer.setClipRect(area)
                for op, op_area in zip(ops, extents, strict=True):
                    if op_area.intersects(area):
                        paint_op(layer, op)
        layer.end()


def _merged(areas: list[QRect]) -> list[QRect]:
    """The rectangles with each group that overlaps replaced by its bounding rectangle (few groups: the
    clusters an edit touched)."""
    merged: list[QRect] = []
    for area in areas:
        while True:
            overlapping = [other for other in merged if other.intersects(area)]
            if not overlapping:
                break
            for other in overlapping:
                merged.remove(other)
                area = area.united(other)
        merged.append(area)
    return merged
