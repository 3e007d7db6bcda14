"""``report week [DATE]``: the ISO week of DATE as one compact grid on landscape A4 — a row per principal, a
column per day — so a team's week fits on one page.

Appointments that belong to nobody (an imported calendar has no principal) get their own row, "Not
assigned", below the principals; a week with only such appointments prints that row alone.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from opsassistant.i18n.formatting import format_date
from opsassistant.i18n.messages import Translator
from opsassistant.reports.calendar_common import (
    principal_of,
    status_text,
    target_date,
    week_title,
    when_text,
)
from opsassistant.services import principals as principal_service
from opsassistant.services.calendar import holidays_
from opsassistant.services.calendar.occurrences import Occurrence, between, home_zone, zone

Item = tuple[str, str, str, str]  # when, title, location, status
Row = tuple[str, list[tuple[date, list[Item]]]]  # heading, seven days


def _on(occ: Occurrence, day: date) -> bool:
    tz = zone(home_zone())
    first = occ.start_date or occ.start.astimezone(tz).date()
    last = (occ.end_date - timedelta(days=1)) if occ.all_day else occ.end.astimezone(tz).date()
    return first <= day <= last


def _days(first: date, items: list[Occurrence], lang: str) -> list[tuple[date, list[Item]]]:
    days = []
    for offset in range(7):
        day = first + timedelta(days=offset)
        days.append((day, [(when_text(o, lang), o.title, o.location, status_text(o, lang))
                           for o in items if _on(o, day)]))
    return days


def collect(first: date, principal_ids: list[int] | None, lang: str) -> list[Row]:
    """A row per principal (``principal_ids`` None: every principal, and a "Not assigned" row when some
    appointments belong to nobody), each with the seven days from ``first``."""
    tz = zone(home_zone())
    start = datetime.combine(first, time(), tz)
    end = datetime.combine(first + timedelta(days=7), time(), tz)
    everything = between(start, end, None)
    rows: list[Row] = []
    for person in principal_service.list_principals():
        if principal_ids is not None and person.id not in principal_ids:
            continue
        rows.append((person.name, _days(first, [o for o in everything if person.id in o.principal_ids], lang)))
    if principal_ids is None:
        nobody = [o for o in everything if not o.principal_ids]
        if nobody:
            rows.append((Translator(lang).translate("WeekReport", "Not assigned"), _days(first, nobody, lang)))
    return rows


def build(target: str | None, path: Path | str, *, lang: str, principal=None) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from opsassistant.reports import base

    t = Translator(lang)
    day = target_date(target)
    first = day - timedelta(days=day.weekday())
    person = principal_of(principal) if principal not in (None, "") else None
    rows = collect(first, [person.id] if person else None, lang)
    holidays = holidays_.holidays_between(first, first + timedelta(days=6), lang)

    sheet = base.styles()
    small = ParagraphStyle("WeekCell", parent=sheet["Cell"], fontSize=7.5, leading=9, spaceAfter=2)
    small_bold = ParagraphStyle("WeekCellBold", parent=small, fontName=base.FONT_BOLD)
    muted = ParagraphStyle("WeekCellMuted", parent=small, textColor=base.MUTED)
    title = t.translate("WeekReport", "Week overview")
    subtitle = (f"{week_title(first, lang)} · {format_date(first, 'long', lang)} – "
                f"{format_date(first + timedelta(days=6), 'long', lang)}")
    story: list = [Paragraph(base.escape(title), sheet["Title"]), Paragraph(base.escape(subtitle), sheet["Subtitle"])]
    if not rows:
        story.append(base.para(t.translate("WeekReport", "Nothing is booked this week and there are no principals "
                                                         "yet."), "Muted"))
    else:
        page = landscape(A4)
        width = page[0] - 2 * base.MARGIN_X
        name_width = 0.12 * width
        header = [base.header_cells([t.translate("WeekReport", "Who")])[0]]
        for offset in range(7):
            current = first + timedelta(days=offset)
            label = format_date(current, "EEE d/M" if lang == "da" else "EEE d MMM", lang)
            cells = [Paragraph(base.escape(label[:1].upper() + label[1:]), sheet["CellHead"])]
            if current in holidays:
                cells.append(Paragraph(base.escape(holidays[current]), muted))
            header.append(cells)
        data = [header]
        for heading, days in rows:
            line = [base.para(heading, "CellBold")]
            for _current, items in days:
                line.append([piece for what in items for piece in _item(base, what, small_bold, small)] or "")
            data.append(line)
        day_width = (width - name_width) / 7
        look = base.table_style(zebra=True, extra=[
            ("LINEAFTER", (0, 0), (-2, -1), 0.25, base.RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, base.RULE),
        ])
        story.append(base.table(data, [name_width] + [day_width] * 7, style=look))
        return base.build_document(path, title=title, subtitle=subtitle, lang=lang, story=story, pagesize=page)
    return base.build_document(path, title=title, subtitle=subtitle, lang=lang, story=story)


def _item(base, item: Item, bold, plain) -> list:
    """One appointment in a day cell: the time in bold, then the title, its status and place."""
    when, what, where, status = item
    text = what + (f" ({status})" if status else "") + (f"\n{where}" if where else "")
    return [base.para(when, bold), base.para(text, plain)]
