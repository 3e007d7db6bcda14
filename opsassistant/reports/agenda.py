"""``report agenda [DATE]``: the executive's daily briefing on one A4 page (or more on a busy day)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from opsassistant.i18n.formatting import format_datetime, format_time
from opsassistant.i18n.messages import Translator
from opsassistant.reports.calendar_common import (
    full_date_with_week,
    principal_of,
    status_text,
    target_date,
    when_text,
)
from opsassistant.services.calendar import agenda_data, holidays_
from opsassistant.services.calendar.occurrences import between, home_zone, zone
from opsassistant.services.phones import format_for_reading, parse


def collect(day: date, principal_id: int | None, lang: str, *, unassigned: bool = False) -> dict:
    """The day's data; ``unassigned``: also the appointments that belong to nobody (an imported calendar
    has no principal: the executive's agenda shows them)."""
    tz = zone(home_zone())
    start = datetime.combine(day, time(), tz)
    items = between(start, start + timedelta(days=1), None if unassigned or not principal_id else [principal_id])
    if principal_id and unassigned:
        items = [o for o in items if principal_id in o.principal_ids or not o.principal_ids]
    appointments = []
    for occ in items:
        people = agenda_data.attendees_with_phones(occ.event_id)
        appointments.append({"when": when_text(occ, lang), "title": occ.title, "location": occ.location,
                             "status": status_text(occ, lang), "attendees": people})
    return {
        "day": day,
        "holiday": holidays_.holiday_name(day, lang),
        "appointments": appointments,
        "birthdays": [name for _d, name in agenda_data.birthdays(day, day)],
        "callbacks": agenda_data.open_callbacks(day, principal_id),
    }


def build(target: str | None, path: Path | str, *, lang: str, principal=None) -> Path:
    from reportlab.platypus import Paragraph, Spacer

    from opsassistant.reports import base

    day = target_date(target)
    person = principal_of(principal)
    data = collect(day, person.id if person else None, lang,
                   unassigned=person is not None and person.role == "executive")

    styles = base.styles()
    title = Translator(lang).translate("AgendaReport", "Agenda")
    subtitle = full_date_with_week(day, lang)
    if person is not None:
        subtitle = f"{person.name} · {subtitle}"
    story: list = [Paragraph(base.escape(title), styles["Title"]), Paragraph(base.escape(subtitle), styles["Subtitle"])]
    if data["holiday"]:
        story.append(base.para(Translator(lang).translate("AgendaReport", "Public holiday: %1").replace("%1", data["holiday"]), "Heading"))
    width = base.usable_width()
    story.append(base.para(Translator(lang).translate("AgendaReport", "Appointments"), "Heading"))
    if data["appointments"]:
        rows = [base.header_cells([Translator(lang).translate("AgendaReport", "Time"), Translator(lang).translate("AgendaReport", "Appointment"), Translator(lang).translate("AgendaReport", "Attendees")])]
        for item in data["appointments"]:
            what = item["title"] + (f" ({item['status']})" if item["status"] else "")
            if item["location"]:
                what += "\n" + item["location"]
            people = "\n".join(f"{name} · {phone}" if phone else name for name, phone in item["attendees"])
            rows.append([base.para(item["when"], "Cell"), base.para(what, "Cell"), base.para(people, "Cell")])
        story.append(base.table(rows, [0.2 * width, 0.45 * width, 0.35 * width]))
    else:
        story.append(base.para(Translator(lang).translate("AgendaReport", "No appointments."), "Muted"))
    story.append(Spacer(1, 8))
    story.append(base.para(Translator(lang).translate("AgendaReport", "Birthdays"), "Heading"))
    story.append(base.para(", ".join(data["birthdays"]) if data["birthdays"] else Translator(lang).translate("AgendaReport", "No birthdays today."),
                           "Body" if data["birthdays"] else "Muted"))
    story.append(Spacer(1, 8))
    story.append(base.para(Translator(lang).translate("AgendaReport", "Open call-backs"), "Heading"))
    if data["callbacks"]:
        rows = [base.header_cells([Translator(lang).translate("AgendaReport", "Call back by"), Translator(lang).translate("AgendaReport", "Who"), Translator(lang).translate("AgendaReport", "Number"), Translator(lang).translate("AgendaReport", "Message")])]
        for call in data["callbacks"]:
            by = format_time(call.callback_by, lang) if call.callback_by and call.callback_by.date() == day else (
                format_datetime(call.callback_by, lang=lang) if call.callback_by
                else Translator(lang).translate("AgendaReport", "As soon as possible"))
            who = call.name + (" · " + Translator(lang).translate("AgendaReport", "Urgent") if call.urgent else "")
            number = format_for_reading(parse(call.number).e164, call.number) if call.number.strip() else ""
            rows.append([base.para(by, "Cell"), base.para(who, "Cell"), base.para(number, "Cell"),
                         base.para(call.message, "Cell")])
        story.append(base.table(rows, [0.18 * width, 0.24 * width, 0.2 * width, 0.38 * width]))
    else:
        story.append(base.para(Translator(lang).translate("AgendaReport", "No open call-backs."), "Muted"))
    return base.build_document(path, title=title, subtitle=subtitle, lang=lang, story=story)
