"""Automatic daily backups: due once a day, rotation 7 daily + 4 weekly, the list the restore dialog shows."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from opsassistant.db import auto_backup
from opsassistant.db.models.settings import Setting
from opsassistant.paths import backups_dir


def _days(start: date, count: int, hour: int = 9) -> list[datetime]:
    return [datetime.combine(start - timedelta(days=i), datetime.min.time()).replace(hour=hour) for i in range(count)]


def test_keeps_seven_days_then_four_weeks():
    taken = _days(date(2026, 11, 28), 60)
    keep = auto_backup.select_to_keep(taken)
    assert len(keep) == 11
    kept_days = sorted((m.date() for m in keep), reverse=True)
    assert kept_days[:7] == [date(2026, 11, 28) - timedelta(days=i) for i in range(7)]
    # the oldest daily is Sun 22 Nov (week 47); weeklies are the newest of each week before that day
    weekly = kept_days[7:]
    assert [tuple(d.isocalendar())[:2] for d in weekly] == [(2026, 47), (2026, 46), (2026, 45), (2026, 44)]
    assert weekly[0] == date(2026, 11, 21)  # Saturday: the newest day of week 47 older than the dailies
    assert weekly[1] == date(2026, 11, 15)  # Sunday: the newest of week 46


def test_newest_of_a_day_wins():
    morning = datetime(2026, 11, 28, 8, 0)
    evening = datetime(2026, 11, 28, 18, 0)
    assert auto_backup.select_to_keep([morning, evening]) == {evening}


def test_gaps_count_days_with_backups_not_calendar_days():
    taken = [datetime(2026, 1, 1) + timedelta(days=10 * i) for i in range(8)]
    keep = auto_backup.select_to_keep(taken)
    assert keep == set(taken)  # 7 daily + the oldest as a weekly


def test_empty():
    assert auto_backup.select_to_keep([]) == set()


@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=80))
def test_rotation_properties(taken):
    keep = auto_backup.select_to_keep(taken)
    assert keep <= set(taken)
    assert len(keep) <= 11
    if taken:
        assert max(taken) in keep  # the newest backup is never removed
    days = {m.date() for m in taken}
    assert len(keep) >= min(len(days), 7)
    assert auto_backup.select_to_keep(keep) == keep  # stable: rotating again removes nothing


def test_first_start_of_the_day_backs_up_once(db, db_path):
    now = datetime(2026, 11, 28, 9, 15, 0)
    written = auto_backup.run_daily_backup(db_path, now)
    assert written == backups_dir(db_path) / "ops-20261128-091500-auto.db"
    conn = sqlite3.connect(written)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert Setting.get_by_id("last_auto_backup").value == "2026-11-28"
    assert auto_backup.run_daily_backup(db_path, now + timedelta(hours=3)) is None
    assert not auto_backup.is_due(date(2026, 11, 28))
    assert auto_backup.is_due(date(2026, 11, 29))
    assert auto_backup.run_daily_backup(db_path, now + timedelta(days=1)) is not None


def test_a_month_of_starts_keeps_the_rotation_and_other_backups(db, db_path):
    from opsassistant.db.backup import backup_database

    manual = backup_database(db_path, reason="manual")
    start = datetime(2026, 10, 1, 8, 30)
    for i in range(45):
        auto_backup.run_daily_backup(db_path, start + timedelta(days=i))
    backups = auto_backup.list_backups(db_path)
    automatic = [b for b in backups if b.automatic]
    assert len(automatic) == 11
    assert automatic[0].taken == start + timedelta(days=44)
    assert manual in [b.path for b in backups]  # never rotated away
    assert all(b.size > 0 for b in backups)
    assert [b.taken for b in backups] == sorted((b.taken for b in backups), reverse=True)


def test_partial_files_are_cleaned(db, db_path):
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ops-20260101-000000-auto.db.part").write_bytes(b"half")
    auto_backup.run_daily_backup(db_path, datetime(2026, 11, 28, 9))
    assert not list(folder.glob("*.part"))


def test_list_backups_reads_names_and_falls_back_to_file_time(tmp_path):
    db_path = tmp_path / "x.db"
    folder = backups_dir(db_path)
    folder.mkdir()
    (folder / "x-20261127-101010-before-restore.db").write_bytes(b"1234")
    (folder / "copied by hand.db").write_bytes(b"12")
    (folder / "notes.txt").write_text("not a backup")
    found = auto_backup.list_backups(db_path)
    assert {b.path.name for b in found} == {"x-20261127-101010-before-restore.db", "copied by hand.db"}
    named = next(b for b in found if b.reason == "before-restore")
    assert named.taken == datetime(2026, 11, 27, 10, 10, 10)
    assert named.size == 4
    assert auto_backup.list_backups(tmp_path / "nowhere" / "y.db") == []


def test_background_backup_reports_its_file(db, db_path):
    results = []
    thread = auto_backup.run_in_background(db_path, lambda path, error: results.append((path, error)))
    thread.join(timeout=30)
    assert len(results) == 1
    path, error = results[0]
    assert error is None and path.exists()
    assert not auto_backup.is_due()  # the worker's write is visible on the main connection
