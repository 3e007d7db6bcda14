"""iTIP (RFC 5546) messages: the organizer's REQUEST and CANCEL, an attendee's REPLY, and reading them back.

Written so Outlook, Google and Thunderbird take them: METHOD on the VCALENDAR (and, in the mail, on the
``text/calendar`` part), one ATTENDEE line per person, ORGANIZER with the assistant as ``SENT-BY``, a SEQUENCE
on every message, a VTIMEZONE for every zone used.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from opsassistant.db.models.base import utcnow
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.interop import ical_write as w
from opsassistant.interop.ical_parse import Component, parse
from opsassistant.interop.result import ImportResult
from opsassistant.services.calendar import answers
from opsassistant.services.mail.invitations import Instance, Person, Plan

PARTSTATS = {"accepted": "ACCEPTED", "declined": "DECLINED", "tentative": "TENTATIVE",
             "needs-action": "NEEDS-ACTION"}


def _mailto(address: str) -> str:
    return f"mailto:{address}"


def _organizer(organizer: Person, sent_by: str) -> str:
    params = {"CN": organizer.name} if organizer.name else {}
    if sent_by and sent_by.casefold() != organizer.email.casefold():
        params["SENT_BY"] = _mailto(sent_by)
    return w.prop("ORGANIZER", _mailto(organizer.email), **params)


def _attendee(person: Person, partstat: str, *, rsvp: bool) -> str:
    params = {"CN": person.name} if person.name else {}
    params.update(ROLE="REQ-PARTICIPANT", PARTSTAT=partstat)
    if rsvp:
        params["RSVP"] = "TRUE"
    return w.prop("ATTENDEE", _mailto(person.email), **params)


def _times(plan: Plan) -> list[str]:
    info = plan.event
    if info.all_day:
        return [w.dt_prop("DTSTART", info.start), w.dt_prop("DTEND", info.end)]
    return [w.dt_prop("DTSTART", info.start, info.start_timezone), w.dt_prop("DTEND", info.end, info.end_timezone)]


def _years(plan: Plan) -> tuple[int, int]:
    moments = [plan.event.start, plan.event.end] + [m for i in plan.event.instances for m in (i.start, i.end)]
    first = min(m.year for m in moments)
    return first, max(max(m.year for m in moments), first + 1)


def _people(plan: Plan) -> list[str]:
    lines = []
    for person in plan.attendees:
        if plan.method == "REQUEST":
            status = "NEEDS-ACTION" if plan.update else PARTSTATS.get(person.status, "NEEDS-ACTION")
            lines.append(_attendee(person, status, rsvp=True))
        else:
            lines.append(_attendee(person, "NEEDS-ACTION", rsvp=False))
    return lines


def _instance(plan: Plan, instance: Instance, sent_by: str, stamp: str) -> list[str]:
    """An edited occurrence as its own VEVENT (RFC 5545 §3.8.4.4, RFC 5546 §3.2.2: RECURRENCE-ID 0 or 1)."""
    info = plan.event
    rid = w.dt_prop("RECURRENCE-ID", instance.recurrence, None if info.all_day else info.start_timezone)
    if instance.this_and_future:
        rid = rid.replace("RECURRENCE-ID", "RECURRENCE-ID;RANGE=THISANDFUTURE", 1)
    lines = [w.prop("UID", w.escape(info.uid)), w.prop("DTSTAMP", stamp), w.prop("SEQUENCE", str(plan.sequence)),
             rid, w.text_prop("SUMMARY", instance.title)]
    if info.all_day:
        lines += [w.dt_prop("DTSTART", instance.start), w.dt_prop("DTEND", instance.end)]
    else:
        lines += [w.dt_prop("DTSTART", instance.start, instance.start_timezone),
                  w.dt_prop("DTEND", instance.end, instance.end_timezone)]
    if instance.location:
        lines.append(w.text_prop("LOCATION", instance.location))
    if instance.notes:
        lines.append(w.text_prop("DESCRIPTION", instance.notes))
    lines += [_organizer(info.organizer, sent_by), *_people(plan)]
    lines.append(w.prop("STATUS", "CANCELLED" if instance.status == "cancelled" else "CONFIRMED"))
    lines.append(w.prop("TRANSP", "OPAQUE"))
    return w.vevent(lines)


def _exdate_moment(key: str, all_day: bool) -> datetime | date:
    if all_day or len(key) == 10:
        return date.fromisoformat(key[:10])
    return datetime.strptime(key, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def message_text(plan: Plan, sent_by: str) -> str:
    """The whole VCALENDAR of a REQUEST or CANCEL ``plan``; ``sent_by`` is the assistant's address.

    A series' REQUEST carries its removed occurrences (EXDATE) and each edited occurrence as a VEVENT of its own
    with the same UID and a RECURRENCE-ID, the way Outlook and Google send a series with exceptions."""
    if not plan.recipients:
        raise UserError(translate("Invitations", "Nobody needs this message."))
    info = plan.event
    stamp = w.utc_stamp(utcnow())
    lines = [w.prop("UID", w.escape(info.uid)), w.prop("DTSTAMP", stamp),
             w.prop("SEQUENCE", str(plan.sequence)), w.text_prop("SUMMARY", info.title), *_times(plan)]
    if info.location:
        lines.append(w.text_prop("LOCATION", info.location))
    if info.notes and plan.method == "REQUEST":
        lines.append(w.text_prop("DESCRIPTION", info.notes))
    if info.rrule:
        lines.append(w.prop("RRULE", info.rrule))
        if info.exdates and plan.method == "REQUEST":
            moments = [_exdate_moment(k, info.all_day) for k in info.exdates]
            lines.append(w.dt_list_prop("EXDATE", moments, None if info.all_day else info.start_timezone))
    lines.append(_organizer(info.organizer, sent_by))
    lines += _people(plan)
    lines.append(w.prop("STATUS", "CANCELLED" if plan.method == "CANCEL" else "CONFIRMED"))
    lines.append(w.prop("TRANSP", "OPAQUE"))
    events = [w.vevent(lines)]
    zones = [] if info.all_day else [info.start_timezone, info.end_timezone]
    if plan.method == "REQUEST" and info.rrule:
        for instance in info.instances:
            events.append(_instance(plan, instance, sent_by, stamp))
            if not info.all_day:
                zones += [instance.start_timezone, instance.end_timezone]
    return w.calendar_text(events, list(dict.fromkeys(zones)), _years(plan), method=plan.method)


# --- incoming -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Incoming:
    """One VEVENT of an iTIP message as read from a file."""

    method: str
    uid: str
    summary: str
    sequence: int
    recurrence_id: str  # the raw RECURRENCE-ID line value, "" when the whole event is meant
    organizer: Person
    attendees: tuple[Person, ...]
    start_text: str  # DTSTART as written (for showing the user what they answer)
    line: int


def _address(value: str) -> str:
    return value.split(":", 1)[1].strip() if value.lower().startswith("mailto:") else ""


def _status(params: dict[str, str]) -> str:
    return params.get("PARTSTAT", "NEEDS-ACTION").strip().lower()


def method_of(text: str) -> str:
    """The METHOD of the first VCALENDAR ("" when it has none; an unreadable file reads as "")."""
    try:
        roots = parse(text)
    except ValueError:
        return ""
    for cal in roots:
        if cal.name == "VCALENDAR":
            return cal.text("METHOD").strip().upper()
    return ""


def read(text: str) -> list[Incoming]:
    try:
        roots = parse(text)
    except ValueError:
        raise UserError(translate("Invitations", "The file is not a complete iCalendar file.")) from None
    found = []
    for cal in (r for r in roots if r.name == "VCALENDAR"):
        method = cal.text("METHOD").strip().upper()
        for comp in (c for c in cal.children if c.name == "VEVENT"):
            found.append(_incoming(method, comp))
    return found


def _incoming(method: str, comp: Component) -> Incoming:
    organizer = comp.get("ORGANIZER")
    org = Person(organizer.params.get("CN", "").strip(), _address(organizer.value)) if organizer else Person("", "")
    people = tuple(Person(p.params.get("CN", "").strip(), _address(p.value), _status(p.params))
                   for p in comp.all("ATTENDEE"))
    try:
        sequence = int(comp.text("SEQUENCE", "0").strip() or 0)
    except ValueError:
        sequence = 0
    rid = comp.get("RECURRENCE-ID")
    start = comp.get("DTSTART")
    return Incoming(method, comp.text("UID").strip(), comp.text("SUMMARY").strip(), sequence,
                    rid.value.strip() if rid else "", org, people, start.value if start else "", comp.line)


def _read_file(path: Path) -> str:
    raw = Path(path).read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def is_reply(path: Path | str) -> bool:
    """True for an .ics whose METHOD is REPLY: the import entry hands such files to :func:`import_reply`."""
    return method_of(_read_file(Path(path))) == "REPLY"


HANDLED_HERE = ("REPLY", "COUNTER", "REFRESH")  # an attendee's messages to the organizer (RFC 5546 §3.2)


def is_attendee_message(path: Path | str) -> bool:
    """True for an .ics whose METHOD is REPLY, COUNTER or REFRESH: :func:`import_message` takes it, not the
    calendar import (such a message adds no appointment)."""
    return method_of(_read_file(Path(path))) in HANDLED_HERE


def import_message(path: Path | str) -> ImportResult:
    """A REPLY updates the answers; a COUNTER (a proposed change, RFC 5546 §3.2.7) or a REFRESH (an attendee
    asking for the current invitation, §3.2.6) waits on Today for the user — nothing is changed silently."""
    text = _read_file(Path(path))
    if method_of(text) == "REPLY":
        return import_reply_text(text)
    return keep_for_user(text, account_id=None)


def keep_for_user(text: str, *, account_id: int | None) -> ImportResult:
    """Keep a COUNTER or REFRESH for an appointment here until the user has seen it (Today lists it)."""
    from opsassistant.services.sync import inbox

    result = ImportResult()
    method = method_of(text)
    for item in read(text)[:1]:
        place = translate("ICalImport", "line %1 (%2)").replace("%1", str(item.line)).replace(
            "%2", item.summary or "?")
        if inbox.event_id_of(item.uid) is None:
            result.skip(place, translate("Answers", "The answer is to an appointment that is not in the calendar."))
            continue
        who = item.attendees[0] if item.attendees else None
        if who is None or not who.email:
            result.skip(place, translate("Invitations", "An attendee's answer has no e-mail address."))
            continue
        inbox.keep(account_id=account_id, principal_id=None, uid=item.uid, sequence=item.sequence, method=method,
                   summary=item.summary or inbox.title_of(item.uid), organizer=_shown(who), text=text)
        result.updated += 1
    return result


def _shown(person: Person) -> str:
    return f"{person.name} <{person.email}>" if person.name else person.email


def import_reply(path: Path | str) -> ImportResult:
    """Each attendee's PARTSTAT in a REPLY becomes their answer; what does not fit is skipped with a reason."""
    return import_reply_text(_read_file(Path(path)))


