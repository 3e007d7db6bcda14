"""The local side of calendar sync: which events a calendar holds here, and whether they changed.

A change is found by a fingerprint of the stored rows (every column that carries meaning, the principals
and the attendees), computed in one query per calendar, so an incremental sync never renders 10k events to
find the one that changed; and only for the objects written since the last sync (``local_changes``).
"""

from __future__ import annotations

import hashlib
import uuid

from opsassistant.db.models import Event, database
from opsassistant.db.models.base import utcnow
from opsassistant.db.models.sync import SyncCollection, SyncItem
from opsassistant.services.sync import local_changes

# Bookkeeping columns whose change is not an edit of the event.
_IGNORED = {"id", "series_id", "created_at", "updated_at", "deleted_at", "long_span", "series_until_utc",
            "change_count"}


def _columns() -> list[str]:
    rows = database.execute_sql('PRAGMA table_info("event")').fetchall()
    return [r[1] for r in rows if r[1] not in _IGNORED]


def _is_default(collection: SyncCollection) -> bool:
    """The principal's first calendar of the account: new local events of theirs go there."""
    default = (SyncCollection.select(SyncCollection.id)
               .where((SyncCollection.account == collection.account_id)
                      & (SyncCollection.principal == collection.principal_id)
                      & (SyncCollection.enabled == True))  # noqa: E712 - Peewee needs ==
               .order_by(SyncCollection.id).scalar())
    return collection.principal_id is not None and default == collection.id


def _scope_sql(collection_id: int, few: bool = False) -> tuple[str, list]:
    """Events that belong to a calendar: those already synced with it, and — for the principal's first
    calendar — their user-made events that no calendar of this account holds yet. ``few``: for a few events,
    each looked up (not every synced UID listed first)."""
    collection = SyncCollection.get_by_id(collection_id)
    if few:
        known = "EXISTS (SELECT 1 FROM sync_item WHERE uid = key AND +collection_id = ?)"
        held = ("NOT EXISTS (SELECT 1 FROM sync_item si JOIN sync_collection sc ON sc.id = si.collection_id "
                "WHERE si.uid = key AND sc.account_id = ?)")
    else:
        known = "key IN (SELECT uid FROM sync_item WHERE collection_id = ?)"
        held = ("key NOT IN (SELECT si.uid FROM sync_item si JOIN sync_collection sc ON sc.id = si.collection_id "
                "WHERE sc.account_id = ?)")
    params: list = [collection_id]
    if _is_default(collection):
        known += (" OR (series_id IS NULL AND source = '' AND id IN (SELECT event_id FROM event_principal "
                  f"WHERE principal_id = ?) AND {held})")
        params += [collection.principal_id, collection.account_id]
    return known, params


def fingerprints(collection_id: int, uids: list[str] | None = None) -> dict[str, str]:
    """UID → fingerprint of every live event (series with overrides together) the calendar holds here;
    with ``uids``, of those objects only (after an import, whether or not the calendar holds them yet)."""
    ensure_uids()
    if uids is None:
        where, params = _scope_sql(collection_id)
        return _digests("", [], where, params)
    found: dict[str, str] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        found.update(_digests(f" AND e.uid IN ({', '.join('?' for _ in chunk)})", chunk, "1", []))
    return found


def plan(collection_id: int) -> local_changes.Plan:
    """Which events this calendar's sync must compare (every one after a change of whose calendar it is)."""
    ensure_uids()  # first: a UID given here is a write the plan must see
    collection = SyncCollection.get_by_id(collection_id)
    scope = f"principal {collection.principal_id}{' default' if _is_default(collection) else ''}"
    return local_changes.plan(collection_id, "calendar", scope)


def changed_fingerprints(collection_id: int, uids: list[str]) -> dict[str, str]:
    """UID → fingerprint of those of ``uids`` that are live events the calendar holds here."""
    where, params = _scope_sql(collection_id, few=True)
    found: dict[str, str] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start:start + 500]
        found.update(_digests(f" AND e.uid IN ({', '.join('?' for _ in chunk)})", chunk, where, params))
    return found


def _digests(inner: str, inner_params: list, where: str, params: list) -> dict[str, str]:
    columns = _columns()
    select = ", ".join(f'e."{c}"' for c in columns)
    sql = (f"SELECT * FROM (SELECT COALESCE(m.uid, e.uid) AS key, e.id AS id, e.series_id AS series_id, "
           f"{select}, "
           "(SELECT group_concat(principal_id) FROM (SELECT principal_id FROM event_principal "
           " WHERE event_id = e.id ORDER BY principal_id)) AS principals, "
           "(SELECT group_concat(name || '|' || email || '|' || status, '\x1f') FROM (SELECT name, email, status "
           " FROM event_attendee WHERE event_id = e.id ORDER BY email, name)) AS people "
           "FROM event e LEFT JOIN event m ON m.id = e.series_id "
           f"WHERE e.deleted_at IS NULL AND (m.id IS NULL OR m.deleted_at IS NULL){inner}) "
           f"WHERE {where} ORDER BY key, series_id IS NOT NULL, recurrence_id")
    digests: dict[str, hashlib._Hash] = {}
    for row in database.execute_sql(sql, inner_params + params).fetchall():
        digest = digests.setdefault(row[0], hashlib.sha256())
        digest.update(repr(row[3:]).encode())
    return {key: d.hexdigest() for key, d in digests.items()}


def ensure_uids() -> None:
    """Every live series gets a UID once (its overrides share it), so it can be an object on a server."""
    # On the UID index (the + keeps SQLite off the deleted_at one, which is every live event): a few ms at 10k.
    missing = [row[0] for row in database.execute_sql(
        "SELECT id FROM event WHERE uid IS NULL AND series_id IS NULL AND +deleted_at IS NULL").fetchall()]
    if not missing:
        return
    with database.atomic():
        for event_id in missing:
            uid = f"{uuid.uuid4()}@opsassistant"
            Event.update(uid=uid).where((Event.id == event_id) | (Event.series == event_id)).execute()


def trash_uid(uid: str) -> int:
    """The server deleted the object: its events go to the local trash (restorable)."""
    with database.atomic():
        return Event.update(deleted_at=utcnow()).where((Event.uid == uid) & Event.deleted_at.is_null()).execute()


def drop_overrides(uids: list[str]) -> None:
    """Before the server's copy of a series is imported: its overrides come again from that copy, so one
    the server no longer has does not linger here."""
    with database.atomic():
        for start in range(0, len(uids), 500):
            chunk = uids[start:start + 500]
            Event.delete().where(Event.uid.in_(chunk) & Event.series.is_null(False)).execute()


def rename_uid(uid: str, new_uid: str) -> None:
    """"Keep both": the local version becomes a new object of its own."""
    with database.atomic():
        Event.update(uid=new_uid).where(Event.uid == uid).execute()
        SyncItem.delete().where(SyncItem.uid == new_uid).execute()


def has_uid(uid: str) -> bool:
    return Event.select(Event.id).where((Event.uid == uid) & Event.deleted_at.is_null()).exists()
