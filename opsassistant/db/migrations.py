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


MIGRATIONS: list[Callable[[SqliteDatabase], None]] = [_to_1]
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
