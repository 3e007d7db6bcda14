"""The one look shared by every PDF report: fonts, styles, A4 page template, header and footer.

Usage from a report module::

    from opsassistant.reports import base

    styles = base.styles()
    t = base.translator(lang)
    story = [base.para(user_text, styles["Body"]), ...]   # user text is escaped
    base.build_document(path, title=t.translate("PhoneList", "Phone list"), lang=lang, story=story)

- Fonts: the bundled DejaVu Sans (regular + bold) registered as family ``DejaVuSans``, so Latin, Greek and
  Cyrillic print and ``<b>`` in a paragraph uses the bold face. Characters DejaVu lacks (Chinese, Japanese,
  Korean) are set in the bundled Droid Sans Fallback: ``escape()``/``para()`` wrap each run of them in
  ``<font name=…>``, ``cell()`` turns such a table cell into a paragraph, and the header/footer switch font per
  run too. The fallback is loaded only when a report has such a character.
- Styles: ``styles()`` returns one shared sheet: ``Title``, ``Subtitle``, ``Heading``, ``Body``, ``Small``,
  ``Cell``, ``CellBold``, ``CellHead``, ``CellHeadRight``, ``Muted``; ``table_style()`` gives the shared table
  look and ``header_cells()`` a header row that wraps.
- Header and footer on every page: the title (and subtitle) at the top, "page x of y" and the printed-at time
  in the report's language at the bottom (drawn as each page ends; "x of y" is a form written at save).
- Streaming: ``story`` may be any iterable (a generator is read as the pages need it) and ``StreamTable``
  (``reports/stream_table.py``) lays out a table of any length a page at a time; each finished page is written
  to the file as it ends and forgotten (``reports/pdf_out.py``).
- Text written by users must go through ``escape()`` / ``para()`` (paragraphs) or ``cell()`` (table cells):
  ReportLab paragraphs read markup otherwise, and plain table strings never switch font.
- ``build_document(..., on_page=f, extra_top=h)``: ``f(canvas, doc)`` draws on every page after the header and
  footer (``doc.page`` is that page's number), ``h`` points of room are kept free under the header for it.
- ``build_document`` writes through ``opsassistant.fileio.atomic_path``: a failed build leaves no half file.

ReportLab is imported here, so import this module only when a report is built (start-up budget).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from functools import cache
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from opsassistant import __name__ as _package_name
from opsassistant.fileio import atomic_path
from opsassistant.i18n.formatting import format_datetime
from opsassistant.i18n.language import normalise
from opsassistant.i18n.messages import Translator
from opsassistant.paths import resource_path
from opsassistant.reports import bidi, pdf_out

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FALLBACK_FONT = "DroidSansFallback"
FALLBACK_FILE = "DroidSansFallback.ttf"
PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#5F6B76")
RULE = colors.HexColor("#B8C4CE")
ZEBRA = colors.HexColor("#F2F5F8")

__all__ = [
    "ACCENT", "BidiParagraph", "Para", "FALLBACK_FONT", "FONT", "FONT_BOLD", "MUTED", "PAGE_SIZE", "RULE", "ZEBRA", "build_document",
    "cell", "covered", "fit_line", "draw_text", "escape", "font_runs", "header_bottom", "header_cells", "para", "register_fonts", "styles", "table", "table_style", "text_width",
    "translator", "usable_width",
]


@cache
def register_fonts() -> None:
    """Register the bundled DejaVu Sans faces once per process, as one family (so ``<b>`` works)."""
    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@cache
def register_fallback() -> None:
    """Register Droid Sans Fallback (one face: bold and italic map to it too, so ``<b>`` around it works)."""
    pdfmetrics.registerFont(TTFont(FALLBACK_FONT, str(resource_path("fonts", FALLBACK_FILE))))
    pdfmetrics.registerFontFamily(FALLBACK_FONT, normal=FALLBACK_FONT, bold=FALLBACK_FONT, italic=FALLBACK_FONT,
                                  boldItalic=FALLBACK_FONT)


@cache
def _primary_characters() -> frozenset[str]:
    """Every character both DejaVu faces draw (plus the line breaks and tabs we handle ourselves)."""
    register_fonts()
    regular = pdfmetrics.getFont(FONT).face.charToGlyph
    bold = pdfmetrics.getFont(FONT_BOLD).face.charToGlyph
    return frozenset(chr(code) for code in regular if code in bold) | frozenset("\n\r\t")


def covered(text: str) -> bool:
    """True when DejaVu Sans draws every character of ``text`` (the common, fast case)."""
    return _primary_characters().issuperset(text)


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` split into (font, run): DejaVu for what it draws, the fallback font for the rest."""
    if covered(text):
        return [(FONT, text)] if text else []
    register_fallback()
    known = _primary_characters()
    return [(FONT if inside else FALLBACK_FONT, "".join(run))
            for inside, run in groupby(text, key=known.__contains__)]


