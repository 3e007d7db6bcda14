"""The call sheet ("Opkaldsliste"): per principal, the open messages first — flags, message, call-back time —
then the day's calls. ``report calls [--principal NAME] [DATE]``."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from opsassistant.db.models import Call, Principal
from opsassistant.i18n.formatting import (
    format_date,
    format_datetime,
    format_duration,
    format_full_date_with_week,
    format_time,
)
from opsassistant.i18n.messages import Translator, translate
from opsassistant.services import principals as principal_service
from opsassistant.services.calls.queries import day_bounds, local_zone
from opsassistant.services.phones import format_for_reading as reading


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


FLAG_LABELS = {
    "telephoned": QT_TRANSLATE_NOOP("CallSheet", "Telephoned"),
    "please_call": QT_TRANSLATE_NOOP("CallSheet", "Please call back"),
    "will_call_again": QT_TRANSLATE_NOOP("CallSheet", "Will call again"),
    "returned_call": QT_TRANSLATE_NOOP("CallSheet", "Returned your call"),
    "came_to_see": QT_TRANSLATE_NOOP("CallSheet", "Came to see you"),
    "urgent": QT_TRANSLATE_NOOP("CallSheet", "Urgent"),
}
DIRECTION_LABELS = {"in": QT_TRANSLATE_NOOP("CallSheet", "Incoming"),
                    "out": QT_TRANSLATE_NOOP("CallSheet", "Outgoing"),
                    "missed": QT_TRANSLATE_NOOP("CallSheet", "Missed")}


def _t(source: str, lang: str) -> str:
    return translate("CallSheet", source, lang=lang)


def flag_texts(call: Call, lang: str) -> list[str]:
    return [_t(label, lang) for flag, label in FLAG_LABELS.items() if getattr(call, flag)]


def _caller(call: Call, lang: str) -> str:
    t = Translator(lang)
    name = call.name or (t.translate("CallSheet", "Withheld number") if not call.typed_number else "")
    parts = [name, call.company, reading(call.e164, call.typed_number)]
    return "\n".join(p for p in parts if p)


def _target_day(target: str | None) -> date:
    if not target:
        return datetime.now(UTC).astimezone().date()
    try:
        return date.fromisoformat(target)
    except ValueError as exc:
        from opsassistant.errors import UserError as CommandError

        raise CommandError(translate("CallSheet", "“{text}” is not a date. Use YYYY-MM-DD.").format(
            text=target)) from exc


def _open(principal_id: int | None):
    """Open call-backs of a principal (None: not assigned), overdue first as ``open_callbacks`` orders them,
    read as they are printed."""
    alive = Call.alive().where(Call.status == "open")
    alive = alive.where(Call.principal.is_null() if principal_id is None else Call.principal == principal_id)
    yield from alive.where(Call.callback_by_utc.is_null(False)).order_by(Call.callback_by_utc, Call.when_utc).iterator()
    yield from alive.where(Call.callback_by_utc.is_null()).order_by(Call.when_utc).iterator()


def _on_day(day: date, principal_id: int | None, zone: str):
    """The day's calls of a principal (None: not assigned), as ``calls_on`` orders them, read as printed."""
    start, end = day_bounds(day, zone)
    query = Call.alive().where(Call.when_utc >= start, Call.when_utc < end)
    query = query.where(Call.principal.is_null() if principal_id is None else Call.principal == principal_id)
    return query.order_by(Call.when_utc, Call.id).iterator()


def _groups(day: date, principal: Principal | None, zone: str) -> list[tuple[Principal | None, bool, bool]]:
    """(principal, has open messages, has calls that day); "not assigned" only when it has either."""
    people = [principal] if principal else [*principal_service.list_principals(), None]
    groups = []
    for person in people:
        pid = person.id if person else None
        has_open = next(_open(pid), None) is not None
        has_calls = next(_on_day(day, pid, zone), None) is not None
        if person is None and not has_open and not has_calls:
            continue
        groups.append((person, has_open, has_calls))
    return groups