def import_reply_text(text: str) -> ImportResult:
    """:func:`import_reply` for a REPLY held as text (a scheduling inbox object)."""
    result = ImportResult()
    for item in read(text):
        place = translate("ICalImport", "line %1 (%2)").replace("%1", str(item.line)).replace(
            "%2", item.summary or "?")
        if not item.attendees:
            result.skip(place, translate("Invitations", "The answer names no attendee."))
            continue
        for person in item.attendees:
            if not person.email:
                result.skip(place, translate("Invitations", "An attendee's answer has no e-mail address."))
                continue
            try:
                answers.apply(item.uid, person.email, person.status, person.name)
            except UserError as error:
                result.skip(place, str(error))
                continue
            result.updated += 1
    return result


def reply_text(item: Incoming, attendee: Person, status: str, sent_by: str) -> str:
    """The REPLY that answers the REQUEST ``item`` for ``attendee`` (the executive), sent by the assistant."""
    params = {"CN": attendee.name} if attendee.name else {}
    params["PARTSTAT"] = PARTSTATS[status]
    if sent_by and sent_by.casefold() != attendee.email.casefold():
        params["SENT_BY"] = _mailto(sent_by)
    lines = [w.prop("UID", w.escape(item.uid)), w.prop("DTSTAMP", w.utc_stamp(utcnow())),
             w.prop("SEQUENCE", str(item.sequence))]
    if item.recurrence_id:
        lines.append(w.prop("RECURRENCE-ID", item.recurrence_id))
    if item.summary:
        lines.append(w.text_prop("SUMMARY", item.summary))
    org_params = {"CN": item.organizer.name} if item.organizer.name else {}
    lines.append(w.prop("ORGANIZER", _mailto(item.organizer.email), **org_params))
    lines.append(w.prop("ATTENDEE", _mailto(attendee.email), **params))
    year = datetime.now().year
    return w.calendar_text([w.vevent(lines)], [], (year, year), method="REPLY")


