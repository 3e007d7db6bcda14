"""Migration 17 (frozen once released): a bulk import journals its inserted events for sync set-wise.

Migration 15's insert triggers on ``event``, ``event_principal`` and ``event_attendee`` raise one
``sync_local_change`` row per inserted row, each finding ``MAX(seq)`` again and the series' UID by a UNION
subselect: a third of the database work of a large import. While a row stands in ``bulk_journal`` — put there by
``services/calendar/bulk_journal.py`` inside a write transaction and taken out before it ends, so no other
connection ever sees it — those three triggers stand aside and the writer records the same rows itself, one
statement per batch (the same UIDs with the same ``seq`` each would have had). Every other writer, and every
update and delete, is journalled by the triggers as before.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# Frozen SQL: migration 15's three insert triggers, as they stand, with a WHEN clause added.
_JOURNAL = ("INSERT OR REPLACE INTO sync_local_change (kind, uid, seq) SELECT 'calendar', u, "
            "(SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_local_change) FROM ({uids}) WHERE u IS NOT NULL;")
_EVENT_UIDS = ("SELECT uid AS u FROM event WHERE id IN (NEW.event_id) UNION "
               "SELECT m.uid FROM event e JOIN event m ON m.id = e.series_id WHERE e.id IN (NEW.event_id)")
_TRIGGERS = (
    ("event_synced_insert", "event", "SELECT NEW.uid AS u UNION SELECT uid FROM event WHERE id = NEW.series_id"),
    ("event_principal_synced_insert", "event_principal", _EVENT_UIDS),
    ("event_attendee_synced_insert", "event_attendee", _EVENT_UIDS),
)

BULK_JOURNAL_SQL = (
    'CREATE TABLE IF NOT EXISTS "bulk_journal" ("id" INTEGER NOT NULL PRIMARY KEY)',
    *[statement for name, table, uids in _TRIGGERS for statement in (
        f'DROP TRIGGER IF EXISTS "{name}"',
        f'CREATE TRIGGER "{name}" AFTER INSERT ON "{table}" WHEN NOT EXISTS (SELECT 1 FROM bulk_journal) '
        f"BEGIN {_JOURNAL.format(uids=uids)} END")],
)


def to_17(db: SqliteDatabase) -> None:
    """The calendar's insert triggers for sync stand aside while a bulk import journals its rows itself."""
    for statement in BULK_JOURNAL_SQL:
        db.execute_sql(statement)
