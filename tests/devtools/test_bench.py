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
    monkeypatch.setattr(bench, "STARTUP_RUNS", 1)  # qapp: the area benches must share the session's app
    database = tmp_path / "bench.db"
    assert bench.run(scale=0.0005, as_json=True, database=str(database)) == 0
    rows = json.loads(capsys.readouterr().out)
    whats = [row["what"] for row in rows]
    assert whats[:len(DESIGN_ROWS)] == [what for what, _budget in DESIGN_ROWS]
    assert [row["budget"] for row in rows[:len(DESIGN_ROWS)]] == [budget for _what, budget in DESIGN_ROWS]
    for row in rows:
        assert {"what", "data", "budget", "median_ms", "memory_mb", "note"} <= set(row)
    startup = rows[0]
    assert startup["median_ms"] is not None, startup["note"]
    assert re.match(r"\d+ contacts, \d+ events, \d+ calls", startup["data"])
    assert database.exists()


def test_text_table_is_aligned(capsys):
    rows = bench.table([bench.BenchRow(bench.STARTUP, "1 contact", "≤ 600 ms", 123.4, 80.0, "median of 5")])
    text = bench.render_text(rows)
    lines = text.splitlines()
    assert len(lines) == 2 + len(bench.BUDGET)
    assert "123.4" in lines[2]
    assert lines[3].count("—") == 2
    column = lines[0].index("budget")
    assert all(line[column - 2:column] == "  " for line in lines[2:])
