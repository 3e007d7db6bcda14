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
