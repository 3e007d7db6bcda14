"""``report badges DATE``: name badges for the day's visitors on A4 label sheets (2 × 4 labels of 105 × 74 mm,
the common sheet), each with the name, the company, the host and the date.

The sheet prints in the report's language, or — from Reception's "Print badges" — each badge in its visitor's
language (``per_visitor=True``). Names in any script print: DejaVu Sans with the bundled CJK fallback.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas

from opsassistant.errors import UserError
from opsassistant.fileio import atomic_path
from opsassistant.i18n.formatting import format_full_date
from opsassistant.i18n.language import normalise
from opsassistant.i18n.messages import Translator
from opsassistant.reports import base
from opsassistant.services.reception import visitors as visitor_service
from opsassistant.services.reception.visitors import VisitorRecord

COLUMNS, ROWS = 2, 4
LABEL_W, LABEL_H = A4[0] / COLUMNS, A4[1] / ROWS
PADDING = 8 * mm


def _day(target: str | None, lang: str) -> date:
    text = (target or "").strip()
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(Translator(lang).translate(
            "Badges", "Give the day as YYYY-MM-DD, e.g. “report badges 2026-12-03”.")) from None


def text_width(text: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(run, font if run_font == base.FONT else run_font, size)
               for run_font, run in base.font_runs(text))


def _fitted(text: str, font: str, size: float, width: float, smallest: float = 9) -> float:
    while size > smallest and text_width(text, font, size) > width:
        size -= 1
    return size


def _centred(canvas, x: float, y: float, width: float, text: str, font: str, size: float) -> None:
    size = _fitted(text, font, size, width)
    left = x + (width - text_width(text, font, size)) / 2
    base.draw_text(canvas, left, y, text, font, size)


def _badge(canvas, index: int, visitor: VisitorRecord, day: date, lang: str) -> None:
    t = Translator(lang)
    column, row = index % COLUMNS, (index // COLUMNS) % ROWS
    x = column * LABEL_W
    y = A4[1] - (row + 1) * LABEL_H
    inner = LABEL_W - 2 * PADDING
    canvas.setStrokeColor(base.RULE)
    canvas.setLineWidth(0.3)
    canvas.rect(x + 2 * mm, y + 2 * mm, LABEL_W - 4 * mm, LABEL_H - 4 * mm)  # a cutting guide
    canvas.setFillColor(base.ACCENT)
    canvas.rect(x + 2 * mm, y + LABEL_H - 16 * mm, LABEL_W - 4 * mm, 14 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    _centred(canvas, x + PADDING, y + LABEL_H - 11 * mm, inner, t.translate("Badges", "GUEST"), base.FONT_BOLD, 14)
    canvas.setFillColorRGB(0, 0, 0)
    _centred(canvas, x + PADDING, y + LABEL_H / 2 + 2 * mm, inner, visitor.name, base.FONT_BOLD, 22)
    canvas.setFillColor(base.MUTED)
    if visitor.company:
        _centred(canvas, x + PADDING, y + LABEL_H / 2 - 7 * mm, inner, visitor.company, base.FONT, 13)
    if visitor.host:
        host = t.translate("Badges", "Host: %1").replace("%1", visitor.host)
        _centred(canvas, x + PADDING, y + 14 * mm, inner, host, base.FONT, 10)
    _centred(canvas, x + PADDING, y + 8 * mm, inner, format_full_date(day, lang), base.FONT, 9)


def write(path: Path | str, guests: list[VisitorRecord], day: date, *, lang: str, per_visitor: bool = False) -> Path:
    base.register_fonts()
    lang = normalise(lang)
    t = Translator(lang)
    if not guests:
        raise UserError(t.translate("Badges", "No visitors are expected on that day."))
    target = Path(path)
    title = t.translate("Badges", "Name badges %1").replace("%1", format_full_date(day, lang))
    with atomic_path(target) as temporary:
        canvas = rl_canvas.Canvas(str(temporary), pagesize=A4, lang={"da": "da-DK", "en": "en-GB"}[lang])
        canvas.setTitle(title)
        canvas.setAuthor(t.translate("Report", "Ops Assistant"))
        canvas.setSubject(title)
        per_page = COLUMNS * ROWS
        for index, guest in enumerate(guests):
            if index and index % per_page == 0:
                canvas.showPage()
            badge_lang = guest.language if per_visitor and guest.language in ("da", "en") else lang
            _badge(canvas, index, guest, day, badge_lang)
        canvas.showPage()
        canvas.save()
    return target


def build(target: str | None, path: Path | str, *, lang: str, principal: str | None = None) -> Path:
    day = _day(target, lang)
    return write(path, visitor_service.between(day, day), day, lang=lang)
