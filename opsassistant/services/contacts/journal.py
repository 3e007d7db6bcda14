"""The sync journal of a bulk contacts write's inserts, written set-wise (see db/migration_18.py).

Inside :func:`journalled` the insert triggers of ``contact``, ``contact_phone``, ``contact_email`` and
``contact_address`` stand aside (not ``contact_group_member``'s: see the migration). On leaving it the rows inserted meanwhile are
journalled by one executemany, exactly as the triggers would have left ``sync_local_change``: each inserted row,
in the order it was inserted, is one firing that gives its contact's UID the next ``seq`` (none when the UID is
NULL), so each UID ends with the seq of the last row that named it and the counter has moved on by the number of
rows that named one. The caller holds the transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from opsassistant.db.models import database

# The child tables whose insert triggers stand aside (contact's own is the fourth).
CHILDREN = ("contact_phone", "contact_email", "contact_address")
_INSERTED = "SELECT c.uid FROM {table} r JOIN contact c ON c.id = r.contact_id WHERE r.id > ? ORDER BY r.id"


@contextmanager
def journalled(children: Sequence[str] = ()) -> Iterator[list[str | None]]:
    """The block's inserts are journalled when it ends: first one firing per UID the block appends to the list
    it is given (the contacts it inserted, in their order), then one per row it inserted into each of
    ``children`` (in that order; each table's rows by id, the order a plain INSERT gives them)."""
    before = {table: database.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
              for table in children}
    database.execute_sql("INSERT INTO bulk_journal (id) VALUES (1)")
    uids: list[str | None] = []
    try:
        yield uids
    finally:
        database.execute_sql("DELETE FROM bulk_journal")
    for table in children:
        uids += [row[0] for row in database.execute_sql(_INSERTED.format(table=table), (before[table],))]
    seq = database.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM sync_local_change").fetchone()[0]
    last: dict[str, int] = {}  # UID → the seq of the last inserted row that named it
    for uid in uids:
        if uid is not None:  # the trigger's SELECT gives no row: no seq is used
            seq += 1
            last[uid] = seq
    database.cursor().executemany("INSERT OR REPLACE INTO sync_local_change (kind, uid, seq) "
                                  "VALUES ('addressbook', ?, ?)", list(last.items()))
