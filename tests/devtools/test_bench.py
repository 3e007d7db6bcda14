"""The bench command at a tiny scale: it runs, seeds, launches the app and prints every budget row.

No timing is asserted (benchmarks are not tests)."""

from __future__ import annotations

import json
import re

from opsassistant.devtools import bench

# DESIGN.md's performance budget, copied here so the test fails if the printed table loses a row.
DESIGN_ROWS = [
    ("start to main window painted", "≤ 600 ms"),
    ("contact search, per keystroke", "≤ 16 ms"),
    ("open the call log and scroll to its end", "≤ 100 ms, ≤ 60 MB extra memory"),
    ("paint the week view", "≤ 30 ms"),
    ("import an .ics", "≤ 1.5 s"),
    ("import a .vcf", "≤ 2 s"),
    ("itinerary PDF", "≤ 200 ms"),
    ("phone list PDF", "≤ 3 s"),
]


def test_json_table_has_every_budget_row(qapp, tmp_path, capsys, monkeypatch):
    from opsassistant.devtools import bench_calendar, bench_contacts

    monkeypatch.setattr(bench, "STARTUP_RUNS", 1)  # qapp: the area benches must share the session's app
    monkeypatch.setattr(bench_calendar, "IMPORT_RUNS", 1)
    monkeypatch.setattr(bench_contacts, "KEY_ROUNDS", 1)
    monkeypatch.setattr(bench_calendar, "EXPAND_SUBSET", 3)  # the large-scale path: a subset, extrapolated
    database = tmp_path / "bench.db"
    assert bench.run(scale=0.0005, as_json=True, database=str(database)) == 0
    rows = json.loads(capsys.readouterr().out)
    whats = [row["what"] for row in rows]
    assert whats[:len(DESIGN_ROWS)] == [what for what, _budget in DESIGN_ROWS]
    assert [row["budget"] for row in rows[:len(DESIGN_ROWS)]] == [budget for _what, budget in DESIGN_ROWS]
    for row in rows:
        assert {"what", "data", "budget", "median_ms", "min_ms", "max_ms", "memory_mb", "note"} <= set(row)
    startup = rows[0]
    assert startup["median_ms"] is not None, startup["note"]
    assert startup["min_ms"] <= startup["median_ms"] <= startup["max_ms"]
    events = int(re.match(r"\d+ contacts, (\d+) events, \d+ calls", startup["data"]).group(1))
    assert events == 50  # 100k × scale
    assert database.exists()
    by_what = {row["what"]: row for row in rows}
    # The calendar rows run on the seeded bench database (not on a file another area left open).
    assert f"added to {events} seeded events" in by_what["paint the week view"]["data"]
    assert by_what["load the week's occurrences"]["data"].endswith(f", {events + 1} events")  # + the week's one
    imported = by_what["import an .ics"]
    assert imported["median_ms"] is not None, imported["note"]
    assert "cold `opsassistant import` process" in imported["note"]
    assert imported["memory_mb"] > 0  # the process's own peak RSS
    assert imported["min_ms"] <= imported["median_ms"] <= imported["max_ms"]
    keystroke = by_what["contact search, per keystroke"]
    assert "typed into the real panel" in keystroke["note"]
    assert keystroke["min_ms"] <= keystroke["median_ms"] <= keystroke["max_ms"]
    assert "contact search, SQL only" in by_what
    # The calendar's Today start-up is the start-up row's launches (the same program on the same file), not
    # a second set of them.
    assert by_what["Today start-up"]["note"].startswith("the start-up row's launches"), by_what["Today start-up"]
    assert by_what["Today start-up"]["median_ms"] == startup["median_ms"]
    expanded = by_what["expand every series after a bulk import"]
    assert re.match(r"\d+ of \d+ series \(every \d+th\) → \d+ rows", expanded["data"]), expanded["data"]
    assert "µs a series, so ≈" in expanded["note"]


