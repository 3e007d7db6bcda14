"""The bench's set-up helpers: what lets ``--scale 10`` run in minutes (copies only where a row writes, caches of
set-up kept between runs, one run for work two rows share) and what keeps its memory rows honest (the page
cache, a stopped process's peak). No timing is asserted (benchmarks are not tests)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

from opsassistant.devtools import bench, benchlib


def test_only_the_areas_that_use_the_bench_database_get_a_copy_of_it():
    assert not bench.needs_bench(("sync", "concurrency", "calls"))
    assert bench.needs_bench(("sync", "travel"))
    assert all(bench.needs_bench((area,)) for area in ("startup", "contacts", "calendar", "travel"))


def test_page_cache_is_read_from_the_apps_pragma(monkeypatch):
    from opsassistant.db import database

    assert benchlib.page_cache_mb() == round(-database.PRAGMAS["cache_size"] * 1024 / 2**20, 2)
    monkeypatch.setitem(database.PRAGMAS, "cache_size", -2048)  # KiB
    assert benchlib.page_cache_mb() == 2.0
    monkeypatch.setitem(database.PRAGMAS, "cache_size", 512)  # pages of 4 KiB
    assert benchlib.page_cache_mb() == 2.0


def test_data_mb_counts_the_named_tables_only(tmp_path):
    path = tmp_path / "d.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE big (t)")
    connection.execute("CREATE TABLE other (t)")
    connection.executemany("INSERT INTO big VALUES (?)", [("x" * 1000,) for _ in range(3000)])
    connection.executemany("INSERT INTO other VALUES (?)", [("y" * 1000,) for _ in range(1000)])
    connection.commit()
    connection.close()
    big, other = benchlib.data_mb(path, ("big",)), benchlib.data_mb(path, ("other",))
    assert 2.8 <= big <= 3.6 and 0.9 <= other <= 1.3
    assert abs(benchlib.data_mb(path, ("big", "other")) - (big + other)) <= 0.11
    assert benchlib.data_mb(path, ("missing",)) == 0


def _runs(peaks: dict[int, float]):
    return lambda size: benchlib.ProcessRun(1000.0, peaks[size], 0, "")


def test_a_slope_inside_the_page_cache_is_not_extrapolated(monkeypatch):
    monkeypatch.setattr(benchlib, "page_cache_mb", lambda: 16.0)
    inside = benchlib.scaling_row("export", "contacts", "≤ 150 MB at 1M", [10_000, 20_000],
                                  _runs({10_000: 60.0, 20_000: 64.0}), footprint={10_000: 3.0, 20_000: 6.0}.get)
    assert "not extrapolated" in inside.note and "≈" not in inside.note
    assert "data read 3 and 6 MB" in inside.note
    assert inside.memory_mb == 64.0
    past = benchlib.scaling_row("export", "contacts", "≤ 150 MB at 1M", [60_000, 120_000],
                                _runs({60_000: 80.0, 120_000: 81.0}), footprint={60_000: 18.0, 120_000: 36.0}.get)
    assert "both past the 16 MB page cache" in past.note
    assert "≈ 96 MB at 1M (linear)" in past.note  # 81 + 1 MB per 60k × 880k
    plain = benchlib.scaling_row("export", "contacts", "≤ 150 MB at 1M", [10_000, 20_000],
                                 _runs({10_000: 60.0, 20_000: 64.0}))
    assert "≈ 456 MB at 1M (linear)" in plain.note  # 64 + 4 MB per 10k × 980k: as before, without a footprint


def test_a_process_past_its_timeout_is_stopped_and_its_peak_kept():
    done = benchlib.run_process([sys.executable, "-c", "b = bytearray(60 * 1024 * 1024); b[::4096] = "
                                 "b'y' * len(b[::4096]); import time; time.sleep(60)"], timeout_s=3)
    assert done.timed_out and done.returncode != 0 and "KeyboardInterrupt" in done.stderr  # stopped as by Ctrl+C
    assert done.peak_mb >= 60
    stubborn = benchlib.run_process([sys.executable, "-c", "import signal, time; signal.signal(signal.SIGINT, "
                                     "signal.SIG_IGN); print('ready', flush=True); time.sleep(60)"], timeout_s=3)
    assert stubborn.timed_out and stubborn.returncode == -9  # killed when Ctrl+C is not enough
    finished = benchlib.run_process([sys.executable, "-c", "pass"], timeout_s=60)
    assert not finished.timed_out and finished.returncode == 0


def test_the_call_sheet_on_the_call_logs_file_reports_a_stop(tmp_path, monkeypatch):
    from opsassistant.db.database import close_database, open_database
    from opsassistant.devtools import bench_calls

    # A real sheet of 2,000 open call-backs takes seconds (≈ 160 pages): it cannot be done in 0.2 s, whereas a
    # missing file is refused faster than that now that the command line starts without Qt.
    path = tmp_path / "calls.db"
    open_database(path)
    try:
        bench_calls.seed_open(2_000)
    finally:
        close_database()
    monkeypatch.setattr(bench_calls, "SHEET_TIMEOUT_S", 0.2)
    row = bench_calls.call_sheet_on_log(tmp_path, path, "10M calls", 200_000)
    assert row.median_ms is None and row.note.startswith("stopped after 0.2 s, not done")
    assert row.data == "10M calls (200000 open call-backs)"


def test_the_sync_rows_time_the_windows_own_sync(monkeypatch):
    """The frame-time row's first sync is a sample of the first-sync row: engine.sync_account is timed where
    the window's worker calls it, and put back afterwards."""
    from opsassistant.devtools import bench_sync
    from opsassistant.sync import engine

    def fake(name, **_kwargs):
        return f"report of {name}"

    monkeypatch.setattr(engine, "sync_account", fake)

    class Clock:
        total = 0.25

        def reset(self):
            pass

    wall, server = [], []
    timed = bench_sync._TimedAccountSync(Clock(), wall, server)
    assert engine.sync_account("bench", progress=print) == "report of bench"
    timed.close()
    assert engine.sync_account is fake
    assert timed.report == "report of bench" and len(wall) == 1 and server == [250.0]