def build(target: str | None, path: Path | str, *, lang: str, principal: str | None = None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    from opsassistant.reports import base
    from opsassistant.reports.stream_table import StreamTable

    t = Translator(lang)
    chosen = None
    if principal:
        chosen = principal_service.find_by_name(principal)
        if chosen is None:
            from opsassistant.errors import UserError as CommandError

            raise CommandError(t.translate("CallSheet", "There is no principal called “{name}”.")
                               .format(name=principal))
    day = _target_day(target)
    zone = chosen.home_timezone if chosen else local_zone()
    now = datetime.now(UTC)
    sheet = base.styles()
    head_style = ParagraphStyle("CallSheetHead", parent=sheet["CellBold"], textColor=base.ACCENT)

    def head(text: str) -> Paragraph:
        return base.Para(base.escape(text), head_style)

    title = t.translate("CallSheet", "Call sheet")
    subtitle = format_full_date_with_week(day, lang)
    width = base.usable_width()
    groups = _groups(day, chosen, zone)
    overdue_text = t.translate("CallSheet", "Overdue")

    def open_row(call: Call):
        deadline = base.escape(format_datetime(call.callback_by_utc, call.timezone, lang)
                               if call.callback_by_utc else t.translate("CallSheet", "As soon as possible"))
        extra: tuple = ()
        if call.callback_by_utc and call.callback_by_utc < now:
            deadline += f'<br/><font color="#B00020"><b>{base.escape(overdue_text)}</b></font>'
            extra = (("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#FDECEA")),)
        flags = " · ".join(flag_texts(call, lang))
        text = ([base.para(flags, "CellBold")] if flags else []) + [base.para(call.message, "Cell")]
        style = "CellBold" if call.urgent else "Cell"
        return [base.Para(deadline, sheet[style]), base.para(_caller(call, lang), "Cell"), text,
                base.Para(base.escape(format_datetime(call.when_utc, call.timezone, lang)), sheet["Cell"])], extra

    def day_row(call: Call):
        local = call.when_utc.astimezone(ZoneInfo(call.timezone))
        message = call.message
        if call.duration_seconds:
            message = f"{message}\n({format_duration(call.duration_seconds, lang)})".strip()
        status = t.translate("CallSheet", "Open") if call.status == "open" else t.translate("CallSheet", "Done")
        return [format_time(local, lang), _t(DIRECTION_LABELS.get(call.direction, "Incoming"), lang),
                base.para(_caller(call, lang), "Cell"), base.para(message, "Cell"), status], ()

    def story():
        yield base.para(title, "Title")
        yield base.para(subtitle, "Subtitle")
        if not groups:
            yield base.para(t.translate("CallSheet", "No principals yet."), "Muted")
        for person, has_open, has_calls in groups:
            pid = person.id if person else None
            heading = person.name if person else t.translate("CallSheet", "Not assigned")
            yield base.para(heading, "Heading")
            yield base.para(t.translate("CallSheet", "Open messages"), "CellBold")
            if has_open:
                header = [head(t.translate("CallSheet", "Call back by")), head(t.translate("CallSheet", "From")),
                          head(t.translate("CallSheet", "Message")), head(t.translate("CallSheet", "Taken"))]
                yield StreamTable(header, (open_row(call) for call in _open(pid)),
                                  [width * 0.2, width * 0.26, width * 0.36, width * 0.18])
            else:
                yield base.para(t.translate("CallSheet", "No open messages."), "Muted")
            yield Spacer(1, 6)
            calls_on_text = t.translate("CallSheet", "Calls on {date}")
            yield base.para(calls_on_text.format(date=format_date(day, "long", lang)), "CellBold")
            if has_calls:
                header = [head(t.translate("CallSheet", "Time")), head(t.translate("CallSheet", "Direction")),
                          head(t.translate("CallSheet", "Caller")), head(t.translate("CallSheet", "Message")),
                          head(t.translate("CallSheet", "Status"))]
                yield StreamTable(header, (day_row(call) for call in _on_day(day, pid, zone)),
                                  [width * 0.1, width * 0.14, width * 0.3, width * 0.34, width * 0.12])
            else:
                yield base.para(t.translate("CallSheet", "No calls."), "Muted")
            yield Spacer(1, 10)

    return base.build_document(path, title=title, subtitle=subtitle, lang=lang, story=story())