def test_seeded_calendar_is_shaped_like_a_real_one(db):
    from opsassistant.db.models import Event
    from opsassistant.devtools import bench_calendar

    bench_calendar.seed(600)
    events = list(Event.select())
    assert len(events) == 600
    masters = [e for e in events if e.series_id is None]
    series = [e for e in masters if e.rrule]
    assert 0.15 <= len(series) / len(masters) <= 0.25
    assert any(e.exdates for e in series) and len(events) > len(masters)  # EXDATEs and moved occurrences
    assert {e.start_timezone for e in events if not e.all_day} == {
        "Europe/Copenhagen", "Europe/London", "America/New_York"}
    all_day = [e for e in events if e.all_day]
    assert all_day and any((e.end_date - e.start_date).days > 1 for e in all_day)
    assert any(not e.all_day and (e.end_utc - e.start_utc).days >= 1 for e in events)


def test_text_table_is_aligned(capsys):
    rows = bench.table([bench.BenchRow(bench.STARTUP, "1 contact", "≤ 600 ms", 123.4, 80.0, "median of 5")])
    text = bench.render_text(rows)
    lines = text.splitlines()
    assert len(lines) == 2 + len(bench.BUDGET)
    assert "123.4" in lines[2]
    assert lines[3].count("—") == 4  # median, min–max, memory and verdict of an unmeasured row
    column = lines[0].index("budget")
    assert all(line[column - 2:column] == "  " for line in lines[2:])


def test_a_copied_calendar_has_the_occurrences_its_series_make(db, monkeypatch):
    """Above its template the seeder copies events in SQL, materialised occurrences with them: expanding every
    series again gives the very rows it copied, and the search index holds every copy."""
    from datetime import datetime

    from opsassistant.db.models import Event, database
    from opsassistant.devtools import bench_calendar
    from opsassistant.services.calendar import occurrences_index
    from opsassistant.services.calendar.occurrences import HOME_ZONE, zone

    monkeypatch.setattr(bench_calendar, "TEMPLATE", 300)
    bench_calendar.seed(1000)
    total = Event.select().count()
    assert 1000 <= total < 1100  # a series is copied whole, so the last copy may run a little over
    assert len({e.uid for e in Event.select(Event.uid).where(Event.series.is_null())}) == \
        Event.select().where(Event.series.is_null()).count()
    assert database.execute_sql("SELECT count(*) FROM event_occurrence_dirty").fetchone()[0] == 0
    assert database.execute_sql("SELECT count(*) FROM event_fts").fetchone()[0] == total
    copied = database.execute_sql("SELECT * FROM event_occurrence ORDER BY 1, 2").fetchall()
    assert any(row[0] > 600 for row in copied)
    database.execute_sql("INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT id FROM event "
                         "WHERE (rrule != '' OR rdates != '[]') AND deleted_at IS NULL")
    occurrences_index.refresh(datetime.now(zone(HOME_ZONE)))
    assert database.execute_sql("SELECT * FROM event_occurrence ORDER BY 1, 2").fetchall() == copied


def test_copied_contacts_have_numbers_and_addresses_of_their_own(db, monkeypatch):
    from opsassistant.db.models import database
    from opsassistant.devtools import bench_contacts
    from opsassistant.services.contacts import matching

    monkeypatch.setattr(bench_contacts, "TEMPLATE", 200)
    bench_contacts.seed(700)
    counts = database.execute_sql("SELECT count(*), count(DISTINCT primary_phone), count(DISTINCT primary_email), "
                                  "count(DISTINCT uid) FROM contact").fetchone()
    assert counts == (700, 700, 700, 700)
    assert database.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0] == 700
    typed, cid = database.execute_sql("SELECT typed, contact_id FROM contact_phone WHERE contact_id = 650").fetchone()
    assert [c.id for c in matching.match_number(typed)] == [cid]


def test_seeded_calls_are_spread_over_two_years_with_open_call_backs(db):
    from opsassistant.db.models import Call, database
    from opsassistant.devtools import bench_calls

    bench_calls.seed(5000)
    assert Call.select().count() == 5000
    first, last, open_, directions = database.execute_sql(
        "SELECT min(when_utc), max(when_utc), sum(status = 'open'), count(DISTINCT direction) FROM call").fetchone()
    assert (last[:4] and int(last[:4]) - int(first[:4])) in (1, 2, 3) and 40 <= open_ <= 160 and directions == 3
    indexes = database.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'call'")
    assert indexes.fetchone()[0] >= 10  # dropped for the bulk insert, built again after it


