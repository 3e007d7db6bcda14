"""``devtools conformance DIR``: every .ics under DIR imported into a database of its own and compared."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from opsassistant.devtools.__main__ import main

CORPUS = Path(__file__).resolve().parents[1] / "interop" / "corpus"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "files" / "deeper"
    folder.mkdir(parents=True)
    for name in ("bare_vevent.ics", "end_before_start.ics", "google_rdate_block.ics"):
        shutil.copy(CORPUS / name, folder / name)
    (folder / "notes.txt").write_text("not a calendar", encoding="utf-8")
    return tmp_path / "files"


def test_summary_counts_same_different_and_unreadable(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["conformance", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"3 files under {folder}: 1 the same as recurring-ical-events, 1 differ, "
                          "0 tracebacks, 0 hangs, 1 the reference cannot read")
    # KNOWN_DIFFERENCES.md: the reference keeps the first instance of a series that ends before it starts.
    assert "end_before_start.ics: +0 -1" in out and "    - T 2026-03-04 07:00:00" in out
    assert "google_rdate_block.ics: BrokenCalendarProperty" in out


def test_json_lists_each_file(tmp_path, capsys):
    assert main(["conformance", str(_folder(tmp_path)), "--json"]) == 0
    reports = {Path(r["path"]).name: r for r in json.loads(capsys.readouterr().out)}
    assert set(reports) == {"bare_vevent.ics", "end_before_start.ics", "google_rdate_block.ics"}
    assert reports["bare_vevent.ics"]["imported"] == 1 and not reports["bare_vevent.ics"]["only_ours"]
    assert not any(r["traceback"] or r["hang"] for r in reports.values())


def test_table_counts_explained_and_fixed_per_project(tmp_path, capsys):
    from opsassistant.devtools.conformance_table import tables

    folder = tmp_path / "real"
    project = folder / "someone+calendars" / "deeper"
    project.mkdir(parents=True)
    for name in ("bare_vevent.ics", "end_before_start.ics", "two_rrules.ics"):
        shutil.copy(CORPUS / name, project / name)
    assert main(["conformance", str(folder), "--json"]) == 0
    reports = json.loads(capsys.readouterr().out)
    known = ("# Real files\n\n### someone+calendars deeper/end_before_start.ics @0123abc\nwhy\n"
             "- T 2026-03-04 07:00:00\n\n### someone+calendars deeper/two_rrules.ics @0123abc\n"
             "counts +0 -4\n- T 2026-01-19 09:00:00\n")
    before = [dict(r) for r in reports]
    bare = next(r for r in before if r["path"].endswith("bare_vevent.ics"))
    bare["only_ours"] = ["T 2026-01-01 00:00:00"]  # it differed in the earlier run, so it counts as fixed
    out = tables(reports, folder, known, before)
    assert "| someone+calendars | 3 | 1 | 0 | 2 | 1 | 0 | 0 | 0 |" in out
    assert "| someone+calendars | `deeper/end_before_start.ics` | 0 | 1 | explained | `- T 2026-03-04 07:00:00` |" in out
    assert "| someone+calendars | `deeper/bare_vevent.ics` | 0 | 0 | fixed |" in out
    # a listed difference that is not the one found is not explained
    out = tables(reports, folder, known.replace("07:00:00", "08:00:00"))
    assert "| someone+calendars | 3 | 1 | 1 | 1 | 0 | 0 | 0 | 0 |" in out