def declinecounter_text(item: Incoming, sent_by: str) -> str:
    """The organizer's DECLINECOUNTER (RFC 5546 §3.2.8) to the attendee whose COUNTER ``item`` is: the
    appointment stays as it was. UID, SEQUENCE and RECURRENCE-ID echo the counter-proposal."""
    if not item.attendees or not item.attendees[0].email or not item.organizer.email:
        raise UserError(translate("Invitations", "The counter-proposal names no attendee to answer."))
    lines = [w.prop("UID", w.escape(item.uid)), w.prop("DTSTAMP", w.utc_stamp(utcnow())),
             w.prop("SEQUENCE", str(item.sequence))]
    if item.recurrence_id:
        lines.append(w.prop("RECURRENCE-ID", item.recurrence_id))
    lines.append(_organizer(item.organizer, sent_by))
    who = item.attendees[0]
    lines.append(w.prop("ATTENDEE", _mailto(who.email), **({"CN": who.name} if who.name else {})))
    year = datetime.now().year
    return w.calendar_text([w.vevent(lines)], [], (year, year), method="DECLINECOUNTER")


def start_of(item: Incoming) -> date | datetime | None:
    """DTSTART of an incoming REQUEST, for showing (UTC or floating; TZID'd values read as written)."""
    from opsassistant.interop.ical_parse import parse_date, parse_datetime

    value = item.start_text.strip()
    try:
        return parse_date(value) if len(value) == 8 else parse_datetime(value)[0]
    except (ValueError, IndexError):
        return None
