"""``demo``, ``backup``, ``restore`` and ``check``."""

from __future__ import annotations

from pathlib import Path

from opsassistant.cli import EXIT_FAILED
from opsassistant.commands.common import database_path, open_from_args
from opsassistant.i18n.messages import translate


def run_demo(args) -> int:
    open_from_args(args)
    from opsassistant.services.demo import DatabaseNotEmptyError, fill_demo

    try:
        summary = fill_demo()
    except DatabaseNotEmptyError as exc:
        from opsassistant.cli import CommandError

        raise CommandError(str(exc)) from exc
    print(summary)
    return 0


def run_backup(args) -> int:
    from opsassistant.db.backup import backup_database

    path = open_from_args(args, create=False)
    from opsassistant.db.integrity import refuse_damaged

    refuse_damaged(path)  # a backup of a damaged file is no backup
    target = backup_database(path, Path(args.output) if args.output else None)
    print(translate("Cli", "Backup written to {path}.").format(path=target))
    return 0


def run_restore(args) -> int:
    from opsassistant.db.backup import restore_database
    from opsassistant.db.database import check_openable, close_database
    from opsassistant.db.lock import acquire

    live = database_path(args)
    if live.exists():
        check_openable(live)
    close_database()
    with acquire(live):  # never replace the file under a running window (InUseError: exit 1)
        safety = restore_database(Path(args.file), live)
        print(translate("Cli", "Restored {file}. The replaced database was kept as {safety}.")
              .format(file=args.file, safety=safety))
        open_from_args(args)  # runs any migration the restored file needs
    return 0


def run_check(args) -> int:
    """Read-only: a damaged file or WAL is reported in one sentence and left exactly as it is."""
    from opsassistant.db.backup import check_file
    from opsassistant.db.errors import MissingDatabaseError

    path = database_path(args)
    if not path.exists():
        raise MissingDatabaseError(path)
    from opsassistant.db import verified

    state = verified.file_state(path)  # before the check: a change while it runs leaves nothing remembered
    report = check_file(path)
    if report.ok:
        verified.write_stamp(path, state)  # the next writing command need not run quick_check again
    print(translate("Cli", "Integrity: {result}").format(result=", ".join(report.integrity)))
    print(translate("Cli", "Foreign key problems: {count}").format(count=report.foreign_key_problems))
    print(translate("Cli", "Schema version: {version}").format(version=report.schema_version))
    for table, count in report.row_counts.items():
        print(f"  {table}: {count}")
    from opsassistant.db.database import close_database, open_read_only
    from opsassistant.db.migrations import SCHEMA_VERSION
    from opsassistant.services.reception import retention

    if report.schema_version == SCHEMA_VERSION:  # an older file has no visitor log of this shape yet
        open_read_only(path)  # writes nothing, also on a read-only disk
        try:
            print("\n".join(retention.check_lines()))
        finally:
            close_database()
    return 0 if report.ok else EXIT_FAILED
