"""The drawing of the time grid's events, as (rect, pen, brush, stripes, ink, font, texts) for
:func:`style.paint_op`, remembered per occurrence and rectangle across layouts.

A week view gets another list after every edit, navigation back or refresh, but most occurrences keep their value
and their place: their drawing (labels formatted, elided to the lane, boxes placed) is looked up by (occurrence,
rectangle) and only the new or moved ones are computed. What every drawing shares besides (palette, colours, zone,
language) is the generation key; a change of it drops everything remembered."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette, QPen

from opsassistant.gui.calendar.style import CHIP, LINE, ONE_LINE, Elider, edge_colours, event_colours, hm
from opsassistant.i18n.language import babel_locale
from opsassistant.services.calendar.occurrences import Occurrence, zone


class EventOps:
    """Builds and remembers event drawings for one view (its small and struck-out fonts)."""

    def __init__(self, small: QFont, struck: QFont) -> None:
        self.small, self.struck = small, struck
        self.metrics = QFontMetrics(small)
        self.line = self.metrics.height()
        self.elide = Elider(self.metrics)
        self._styles: dict[tuple, tuple] = {}
        self._seen: dict[tuple, tuple] = {}  # (occurrence, x, top, width, height) → drawing, of the last build
        self._chips: dict[tuple, tuple] = {}  # (x, top, width, height, text) → a "+N" chip's, of the last build
        self._generation: tuple | None = None

    def look(self, palette: QPalette, colours: dict[int, str], zone_name: str) -> tuple:
        """(palette, its key with the colours', the zone, the colours, and the generation key of drawings)."""
        key = (palette.cacheKey(), tuple(colours.items()))
        return palette, key, zone(zone_name), colours, (key, zone_name, babel_locale(), self.small.key())

    def _renew(self, look: tuple) -> None:
        """Forget every drawing when what they all share changed."""
        if look[4] != self._generation:
            self._seen, self._chips, self._generation = {}, {}, look[4]

    def style(self, occ: Occurrence, faded: bool, look: tuple) -> tuple:
        """(edge pen, fill, stripes, ink, font) of an occurrence's look, shared by those that look alike."""
        key = (look[1], occ.principal_ids, occ.status, occ.source, faded)
        found = self._styles.get(key)
        if found is None:
            if len(self._styles) > 256:
                self._styles.clear()
            colours = look[3]
            fill, edge, ink = event_colours(look[0], occ, colours)
            if faded:
                fill.setAlpha(70)
            pen = QPen(edge, 1, Qt.PenStyle.DashLine if occ.read_only else Qt.PenStyle.SolidLine)
            font = self.struck if occ.status == "cancelled" else self.small
            found = self._styles[key] = (pen, fill, tuple(edge_colours(occ, colours)[:4]), ink, font)
        return found

    def op(self, rect: QRectF, occ: Occurrence, all_day: bool, faded: bool, look: tuple) -> tuple:
        """One event's drawing (not remembered: the all-day bars and a drag's)."""
        pen, fill, colours, ink, font = self.style(occ, faded, look)
        x, y, height = rect.x(), rect.y(), rect.height()
        # a shared meeting shows each principal's colour
        stripes = tuple((QRectF(x + 3 * index, y, 3, height), colour) for index, colour in enumerate(colours))
        inner = rect.adjusted(2 + 3 * len(stripes), 1, -2, -1).toRect()
        width = inner.width()
        if width < 10 or inner.height() < 6:
            return rect, pen, fill, stripes, ink, font, ()  # too narrow for text: the colour says enough
        elide, line, tz = self.elide, self.line, look[2]
        if all_day or height < 2 * line:
            label = occ.title if all_day else f"{hm(occ.start.astimezone(tz))} {occ.title}"
            return rect, pen, fill, stripes, ink, font, ((inner, ONE_LINE, elide(label, width)),)
        lines = [f"{hm(occ.start.astimezone(tz))}–{hm(occ.end.astimezone(tz))}", occ.title]
        if occ.location:
            lines.append(occ.location)
        if occ.end_timezone != occ.start_timezone:
            lines.append(f"→ {hm(occ.end)} {occ.end_timezone.split('/')[-1]}")
        texts = []
        y, x, bottom = inner.y(), inner.x(), inner.bottom() + 2
        for text in lines:
            if y + line > bottom:
                break
            texts.append((QRect(x, y, width, line), LINE, elide(text, width)))
            y += line
        return rect, pen, fill, stripes, ink, font, tuple(texts)

    def blocks(self, blocks: list, look: tuple, left: float, width: float, grid_top: float, height: float,
               scroll: int, hour_height: int) -> list[tuple]:
        """The drawings of the visible ``blocks`` (``TimeGridView.block_rect``'s arithmetic, in the same order,
        so the same pixels), those of an occurrence at the same rectangle as in the last build looked up."""
        self._renew(look)
        seen, kept = self._seen, {}
        ops = []
        for block in blocks:
            top = grid_top + (block.top - scroll) * hour_height / 60
            tall = max(8.0, grid_top + (block.bottom - scroll) * hour_height / 60 - top - 1)
            if top + tall < grid_top or top > height:
                continue
            x = left + block.day * width + 1 + block.column * (width - 4) / block.columns
            w = max(4.0, (width - 4) / block.columns - 1)
            key = (block.occ, x, top, w, tall)
            op = seen.get(key)
            if op is None:
                op = self.op(QRectF(x, top, w, tall), block.occ, False, False, look)
            kept[key] = op
            ops.append(op)
        self._seen = kept  # only the last build's: memory follows what is shown
        return ops

    def chips(self, chips: list[tuple[QRectF, int]], text: str, look: tuple) -> list[tuple]:
        """The drawings of "+N" chips ((rect, count) each; ``text`` with %1 for the count), after :meth:`blocks`
        (its generation): one at the same place with the same text as in the last build is looked up."""
        self._renew(look)
        palette = look[0]
        seen, kept = self._chips, {}
        ops = []
        for rect, count in chips:
            label = text.replace("%1", str(count))
            key = (rect.x(), rect.y(), rect.width(), rect.height(), label)
            op = seen.get(key)
            if op is None:
                inner = rect.adjusted(2, 1, -2, -1).toRect()
                shown = label if self.metrics.horizontalAdvance(label) <= inner.width() else f"+{count}"
                # (a narrow lane: the number says enough, and is never elided)
                op = (rect, QPen(palette.placeholderText().color(), 1), palette.alternateBase(), (),
                      palette.text().color(), self.small, ((inner, CHIP, shown),))
            kept[key] = op
            ops.append(op)
        self._chips = kept
        return ops
