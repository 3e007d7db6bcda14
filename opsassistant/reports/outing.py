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
from opsassistant.i18n.messages import translate
from opsassistant.services.outings import editing, expenses, participants, tasks
from opsassistant.services.outings.constants import (
    category_label,
    kind_label,
    paid_by_label,
    rsvp_label,
    status_label,
)


def _t(source: str, lang: str, disambiguation: str | None = None) -> str:
    return translate("OutingReport", source, disambiguation, lang=lang)


def _outing(target: str | None, lang: str) -> Outing:
    from opsassistant.cli import CommandError

    text = (target or "").strip()
    if not text.isdigit():
        raise CommandError(_t("Give the number of the outing, e.g. \u201creport outing 12\u201d.", lang))
    outing = Outing.alive().where(Outing.id == int(text)).first()
    if outing is None:
        raise CommandError(_t("There is no outing number {id}.", lang).format(id=text))
    return outing


def percent(rate: Decimal, lang: str) -> str:
    from babel.numbers import format_decimal

    from opsassistant.i18n.language import babel_locale

    return f"{format_decimal(rate, locale=babel_locale(lang))} %"


def when_text(outing: Outing, lang: str) -> str:
    zone = ZoneInfo(outing.timezone)
    start, end = outing.start_utc.astimezone(zone), outing.end_utc.astimezone(zone)
    if start.date() == end.date():
        return f"{format_full_date(start.date(), lang)} {format_time(start, lang)}\u2013{format_time(end, lang)}"
    return f"{format_datetime(start, lang=lang)} \u2013 {format_datetime(end, lang=lang)}"


def build(target: str | None, path: Path | str, *, lang: str, principal: str | None = None) -> Path:
    from opsassistant.reports import base

    outing = _outing(target, lang)
    story = [base.para(outing.title, "Title"),
             base.para(f"{kind_label(outing.kind, lang)} \u00b7 {when_text(outing, lang)}", "Subtitle")]
    story += _plan(outing, lang)
    story += _statement(outing, lang)
    title = f"{_t('Outing', lang)}: {outing.title}"
    return base.build_document(path, title=title, subtitle=kind_label(outing.kind, lang), lang=lang, story=story)


def _table(rows, widths, *, extra=(), header=True):
    from reportlab.platypus import Table

    from opsassistant.reports import base

    table = Table(rows, colWidths=[base.usable_width() * w for w in widths], repeatRows=1 if header else 0)
    table.setStyle(base.table_style(header=header, extra=list(extra)))
    return table


def _cell(text: object, style: str = "Cell"):
    from opsassistant.reports import base

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
        [_t("When", lang), _cell(when_text(outing, lang))],
        [_t("Venue", lang), _cell(venue or "\u2013")],
        [_t("Organiser", lang), _cell(organiser.name if organiser else "\u2013")],
        [_t("Status", lang), _cell(status_label(outing.status, lang))],
        [_t("Budget", lang), _cell(format_money(outing.budget_minor, outing.currency, lang))],
    ]
    story: list = [_table(details, (0.22, 0.78), header=False)]
    if outing.description:
        story += [Spacer(1, 4), base.para(outing.description)]

    story.append(base.para(_t("Programme", lang), "Heading"))
    items = editing.programme_of(outing.id)
    if items:
        rows = [[_t("Time", lang), _t("Item", lang), _t("Notes", lang)]]
        for item in items:
            local = item.start_utc.astimezone(zone) if item.start_utc else None
            shown = ""
            if local is not None:
                shown = format_time(local, lang) if local.date() == outing.start_utc.astimezone(zone).date() \
                    else format_datetime(local, lang=lang)
            rows.append([shown, _cell(item.title), _cell(item.notes)])
        story.append(_table(rows, (0.16, 0.42, 0.42)))
    else:
        story.append(base.para(_t("No programme yet.", lang), "Muted"))

    story.append(base.para(_t("Participants", lang), "Heading"))
    people = participants.of_outing(outing.id)
    if people:
        story.append(base.para(participants.count_summary(outing.id, lang=lang), "Muted"))
        rows = [[_t("Name", lang), _t("Reply", lang), _t("Dietary needs", lang), _t("Notes", lang)]]
        rows += [[_cell(p.name), rsvp_label(p.rsvp, lang), _cell(p.dietary), _cell(p.notes)] for p in people]
        story.append(_table(rows, (0.32, 0.16, 0.24, 0.28)))
    else:
        story.append(base.para(_t("No participants yet.", lang), "Muted"))

    story.append(base.para(_t("Tasks", lang), "Heading"))
    checklist = tasks.of_outing(outing.id)
    if checklist:
        today = datetime.now(UTC).astimezone(zone).date()
        rows = [["", _t("Task", lang), _t("Due", lang)]]
        extra = []
        for index, task in enumerate(checklist, start=1):
            due = format_date(task.due_date, "medium", lang) if task.due_date else ""
            if tasks.is_overdue(task, today):
                due += f" \u2013 {_t('overdue', lang)}"
                extra.append(("TEXTCOLOR", (2, index), (2, index), "#B00020"))
            rows.append(["\u2611" if task.done else "\u2610", _cell(task.title), due])
        story.append(_table(rows, (0.06, 0.64, 0.30), extra=extra))
    else:
        story.append(base.para(_t("No tasks.", lang), "Muted"))
    return story