def test_a_seeded_file_is_cached_once_and_reused(tmp_path, monkeypatch):
    import sqlite3

    from opsassistant.devtools import benchlib

    monkeypatch.setenv(benchlib.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(benchlib.FULL_SIZE_ENV, raising=False)
    filled = []

    def fill(path):
        filled.append(path)
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE t (n)")
        connection.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(100)])
        connection.commit()
        connection.close()

    assert benchlib.cached_database("x", 1.0, fill) is None  # scale 1 and below always seed afresh
    first = benchlib.cached_database("x", 10, fill)
    again = benchlib.cached_database("x", 10, fill)
    assert first == again == tmp_path / "cache" / f"x-scale10-v{benchlib.SEED_VERSION}.db"
    assert len(filled) == 1 and filled[0] != first  # filled under another name, renamed once complete
    assert not list((tmp_path / "cache").glob("*.partial*")) and not list((tmp_path / "cache").glob("*-wal"))
    copy = benchlib.copied(first, tmp_path / "copy.db")
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM t").fetchone()[0] == 100
    monkeypatch.setenv(benchlib.CACHE_ENV, "off")
    assert benchlib.cached_database("x", 10, fill) is None


def test_job_rows_are_held_to_the_budget_and_database_rows_to_budget_times_ln_scale():
    from opsassistant.devtools.benchlib import DATABASE, JOB

    rows = bench.table([bench.BenchRow("import a .vcf", "10k contacts", "≤ 2 s", 2500.0, kind=JOB),
                        bench.BenchRow("contact search, per keystroke", "1M contacts", "≤ 16 ms", 30.0)])
    by_what = {row.what: row for row in rows}
    assert by_what["contact search, per keystroke"].kind == DATABASE
    assert by_what["itinerary PDF"].kind == JOB  # unmeasured DESIGN rows know their kind too
    judged = dict(zip([row.what for row in rows], bench.verdicts(rows, 10), strict=True))
    assert judged["import a .vcf"] == ("2000", "NO")  # 2.5 s against 2 s, not against 2 s × ln 10
    assert judged["contact search, per keystroke"] == ("36.8", "yes")  # 16 ms × ln 10
    text = bench.render_text(rows, 10)
    assert " job " in text and " database " in text
    assert any("× 2.303" in line for line in bench.scale_notes(10))


_PARENT = """
import json, sys
from opsassistant.devtools.benchlib import run_process
ballast = bytearray(300 * 1024 * 1024)  # the bench's seeded data, as far as the kernel sees it
ballast[::4096] = b"x" * len(ballast[::4096])
small = run_process([sys.executable, "-c", "import sys; sys.stderr.write('said'); sys.exit(3)"])
big = run_process([sys.executable, "-c", "b = bytearray(80 * 1024 * 1024); b[::4096] = b'y' * len(b[::4096])"])
print(json.dumps([small.peak_mb, small.returncode, small.stderr, big.peak_mb, small.wall_ms]))
"""


def test_a_cold_process_reports_its_own_peak_not_the_bench_that_started_it():
    """Linux keeps the RSS high-water mark across exec: a child forked straight from a 300 MB parent reads 300 MB.
    Started through the launcher, a small child reads a few MB and an 80 MB one reads its 80 MB."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _PARENT], capture_output=True, text=True, check=True)
    small_mb, code, stderr, big_mb, wall_ms = json.loads(done.stdout)
    assert small_mb < 60, small_mb
    assert 80 <= big_mb < 200, big_mb
    assert (code, stderr) == (3, "said")
    assert wall_ms > 0


def test_the_windows_the_benches_leave_are_deleted_and_others_kept(qapp, db, db_path):
    """A main window an area bench left open is closed and deleted before the scratch folder goes (else its
    timers read a removed database file); a window that was there before the bench is left alone."""
    from PySide6.QtWidgets import QWidget
    from shiboken6 import isValid

    from opsassistant.gui.main_window import MainWindow

    mine = QWidget()
    mine.show()
    before = bench._top_level_widgets()
    left = MainWindow(db_path)
    left.show()
    clock = left.panel("today").clock
    assert clock.isActive()
    bench._close_widgets_since(before)
    assert not isValid(left) and not isValid(clock)
    assert isValid(mine) and mine.isVisible()
    mine.close()
    mine.deleteLater()
