"""Privacy requests: export everything held about one person; erase a person completely.

Erasing keeps the calls (the office's own log) but anonymises them: name, company and number cleared, the link
to the contact removed. Calls logged from one of the person's numbers without a link are anonymised too.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from opsassistant.db.models import Contact, ContactPhone, database
from opsassistant.fileio import atomic_text
from opsassistant.services.contacts import editing, indexing, ranking


def _calls_query(contact_id: int):
    from opsassistant.db.models import Call

    digits = [p.digits for p in ContactPhone.select(ContactPhone.digits)
              .where(ContactPhone.contact == contact_id) if len(p.digits) >= 6]
    condition = Call.contact == contact_id
    if digits:
        condition |= Call.digits.in_(digits)
    return Call.select().where(condition)


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def collect(contact_id: int) -> dict:
    """Everything held about the person: the contact card, their calls and the appointments they attend."""
    from opsassistant.db.models import Event, EventAttendee

    contact = Contact.get_by_id(contact_id)
    card = {k: _plain(v) for k, v in asdict(editing.snapshot(contact_id)).items()}
    card.update(id=contact.id, created_at=_plain(contact.created_at), updated_at=_plain(contact.updated_at),
                deleted_at=_plain(contact.deleted_at))
    calls = [{
        "id": c.id, "when": _plain(c.when_utc), "direction": c.direction, "name": c.name, "company": c.company,
        "number": c.e164 or c.typed_number, "message": c.message, "status": c.status,
    } for c in _calls_query(contact_id).order_by(_calls_query(contact_id).model.when_utc)]
    attendances = [{
        "event_id": a.event.id, "title": a.event.title, "start": _plain(a.event.start_utc or a.event.start_date),
        "name": a.name, "email": a.email, "status": a.status,
    } for a in EventAttendee.select(EventAttendee, Event).join(Event).where(EventAttendee.contact == contact_id)]
    return {"contact": card, "calls": calls, "appointments": attendances}


def export_person(contact_id: int, path: Path | str) -> Path:
    """Write everything held about one person as a JSON file (atomically)."""
    data = collect(contact_id)
    with atomic_text(path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
    return Path(path)


def erase_person(contact_id: int) -> int:
    """Remove the person completely; returns how many calls were anonymised."""
    from opsassistant.db.models import Call, EventAttendee

    with database.atomic():
        call_ids = [c.id for c in _calls_query(contact_id)]
        if call_ids:
            Call.update(name="", company="", typed_number="", e164=None, digits="", contact=None).where(
                Call.id.in_(call_ids)).execute()
        EventAttendee.update(name="", email="", contact=None).where(EventAttendee.contact == contact_id).execute()
        indexing.remove(contact_id)
        Contact.delete().where(Contact.id == contact_id).execute()
        ranking.catch_up()
    return len(call_ids)
