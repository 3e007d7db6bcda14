"""Ordered schema migrations. ``PRAGMA user_version`` holds the version reached.

To change the schema: add a function ``_to_N(db)`` and append it to ``MIGRATIONS``. Before any migration of an
existing file a backup is written to ``backups/``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from opsassistant.db import models as m
from opsassistant.db.database import APPLICATION_ID


def _to_1(db: SqliteDatabase) -> None:
    from opsassistant.db.models import calendar, calls, contacts, outings, travel

    db.create_tables(m.ALL_MODELS)
    for module in (contacts, calendar, calls, outings, travel):
        for statement in getattr(module, "EXTRA_SQL", []):
            db.execute_sql(statement)


def _to_2(db: SqliteDatabase) -> None:
    """Calendar files: the original TZID text and SEQUENCE of an event (idempotent: v1 may already have them)."""
    present = {row[1] for row in db.execute_sql("PRAGMA table_info(event)").fetchall()}
    if "tzid_text" not in present:
        db.execute_sql("ALTER TABLE event ADD COLUMN tzid_text VARCHAR(255) NOT NULL DEFAULT ''")
    if "sequence" not in present:
        db.execute_sql("ALTER TABLE event ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0")


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [_to_1, _to_2]
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
    if version < SCHEMA_VERSION:
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    return SCHEMA_VERSION
