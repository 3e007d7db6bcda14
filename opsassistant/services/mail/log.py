"""The sent-mail log: one row per recipient of each message handed over, found per contact, event or call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from opsassistant.db.models import ContactEmail, database
from opsassistant.db.models.mail import SentMail


@dataclass(frozen=True)
class Recipient:
    address: str
    kind: str = "to"  # to | cc | bcc


@dataclass(frozen=True)
class LogEntry:
    sent_at: datetime
    template: str
    transport: str
    address: str
    kind: str
    subject: str
    contact_id: int | None
    event_id: int | None
    call_id: int | None
    record: str


def _contact_of(address: str) -> int | None:
    row = (ContactEmail.select(ContactEmail.contact).where(ContactEmail.address ** address.strip())
           .order_by(ContactEmail.id).first())
    return row.contact_id if row else None


def record(*, message_id: str, template: str, transport: str, recipients: list[Recipient], subject: str,
           event_id: int | None = None, call_id: int | None = None, record: str = "") -> int:
    """Log a message handed over; each address is matched to a contact. Returns the rows written."""
    with database.atomic():
        for person in recipients:
            SentMail.create(message_id=message_id, template=template, transport=transport,
                            address=person.address, kind=person.kind, subject=subject,
                            contact=_contact_of(person.address), event=event_id, call=call_id, record=record)
    return len(recipients)


def _entries(query) -> list[LogEntry]:
    return [LogEntry(r.sent_at, r.template, r.transport, r.address, r.kind, r.subject, r.contact_id, r.event_id,
                     r.call_id, r.record) for r in query.order_by(SentMail.sent_at.desc(), SentMail.id.desc())]


_FOR_CONTACT_SQL = ("SELECT sent_at, template, transport, address, kind, subject, contact_id, event_id, call_id, record "
                    "FROM sent_mail WHERE contact_id = ? ORDER BY sent_at DESC, id DESC")


def for_contact(contact_id: int) -> list[LogEntry]:
    """The contact's sent mail, newest first: fixed SQL text (the contacts' detail pane asks on every selection)."""
    sent_at = SentMail.sent_at.python_value
    return [LogEntry(sent_at(row[0]), *row[1:])
            for row in database.execute_sql(_FOR_CONTACT_SQL, (contact_id,)).fetchall()]


def for_event(event_id: int) -> list[LogEntry]:
    return _entries(SentMail.select().where(SentMail.event == event_id))


def for_call(call_id: int) -> list[LogEntry]:
    return _entries(SentMail.select().where(SentMail.call == call_id))


def for_record(record_key: str) -> list[LogEntry]:
    return _entries(SentMail.select().where(SentMail.record == record_key))


def passed_on(call_ids: list[int]) -> dict[int, datetime]:
    """When each of these calls' message slip was last passed on (calls never passed on are left out)."""
    found: dict[int, datetime] = {}
    for row in SentMail.select(SentMail.call, SentMail.sent_at).where(
            SentMail.call.in_(call_ids) & (SentMail.template == "message")):
        if row.call_id not in found or row.sent_at > found[row.call_id]:
            found[row.call_id] = row.sent_at
    return found


def release_connection() -> None:
    """Close the calling thread's database connection (a sending worker's, when it is done)."""
    if not database.is_closed():
        database.close()
