"""``list contacts [--search] [--json]``: one dict per live contact (DESIGN.md's JSON contract)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from opsassistant.db.models import (
    ContactEmail,
    ContactGroup,
    ContactGroupMember,
    ContactPhone,
)
from opsassistant.services.contacts.search import ContactFilters, ContactSource

CHUNK = 500


def records(*, search: str | None = None, date_from: date | None = None, date_to: date | None = None,
            open_only: bool = False) -> list[dict]:
    """id, name, organisation, phones [{kind, number (E.164, or as typed when unparseable)}], emails, groups.

    ``date_from``/``date_to``/``open_only`` do not apply to contacts and are ignored."""
    source = ContactSource()
    filters = ContactFilters(search=search or "")
    total = source.count(filters)
    rows = []
    for offset in range(0, total, 5000):
        rows.extend(source.fetch(filters, None, False, offset, 5000))
    ids = [r.id for r in rows]
    phones: dict[int, list] = defaultdict(list)
    emails: dict[int, list] = defaultdict(list)
    groups: dict[int, list] = defaultdict(list)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for p in ContactPhone.select().where(ContactPhone.contact.in_(chunk)).order_by(ContactPhone.position):
            phones[p.contact_id].append({"kind": p.kind, "number": p.e164 or p.typed})
        for e in ContactEmail.select().where(ContactEmail.contact.in_(chunk)).order_by(ContactEmail.position):
            emails[e.contact_id].append(e.address)
        for m in (ContactGroupMember.select(ContactGroupMember.contact, ContactGroup.name).join(ContactGroup)
                  .where(ContactGroupMember.contact.in_(chunk)).order_by(ContactGroup.name)):
            groups[m.contact_id].append(m.group.name)
    result = []
    for row in rows:
        record = {"id": row.id, "name": row.name, "organisation": row.organisation, "phones": phones[row.id],
                  "emails": emails[row.id], "groups": groups[row.id], "title": row.title,
                  "favourite": row.favourite, "vip": row.vip}
        result.append(record)
    return result
