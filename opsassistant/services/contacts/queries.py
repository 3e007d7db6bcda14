"""Read-only questions other areas ask about contacts: one contact, its first number, birthdays, history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import OperationalError, fn

from opsassistant.db.models import Contact, ContactGroup, ContactGroupMember, ContactPhone
from opsassistant.services import phones as phone_numbers


def get(contact_id: int) -> Contact | None:
    """A live contact (None when missing or in the trash)."""
    return Contact.get_or_none((Contact.id == contact_id) & Contact.deleted_at.is_null())


def get_any(contact_id: int) -> Contact | None:
    return Contact.get_or_none(Contact.id == contact_id)


def phones_of(contact_id: int) -> list[ContactPhone]:
    return list(ContactPhone.select().where(ContactPhone.contact == contact_id).order_by(ContactPhone.position))


def display_phone(contact: Contact) -> str:
    """The contact's first number formatted for reading ("33 12 34 56"), or ""."""
    phone = (ContactPhone.select().where(ContactPhone.contact == contact.id)
             .order_by(ContactPhone.position).first())
    if phone is None:
        return ""
    return phone_numbers.format_for_reading(phone.e164, phone.typed)


def reading(number: str) -> str:
    """A stored primary number (E.164 or typed text) formatted for reading."""
    if number.startswith("+"):
        try:
            return phone_numbers.format_for_reading(number, number)
        except Exception:  # noqa: BLE001 - a typed number that merely starts with "+"
            return number
    return number


def groups() -> list[tuple[int, str]]:
    return [(g.id, g.name) for g in ContactGroup.select().order_by(fn.lower(ContactGroup.name))]


def groups_of(contact_id: int) -> list[str]:
    query = (ContactGroup.select(ContactGroup.name).join(ContactGroupMember)
             .where(ContactGroupMember.contact == contact_id).order_by(ContactGroup.name))
    return [g.name for g in query]


def _occurrence(born: date, year: int) -> date:
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year: celebrated on 28 February
        return date(year, 2, 28)


_BIRTHDAYS_SQL = ("SELECT id FROM contact INDEXED BY contact_birthday_md WHERE birthday IS NOT NULL "
                  "AND deleted_at IS NULL AND strftime('%m-%d', birthday) BETWEEN ? AND ?")


def _birthday_ids(low: str, high: str) -> list[tuple[int]]:
    database = Contact._meta.database
    try:
        return database.execute_sql(_BIRTHDAYS_SQL, (low, high)).fetchall()
    except OperationalError as error:  # a file whose index was dropped: the same rows, by a scan
        if "no such index" not in str(error):
            raise
        return database.execute_sql(_BIRTHDAYS_SQL.replace(" INDEXED BY contact_birthday_md", ""),
                                    (low, high)).fetchall()


def birthdays_between(start: date, end: date) -> list[tuple[date, Contact]]:
    """The occurrences of each live contact's birthday within ``start..end`` (inclusive), in date order."""
    if end < start:
        return []
    live = Contact.select().where(Contact.birthday.is_null(False), Contact.deleted_at.is_null())
    if (end - start).days < 365:
        a, b = start.strftime("%m-%d"), end.strftime("%m-%d")
        # One search of the partial month-day index per range (an OR of them, or a bound format, or a
        # database without ANALYZE statistics makes SQLite scan every contact: 40 ms at 20k on each Today).
        ranges = ([(a, b)] if a <= b else [(a, "12-31"), ("01-01", b)]) + [("02-29", "02-29")]
        ids = {row[0] for low, high in ranges for row in _birthday_ids(low, high)}
        contacts = list(live.where(Contact.id.in_(sorted(ids)))) if ids else []
    else:
        contacts = list(live)
    result = []
    for contact in contacts:
        for year in range(start.year, end.year + 1):
            occurrence = _occurrence(contact.birthday, year)
            if start <= occurrence <= end:
                result.append((occurrence, contact))
    result.sort(key=lambda item: (item[0], item[1].sort_name))
    return result


@dataclass(frozen=True)
class HistoryItem:
    when: datetime | date
    kind: str  # "call" or "event"
    text: str
    item_id: int


def recent_calls(contact_id: int, limit: int = 5) -> list[HistoryItem]:
    """The contact's latest calls (read-only look into the calls area)."""
    from opsassistant.db.models import Call

    query = (Call.select().where(Call.contact == contact_id, Call.deleted_at.is_null())
             .order_by(Call.when_utc.desc()).limit(limit))
    return [HistoryItem(c.when_utc, "call", c.direction + (": " + c.message if c.message else ""), c.id)
            for c in query]


def appointments(contact_id: int, limit: int = 5) -> list[HistoryItem]:
    """Events the contact attends, latest first (read-only look into the calendar area)."""
    from opsassistant.db.models import Event, EventAttendee

    query = (Event.select().join(EventAttendee)
             .where(EventAttendee.contact == contact_id, Event.deleted_at.is_null()).limit(200))
    items = []
    for event in query:
        when = getattr(event, "start_utc", None) or getattr(event, "start_date", None)
        if when is None:
            continue
        items.append(HistoryItem(when, "event", event.title, event.id))
    items.sort(key=lambda i: (i.when.date() if isinstance(i.when, datetime) else i.when), reverse=True)
    return items[:limit]
