"""The sync journal of an import's inserts, written set-wise (see db/migration_17.py).

Inside :func:`journalled` the insert triggers of ``event``, ``event_principal`` and ``event_attendee`` stand
aside; on leaving it the rows inserted meanwhile are read back in one query and journalled by one executemany,
exactly as the triggers would have left ``sync_local_change``: each inserted row, in id order, is one firing that
gives its UIDs (its own and its series') the next ``seq``, so each UID ends with the seq of the last row that named
it and the counter has moved on by the number of rows that named any. Callers hold the transaction and insert
with ascending ids (the order the triggers would have fired in).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from opsassistant.db.models import database

# (table, the columns giving each inserted row's id and its event's id)
_TABLES = {"event": ("id", "id"), "event_principal": ("id", "event_id"), "event_attendee": ("id", "event_id")}

_INSERTED = ("SELECT e.uid, m.uid FROM {table} r JOIN event e ON e.id = r.{event} "
             "LEFT JOIN event m ON m.id = e.series_id WHERE r.{row} > ? ORDER BY r.{row}")


@contextmanager
def journalled(table: str) -> Iterator[None]:
    """Rows inserted into ``table`` in the block are journalled for sync when it ends (not row by row)."""
    row, event = _TABLES[table]
    before = database.execute_sql(f"SELECT COALESCE(MAX({row}), 0) FROM {table}").fetchone()[0]
    database.execute_sql("INSERT INTO bulk_journal (id) VALUES (1)")
    try:
        yield
    finally:
        database.execute_sql("DELETE FROM bulk_journal")
    cursor = database.execute_sql(_INSERTED.format(table=table, row=row, event=event), (before,))
    seq = database.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM sync_local_change").fetchone()[0]
    last: dict[str, int] = {}  # UID → the seq of the last inserted row that named it
    for uid, series_uid in cursor.fetchall():
        if uid is None and series_uid is None:
            continue  # the trigger's SELECT gives no row: no seq is used
        seq += 1
        if uid is not None:
            last[uid] = seq
        if series_uid is not None:
            last[series_uid] = seq
    database.cursor().executemany("INSERT OR REPLACE INTO sync_local_change (kind, uid, seq) "
                                  "VALUES ('calendar', ?, ?)", list(last.items()))


__all__ = ["journalled"]
