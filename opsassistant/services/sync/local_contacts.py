"""The local side of address-book sync: which contacts a book holds here, whether they changed, and the
server's card written over the local one (a card from the server replaces the contact; an import merges)."""

from __future__ import annotations

import hashlib
import uuid

from opsassistant.db.models import Contact, database
from opsassistant.db.models.sync import SyncCollection
from opsassistant.services.contacts import editing, trash
from opsassistant.services.sync import local_changes

_IGNORED = {"id", "created_at", "updated_at", "deleted_at", "sort_name", "primary_phone", "primary_email"}


def _columns() -> list[str]:
    rows = database.execute_sql('PRAGMA table_info("contact")').fetchall()
    return [r[1] for r in rows if r[1] not in _IGNORED]


def is_default_book(collection_id: int) -> bool:
    """New local contacts go to the first address book that is synced, of the first account."""
    first = (SyncCollection.select(SyncCollection.id)
             .where((SyncCollection.kind == "addressbook") & (SyncCollection.enabled == True))  # noqa: E712
             .order_by(SyncCollection.account, SyncCollection.id).scalar())
    return first == collection_id


def ensure_uids() -> None:
    missing = [row[0] for row in database.execute_sql(  # on the UID index (as local.ensure_uids)
        "SELECT id FROM contact WHERE uid IS NULL AND +deleted_at IS NULL").fetchall()]
    if missing:
        with database.atomic():
            for contact_id in missing:
                Contact.update(uid=str(uuid.uuid4())).where(Contact.id == contact_id).execute()


def _scope(collection_id: int, few: bool = False) -> str:
    """The book's contacts: those synced with it and, for the default book, those no book holds. ``few``: for
    a few contacts, each looked up (not every synced UID listed first)."""
    if few:
        scope = "EXISTS (SELECT 1 FROM sync_item si WHERE si.uid = c.uid AND +si.collection_id = ?)"
        unheld = "NOT EXISTS (SELECT 1 FROM sync_item si WHERE si.uid = c.uid)"
    else:
        scope = "c.uid IN (SELECT uid FROM sync_item WHERE collection_id = ?)"
        unheld = "c.uid NOT IN (SELECT uid FROM sync_item)"
    return f"({scope} OR {unheld})" if is_default_book(collection_id) else scope


def plan(collection_id: int) -> local_changes.Plan:
    """Which contacts this book's sync must compare (every one after the default book changed)."""
    ensure_uids()
    return local_changes.plan(collection_id, "addressbook", "default" if is_default_book(collection_id) else "")


def changed_fingerprints(collection_id: int, uids: list[str]) -> dict[str, str]:
    """UID → fingerprint of those of ``uids`` that are live contacts the book holds here."""
    found: dict[str, str] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        found.update(_digests(f"{_scope(collection_id, few=True)} AND c.uid IN ({', '.join('?' for _ in chunk)})",
                              [collection_id, *chunk]))
    return found


def fingerprints(collection_id: int, uids: list[str] | None = None) -> dict[str, str]:
    """UID → fingerprint of the book's live contacts; with ``uids``, of those contacts only."""
    ensure_uids()
    if uids is None:
        return _digests(_scope(collection_id), [collection_id])
    found: dict[str, str] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        found.update(_digests(f"c.uid IN ({', '.join('?' for _ in chunk)})", chunk))
    return found


def _digests(scope: str, params: list) -> dict[str, str]:
    columns = ", ".join(f'c."{name}"' for name in _columns())
    sql = (f"SELECT c.uid, {columns}, "
           "(SELECT group_concat(typed || '|' || kind || '|' || label, char(31)) FROM (SELECT typed, kind, label "
           " FROM contact_phone WHERE contact_id = c.id ORDER BY position)), "
           "(SELECT group_concat(address || '|' || kind, char(31)) FROM (SELECT address, kind FROM contact_email "
           " WHERE contact_id = c.id ORDER BY position)), "
           "(SELECT group_concat(kind || '|' || street || '|' || postcode || '|' || city || '|' || region || '|' "
           " || country, char(31)) FROM (SELECT * FROM contact_address WHERE contact_id = c.id ORDER BY position)), "
           "(SELECT group_concat(g.name, char(31)) FROM contact_group_member m JOIN contact_group g "
           " ON g.id = m.group_id WHERE m.contact_id = c.id) "
           f"FROM contact c WHERE c.deleted_at IS NULL AND {scope}")
    return {row[0]: hashlib.sha256(repr(row[1:]).encode()).hexdigest()
            for row in database.execute_sql(sql, params).fetchall()}


def contact_ids(uids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        for row in Contact.select(Contact.id, Contact.uid).where(Contact.uid.in_(chunk) & Contact.deleted_at.is_null()):
            found.setdefault(row.uid, row.id)
    return found


def contact_id(uid: str) -> int | None:
    row = Contact.select(Contact.id).where((Contact.uid == uid) & Contact.deleted_at.is_null()).first()
    return row.id if row else None


def replace_from_server(data: editing.ContactData) -> None:
    """The server's card is the contact now (phones, e-mails and addresses it lacks are gone here too)."""
    editing.save(data, contact_id(data.uid) if data.uid else None)


def replace_many(cards: list[editing.ContactData]) -> dict[int, str]:
    """Many server cards written over their contacts at once (one statement per table): index → the reason
    a card was refused, for the cards that are not valid contacts. A later card with the same UID wins."""
    refused: dict[int, str] = {}
    valid: dict[str, editing.ContactData] = {}
    anonymous: list[editing.ContactData] = []
    for index, data in enumerate(cards):
        data = data.cleaned()
        errors = editing.validate(data)
        if errors:
            refused[index] = str(editing.ContactInvalid(errors))
        elif data.uid:
            valid[data.uid] = data
        else:
            anonymous.append(data)
    if not valid and not anonymous:
        return refused
    with database.atomic():
        ids = contact_ids(list(valid))
        editing.write_many([(ids.get(uid), data) for uid, data in valid.items()]
                           + [(None, data) for data in anonymous])
    return refused


def trash_uid(uid: str) -> int:
    found = contact_id(uid)
    return trash.delete([found]) if found else 0


def rename_uid(uid: str, new_uid: str) -> None:
    with database.atomic():
        Contact.update(uid=new_uid).where(Contact.uid == uid).execute()