def test_radicales_index_is_kept_and_reused(tmp_path, monkeypatch):
    from opsassistant.devtools import bench_sync

    monkeypatch.setenv(benchlib.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(benchlib.FULL_SIZE_ENV, raising=False)
    assert bench_sync.index_cache(20, 1.0) is None  # scale 1 and below: nothing cached
    cached = bench_sync.index_cache(20, 10)
    assert cached is not None and not cached.exists()
    froms = []
    for run in range(2):
        process, url, _listing, made = bench_sync._radicale(tmp_path / f"run{run}", 20, cached)
        try:
            froms.append(made)
            assert (tmp_path / f"run{run}" / "data" / "collection-root" / "bench" / "bench"
                    / bench_sync.RADICALE_INDEX).is_dir()
        finally:
            process.kill()
            process.wait(10)
    assert froms == ["made now", "reused from the bench cache"]
    assert cached.is_dir() and any(cached.rglob("*"))


def test_one_child_imports_a_large_calendar_and_exports_it(tmp_path):
    import subprocess

    from opsassistant.devtools.bench_calendar import write_ics

    source, target, result = tmp_path / "big.ics", tmp_path / "big.db", tmp_path / "result.json"
    write_ics(source, 40, date.today(), seed=7, prefix="big")
    subprocess.run([sys.executable, "-m", "opsassistant.devtools.bench_ical", "import-export", str(source),
                    str(target), str(result)], check=True, capture_output=True)
    measured = json.loads(result.read_text())
    assert measured["ms"] > 0 and measured["export_ms"] > 0 and measured["peak_mb"] > 0
    assert measured["extra_mb"] is not None
    assert sqlite3.connect(target).execute("SELECT count(*) FROM event").fetchone()[0] == 40


def test_a_cold_import_in_place_goes_into_the_bench_database_itself(tmp_path):
    from opsassistant.db.database import close_database, open_database
    from opsassistant.devtools import bench_calendar

    database = tmp_path / "bench.db"
    open_database(database)
    close_database()
    row = bench_calendar.cold_import(tmp_path, 30, into=database, in_place=True)
    assert row.median_ms is not None, row.note
    assert "into the bench database itself" in row.data
    assert "1 run(s)" in row.note and "fresh copy" not in row.note
    assert sqlite3.connect(database).execute("SELECT count(*) FROM event").fetchone()[0] == 30
    assert not list(tmp_path.glob("import-*.db"))  # no copy made


def test_a_cold_import_finds_the_file_as_the_app_leaves_it_on_closing(tmp_path):
    """The row times the import, not the quick_check of a file changed outside the program: the copy is
    stamped verified first, and the import process says it skipped the check."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.devtools import bench_calendar

    database = tmp_path / "bench.db"
    open_database(database)
    close_database()
    row = bench_calendar.cold_import(tmp_path, 20, runs=1, into=database)
    assert row.median_ms is not None, row.note
    assert "stamped verified" in row.note
    env = bench_calendar._import_env(tmp_path)  # the import process's own data folder, where stamps live
    check = ("import sys; from opsassistant.db import integrity, verified; integrity.refuse_damaged(sys.argv[1]); "
             "print(verified.skipped)")

    def skipped() -> str:
        return subprocess.run([sys.executable, "-c", check, str(database)], env=env, capture_output=True,
                              text=True, check=True).stdout.strip()

    def changed_outside_the_program(table: str) -> None:
        with sqlite3.connect(database) as connection:
            connection.execute(f"CREATE TABLE {table} (x)")
        connection.close()

    changed_outside_the_program("scratch_a")
    assert skipped() == "0"  # the check runs (and stamps the file as it is now)
    changed_outside_the_program("scratch_b")
    assert benchlib.stamped_as_closed(database, env)
    assert skipped() == "1"


def test_the_paint_rows_give_the_view_other_occurrences_every_time():
    """The week and month paint rows must not be repaints from the views' caches: consecutive lists differ."""
    from itertools import islice

    from opsassistant.devtools.bench_calendar import _changing

    items = ["a", "b", "c"]
    lists = list(islice(_changing(items), 6))
    assert all(first != second for first, second in zip(lists, lists[1:], strict=False))
    assert lists[0] == items and lists[1] == ["b", "c"]


def test_seeded_contacts_are_in_the_list_ordered_index(tmp_path):
    """The keystroke row must measure the search a user gets: raw-SQL seeding leaves no contact pending."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import database
    from opsassistant.devtools import bench_contacts
    from opsassistant.services.contacts import ranking

    open_database(tmp_path / "seeded.db")
    try:
        bench_contacts.seed(500)
        assert ranking.pending(10) == 0 and ranking.ready()
        assert database.execute_sql("SELECT count(*) FROM contact_rank").fetchone()[0] == 500
    finally:
        close_database()
