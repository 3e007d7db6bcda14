"""``export`` and ``report`` write their files atomically; a failure leaves no file behind."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

EXPORTS = [("contacts", "vcf", "BEGIN:VCARD"), ("contacts", "csv", "Walsh"), ("calendar", "ics", "BEGIN:VCALENDAR"),
           ("calls", "csv", ","), ("expenses", "csv", "SEK")]


@pytest.mark.parametrize(("kind", "fmt", "expected"), EXPORTS)
def test_export(run, demo_db, tmp_path, kind, fmt, expected):
    target = tmp_path / f"out.{fmt}"
    outcome = run("export", kind, "-o", target, "--format", fmt, "--database", demo_db)
    assert outcome.code == 0, outcome.err
    assert expected in target.read_text(encoding="utf-8-sig")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_export_in_an_unknown_format_is_refused(run, demo_db, tmp_path):
    outcome = run("export", "calls", "-o", tmp_path / "calls.vcf", "--format", "vcf", "--database", demo_db)
    assert outcome.code == 1
    assert not (tmp_path / "calls.vcf").exists()


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize("kind", ["agenda", "week", "calls", "phonelist"])
def test_dated_reports(run, demo_db, tmp_path, kind):
    target = tmp_path / f"{kind}.pdf"
    outcome = run("report", kind, date.today().isoformat(), "-o", target, "--database", demo_db)
    assert outcome.code == 0, outcome.err
    assert target.read_bytes().startswith(b"%PDF")
    assert _pdf_text(target).strip()


@pytest.mark.parametrize(("kind", "title"), [("outing", "Kundeseminar"), ("itinerary", "Tokyo")])
def test_reports_by_id(run, demo_db, tmp_path, kind, title):
    import json

    listing = "outings" if kind == "outing" else "trips"
    records = json.loads(run("list", listing, "--json", "--database", demo_db).out)
    record = next(r for r in records if title in r["title"])
    target = tmp_path / f"{kind}.pdf"
    outcome = run("report", kind, str(record["id"]), "-o", target, "--lang", "da", "--database", demo_db)
    assert outcome.code == 0, outcome.err
    assert title in _pdf_text(target)
