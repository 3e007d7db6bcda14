"""Migration 18 (frozen once released): a bulk contacts write journals its inserted rows for sync set-wise.

Migration 15's insert triggers on ``contact``, ``contact_phone``, ``contact_email`` and ``contact_address`` raise
one ``sync_local_change`` row per inserted row, each finding ``MAX(seq)`` again and
(for the child tables) the contact's UID: about a tenth of a 10k-contact import. As migration 17 does for the
calendar, they stand aside while a row stands in ``bulk_journal`` (put there by
``services/contacts/journal.py`` inside a write transaction and taken out before it ends, so no other connection
ever sees it); the writer then records the same rows itself, one statement per batch (the same UIDs with the same
``seq`` each would have had). Every other writer, and every update and delete, is journalled by the triggers as
before; so is ``contact_group_member``'s insert, whose writer says INSERT OR IGNORE: that overrides the trigger's
OR REPLACE, so such a row journals its contact only when the journal has no row for it yet.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# Frozen SQL: four of migration 15's insert triggers, as they stand, with a WHEN clause added.
_JOURNAL = ("INSERT OR REPLACE INTO sync_local_change (kind, uid, seq) SELECT 'addressbook', u, "
            "(SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_local_change) FROM ({uids}) WHERE u IS NOT NULL;")
_CONTACT_UIDS = "SELECT uid AS u FROM contact WHERE id IN (NEW.contact_id)"
_TRIGGERS = (
    ("contact_synced_insert", "contact", "SELECT NEW.uid AS u"),
    *[(f"{table}_synced_insert", table, _CONTACT_UIDS)
      for table in ("contact_phone", "contact_email", "contact_address")],
)

CONTACTS_BULK_JOURNAL_SQL = tuple(
    statement for name, table, uids in _TRIGGERS for statement in (
        f'DROP TRIGGER IF EXISTS "{name}"',
        f'CREATE TRIGGER "{name}" AFTER INSERT ON "{table}" WHEN NOT EXISTS (SELECT 1 FROM bulk_journal) '
        f"BEGIN {_JOURNAL.format(uids=uids)} END"))


def to_18(db: SqliteDatabase) -> None:
    """The contacts' insert triggers for sync stand aside while a bulk write journals its rows itself."""
    for statement in CONTACTS_BULK_JOURNAL_SQL:
        db.execute_sql(statement)
