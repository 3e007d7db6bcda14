"""Read-only questions other areas ask about contacts: one contact, its first number, birthdays, history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import OperationalError, fn

from opsassistant.db.models import Contact, ContactGroup, ContactGroupMember, ContactPhone
from opsassistant.services import phones as phone_numbers


def get(contact_id: int) -> Contact | None:
    """A live contact (None when missing or in the trash)."""
    return Contact.get_or_none((Contact.id == contact_id) & Contact.deleted_at.is_null())


def _columns(model) -> str:
    """The model's columns in field order: what ``model.select()`` reads, named once as plain SQL text."""
    return ", ".join(field.column_name for field in model._meta.sorted_fields)


# The detail pane reads these on every selection change (each keystroke in the search field): fixed SQL text,
# not a Peewee query built anew each time (that building was most of the pane's cost at 100k contacts).
_CONTACT_SQL = f"SELECT {_columns(Contact)} FROM contact WHERE id = ?"
_PHONES_SQL = f"SELECT {_columns(ContactPhone)} FROM contact_phone WHERE contact_id = ? ORDER BY position"


def get_any(contact_id: int) -> Contact | None:
    """A contact, live or in the trash (None when missing)."""
    return next(iter(Contact.raw(_CONTACT_SQL, contact_id)), None)


def phones_of(contact_id: int) -> list[ContactPhone]:
    return list(ContactPhone.raw(_PHONES_SQL, contact_id))


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


def _indexed(sql: str, params: tuple) -> list[tuple]:
    """Run a query that names the month-day index; a file whose index was dropped gets the same rows by a scan."""
    database = Contact._meta.database
    try:
        return database.execute_sql(sql, params).fetchall()
    except OperationalError as error:
        if "no such index" not in str(error):
            raise
        return database.execute_sql(sql.replace(" INDEXED BY contact_birthday_md", ""), params).fetchall()


def _birthday_ids(low: str, high: str) -> list[tuple[int]]:
    return _indexed(_BIRTHDAYS_SQL, (low, high))


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


_MONTH_DAY_COUNTS_SQL = ("SELECT strftime('%m-%d', birthday), count(*) FROM contact INDEXED BY contact_birthday_md "
                         "WHERE birthday IS NOT NULL AND deleted_at IS NULL "
                         "AND strftime('%m-%d', birthday) BETWEEN ? AND ? GROUP BY 1")
_ON_MONTH_DAYS_SQL = ("SELECT id FROM contact INDEXED BY contact_birthday_md WHERE birthday IS NOT NULL "
                      "AND deleted_at IS NULL AND strftime('%m-%d', birthday) IN ({}) ORDER BY sort_name, id LIMIT ?")


def _month_days(day: date) -> list[str]:
    """The stored month-days celebrated on ``day``: 29 February ones on 28 February in a common year."""
    days = [day.strftime("%m-%d")]
    if days[0] == "02-28" and _occurrence(date(2000, 2, 29), day.year) == day:
        days.append("02-29")
    return days


def birthdays_page(start: date, end: date, limit: int) -> tuple[list[tuple[date, Contact]], int]:
    """The first ``limit`` of :func:`birthdays_between` (same order) and how many there are in all.

    Counted per month-day in SQL and only the contacts shown are read: a week at 200k contacts is thousands of
    birthdays, of which the Today page shows a few dozen."""
    if end < start:
        return [], 0
    if (end - start).days >= 365:  # a month-day can come twice: the plain way
        everything = birthdays_between(start, end)
        return everything[:limit], len(everything)
    a, b = start.strftime("%m-%d"), end.strftime("%m-%d")
    ranges = ([(a, b)] if a <= b else [(a, "12-31"), ("01-01", b)]) + [("02-29", "02-29")]
    counts = {md: n for low, high in ranges for md, n in _indexed(_MONTH_DAY_COUNTS_SQL, (low, high))}
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    total, wanted = 0, []  # wanted: (day, month-days, how many of that day to read)
    for day in days:
        month_days = _month_days(day)
        on_day = sum(counts.get(md, 0) for md in month_days)
        if on_day and total < limit:
            wanted.append((day, month_days, min(on_day, limit - total)))
        total += on_day
    picked = [(day, row[0]) for day, month_days, n in wanted
              for row in _indexed(_ON_MONTH_DAYS_SQL.format(", ".join("?" * len(month_days))), (*month_days, n))]
    ids = [contact_id for _day, contact_id in picked]
    contacts = {c.id: c for c in Contact.select().where(Contact.id.in_(ids))} if ids else {}
    return [(day, contacts[contact_id]) for day, contact_id in picked if contact_id in contacts], total


@dataclass(frozen=True)
class HistoryItem:
    when: datetime | date
    kind: str  # "call" or "event"
    text: str
    item_id: int


_CALLS_SQL = ("SELECT id, when_utc, direction, message FROM call WHERE contact_id = ? AND deleted_at IS NULL "
              "ORDER BY when_utc DESC LIMIT ?")
_APPOINTMENTS_SQL = ("SELECT e.id, e.title, e.start_utc, e.start_date FROM event AS e "
                     "JOIN event_attendee AS a ON a.event_id = e.id "
                     "WHERE a.contact_id = ? AND e.deleted_at IS NULL LIMIT 200")


def recent_calls(contact_id: int, limit: int = 5) -> list[HistoryItem]:
    """The contact's latest calls (read-only look into the calls area)."""
    from opsassistant.db.models import Call

    when = Call.when_utc.python_value
    rows = Contact._meta.database.execute_sql(_CALLS_SQL, (contact_id, limit)).fetchall()
    return [HistoryItem(when(when_utc), "call", direction + (": " + message if message else ""), call_id)
            for call_id, when_utc, direction, message in rows]


def appointments(contact_id: int, limit: int = 5) -> list[HistoryItem]:
    """Events the contact attends, latest first (read-only look into the calendar area)."""
    from opsassistant.db.models import Event

    start_utc, start_date = Event.start_utc.python_value, Event.start_date.python_value
    items = []
    for event_id, title, at, on in Contact._meta.database.execute_sql(_APPOINTMENTS_SQL, (contact_id,)).fetchall():
        when = start_utc(at) or start_date(on)
        if when is None:
            continue
        items.append(HistoryItem(when, "event", title, event_id))
    items.sort(key=lambda i: (i.when.date() if isinstance(i.when, datetime) else i.when), reverse=True)
    return items[:limit]