def _statement(outing: Outing, lang: str) -> list:
    from reportlab.platypus import CondPageBreak

    from opsassistant.reports import base

    cur = outing.currency

    def money(value: int | None, currency: str = cur) -> str:
        return "\u2013" if value is None else format_money(value, currency, lang)

    story: list = [CondPageBreak(60), base.para(_t("Expense statement", lang), "Heading")]
    lines = expenses.of_outing(outing.id)
    totals = expenses.totals_for(outing.id, lines)
    right = [("ALIGN", (4, 0), (-1, -1), "RIGHT")]
    if lines:
        rows = [[_t("Date", lang), _t("Description", lang), _t("Category", lang), _t("Paid by", lang),
                 _t("Amount", lang), _t("VAT rate", lang), _t("VAT", lang)]]
        for e in lines:
            item = expenses.line(e)
            description = e.description + (f"\n{e.supplier}" if e.supplier else "")
            if e.receipt_reference or e.receipt_file:
                description += f"\n{_t('Receipt', lang)}: {e.receipt_reference or Path(e.receipt_file).name}"
            amount = money(item.converted(cur))
            if e.currency != cur:
                signed = -e.amount_minor if e.is_refund else e.amount_minor
                amount += f"\n({money(signed, e.currency)} \u00e0 {e.exchange_rate})"
            paid = paid_by_label(e.paid_by, lang) + (f"\n{e.paid_by_name}" if e.paid_by_name else "")
            if e.is_refund:
                description = f"{_t('Refund', lang)}: {description}"
            rows.append([format_date(e.date, "short", lang), _cell(description), category_label(e.category, lang),
                         _cell(paid), _cell(amount), percent(e.vat_rate, lang), money(item.vat(cur))])
        rows.append(["", _cell(_t("Total", lang), "CellBold"), "", "", _cell(money(totals.spent_minor), "CellBold"),
                     "", money(totals.vat_minor)])
        last = len(rows) - 1
        story.append(_table(rows, (0.11, 0.27, 0.11, 0.14, 0.17, 0.09, 0.11),
                            extra=right + [("LINEABOVE", (0, last), (-1, last), 0.75, base.ACCENT)]))

        story.append(base.para(_t("VAT per rate", lang), "Heading"))
        rows = [[_t("VAT rate", lang), _t("Amount incl. VAT", lang), _t("VAT", lang), _t("Amount excl. VAT", lang)]]
        for rate, group in totals.by_rate.items():
            rows.append([percent(rate, lang), money(group.gross_minor), money(group.vat_minor),
                         money(group.net_minor)])
        rows.append([_t("Total", lang), money(totals.spent_minor), money(totals.vat_minor), money(totals.net_minor)])
        last = len(rows) - 1
        story.append(_table(rows, (0.25, 0.25, 0.25, 0.25),
                            extra=[("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                   ("FONTNAME", (0, last), (-1, last), base.FONT_BOLD),
                                   ("LINEABOVE", (0, last), (-1, last), 0.75, base.ACCENT)]))
    else:
        story.append(base.para(_t("No expenses yet.", lang), "Muted"))

    story.append(base.para(_t("Totals", lang), "Heading"))
    per = _t("Per participant ({n} accepted)", lang).format(n=totals.accepted)
    rows = [[_t("Budget", lang), money(totals.budget_minor)],
            [_t("Spent", lang), money(totals.spent_minor)],
            [_t("Remaining", lang), money(totals.remaining_minor)],
            [per, money(totals.per_participant_minor)],
            [_t("VAT in total", lang), money(totals.vat_minor)]]
    extra = [("ALIGN", (1, 0), (1, -1), "RIGHT")]
    if totals.remaining_minor < 0:
        extra.append(("TEXTCOLOR", (1, 2), (1, 2), "#B00020"))
    story.append(_table(rows, (0.5, 0.3), extra=extra, header=False))

    story.append(base.para(_t("Reimbursements owed", lang), "Heading"))
    if totals.owed:
        rows = [[_t("To", lang), _t("Amount", lang)]]
        rows += [[_cell(name), money(value)] for name, value in totals.owed.items()]
        story.append(_table(rows, (0.5, 0.3), extra=[("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    else:
        story.append(base.para(_t("Nobody is owed anything.", lang), "Muted"))
    return story