def text_width(text: str, font: str, size: float) -> float:
    """The printed width of plain ``text`` in ``font`` (runs DejaVu lacks measured in the fallback font)."""
    if covered(text):
        return pdfmetrics.stringWidth(text, font, size)
    return sum(pdfmetrics.stringWidth(run, font if run_font == FONT else run_font, size)
               for run_font, run in font_runs(text))


def fit_line(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line of at most ``width`` points: cut with "…" when longer (headers, footers)."""
    line = " ".join(str(text).split())
    if text_width(line, font, size) <= width:
        return line
    low, high = 0, len(line)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(line[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False) -> None:
    """``canvas.drawString`` for plain user text (one line): right-to-left runs shaped and reordered, and the
    fallback font per run (``right``: x is the right edge)."""
    text = bidi.visual(text)
    runs = [(font if run_font == FONT else run_font, run) for run_font, run in font_runs(text)]
    if right:
        x -= sum(pdfmetrics.stringWidth(run, run_font, size) for run_font, run in runs)
    text = canvas.beginText(x, y)  # one text object, so the line extracts as one line
    for run_font, run in runs:
        text.setFont(run_font, size)
        text.textOut(run)
    canvas.drawText(text)


@cache
def styles() -> StyleSheet1:
    """The shared style sheet (do not mutate it; derive with ``ParagraphStyle(name, parent=...)``)."""
    register_fonts()
    sheet = StyleSheet1()
    sheet.add(ParagraphStyle("Body", fontName=FONT, fontSize=10, leading=13, alignment=TA_LEFT))
    sheet.add(ParagraphStyle("Title", parent=sheet["Body"], fontName=FONT_BOLD, fontSize=18, leading=22,
                             textColor=ACCENT, spaceAfter=4))
    sheet.add(ParagraphStyle("Subtitle", parent=sheet["Body"], fontSize=11, leading=14, textColor=MUTED,
                             spaceAfter=8))
    sheet.add(ParagraphStyle("Heading", parent=sheet["Body"], fontName=FONT_BOLD, fontSize=12, leading=15,
                             textColor=ACCENT, spaceBefore=8, spaceAfter=3, keepWithNext=1))
    sheet.add(ParagraphStyle("Small", parent=sheet["Body"], fontSize=8, leading=10))
    sheet.add(ParagraphStyle("Muted", parent=sheet["Body"], fontSize=9, leading=11, textColor=MUTED))
    sheet.add(ParagraphStyle("Cell", parent=sheet["Body"], fontSize=9, leading=11))
    sheet.add(ParagraphStyle("CellBold", parent=sheet["Cell"], fontName=FONT_BOLD))
    sheet.add(ParagraphStyle("CellHead", parent=sheet["CellBold"], textColor=ACCENT))
    sheet.add(ParagraphStyle("CellHeadRight", parent=sheet["CellHead"], alignment=TA_RIGHT))
    return sheet


def table_style(*, header: bool = True, zebra: bool = True, extra: Sequence[tuple] = ()) -> TableStyle:
    """The shared table look: bold header row with a rule below, light zebra rows, top-aligned cells."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        commands += [("FONTNAME", (0, 0), (-1, 0), FONT_BOLD), ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.75, ACCENT)]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]))
    commands.extend(extra)
    return TableStyle(commands)


def escape(text: object) -> str:
    """User text made safe for a ReportLab Paragraph: ``<``, ``>``, ``&`` printed literally, newlines kept,
    right-to-left lines shaped and in visual order, and each run of characters DejaVu lacks wrapped in
    ``<font name="DroidSansFallback">``. For text inside other markup (a name after a bold label); a whole
    paragraph of user text goes through ``para()``, which also wraps right-to-left text line by line."""
    value = "" if text is None else str(text).replace("\r\n", "\n")
    if bidi.has_rtl(value):
        value = "\n".join(bidi.visual(line) for line in value.split("\n"))
    return _markup(value)


def _markup(value: str) -> str:
    if covered(value):
        return _xml_escape(value).replace("\n", "<br/>")
    pieces = []
    for font, run in font_runs(value):
        piece = _xml_escape(run).replace("\n", "<br/>")
        pieces.append(piece if font == FONT else f'<font name="{FALLBACK_FONT}">{piece}</font>')
    return "".join(pieces)


class BidiParagraph(Paragraph):
    """A paragraph of user text with right-to-left letters: broken into lines in logical order for the width
    it gets, then each line shaped and reordered (``bidi``); right-aligned when the text starts right-to-left.
    It splits across pages like any paragraph."""

    def __init__(self, text: str | None, style: ParagraphStyle, bulletText=None, frags=None,  # noqa: N803
                 **kwargs):
        if frags is not None or text is None:  # the parts ReportLab makes when it splits: lines already set
            self._logical = None
            super().__init__(text, style, bulletText=bulletText, frags=frags, **kwargs)
            return
        self._logical = bidi.shaped(text)
        self._direction = bidi.direction(text)
        if self._direction == "R":
            style = ParagraphStyle(f"{style.name}Rtl", parent=style, alignment=TA_RIGHT)
        self._bidi_style = style
        self._laid_out_for: float | None = None
        super().__init__(self._markup_for(None), style)

    def _markup_for(self, width: float | None) -> str:
        style = self._bidi_style
        if width is None:
            chunks = self._logical.split("\n")
        else:
            chunks = bidi.lines(self._logical, width,
                                lambda piece: text_width(piece, style.fontName, style.fontSize))
        return "<br/>".join(_markup(bidi.visual(chunk, self._direction, shape=False)) for chunk in chunks)

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        if self._logical is not None and availWidth != self._laid_out_for:
            self._laid_out_for = availWidth
            style = self._bidi_style
            room = availWidth - style.leftIndent - style.rightIndent - 0.5
            Paragraph.__init__(self, self._markup_for(max(room, 1.0)), style)
        return super().wrap(availWidth, availHeight)


class Para(Paragraph):
    """A paragraph that remembers its lines for the width it was last wrapped to. A table measures every cell
    each time it is laid out (a long table several times a page); ``Paragraph.wrap`` depends on the width only,
    so the same width gives the same lines and height without breaking them again."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        # (a split that found no room deletes the lines: then they are broken again)
        if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def para(text: object, style: str | ParagraphStyle = "Body") -> Paragraph:
    """A paragraph of *user* text (escaped); ``style`` is a name in ``styles()`` or a style."""
    chosen = styles()[style] if isinstance(style, str) else style
    value = "" if text is None else str(text).replace("\r\n", "\n")
    if bidi.has_rtl(value):
        return BidiParagraph(value, chosen)
    return Para(_markup(value), chosen)


def cell(text: object, style: str | ParagraphStyle = "Cell") -> str | Paragraph:
    """A table cell of *user* text: the plain string when DejaVu draws all of it left to right (fast, and the
    table's own FONTNAME/TEXTCOLOR apply), otherwise a paragraph in ``style`` (font per run, right-to-left)."""
    value = "" if text is None else str(text)
    return value if covered(value) and not bidi.has_rtl(value) and len(value) <= LONG_CELL else para(value, style)


def header_cells(labels: Sequence[str], *, right: Sequence[int] = ()) -> list[Paragraph]:
    """A table's header row as paragraphs in the header look, so long labels wrap instead of running into the
    next column; ``right`` lists the columns (amounts) whose label is right-aligned."""
    sheet = styles()
    return [Paragraph(escape(label), sheet["CellHeadRight" if index in right else "CellHead"])
            for index, label in enumerate(labels)]


LONG_CELL = 300  # characters: a plain table string longer than this becomes a paragraph (so it can split)


def table(rows: Sequence[Sequence], col_widths: Sequence[float], *, repeat_rows: int = 1,
          style: TableStyle | None = None) -> Table:
    """A table that survives any text: a row taller than a page splits inside the row (``splitInRow``), and
    long plain strings become paragraphs in the ``Cell`` style, which wrap and split (a plain string does
    neither). Short strings stay plain: fast to lay out, and the table's own FONTNAME/TEXTCOLOR apply."""
    data = [[para(value, "Cell") if isinstance(value, str) and (len(value) > LONG_CELL or bidi.has_rtl(value))
             else value for value in row]
            for row in rows]
    result = Table(data, colWidths=list(col_widths), repeatRows=repeat_rows, splitInRow=1)
    result.setStyle(style if style is not None else table_style())
    return result


def translator(lang: str) -> Translator:
    return Translator(lang)


def usable_width() -> float:
    return PAGE_SIZE[0] - 2 * MARGIN_X


def printed_at_text(lang: str, moment: datetime | None = None) -> str:
    """"Printed 02-04-2026 14.05" in the report's language, in the laptop's local time."""
    moment = (moment or datetime.now()).astimezone()
    stamp = format_datetime(moment, lang=lang)
    return Translator(lang).translate("Report", "Printed %1").replace("%1", stamp)


OnPage = Callable[[rl_canvas.Canvas, BaseDocTemplate], None]


def _make_canvas_class(title: str, subtitle: str | None, lang: str, printed: str, on_page: OnPage | None = None,
                       doc_holder: list | None = None):
    """A canvas that draws header and footer as each page ends and writes the page to the file there and then
    (``pdf_out``), so a report of thousands of pages holds no page once it is done. "Page x of y" is a small
    form per page whose object number the page reserves; the forms are written at save, when the total is known."""
    page_text = Translator(lang).translate("Report", "Page %1 of %2")

    def page_of(canvas, number: int, total: int) -> None:
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        text = page_text.replace("%1", str(number)).replace("%2", str(total))
        canvas.drawRightString(canvas._pagesize[0] - MARGIN_X, 10 * mm, text)

    class NumberedCanvas(rl_canvas.Canvas):
        def showPage(self):  # noqa: N802 - ReportLab API
            self._decorate()
            super().showPage()
            pdf_out.writer(self).page_ended()

        def save(self):
            if len(self._code):
                self.showPage()
            pdf_out.save(self, page_of)

        def _decorate(self) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFillColor(ACCENT)
            room = width - 2 * MARGIN_X
            shown_title = fit_line(title, FONT_BOLD, 9, room * (0.55 if subtitle else 1.0))
            draw_text(self, MARGIN_X, height - 12 * mm, shown_title, FONT_BOLD, 9)
            if subtitle:
                self.setFillColor(MUTED)
                rest = room - text_width(shown_title, FONT_BOLD, 9) - 6 * mm
                draw_text(self, width - MARGIN_X, height - 12 * mm, fit_line(subtitle, FONT, 8, rest), FONT, 8,
                          right=True)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, height - 14 * mm, width - MARGIN_X, height - 14 * mm)
            self.line(MARGIN_X, 14 * mm, width - MARGIN_X, 14 * mm)
            self.setFont(FONT, 8)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, 10 * mm, printed)
            self.doForm(pdf_out.LATER)
            self.restoreState()
            if on_page is not None and doc_holder:
                doc = doc_holder[0]
                doc.page = self._pageNumber
                self.saveState()
                on_page(self, doc)
                self.restoreState()

    return NumberedCanvas


