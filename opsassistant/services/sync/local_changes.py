"""Which local objects an incremental sync must compare: those written since the collection's last sync.

Triggers (migration 15) keep ``sync_local_change``: one row per object (kind, UID) whose ``seq`` is raised past
every other by each write to a table the sync fingerprints read, whoever writes (this program, the command line,
another process, raw SQL). A collection remembers how far its last sync looked (``local_mark``: that ``seq`` and
the collection's scope), and each synced object the ``seq`` its fingerprint was taken at (``seen_seq``), so the
sync's own imports are not compared again. A changed scope, or a mark that is missing or ahead of the log (a
database put back from elsewhere), means comparing everything once.
"""

from __future__ import annotations

from dataclasses import dataclass

from opsassistant.db.models import database


@dataclass(frozen=True)
class Plan:
    seq: int  # the log's last seq, read before anything is compared: what this sync accounts for
    mark: str  # the collection's mark once this sync is done
    uids: list[str] | None  # the objects to compare again; None = compare every object


def current_seq() -> int:
    return database.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM sync_local_change").fetchone()[0]


def _parse(mark: str) -> tuple[int, str] | None:
    seq, sep, scope = mark.partition("|")
    return (int(seq), scope) if sep and seq.isdigit() else None


def plan(collection_id: int, kind: str, scope: str) -> Plan:
    """What the collection's sync must compare; ``scope`` names which local objects it holds (when it
    changes, every object is compared once)."""
    row = database.execute_sql("SELECT local_mark FROM sync_collection WHERE id = ?", [collection_id]).fetchone()
    seq = current_seq()
    mark = f"{seq}|{scope}"
    last = _parse(row[0] if row else "")
    if last is None or last[1] != scope or last[0] > seq:
        return Plan(seq, mark, None)
    # The unary + keep SQLite (which has no statistics here) on the seq and UID indexes: the log's rows since
    # the mark, each looked up by UID — not every object of the collection for each.
    rows = database.execute_sql(
        "SELECT lc.uid FROM sync_local_change lc WHERE lc.seq > ? AND +lc.kind = ? AND NOT EXISTS (SELECT 1 "
        "FROM sync_item si WHERE si.uid = lc.uid AND +si.collection_id = ? AND si.seen_seq >= lc.seq) "
        "UNION SELECT uid FROM sync_item WHERE collection_id = ? AND fingerprint = ''",
        [last[0], kind, collection_id, collection_id]).fetchall()
    return Plan(seq, mark, [r[0] for r in rows])


def set_mark(collection_id: int, mark: str) -> None:
    with database.atomic():
        database.execute_sql("UPDATE sync_collection SET local_mark = ? WHERE id = ?", [mark, collection_id])
