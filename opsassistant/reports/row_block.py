"""Table rows drawn straight onto the canvas, looking as ``base.table`` with ``base.table_style()`` draws them.

A ReportLab ``Table`` costs about 0.3 ms a row to lay out and draw (cell styles, spans, line commands, one
text object per string). ``RowBlock`` measures each row once (a plain cell is text already broken into lines,
a paragraph cell is wrapped once) and draws a page of rows with plain ``drawString`` calls: the bold accent header with its
rule, zebra rows starting white under each header, cells padded 3 points left and right and 2 above and below,
9-point text on 12-point lines. Rows come from an iterator and are only read as far as the page being laid
out needs; a page break falls between rows, the header repeated on each page. A row taller than a whole page
(never in practice) goes through ``base.table`` so that it splits inside the row as it always did.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from opsassistant.reports import base

SIZE = 9.0
LEADING = 12.0  # a table cell style's leading (FONTSIZE alone leaves it)
PAD_X, PAD_Y = 3.0, 2.0
TALL = 1200.0  # points: taller than any page, the height reported while rows are still unread
FRAME_HEIGHT = base.PAGE_SIZE[1] - base.MARGIN_TOP - base.MARGIN_BOTTOM


class RowBlock(Flowable):
    """``header`` (plain labels) over ``rows`` (lists of cells: a plain string, ``\\n`` between its lines, or a
    flowable such as ``base.para``) in columns of ``col_widths``."""

    def __init__(self, header: Sequence[str], rows: Iterable[list], col_widths: Sequence[float], *,
                 pending: list[tuple[list, float]] | None = None):
        super().__init__()
        self.hAlign = "CENTER"
        self._header = list(header)
        self._widths = list(col_widths)
        self._rows: Iterator[list] | None = iter(rows)
        self._pending: list[tuple[list, float]] = list(pending or [])  # (cells, height) measured once
        self._header_height = self._measure(self._header)
        self.width = sum(self._widths)
        self.height = 0.0

    def _measure(self, cells: Sequence) -> float:
        tallest = 0.0
        for value, width in zip(cells, self._widths, strict=True):
            if isinstance(value, Flowable):
                height = value.wrap(width - 2 * PAD_X, 1e6)[1]
            else:
                height = LEADING * (str(value).count("\n") + 1)
            tallest = max(tallest, height)
        return tallest + 2 * PAD_Y

    def _read_past(self, height: float) -> float:
        """Read rows until they are taller than ``height`` (header included) or none are left; their height."""
        total = self._header_height + sum(h for _, h in self._pending)
        while self._rows is not None and total <= height:
            cells = next(self._rows, None)
            if cells is None:
                self._rows = None
                break
            row_height = self._measure(cells)
            self._pending.append((cells, row_height))
            total += row_height
        return total

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        total = self._read_past(max(availHeight, TALL) if self._rows is not None else availHeight)
        self.height = total if self._rows is None else max(total, TALL)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        self._read_past(availHeight)
        used, fitting = self._header_height, 0
        for _, row_height in self._pending:
            if used + row_height > availHeight:
                break
            used += row_height
            fitting += 1
        rest_rows = self._rows if self._rows is not None else ()
        if fitting == 0:
            if not self._pending or self._header_height + self._pending[0][1] <= FRAME_HEIGHT:
                return []  # on the next page
            # a row taller than a page: split inside the row, as a table does
            parts = base.table([self._header, self._pending[0][0]], self._widths).split(availWidth, availHeight)
            if not parts:
                return []
            return [*parts, RowBlock(self._header, rest_rows, self._widths, pending=self._pending[1:])]
        if fitting == len(self._pending) and self._rows is None:
            return [self]
        first = RowBlock(self._header, (), self._widths, pending=self._pending[:fitting])
        rest = RowBlock(self._header, rest_rows, self._widths, pending=self._pending[fitting:])
        self._rows, self._pending = None, []
        return [first, rest]

    def draw(self):
        canvas = self.canv
        canvas.saveState()
        width = self.width
        top = self.height
        # zebra rows (the white ones are the page's own white)
        y = top - self._header_height
        canvas.setFillColor(base.ZEBRA)
        for index, (_, row_height) in enumerate(self._pending):
            if index % 2:
                canvas.rect(0, y, width, -row_height, stroke=0, fill=1)
            y -= row_height
        # text: a text object per string, as a table draws it (text extraction then reads each one as a line)
        lefts = [sum(self._widths[:i]) for i in range(len(self._widths))]
        canvas.setFont(base.FONT_BOLD, SIZE, LEADING)
        canvas.setFillColor(base.ACCENT)
        _put(_string_writer(canvas), self._header, lefts, top)
        canvas.setFont(base.FONT, SIZE, LEADING)
        canvas.setFillColor(colors.black)
        draw = _string_writer(canvas)
        y = top - self._header_height
        for cells, row_height in self._pending:
            for value, left, column in zip(cells, lefts, self._widths, strict=True):
                if isinstance(value, Flowable):
                    height = value.wrap(column - 2 * PAD_X, 1e6)[1]
                    value.drawOn(canvas, left + PAD_X, y - PAD_Y - height)
                else:  # as _put, inline: the loop runs for every cell of the list
                    line_y = y - PAD_Y - SIZE
                    for line in value.split("\n"):
                        draw(left + PAD_X, line_y, line)
                        line_y -= LEADING
            y -= row_height
        # the rule under the header, drawn after the cells as a table draws its lines
        canvas.setStrokeColor(base.ACCENT)
        canvas.setLineWidth(0.75)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.line(0, top - self._header_height, width, top - self._header_height)
        canvas.restoreState()



def _put(draw, values: Sequence, lefts: Sequence[float], top: float) -> None:
    """Plain cells whose row starts at ``top``: each line where a table's top-aligned cell puts it."""
    for value, left in zip(values, lefts, strict=True):
        y = top - PAD_Y - SIZE
        for line in str(value).split("\n"):
            draw(left + PAD_X, y, line)
            y -= LEADING


