"""Ordered schema migrations. ``PRAGMA user_version`` holds the version reached.

Version 1 is frozen as SQL text (``schema_v1.sql``: the exact DDL the first release created), so a new database
is made exactly as every older one was: v1, then each migration. To change the schema: add a function
``_to_N(db)`` and append it to ``MIGRATIONS`` (never edit ``schema_v1.sql`` or an existing migration). Before any
migration of an existing file a backup is written to ``backups/``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from opsassistant.db.database import APPLICATION_ID
from opsassistant.db.migration_17 import to_17
from opsassistant.db.migration_18 import to_18

SCHEMA_V1 = Path(__file__).with_name("schema_v1.sql")


def sql_statements(script: str) -> list[str]:
    """Split an SQL script into statements (``executescript`` would commit the open transaction)."""
    import sqlite3

    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if not current and (not line.strip() or line.lstrip().startswith("--")):
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def _to_1(db: SqliteDatabase) -> None:
    for statement in sql_statements(SCHEMA_V1.read_text(encoding="utf-8")):
        db.execute_sql(statement)


def _to_2(db: SqliteDatabase) -> None:
    """Red means "overdue": a principal coloured red (the old demo's executive) gets a free palette colour."""
    from opsassistant.db.principal_colours import is_reddish, next_colour

    rows = db.execute_sql("SELECT id, colour FROM principal ORDER BY position, id").fetchall()
    used = [colour for _id, colour in rows if not is_reddish(colour or "")]
    for principal_id, colour in rows:
        if is_reddish(colour or ""):
            new = next_colour(used)
            used.append(new)
            db.execute_sql("UPDATE principal SET colour = ? WHERE id = ?", (new, principal_id))


def _to_3(db: SqliteDatabase) -> None:
    """Reception and travel bookkeeping: visitors, driving log, meals provided, trip expenses, entertainment."""
    from opsassistant.db.models import reception

    db.create_tables(reception.RECEPTION_MODELS)
    for statement in reception.EXTRA_SQL:
        db.execute_sql(statement)


def _to_4(db: SqliteDatabase) -> None:
    """CalDAV accounts and sync state."""
    from opsassistant.db.models.sync import SYNC_MODELS

    db.create_tables(SYNC_MODELS)


def _add_columns(db: SqliteDatabase, table: str, columns: list[tuple[str, str]]) -> None:
    """ALTER TABLE ADD COLUMN for each column the table lacks (v1 may already have it when created from the
    models of a later version)."""
    have = {row[1] for row in db.execute_sql(f"PRAGMA table_info({table})").fetchall()}
    for name, definition in columns:
        if name not in have:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {name} {definition}")


def _to_5(db: SqliteDatabase) -> None:
    """Recurrence as RFC 5545 means it: nominal DURATION, RANGE=THISANDFUTURE overrides, SEQUENCE, a change
    counter per event, and an index for series made of RDATEs alone."""
    _add_columns(db, "event", [
        ("duration", "VARCHAR(255) NOT NULL DEFAULT ''"),
        ("recurrence_range", "VARCHAR(255) NOT NULL DEFAULT ''"),
        ("sequence", "INTEGER NOT NULL DEFAULT 0"),
        ("change_count", "INTEGER NOT NULL DEFAULT 0"),
    ])
    db.execute_sql("CREATE INDEX IF NOT EXISTS event_rdate_masters ON event (series_until_utc) "
                   "WHERE rrule = '' AND rdates != '[]'")


def _to_6(db: SqliteDatabase) -> None:
    """E-mail: user templates, the sent-mail log, the iTIP state of each invited event."""
    from opsassistant.db.models.mail import MAIL_MODELS

    db.create_tables(MAIL_MODELS)


def _to_7(db: SqliteDatabase) -> None:
    """Calendar files: the original TZID text and SEQUENCE of an event (idempotent: v1 may already have them)."""
    present = {row[1] for row in db.execute_sql("PRAGMA table_info(event)").fetchall()}
    if "tzid_text" not in present:
        db.execute_sql("ALTER TABLE event ADD COLUMN tzid_text VARCHAR(255) NOT NULL DEFAULT ''")
    if "sequence" not in present:
        db.execute_sql("ALTER TABLE event ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0")


def _to_8(db: SqliteDatabase) -> None:
    """Contacts keep every vCard property: name prefix and suffix as columns, the rest as verbatim lines."""
    from opsassistant.db.models.contacts import VCARD_LINE_MODELS

    _add_columns(db, "contact", [
        ("name_prefix", "VARCHAR(255) NOT NULL DEFAULT ''"),
        ("name_suffix", "VARCHAR(255) NOT NULL DEFAULT ''"),
    ])
    db.create_tables(VCARD_LINE_MODELS)


def _to_9(db: SqliteDatabase) -> None:
    """Work proportional to what is shown: materialised occurrences of each series and full-text search of
    events, both kept right by triggers whoever writes (``db/models/occurrence_index.py``)."""
    from opsassistant.db.models import occurrence_index

    for statement in occurrence_index.SQL + occurrence_index.FTS_TRIGGERS + occurrence_index.FILL:
        db.execute_sql(statement)


def _to_10(db: SqliteDatabase) -> None:
    """Free/busy: a calendar of an account may be an attendee's (their e-mail address), to read their busy times."""
    _add_columns(db, "sync_collection", [("attendee_email", "VARCHAR(255) NOT NULL DEFAULT ''")])


_INBOX_SQL = (
    'CREATE TABLE IF NOT EXISTS "schedule_inbox" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER NOT NULL,'
    ' "url" VARCHAR(255) NOT NULL, "none_noted" INTEGER NOT NULL, "noted" TEXT NOT NULL, "handled" TEXT NOT NULL,'
    ' FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "schedule_inbox_account_id" ON "schedule_inbox" ("account_id")',
    'CREATE TABLE IF NOT EXISTS "inbox_request" ("id" INTEGER NOT NULL PRIMARY KEY, "account_id" INTEGER,'
    ' "principal_id" INTEGER, "uid" VARCHAR(255) NOT NULL, "sequence" INTEGER NOT NULL, "method" VARCHAR(255) NOT NULL,'
    ' "summary" TEXT NOT NULL, "organizer" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL,'
    ' "received_at" VARCHAR(19) NOT NULL,'
    ' FOREIGN KEY ("account_id") REFERENCES "sync_account" ("id") ON DELETE SET NULL,'
    ' FOREIGN KEY ("principal_id") REFERENCES "principal" ("id") ON DELETE SET NULL)',
    'CREATE INDEX IF NOT EXISTS "inbox_request_account_id" ON "inbox_request" ("account_id")',
    'CREATE INDEX IF NOT EXISTS "inbox_request_principal_id" ON "inbox_request" ("principal_id")',
    'CREATE INDEX IF NOT EXISTS "inbox_request_uid" ON "inbox_request" ("uid")',
    'CREATE INDEX IF NOT EXISTS "inbox_request_received_at" ON "inbox_request" ("received_at")',
)


def _to_11(db: SqliteDatabase) -> None:
    """The scheduling inbox (RFC 6638): each account's inbox URL and the invitations read from it (``db/models/
    inbox.py``). Written out as SQL so that a later change of the models cannot change what this step creates."""
    for statement in _INBOX_SQL:
        db.execute_sql(statement)


# The main table of each area: a change counter per record, kept by SQLite itself (so no write path can miss it).
CHANGE_COUNTED = ("contact", "call", "trip", "outing", "outing_task")


def _to_12(db: SqliteDatabase) -> None:
    """A change counter per record on every area's main table, as the event has (sync and open windows compare
    it). Triggers keep it: a new row starts at 1, and every UPDATE that does not raise it itself raises it by one
    (a stale copy written back cannot lower it either)."""
    for table in CHANGE_COUNTED:
        _add_columns(db, table, [("change_count", "INTEGER NOT NULL DEFAULT 0")])
        db.execute_sql(f'UPDATE "{table}" SET change_count = 1 WHERE change_count = 0')
        db.execute_sql(
            f'CREATE TRIGGER IF NOT EXISTS "{table}_counted_insert" AFTER INSERT ON "{table}" '
            f'WHEN NEW.change_count < 1 BEGIN '
            f'UPDATE "{table}" SET change_count = 1 WHERE id = NEW.id; END')
        db.execute_sql(
            f'CREATE TRIGGER IF NOT EXISTS "{table}_counted_update" AFTER UPDATE ON "{table}" '
            f'WHEN NEW.change_count <= OLD.change_count BEGIN '
            f'UPDATE "{table}" SET change_count = OLD.change_count + 1 WHERE id = NEW.id; END')


def _to_13(db: SqliteDatabase) -> None:
    """A narrow index from a contact's id to its sort key: a search's first rows sort the FTS matches by name
    reading this index, not the wide contact rows (2-3x faster for a few thousand matches)."""
    db.execute_sql("CREATE INDEX IF NOT EXISTS contact_id_sort ON contact (id, deleted_at, sort_name)")


# Frozen SQL: the materialised occurrences' range indexes carry every column a range read takes, so a month of a
# busy calendar is read from the index alone (no lookup of each row in the table).
_COVERING_OCCURRENCES_SQL = (
    "DROP INDEX IF EXISTS event_occurrence_span",
    "CREATE INDEX IF NOT EXISTS event_occurrence_span ON event_occurrence (start_utc, end_utc, texts_id, long_span) "
    "WHERE long_span = 0",
    "DROP INDEX IF EXISTS event_occurrence_long",
    "CREATE INDEX IF NOT EXISTS event_occurrence_long ON event_occurrence (end_utc, start_utc, texts_id, long_span) "
    "WHERE long_span = 1",
)


def _to_14(db: SqliteDatabase) -> None:
    """Covering range indexes for the materialised occurrences."""
    for statement in _COVERING_OCCURRENCES_SQL:
        db.execute_sql(statement)


# Migration 15, frozen: which records sync must look at again. One row per object (kind, UID), its ``seq``
# raised past every other on each write that can change what the sync fingerprint reads, by triggers, so no
# writer (the app, the CLI, another process, raw SQL) can miss it.
_NEXT_SEQ = "(SELECT COALESCE(MAX(seq), 0) + 1 FROM sync_local_change)"
_EVENT_UIDS = ("SELECT uid AS u FROM event WHERE id IN ({ids}) UNION "
               "SELECT m.uid FROM event e JOIN event m ON m.id = e.series_id WHERE e.id IN ({ids})")
_CONTACT_UIDS = "SELECT uid AS u FROM contact WHERE id IN ({ids})"


def _logged(name: str, when: str, table: str, kind: str, uids: str) -> str:
    return (f'CREATE TRIGGER IF NOT EXISTS "{name}" AFTER {when} ON "{table}" BEGIN '
            f"INSERT OR REPLACE INTO sync_local_change (kind, uid, seq) SELECT '{kind}', u, {_NEXT_SEQ} "
            f"FROM ({uids}) WHERE u IS NOT NULL; END")


_LOCAL_CHANGE_SQL = (
    'CREATE TABLE IF NOT EXISTS "sync_local_change" ("kind" VARCHAR(255) NOT NULL, "uid" VARCHAR(255) NOT NULL,'
    ' "seq" INTEGER NOT NULL, PRIMARY KEY ("kind", "uid")) WITHOUT ROWID',
    'CREATE INDEX IF NOT EXISTS "sync_local_change_seq" ON "sync_local_change" ("seq")',
    # The objects whose fingerprint is unknown ("keep mine", a refused import): compared at every sync.
    'CREATE INDEX IF NOT EXISTS "sync_item_unfingerprinted" ON "sync_item" ("collection_id") WHERE fingerprint = \'\'',
    _logged("event_synced_insert", "INSERT", "event", "calendar",
            "SELECT NEW.uid AS u UNION SELECT uid FROM event WHERE id = NEW.series_id"),
    _logged("event_synced_update", "UPDATE", "event", "calendar",
            "SELECT OLD.uid AS u UNION SELECT NEW.uid UNION SELECT uid FROM event WHERE id IN (OLD.series_id, "
            "NEW.series_id)"),
    _logged("event_synced_delete", "DELETE", "event", "calendar",
            "SELECT OLD.uid AS u UNION SELECT uid FROM event WHERE id = OLD.series_id"),
    *[_logged(f"{table}_synced_{when.lower()}", when, table, "calendar", _EVENT_UIDS.format(ids=ids))
      for table in ("event_principal", "event_attendee")
      for when, ids in (("INSERT", "NEW.event_id"), ("UPDATE", "OLD.event_id, NEW.event_id"),
                        ("DELETE", "OLD.event_id"))],
    _logged("contact_synced_insert", "INSERT", "contact", "addressbook", "SELECT NEW.uid AS u"),
    _logged("contact_synced_update", "UPDATE", "contact", "addressbook", "SELECT OLD.uid AS u UNION SELECT NEW.uid"),
    _logged("contact_synced_delete", "DELETE", "contact", "addressbook", "SELECT OLD.uid AS u"),
    *[_logged(f"{table}_synced_{when.lower()}", when, table, "addressbook", _CONTACT_UIDS.format(ids=ids))
      for table in ("contact_phone", "contact_email", "contact_address", "contact_group_member")
      for when, ids in (("INSERT", "NEW.contact_id"), ("UPDATE", "OLD.contact_id, NEW.contact_id"),
                        ("DELETE", "OLD.contact_id"))],
    _logged("contact_group_synced_update", "UPDATE", "contact_group", "addressbook",
            "SELECT c.uid AS u FROM contact c JOIN contact_group_member m ON m.contact_id = c.id "
            "WHERE m.group_id IN (OLD.id, NEW.id)"),
    # An object sync no longer holds (or holds under another UID) may belong to another calendar or book now.
    'CREATE TRIGGER IF NOT EXISTS "sync_item_synced_delete" AFTER DELETE ON "sync_item" BEGIN '
    f"INSERT OR REPLACE INTO sync_local_change (kind, uid, seq) SELECT kind, OLD.uid, {_NEXT_SEQ} "
    "FROM sync_collection WHERE id = OLD.collection_id; END",
    'CREATE TRIGGER IF NOT EXISTS "sync_item_synced_update" AFTER UPDATE OF uid ON "sync_item" '
    "WHEN OLD.uid IS NOT NEW.uid BEGIN "
    f"INSERT OR REPLACE INTO sync_local_change (kind, uid, seq) SELECT kind, OLD.uid, {_NEXT_SEQ} "
    "FROM sync_collection WHERE id = OLD.collection_id; END",
)


def _to_15(db: SqliteDatabase) -> None:
    """Incremental sync looks only at what changed here: ``sync_local_change`` (kept by triggers on every table
    the sync fingerprints read), each object's ``seen_seq`` (the change it was last compared at) and each
    collection's ``local_mark`` (how far its last sync looked)."""
    _add_columns(db, "sync_item", [("seen_seq", "INTEGER NOT NULL DEFAULT 0")])
    _add_columns(db, "sync_collection", [("local_mark", "VARCHAR(255) NOT NULL DEFAULT ''")])
    for statement in _LOCAL_CHANGE_SQL:
        db.execute_sql(statement)


# Migration 16, frozen: the contacts list's search index in list order. ``contact_ranked`` holds the texts of
# ``contact_fts`` for each live contact under its rank (``contact_rank``: a sparse integer growing with
# ``sort_name, id``), so a page of matches is ``MATCH ? ORDER BY rowid LIMIT n``; triggers note each contact
# written in ``contact_rank_pending`` for ``services/contacts/ranking.py`` to place (whoever wrote it).
_RANKED_SQL = (
    'CREATE TABLE IF NOT EXISTS "contact_rank" ("contact_id" INTEGER NOT NULL PRIMARY KEY, "rank" INTEGER NOT NULL)',
    'CREATE UNIQUE INDEX IF NOT EXISTS "contact_rank_rank" ON "contact_rank" ("rank")',
    # contact_fts's columns and tokenizer (the same matches); prefix indexes up to 6 letters, so that the page of
    # a name typed so far ("hansen"*) streams from one doclist instead of merging the doclists of every word
    # it begins (each e-mail address's own word: tens of thousands at 1M contacts).
    "CREATE VIRTUAL TABLE IF NOT EXISTS contact_ranked USING fts5("
    "name, organisation, title, emails, phones, folded, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6')",
    'CREATE TABLE IF NOT EXISTS "contact_rank_pending" ("contact_id" INTEGER NOT NULL PRIMARY KEY)',
    'CREATE TRIGGER IF NOT EXISTS "contact_ranked_insert" AFTER INSERT ON "contact" BEGIN '
    "INSERT OR IGNORE INTO contact_rank_pending (contact_id) VALUES (NEW.id); END",
    'CREATE TRIGGER IF NOT EXISTS "contact_ranked_update" AFTER UPDATE ON "contact" BEGIN '
    "INSERT OR IGNORE INTO contact_rank_pending (contact_id) VALUES (OLD.id), (NEW.id); END",
    'CREATE TRIGGER IF NOT EXISTS "contact_ranked_delete" AFTER DELETE ON "contact" BEGIN '
    "INSERT OR IGNORE INTO contact_rank_pending (contact_id) VALUES (OLD.id); END",
    # The index of an existing file: ranks 2^32 apart, the texts copied in rank order with automatic merging
    # off and forced merges rarer (the fastest way to fill an FTS5 table), then both as contact_fts has them.
    "DELETE FROM contact_rank",
    "DELETE FROM contact_ranked",
    "INSERT INTO contact_rank (contact_id, rank) SELECT id, row_number() OVER (ORDER BY sort_name, id) * 4294967296 "
    "FROM contact WHERE deleted_at IS NULL",
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('automerge', 0)",
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('crisismerge', 64)",
    "INSERT INTO contact_ranked (rowid, name, organisation, title, emails, phones, folded) "
    "SELECT r.rank, f.name, f.organisation, f.title, f.emails, f.phones, f.folded "
    "FROM contact_rank r JOIN contact_fts f ON f.rowid = r.contact_id ORDER BY r.rank",
    # Merged here, once: left as filled, the first edit after the migration would merge it (17 s at 1M).
    "INSERT INTO contact_ranked (contact_ranked) VALUES ('optimize')",
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('automerge', 4)",
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('crisismerge', 16)",
    "DELETE FROM contact_rank_pending",
)


def _to_16(db: SqliteDatabase) -> None:
    """Contact search pages in list order: a page of the many matches of a short prefix stops after the page
    instead of listing and sorting every match (``services/contacts/ranking.py``)."""
    cache = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql("PRAGMA cache_size = -262144")  # the FTS build's merges: 256 MB while it runs
    try:
        for statement in _RANKED_SQL:
            db.execute_sql(statement)
    finally:
        db.execute_sql(f"PRAGMA cache_size = {cache}")


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [_to_1, _to_2, _to_3, _to_4, _to_5, _to_6, _to_7, _to_8,
                                                      _to_9, _to_10, _to_11, _to_12, _to_13, _to_14, _to_15,
                                                      _to_16, to_17, to_18]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, path: Path) -> int:
    """Run every migration after the file's version, each in its own transaction. Returns the new version."""
    version = schema_version(db)
    if version and version < SCHEMA_VERSION:
        from opsassistant.db.backup import backup_database

        backup_database(path, reason=f"before-migration-v{version}")
    for number in range(version + 1, SCHEMA_VERSION + 1):
        with db.atomic():
            MIGRATIONS[number - 1](db)
            db.execute_sql(f"PRAGMA user_version = {number}")
            # In the same transaction: a crash can never leave our tables without our mark.
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    if db.execute_sql("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        with db.atomic():  # a file left by an older version's crash between its first migration and the mark
            db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return SCHEMA_VERSION
