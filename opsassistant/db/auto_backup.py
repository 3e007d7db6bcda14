"""The automatic daily backup and its rotation, and the list of backups the restore dialog shows.

On the first start of each day an online backup (SQLite backup API) is written to ``backups/`` beside the
database as ``<stem>-YYYYMMDD-HHMMSS-auto.db``. Automatic backups are kept for the 7 most recent days that have
one, plus one per ISO week for the 4 weeks before those; other backups (manual, before a restore, before a
migration) are never removed automatically. The date of the last automatic backup is stored in ``Setting``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from opsassistant.db.backup import backup_database
from opsassistant.db.models.base import database
from opsassistant.db.models.settings import Setting
from opsassistant.paths import backups_dir

SETTING_KEY = "last_auto_backup"
REASON = "auto"
KEEP_DAILY = 7
KEEP_WEEKLY = 4

_NAME = re.compile(r"-(\d{8})-(\d{6})-(?P<reason>[a-z0-9-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime  # local time the backup was written (from its name, else the file's time)
    reason: str  # "auto", "manual", "before-restore", "before-migration-v1", … ("" when unknown)
    size: int

    @property
    def automatic(self) -> bool:
        return self.reason == REASON


def parse_name(name: str) -> tuple[datetime, str] | None:
    match = _NAME.search(name)
    if not match:
        return None
    try:
        return datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S"), match.group("reason")
    except ValueError:
        return None


def belongs_to(name: str, db_path: Path) -> bool:
    """Whether backup file ``name`` is one of ``db_path``'s. A name we gave (``<stem>-YYYYMMDD-HHMMSS-<reason>.db``)
    must carry this database's stem exactly, so two databases in one folder (``work.db``, ``home.db``,
    ``work-2.db``) never see, restore or prune each other's; a file copied in by hand under another name is
    offered to each (and never pruned)."""
    match = _NAME.search(name)
    if match is None:
        return True
    return name[:match.start()] == Path(db_path).stem


def list_backups(db_path: Path) -> list[BackupFile]:
    """The backups of ``db_path`` in ``backups/`` beside it (named after it), newest first."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.db"):
        if not belongs_to(path.name, db_path):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        parsed = parse_name(path.name)
        taken, reason = parsed if parsed else (datetime.fromtimestamp(stat.st_mtime), "")
        found.append(BackupFile(path, taken, reason, stat.st_size))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def select_to_keep(taken: Iterable[datetime], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[datetime]:
    """Which automatic backups to keep (pure): the newest of each of the ``daily`` most recent days, then the
    newest of each of the ``weekly`` most recent ISO weeks older than the oldest kept day."""
    newest_per_day: dict[date, datetime] = {}
    for moment in taken:
        day = moment.date()
        if day not in newest_per_day or moment > newest_per_day[day]:
            newest_per_day[day] = moment
    days = sorted(newest_per_day, reverse=True)
    keep_days = days[:daily]
    keep = {newest_per_day[d] for d in keep_days}
    if not keep_days:
        return keep
    oldest_kept = min(keep_days)
    newest_per_week: dict[tuple[int, int], datetime] = {}
    for day in days[daily:]:
        if day >= oldest_kept:
            continue
        week = tuple(day.isocalendar())[:2]
        moment = newest_per_day[day]
        if week not in newest_per_week or moment > newest_per_week[week]:
            newest_per_week[week] = moment
    for week in sorted(newest_per_week, reverse=True)[:weekly]:
        keep.add(newest_per_week[week])
    return keep


def prune(db_path: Path, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY, now: datetime | None = None
          ) -> list[Path]:
    """Delete the automatic backups rotation no longer keeps (and left-over partial files); returns them."""
    now = now or datetime.now()
    automatic = [b for b in list_backups(db_path) if b.automatic]
    # Backups dated in the future (a clock that jumped ahead) are kept but do not take today's places.
    keep = select_to_keep((b.taken for b in automatic if b.taken <= now), daily, weekly)
    keep |= {b.taken for b in automatic if b.taken > now}
    removed = []
    for backup in automatic:
        if backup.taken not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    folder = backups_dir(Path(db_path))
    for partial in folder.glob("*.db.part"):
        if belongs_to(partial.name[: -len(".part")], db_path):
            partial.unlink(missing_ok=True)  # from a run of this database that died mid-backup
    return removed


def last_backup_date() -> date | None:
    row = Setting.get_or_none(Setting.key == SETTING_KEY)
    if row is None:
        return None
    try:
        return date.fromisoformat(row.value)
    except ValueError:
        return None


def is_due(today: date | None = None) -> bool:
    """True when no automatic backup was taken today (needs the database open).

    A last date *after* today means the clock was wrong then (or is now): due, rather than no backup until the
    calendar catches up with it."""
    today = today or date.today()
    last = last_backup_date()
    return last is None or last != today


def run_daily_backup(db_path: Path, now: datetime | None = None) -> Path | None:
    """Take today's automatic backup if it is due, rotate, and remember the date; returns the file or None.

    Safe while the app uses the database: the backup API copies a consistent snapshot.
    """
    now = now or datetime.now()
    if not is_due(now.date()):
        return None
    db_path = Path(db_path)
    target = backups_dir(db_path) / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}-{REASON}.db"
    written = backup_database(db_path, target)
    with database.atomic():
        Setting.replace(key=SETTING_KEY, value=now.date().isoformat()).execute()
    prune(db_path, now=now)
    return written


def run_in_background(db_path: Path, on_done: Callable[[Path | None, BaseException | None], None] | None = None
                      ) -> threading.Thread:
    """Run ``run_daily_backup`` on a worker thread so start-up is not delayed by a large file.

    The thread uses its own SQLite connection and closes it. ``on_done(path, error)`` is called on the worker
    thread (from Qt, re-emit it as a signal). Not a daemon: quitting waits for a backup under way to finish.
    """

    def work() -> None:
        result: Path | None = None
        error: BaseException | None = None
        try:
            result = run_daily_backup(db_path)
        except BaseException as exc:  # reported, never raised on a worker thread
            error = exc
            import logging

            logging.getLogger(__name__).exception("automatic backup failed")
        finally:
            if not database.is_closed():
                database.close()  # this thread's connection only
        if on_done is not None:
            on_done(result, error)

    thread = threading.Thread(target=work, name="auto-backup", daemon=False)
    thread.start()
    return thread