def _string_writer(canvas):
    """``canvas.drawString`` for plain left-to-right text in the canvas's current (TrueType) font, writing the
    very operators it writes (``BT … Tm /F+n size Tf leading TL (…) Tj T* ET``) without building a text object
    for each string: a third of the cost of a phone list was those objects. Text whose characters all have
    their codes in the font's first subset already is encoded with ``str.translate``; anything else goes
    through the font's own ``splitString``, which assigns codes to new characters."""
    font = getFont(canvas._fontname)
    doc = canvas._doc
    escape = canvas._escape
    append = canvas._code.append
    tail = f"{fp_str(canvas._fontsize)} Tf {fp_str(canvas._leading)} TL"
    names: dict[int, str] = {}
    codes, known = _first_subset(font, doc)

    def name_of(subset: int) -> str:
        name = names.get(subset)
        if name is None:
            name = names[subset] = font.getSubsetInternalName(subset, doc)
        return name

    numbers: dict[float, str] = {}  # fp_str of the few left edges and line positions of a page, once each

    def number(value: float) -> str:
        text = numbers.get(value)
        if text is None:
            text = numbers[value] = fp_str(value)
        return text

    def draw(x: float, y: float, text: str) -> None:
        if text and known.issuperset(text):
            append(f"BT 1 0 0 1 {number(x)} {number(y)} Tm {name_of(0)} {tail} "
                   f"({escape(text.translate(codes).encode('latin-1'))}) Tj T* ET")
            return
        parts = [f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm"]
        current = -1
        for subset, chunk in font.splitString(text, doc):
            if subset != current:
                parts.append(f"{name_of(subset)} {tail}")
                current = subset
            parts.append(f"({escape(chunk)}) Tj")
        parts.append("T* ET")
        append(" ".join(parts))
        _learn(font, doc, text, codes, known)

    return draw


def _first_subset(font, doc) -> tuple[dict[int, str], set[str]]:
    """(code point → its one-byte code, characters with one) of ``font``'s first subset in ``doc``, kept on the
    document so that they live as long as its subsets do."""
    tables = doc.__dict__.setdefault("_row_block_subsets", {})
    if font.fontName not in tables:
        tables[font.fontName] = ({}, set())
    return tables[font.fontName]


def _learn(font, doc, text: str, codes: dict[int, str], known: set[str]) -> None:
    """Note the first-subset codes ``splitString`` gave the characters of ``text`` (a no-break space is printed
    as a space by it, so it never takes the fast path)."""
    state = font.state.get(doc)
    if state is None:
        return
    for character in set(text):
        code = state.assignments.get(ord(character))
        if code is not None and code < 256 and character != "\xa0":
            codes[ord(character)] = chr(code)
            known.add(character)
