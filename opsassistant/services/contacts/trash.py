"""Delete = move to the trash (restorable); purge after 30 days or by hand."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from opsassistant.db.models import Contact, database
from opsassistant.db.models.base import utcnow
from opsassistant.services.contacts import indexing, ranking

KEEP_DAYS = 30


def delete(contact_ids: Iterable[int]) -> int:
    ids = list(contact_ids)
    with database.atomic():
        moved = Contact.update(deleted_at=utcnow()).where(Contact.id.in_(ids), Contact.deleted_at.is_null()).execute()
        ranking.catch_up()
        return moved


def restore(contact_ids: Iterable[int]) -> int:
    ids = list(contact_ids)
    with database.atomic():
        restored = Contact.update(deleted_at=None).where(Contact.id.in_(ids)).execute()
        ranking.catch_up()
        return restored


def purge(contact_ids: Iterable[int]) -> int:
    """Remove contacts from the trash for good (their calls keep their own name and number)."""
    ids = [c.id for c in Contact.select(Contact.id).where(Contact.id.in_(list(contact_ids)),
                                                          Contact.deleted_at.is_null(False))]
    with database.atomic():
        for contact_id in ids:
            indexing.remove(contact_id)
        purged = Contact.delete().where(Contact.id.in_(ids)).execute() if ids else 0
        ranking.catch_up()
        return purged


def purge_expired(now: datetime | None = None) -> int:
    """Purge what has been in the trash longer than 30 days."""
    cutoff = (now or utcnow()) - timedelta(days=KEEP_DAYS)
    ids = [c.id for c in Contact.select(Contact.id).where(Contact.deleted_at < cutoff)]
    return purge(ids) if ids else 0


def trashed_count() -> int:
    return Contact.select().where(Contact.deleted_at.is_null(False)).count()
