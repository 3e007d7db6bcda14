"""``report week [DATE]``: the ISO week of DATE for each principal, day by day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from opsassistant.i18n.formatting import format_date
from opsassistant.i18n.messages import Translator
from opsassistant.reports.calendar_common import (
    day_label,
    principal_of,
    status_text,
    target_date,
    week_title,
    when_text,
)
from opsassistant.services import principals as principal_service
from opsassistant.services.calendar import holidays_
from opsassistant.services.calendar.occurrences import HOME_ZONE, between, zone


def collect(first: date, principal_ids: list[int], lang: str) -> list[tuple[str, list[tuple[date, list]]]]:
    """[(principal name, [(day, [(when, title, location, status)])])] for the seven days from ``first``."""
    tz = zone(HOME_ZONE)
    start = datetime.combine(first, time(), tz)
    end = datetime.combine(first + timedelta(days=7), time(), tz)
    out = []
    for person in principal_service.list_principals():
        if person.id not in principal_ids:
            continue
        items = between(start, end, [person.id])
        days = []
        for offset in range(7):
            day = first + timedelta(days=offset)
            todays = [o for o in items if (o.start_date or o.start.astimezone(tz).date()) <= day and
                      ((o.end_date - timedelta(days=1)) if o.all_day else o.end.astimezone(tz).date()) >= day]
            days.append((day, [(when_text(o, lang), o.title, o.location, status_text(o, lang)) for o in todays]))
        out.append((person.name, days))
    return out


def build(target: str | None, path: Path | str, *, lang: str, principal=None) -> Path:
    from reportlab.platypus import PageBreak, Paragraph, Table

    from opsassistant.reports import base

    day = target_date(target)
    first = day - timedelta(days=day.weekday())
    person = principal_of(principal) if principal not in (None, "") else None
    ids = [person.id] if person else [p.id for p in principal_service.list_principals()]
    data = collect(first, ids, lang)
    holidays = holidays_.holidays_between(first, first + timedelta(days=6), lang)

    styles = base.styles()
    title = Translator(lang).translate("WeekReport", "Week overview")
    subtitle = (f"{week_title(first, lang)} · {format_date(first, 'long', lang)} – "
                f"{format_date(first + timedelta(days=6), 'long', lang)}")
    story: list = [Paragraph(base.escape(title), styles["Title"]), Paragraph(base.escape(subtitle), styles["Subtitle"])]
    if not data:
        story.append(base.para(Translator(lang).translate("WeekReport", "There are no principals yet."), "Muted"))
    width = base.usable_width()
    for index, (name, days) in enumerate(data):
        if index:
            story.append(PageBreak())
        story.append(base.para(name, "Heading"))
        rows = [base.header_cells([Translator(lang).translate("WeekReport", "Day"), Translator(lang).translate("WeekReport", "Time"), Translator(lang).translate("WeekReport", "Appointment")])]
        day_rules = []
        for current, items in days:
            if len(rows) > 1:
                day_rules.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.5, base.RULE))
            label = day_label(current, lang)
            if current in holidays:
                label += "\n" + holidays[current]
            if not items:
                rows.append([base.para(label, "CellBold"), "", base.para(Translator(lang).translate("WeekReport", "Nothing booked"), "Cell")])
            for position, (when, what, where, status) in enumerate(items):
                text = what + (f" ({status})" if status else "") + (f"\n{where}" if where else "")
                rows.append([base.para(label if position == 0 else "", "CellBold"), base.para(when, "Cell"),
                             base.para(text, "Cell")])
        table = Table(rows, colWidths=[0.25 * width, 0.25 * width, 0.5 * width], repeatRows=1)
        table.setStyle(base.table_style(zebra=False, extra=day_rules))
        story.append(table)
    return base.build_document(path, title=title, subtitle=subtitle, lang=lang, story=story)
