"""Visitors: expected (entered by hand or taken from appointments with external attendees), checked in,
checked out. Every write is one transaction; the records handed out are frozen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from peewee import JOIN

from opsassistant.db.models import Event, EventAttendee, EventPrincipal, Principal, database
from opsassistant.db.models.base import utcnow
from opsassistant.db.models.reception import Visitor
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.home import home_zone


@dataclass(frozen=True)
class VisitorRecord:
    id: int
    name: str
    company: str
    email: str
    host_id: int | None
    host: str
    expected: datetime  # aware, in ``timezone``
    timezone: str
    purpose: str
    language: str
    arrived: datetime | None
    left: datetime | None
    event_id: int | None

    @property
    def in_building(self) -> bool:
        return self.arrived is not None and self.left is None


@dataclass
class VisitorData:
    """``expected``: naive = wall-clock time in ``timezone`` (empty: the office's home zone); aware = that
    moment."""

    name: str
    expected: datetime
    company: str = ""
    email: str = ""
    host_id: int | None = None
    timezone: str = ""
    purpose: str = ""
    language: str = "da"


def _record(row: Visitor) -> VisitorRecord:
    zone = ZoneInfo(row.timezone)
    host = row.host.name if row.host_id else ""
    return VisitorRecord(row.id, row.name, row.company, row.email, row.host_id, host,
                         row.expected_utc.astimezone(zone), row.timezone, row.purpose, row.language,
                         row.arrived_utc.astimezone(zone) if row.arrived_utc else None,
                         row.left_utc.astimezone(zone) if row.left_utc else None, row.event_id)


def validate(data: VisitorData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not data.name.strip():
        problems["name"] = translate("Reception", "Enter the visitor's name.")
    if data.host_id is not None and Principal.get_or_none(Principal.id == data.host_id) is None:
        problems["host"] = translate("Reception", "Unknown host.")
    if data.language not in ("da", "en"):
        problems["language"] = translate("Reception", "Choose Danish or English for the badge.")
    return problems


def save(data: VisitorData, visitor_id: int | None = None) -> VisitorRecord:
    problems = validate(data)
    if problems:
        raise UserError(" ".join(problems.values()))
    expected = data.expected
    zone = data.timezone or home_zone()
    if expected.tzinfo is None:
        expected = expected.replace(tzinfo=ZoneInfo(zone))
    values = {"name": data.name.strip(), "company": data.company.strip(), "email": data.email.strip(),
              "host": data.host_id, "expected_utc": expected.astimezone(UTC), "timezone": zone,
              "purpose": data.purpose.strip(), "language": data.language, "updated_at": utcnow()}
    with database.atomic():
        if visitor_id is None:
            row = Visitor.create(**values)
        else:
            Visitor.update(**values).where(Visitor.id == visitor_id).execute()
            row = Visitor.get_by_id(visitor_id)
    return _record(row)


def get(visitor_id: int) -> VisitorRecord:
    row = Visitor.get_or_none(Visitor.id == visitor_id)
    if row is None:
        raise UserError(translate("Reception", "There is no visitor number {id}.").format(id=visitor_id))
    return _record(row)


def delete(visitor_id: int) -> None:
    Visitor.delete().where(Visitor.id == visitor_id).execute()


def check_in(visitor_id: int, now: datetime | None = None) -> VisitorRecord:
    """Register the arrival (once: a second check-in keeps the first time)."""
    moment = (now or utcnow()).astimezone(UTC)
    with database.atomic():
        Visitor.update(arrived_utc=moment, left_utc=None, updated_at=utcnow()).where(
            (Visitor.id == visitor_id) & Visitor.arrived_utc.is_null()).execute()
    return get(visitor_id)


def check_out(visitor_id: int, now: datetime | None = None) -> VisitorRecord:
    record = get(visitor_id)
    if record.arrived is None:
        raise UserError(translate("Reception", "{name} has not arrived yet.").format(name=record.name))
    moment = (now or utcnow()).astimezone(UTC)
    with database.atomic():
        Visitor.update(left_utc=moment, updated_at=utcnow()).where(
            (Visitor.id == visitor_id) & Visitor.left_utc.is_null()).execute()
    return get(visitor_id)


def undo_check_in(visitor_id: int) -> VisitorRecord:
    Visitor.update(arrived_utc=None, left_utc=None, updated_at=utcnow()).where(Visitor.id == visitor_id).execute()
    return get(visitor_id)


def _query():
    return Visitor.select(Visitor, Principal).join(Principal, JOIN.LEFT_OUTER, on=(Visitor.host == Principal.id))


def _day_bounds(first: date, last: date, zone: str | None) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone or home_zone())
    start = datetime.combine(first, time.min, tz).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, tz).astimezone(UTC)
    return start, end


def between(first: date | None, last: date | None, zone: str | None = None) -> list[VisitorRecord]:
    """Visitors expected from ``first`` to ``last`` (local dates in ``zone``, default the office's; either
    open), soonest first."""
    zone = zone or home_zone()
    query = _query()
    if first is not None:
        query = query.where(Visitor.expected_utc >= _day_bounds(first, first, zone)[0])
    if last is not None:
        query = query.where(Visitor.expected_utc < _day_bounds(last, last, zone)[1])
    return [_record(row) for row in query.order_by(Visitor.expected_utc, Visitor.id)]


def of_day(day: date, zone: str | None = None) -> list[VisitorRecord]:
    """Who is expected on ``day``, plus anyone still in the building from an earlier day."""
    found = {v.id: v for v in between(day, day, zone)}
    for visitor in in_building():
        found.setdefault(visitor.id, visitor)
    return sorted(found.values(), key=lambda v: (v.expected, v.id))


def in_building() -> list[VisitorRecord]:
    """Checked in and not out: the fire-drill roll call."""
    query = (_query().where(Visitor.arrived_utc.is_null(False) & Visitor.left_utc.is_null())
             .order_by(Visitor.arrived_utc, Visitor.id))
    return [_record(row) for row in query]


def from_appointments(day: date, zone: str | None = None) -> int:
    """Expect each external attendee (a contact, not one of the principals) of the day's appointments.
    Attendees already expected for that appointment are skipped. Returns how many were added."""
    start, end = _day_bounds(day, day, zone or home_zone())
    events = (Event.select().where(Event.deleted_at.is_null() & (Event.all_day == False)  # noqa: E712
                                   & (Event.start_utc >= start) & (Event.start_utc < end)
                                   & (Event.status != "cancelled")))
    added = 0
    with database.atomic():
        for event in events:
            host = (EventPrincipal.select(EventPrincipal.principal).where(EventPrincipal.event == event)
                    .order_by(EventPrincipal.id).first())
            known = {v.name for v in Visitor.select(Visitor.name).where(Visitor.event == event)}
            for attendee in event.attendees.order_by(EventAttendee.id):
                name = attendee.name or (attendee.contact.display_name if attendee.contact_id else "")
                if not name or name in known or attendee.status == "declined":
                    continue
                company = attendee.contact.organisation if attendee.contact_id else ""
                Visitor.create(name=name, company=company or "", email=attendee.email,
                               host=host.principal_id if host else None, expected_utc=event.start_utc,
                               timezone=event.start_timezone, purpose=event.title, event=event)
                known.add(name)
                added += 1
    return added


def records(*, search: str | None = None, date_from: date | None = None, date_to: date | None = None,
            open_only: bool = False) -> list[dict]:
    """``list visitors [--json]``: id, name, company, host, expected, arrived, left (ISO 8601 with offset)."""
    found = between(date_from, date_to)
    text = (search or "").strip().casefold()
    result = []
    for v in found:
        if text and text not in f"{v.name} {v.company} {v.host}".casefold():
            continue
        if open_only and v.left is not None:
            continue
        result.append({"id": v.id, "name": v.name, "company": v.company, "host": v.host,
                       "expected": v.expected.isoformat(), "arrived": v.arrived.isoformat() if v.arrived else None,
                       "left": v.left.isoformat() if v.left else None, "purpose": v.purpose,
                       "timezone": v.timezone})
    return result
