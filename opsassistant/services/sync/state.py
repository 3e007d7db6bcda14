"""What sync remembers per server object, the conflicts waiting for the user, and the sync log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from opsassistant.db.models import database
from opsassistant.db.models.sync import SyncCollection, SyncConflict, SyncItem, SyncLogEntry


@dataclass(frozen=True)
class Item:
    id: int
    collection_id: int
    href: str
    uid: str
    etag: str
    raw: str | None  # None: not loaded (``index``); ``item`` and ``items_by_href`` load it
    local_text: str | None
    fingerprint: str


@dataclass(frozen=True)
class Conflict:
    id: int
    collection_id: int
    uid: str
    href: str
    local_text: str
    server_text: str
    server_etag: str
    found_at: datetime


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    level: str
    message: str


def _item(row: SyncItem) -> Item:
    return Item(row.id, row.collection_id, row.href, row.uid, row.etag, row.raw, row.local_text, row.fingerprint)


def items(collection_id: int) -> list[Item]:
    return [_item(r) for r in SyncItem.select().where(SyncItem.collection == collection_id)]


def index(collection_id: int, *, hrefs: list[str] | None = None, uids: list[str] | None = None) -> list[Item]:
    """Every object's href, UID, ETag and fingerprint without the texts (10k objects' texts are megabytes an
    incremental sync does not need); with ``hrefs`` or ``uids``, of those objects only."""
    sql = "SELECT id, collection_id, href, uid, etag, fingerprint FROM sync_item WHERE collection_id = ?"
    if hrefs is None and uids is None:
        rows = database.execute_sql(sql, [collection_id]).fetchall()
    else:
        rows = []
        for column, values in (("href", hrefs or []), ("uid", uids or [])):
            for start in range(0, len(values), 500):
                chunk = values[start:start + 500]
                rows += database.execute_sql(f"{sql} AND {column} IN ({', '.join('?' for _ in chunk)})",
                                             [collection_id, *chunk]).fetchall()
    return [Item(i, c, h, u, e, None, None, f) for i, c, h, u, e, f in rows]


def one_transaction():
    """Several of the writes below as one commit (they nest as savepoints)."""
    return database.atomic()


def item(collection_id: int, href: str) -> Item | None:
    row = SyncItem.get_or_none((SyncItem.collection == collection_id) & (SyncItem.href == href))
    return _item(row) if row else None


def conflict(conflict_id: int) -> Conflict | None:
    row = SyncConflict.get_or_none(SyncConflict.id == conflict_id)
    return _conflict(row) if row else None


def save_item(collection_id: int, href: str, uid: str, *, etag: str, raw: str, local_text: str,
              fingerprint: str, seen: int | None = None) -> None:
    """``seen``: the local change log's seq the fingerprint was taken at (None: unchanged, 0 for a new row)."""
    values = dict(uid=uid, etag=etag, raw=raw, local_text=local_text, fingerprint=fingerprint)
    if seen is not None:
        values["seen_seq"] = seen
    with database.atomic():
        updated = SyncItem.update(**values).where(
            (SyncItem.collection == collection_id) & (SyncItem.href == href)).execute()
        if not updated:
            SyncItem.create(collection=collection_id, href=href, **values)


def save_items(collection_id: int, rows: list[tuple[str, str, str, str, str, str]], *,
               seen: int | None = None) -> None:
    """Many objects' state in one statement per chunk: (href, uid, etag, raw, local_text, fingerprint) each;
    ``seen`` as for ``save_item``. The caller holds the transaction, so a batch of a multiget is committed as one."""
    sql = ("INSERT INTO sync_item (collection_id, href, uid, etag, raw, local_text, fingerprint, seen_seq) VALUES "
           "{values} ON CONFLICT (collection_id, href) DO UPDATE SET uid = excluded.uid, etag = excluded.etag, "
           "raw = excluded.raw, local_text = excluded.local_text, fingerprint = excluded.fingerprint"
           + (", seen_seq = excluded.seen_seq" if seen is not None else ""))
    with database.atomic():
        for start in range(0, len(rows), 100):
            chunk = rows[start:start + 100]
            params = [value for row in chunk for value in (collection_id, *row, seen or 0)]
            database.execute_sql(sql.format(values=", ".join("(?, ?, ?, ?, ?, ?, ?, ?)" for _ in chunk)), params)


def items_by_href(collection_id: int, hrefs: list[str]) -> list[Item]:
    found: list[Item] = []
    for start in range(0, len(hrefs), 500):
        chunk = hrefs[start:start + 500]
        found += [_item(r) for r in SyncItem.select().where((SyncItem.collection == collection_id)
                                                             & SyncItem.href.in_(chunk))]
    return found


def forget_item(collection_id: int, href: str) -> None:
    with database.atomic():
        SyncItem.delete().where((SyncItem.collection == collection_id) & (SyncItem.href == href)).execute()


def set_token(collection_id: int, token: str, local_mark: str | None = None) -> None:
    """The server's new sync token and, with ``local_mark``, how far the local change log was read."""
    values = {"sync_token": token} if local_mark is None else {"sync_token": token, "local_mark": local_mark}
    with database.atomic():
        SyncCollection.update(**values).where(SyncCollection.id == collection_id).execute()


def _conflict(row: SyncConflict) -> Conflict:
    return Conflict(row.id, row.collection_id, row.uid, row.href, row.local_text, row.server_text,
                    row.server_etag, row.found_at)


def add_conflict(collection_id: int, uid: str, href: str, *, local_text: str, server_text: str,
                 server_etag: str) -> None:
    """One open conflict per object: a newer one replaces the older."""
    with database.atomic():
        SyncConflict.delete().where((SyncConflict.collection == collection_id) & (SyncConflict.uid == uid)).execute()
        SyncConflict.create(collection=collection_id, uid=uid, href=href, local_text=local_text,
                            server_text=server_text, server_etag=server_etag)


def conflicts(collection_id: int | None = None) -> list[Conflict]:
    query = SyncConflict.select().order_by(SyncConflict.id)
    if collection_id is not None:
        query = query.where(SyncConflict.collection == collection_id)
    return [_conflict(r) for r in query]


def conflicted_uids(collection_id: int) -> set[str]:
    return {c.uid for c in SyncConflict.select(SyncConflict.uid).where(SyncConflict.collection == collection_id)}


def drop_conflict(conflict_id: int) -> None:
    with database.atomic():
        SyncConflict.delete().where(SyncConflict.id == conflict_id).execute()


def log(account_id: int | None, message: str, *, level: str = "info", count: int = 0) -> None:
    with database.atomic():
        SyncLogEntry.create(account=account_id, level=level, message=message, count=count)
        keep = SyncLogEntry.select(SyncLogEntry.id).order_by(SyncLogEntry.id.desc()).limit(1).offset(999).scalar()
        if keep:
            SyncLogEntry.delete().where(SyncLogEntry.id < keep).execute()


def log_entries(limit: int = 200) -> list[LogEntry]:
    rows = SyncLogEntry.select().order_by(SyncLogEntry.id.desc()).limit(limit)
    return [LogEntry(r.at, r.level, r.message) for r in rows]


def release_connection() -> None:
    """Close the calling thread's database connection (a sync worker's, when it is done)."""
    if not database.is_closed():
        database.close()
