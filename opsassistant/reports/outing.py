"""``report outing ID``: the plan (programme, venue, participants with their replies, tasks) and the expense
statement (lines, VAT per rate, totals, reimbursements owed), in the language chosen for the report."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from opsassistant.db.models import Outing, Principal
from opsassistant.i18n.formatting import (
    format_date,
    format_datetime,
    format_full_date,
    format_money,
    format_time,
)
from opsassistant.i18n.messages import Translator
from opsassistant.services.outings import editing, expenses, participants, tasks
from opsassistant.services.outings.constants import (
    category_label,
    kind_label,
    paid_by_label,
    rsvp_label,
    status_label,
)


def _outing(target: str | None, lang: str) -> Outing:
    from opsassistant.errors import UserError as CommandError

    text = (target or "").strip()
    if not text.isdigit():
        raise CommandError(Translator(lang).translate("OutingReport", "Give the number of the outing, e.g. “report outing 12”."))
    outing = Outing.alive().where(Outing.id == int(text)).first()
    if outing is None:
        raise CommandError(Translator(lang).translate("OutingReport", "There is no outing number {id}.").format(id=text))
    return outing


def number(value: Decimal, lang: str) -> str:
    """An exact decimal (a rate) as the language writes it, every digit kept: ``7,4603``."""
    from babel.numbers import format_decimal

    from opsassistant.i18n.language import babel_locale

    digits = max(-Decimal(value).normalize().as_tuple().exponent, 0)
    return format_decimal(value, format=f"#,##0.{'#' * digits}" if digits else "#,##0", locale=babel_locale(lang))


def percent(rate: Decimal, lang: str) -> str:
    return f"{number(rate, lang)} %"


def when_text(outing: Outing, lang: str) -> str:
    zone = ZoneInfo(outing.timezone)
    start, end = outing.start_utc.astimezone(zone), outing.end_utc.astimezone(zone)
    if start.date() == end.date():
        return f"{format_full_date(start.date(), lang)} {format_time(start, lang)}–{format_time(end, lang)}"
    return f"{format_datetime(start, lang=lang)} – {format_datetime(end, lang=lang)}"


def build(target: str | None, path: Path | str, *, lang: str, principal: str | None = None) -> Path:
    from opsassistant.reports import base

    outing = _outing(target, lang)
    story = [base.para(outing.title, "Title"),
             base.para(f"{kind_label(outing.kind, lang)} · {when_text(outing, lang)}", "Subtitle")]
    story += _plan(outing, lang)
    story += _statement(outing, lang)
    from opsassistant.reports.entertainment_section import section

    story += section(outing.id, outing.currency, lang)
    title = Translator(lang).translate("OutingReport", "Outing: %1").replace("%1", outing.title)
    return base.build_document(path, title=title, subtitle=kind_label(outing.kind, lang), lang=lang, story=story)


def _table(rows, widths, *, extra=(), header=True):
    from opsassistant.reports import base

    table = base.table(rows, [base.usable_width() * w for w in widths], repeat_rows=1 if header else 0,
                       style=base.table_style(header=header, extra=list(extra)))
    table.hAlign = "LEFT"
    return table


def _head(labels: list[str], *, right: tuple[int, ...] = ()) -> list:
    from opsassistant.reports import base

    return base.header_cells(labels, right=right)


def _cell(text: object, style: str = "Cell", *, right: bool = False):
    from opsassistant.reports import base

    if right:
        from reportlab.lib.enums import TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        return base.para(text, ParagraphStyle(f"{style}Right", parent=base.styles()[style], alignment=TA_RIGHT))
    return base.para(text, style)


def _plan(outing: Outing, lang: str) -> list:
    from reportlab.platypus import Spacer

    from opsassistant.reports import base

    zone = ZoneInfo(outing.timezone)
    organiser = Principal.get_or_none(Principal.id == outing.organiser_id) if outing.organiser_id else None
    venue = outing.venue
    contact = editing.venue_contact_name(outing)
    if contact and contact != venue:
        venue = f"{venue} ({contact})" if venue else contact
    details = [
        [Translator(lang).translate("OutingReport", "When"), _cell(when_text(outing, lang))],
        [Translator(lang).translate("OutingReport", "Venue"), _cell(venue or "–")],
        [Translator(lang).translate("OutingReport", "Organiser"), _cell(organiser.name if organiser else "–")],
        [Translator(lang).translate("OutingReport", "Status"), _cell(status_label(outing.status, lang))],
        [Translator(lang).translate("OutingReport", "Budget"), _cell(format_money(outing.budget_minor, outing.currency, lang))],
    ]
    story: list = [_table(details, (0.22, 0.78), header=False)]
    if outing.description:
        story += [Spacer(1, 4), base.para(outing.description)]

    story.append(base.para(Translator(lang).translate("OutingReport", "Programme"), "Heading"))
    items = editing.programme_of(outing.id)
    if items:
        rows = [_head([Translator(lang).translate("OutingReport", "Time"), Translator(lang).translate("OutingReport", "Item"), Translator(lang).translate("OutingReport", "Notes")])]
        for item in items:
            local = item.start_utc.astimezone(zone) if item.start_utc else None
            shown = ""
            if local is not None:
                shown = format_time(local, lang) if local.date() == outing.start_utc.astimezone(zone).date() \
                    else format_datetime(local, lang=lang)
            rows.append([shown, _cell(item.title), _cell(item.notes)])
        story.append(_table(rows, (0.16, 0.42, 0.42)))
    else:
        story.append(base.para(Translator(lang).translate("OutingReport", "No programme yet."), "Muted"))

    story.append(base.para(Translator(lang).translate("OutingReport", "Participants"), "Heading"))
    people = participants.of_outing(outing.id)
    if people:
        story.append(base.para(participants.count_summary(outing.id, lang=lang), "Muted"))
        rows = [_head([Translator(lang).translate("OutingReport", "Name"), Translator(lang).translate("OutingReport", "Reply"), Translator(lang).translate("OutingReport", "Dietary needs"), Translator(lang).translate("OutingReport", "Notes")])]
        rows += [[_cell(p.name), rsvp_label(p.rsvp, lang), _cell(p.dietary), _cell(p.notes)] for p in people]
        story.append(_table(rows, (0.32, 0.16, 0.24, 0.28)))
    else:
        story.append(base.para(Translator(lang).translate("OutingReport", "No participants yet."), "Muted"))

    story.append(base.para(Translator(lang).translate("OutingReport", "Tasks"), "Heading"))
    checklist = tasks.of_outing(outing.id)
    if checklist:
        today = datetime.now(UTC).astimezone(zone).date()
        rows = [_head(["", Translator(lang).translate("OutingReport", "Task"), Translator(lang).translate("OutingReport", "Due")])]
        extra = []
        for index, task in enumerate(checklist, start=1):
            due = format_date(task.due_date, "short", lang) if task.due_date else ""
            if tasks.is_overdue(task, today):
                due += " – " + Translator(lang).translate("OutingReport", "overdue")
                extra.append(("TEXTCOLOR", (2, index), (2, index), "#B00020"))
            rows.append(["☑" if task.done else "☐", _cell(task.title), due])
        story.append(_table(rows, (0.06, 0.64, 0.30), extra=extra))
    else:
        story.append(base.para(Translator(lang).translate("OutingReport", "No tasks."), "Muted"))
    return story


def _statement(outing: Outing, lang: str) -> list:
    from reportlab.platypus import CondPageBreak

    from opsassistant.reports import base

    cur = outing.currency

    def money(value: int | None, currency: str = cur) -> str:
        return "–" if value is None else format_money(value, currency, lang)

    story: list = [CondPageBreak(60), base.para(Translator(lang).translate("OutingReport", "Expense statement"), "Heading")]
    lines = expenses.of_outing(outing.id)
    totals = expenses.totals_for(outing.id, lines)
    right = [("ALIGN", (4, 0), (-1, -1), "RIGHT")]
    if lines:
        rows = [_head([Translator(lang).translate("OutingReport", "Date"), Translator(lang).translate("OutingReport", "Description"), Translator(lang).translate("OutingReport", "Category"), Translator(lang).translate("OutingReport", "Paid by"),
                       Translator(lang).translate("OutingReport", "Amount"), Translator(lang).translate("OutingReport", "VAT rate"), Translator(lang).translate("OutingReport", "VAT")],
                      right=(4, 5, 6))]
        for e in lines:
            item = expenses.line(e)
            description = e.description + (f"\n{e.supplier}" if e.supplier else "")
            if e.receipt_reference or e.receipt_file:
                receipt = e.receipt_reference or Path(e.receipt_file).name
                description += "\n" + Translator(lang).translate("OutingReport", "Receipt: %1").replace("%1", receipt)
            amount = money(item.converted(cur))
            if e.currency != cur:
                signed = -e.amount_minor if e.is_refund else e.amount_minor
                amount += f"\n({money(signed, e.currency)} à {number(e.exchange_rate, lang)})"
            paid = paid_by_label(e.paid_by, lang) + (f"\n{e.paid_by_name}" if e.paid_by_name else "")
            if e.is_refund:
                description = Translator(lang).translate("OutingReport", "Refund: %1").replace("%1", description)
            rows.append([format_date(e.date, "short", lang), _cell(description), category_label(e.category, lang),
                         _cell(paid), _cell(amount, right=True), percent(e.vat_rate, lang), money(item.vat(cur))])
        rows.append(["", _cell(Translator(lang).translate("OutingReport", "Total"), "CellBold"), "", "", _cell(money(totals.spent_minor), "CellBold", right=True),
                     "", money(totals.vat_minor)])
        last = len(rows) - 1
        story.append(_table(rows, (0.12, 0.22, 0.12, 0.13, 0.15, 0.12, 0.14),
                            extra=right + [("LINEABOVE", (0, last), (-1, last), 0.75, base.ACCENT),
                                           ("FONTNAME", (0, last), (-1, last), base.FONT_BOLD)]))

        story.append(base.para(Translator(lang).translate("OutingReport", "VAT per rate"), "Heading"))
        rows = [_head([Translator(lang).translate("OutingReport", "VAT rate"), Translator(lang).translate("OutingReport", "Amount incl. VAT"), Translator(lang).translate("OutingReport", "VAT"), Translator(lang).translate("OutingReport", "Amount excl. VAT")],
                      right=(1, 2, 3))]
        for rate, group in totals.by_rate.items():
            rows.append([percent(rate, lang), money(group.gross_minor), money(group.vat_minor),
                         money(group.net_minor)])
        rows.append([Translator(lang).translate("OutingReport", "Total"), money(totals.spent_minor), money(totals.vat_minor), money(totals.net_minor)])
        last = len(rows) - 1
        story.append(_table(rows, (0.25, 0.25, 0.25, 0.25),
                            extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                   ("FONTNAME", (0, last), (-1, last), base.FONT_BOLD),
                                   ("LINEABOVE", (0, last), (-1, last), 0.75, base.ACCENT)]))
    else:
        story.append(base.para(Translator(lang).translate("OutingReport", "No expenses yet."), "Muted"))

    story.append(base.para(Translator(lang).translate("OutingReport", "Totals"), "Heading"))
    per = Translator(lang).translate("OutingReport", "Per participant ({n} accepted)").format(n=totals.accepted)
    rows = [[Translator(lang).translate("OutingReport", "Budget"), money(totals.budget_minor)],
            [Translator(lang).translate("OutingReport", "Spent"), money(totals.spent_minor)],
            [Translator(lang).translate("OutingReport", "Remaining"), money(totals.remaining_minor)],
            [per, money(totals.per_participant_minor)],
            [Translator(lang).translate("OutingReport", "VAT in total"), money(totals.vat_minor)]]
    extra = [("ALIGN", (1, 0), (1, -1), "RIGHT")]
    if totals.remaining_minor < 0:
        extra.append(("TEXTCOLOR", (1, 2), (1, 2), "#B00020"))
    story.append(_table(rows, (0.5, 0.3), extra=extra, header=False))

    story.append(base.para(Translator(lang).translate("OutingReport", "Reimbursements owed"), "Heading"))
    if totals.owed:
        rows = [_head([Translator(lang).translate("OutingReport", "To"), Translator(lang).translate("OutingReport", "Amount")], right=(1,))]
        rows += [[_cell(name), money(value)] for name, value in totals.owed.items()]
        story.append(_table(rows, (0.5, 0.3), extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    else:
        story.append(base.para(Translator(lang).translate("OutingReport", "Nobody is owed anything."), "Muted"))
    return story
