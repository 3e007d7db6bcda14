"""Read-only look-ups for the agenda: open call-backs and birthdays (other areas' tables, never written)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from opsassistant.db.models import Call, Contact, ContactPhone, EventAttendee
from opsassistant.services.calendar.occurrences import home_zone, zone


@dataclass(frozen=True)
class Callback:
    name: str
    number: str
    message: str
    callback_by: datetime | None
    urgent: bool


def open_callbacks(until: date, principal_id: int | None = None) -> list[Callback]:
    """Open call-backs due by the end of ``until`` (or without a deadline)."""
    limit = datetime.combine(until + timedelta(days=1), time(), zone(home_zone()))
    query = Call.alive().where((Call.status == "open") & (Call.callback_by_utc.is_null() | (Call.callback_by_utc < limit)))
    if principal_id is not None:
        query = query.where((Call.principal == principal_id) | Call.principal.is_null())
    query = query.order_by(Call.urgent.desc(), Call.callback_by_utc).limit(50)
    return [Callback(c.name or c.company, c.typed_number, c.message,
                     c.callback_by_utc.astimezone(zone(c.timezone)) if c.callback_by_utc else None, c.urgent)
            for c in query]


def birthdays(first: date, last: date) -> list[tuple[date, str]]:
    """(this year's date, name) of contacts with a birthday between ``first`` and ``last``."""
    try:
        from opsassistant.services.contacts.queries import birthdays_between
    except ImportError:
        birthdays_between = None
    if birthdays_between is not None:
        result = []
        for item in birthdays_between(first, last):
            day, contact = item
            name = getattr(contact, "display_name", "") or (
                f"{getattr(contact, 'first_name', '')} {getattr(contact, 'last_name', '')}".strip())
            result.append((day, name))
        return result
    out = []
    for contact in Contact.alive().where(Contact.birthday.is_null(False)):
        for year in range(first.year, last.year + 1):
            try:
                day = contact.birthday.replace(year=year)
            except ValueError:
                day = date(year, 3, 1)
            if first <= day <= last:
                out.append((day, contact.display_name or f"{contact.first_name} {contact.last_name}".strip()))
    return sorted(out)


def attendees_with_phones(event_id: int) -> list[tuple[str, str]]:
    """(name, phone) of an event's attendees; the phone of a linked contact when there is one."""
    out = []
    for attendee in EventAttendee.select().where(EventAttendee.event == event_id):
        phone = ""
        if attendee.contact_id:
            row = (ContactPhone.select().where(ContactPhone.contact == attendee.contact_id)
                   .order_by(ContactPhone.position).first())
            phone = row.typed if row else ""
        name = attendee.name or (attendee.contact.display_name if attendee.contact_id else attendee.email)
        out.append((name, phone))
    return out
