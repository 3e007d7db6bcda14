"""``export calls --format csv``: UTF-8 with BOM, every field, formula injection neutralised."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from opsassistant.interop.calls_csv import COLUMNS, export_file, safe_cell
from opsassistant.services.calls.logging import CallData, log_call, move_to_trash


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_export_every_live_call(tmp_path, db, executive):
    log_call(CallData(number="+45 33 12 34 56", name="Søren Østergaard", principal_id=executive.id,
                      message="Linje 1\nLinje 2, med komma", urgent=True,
                      callback_by=datetime(2026, 3, 2, 13, 0, tzinfo=UTC), when=datetime(2026, 3, 2, 9, 0, tzinfo=UTC)))
    log_call(CallData(number="", direction="missed", when=datetime(2026, 3, 2, 10, 0, tzinfo=UTC)))
    gone = log_call(CallData(number="1"))
    move_to_trash([gone.id])
    path = tmp_path / "calls.csv"
    assert export_file(path) == 2
    rows = read(path)
    assert list(rows[0]) == list(COLUMNS)
    first = rows[0]
    assert first["name"] == "Søren Østergaard" and first["number"] == "+4533123456"
    assert first["message"] == "Linje 1\nLinje 2, med komma"
    assert first["when"] == "2026-03-02T10:00:00+01:00" and first["callback_by"] == "2026-03-02T14:00:00+01:00"
    assert first["for"] == "Karen Holm" and first["urgent"] == "1" and first["status"] == "open"
    assert rows[1]["number"] == "" and rows[1]["direction"] == "missed"


def test_formula_injection_is_neutralised(tmp_path, db):
    log_call(CallData(number="70112233", name="=HYPERLINK(\"http://x\")", message="@SUM(A1)",
                      company="+cmd|' /C calc'!A0"))
    rows = read(tmp_path / "c.csv") if export_file(tmp_path / "c.csv") else []
    assert rows[0]["name"].startswith("'=")
    assert rows[0]["message"] == "'@SUM(A1)"
    assert rows[0]["company"].startswith("'+cmd")
    assert rows[0]["number"] == "+4570112233"  # a plain number stays a number


@settings(max_examples=200)
@given(st.text())
def test_safe_cell_never_starts_a_formula(text):
    cell = safe_cell(text)
    if cell[:1] in ("=", "-", "@", "\t", "\r"):
        raise AssertionError(cell)
    if cell.startswith("+"):
        assert cell[1:].isdigit()