class _Feed(list):
    """The story as ReportLab reads it (``len``, ``[0]``, ``del [0]``, insert at the front), filled from an
    iterator only as far as ReportLab looks: one flowable, and on past those that keep with the next. So a
    report's flowables are made as the pages need them, and a flowable made later may read rows after the
    ones an earlier flowable (a ``StreamTable``) has read."""

    def __init__(self, flowables: Iterable[Flowable]):
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(flowables)

    def __len__(self) -> int:
        while self._source is not None and (not super().__len__() or _keeps_with_next(super().__getitem__(-1))):
            following = next(self._source, None)
            if following is None:
                self._source = None
            else:
                self.append(following)
        return super().__len__()


def _keeps_with_next(flowable) -> bool:
    method = getattr(flowable, "getKeepWithNext", None)
    return bool(method()) if method else False


def build_document(path: Path | str, *, title: str, lang: str, story: Iterable[Flowable],
                   subtitle: str | None = None, author: str | None = None,
                   printed_at: datetime | None = None, pagesize: tuple[float, float] = PAGE_SIZE,
                   on_page: OnPage | None = None, extra_top: float = 0.0) -> Path:
    """Lay out ``story`` on A4 pages with the shared header/footer and write it atomically to ``path``.

    ``title`` and ``subtitle`` are plain text (drawn on the canvas, not parsed as markup) and also go into the
    PDF metadata with ``lang`` and ``author`` (default: the app's name in the report's language).
    The story should usually start with ``para(title, "Title")``; the header repeats the title on every page.
    ``on_page(canvas, doc)`` is called on every page after the header and footer are drawn (``doc.page`` is the
    page's number); ``extra_top`` points are added to the top margin of every page to give it room under the
    header (the room starts at ``header_bottom(pagesize)``).
    """
    register_fonts()
    lang = normalise(lang)
    target = Path(path)
    author = author or Translator(lang).translate("Report", "Ops Assistant")
    holder: list = []
    canvas_class = _make_canvas_class(title, subtitle, lang, printed_at_text(lang, printed_at), on_page, holder)
    with atomic_path(target) as temporary:
        doc = BaseDocTemplate(
            str(temporary), pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP + extra_top, bottomMargin=MARGIN_BOTTOM, title=title, author=author,
            subject=subtitle or title, creator=_package_name, lang={"da": "da-DK", "en": "en-GB"}[lang],
            initialFontName=FONT, displayDocTitle=1,
        )
        # no frame padding: paragraphs start at the margin and a table of usable_width() fits exactly
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="normal", leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="normal", frames=[frame])])
        holder.append(doc)
        try:
            doc.build(_Feed(story), canvasmaker=canvas_class)
        finally:
            if getattr(doc, "canv", None) is not None:
                pdf_out.close(doc.canv)
    return target


def header_bottom(pagesize: tuple[float, float] = PAGE_SIZE) -> float:
    """The y (from the page's bottom) of the rule under the header: an ``on_page`` band starts below it."""
    return pagesize[1] - 14 * mm
