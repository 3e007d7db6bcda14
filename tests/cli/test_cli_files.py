"""``export`` and ``report`` write their files atomically; a failure leaves no file behind."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

EXPORTS = [("contacts", "vcf", "VERSION:3.0"), ("contacts", "vcf4", "VERSION:4.0"), ("contacts", "csv", "Walsh"), ("calendar", "ics", "BEGIN:VCALENDAR"),
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


@pytest.mark.parametrize("kind", ["agenda", "week", "calls"])
def test_dated_reports(run, demo_db, tmp_path, kind):
    target = tmp_path / f"{kind}.pdf"
    outcome = run("report", kind, date.today().isoformat(), "-o", target, "--database", demo_db)
    assert outcome.code == 0, outcome.err
    assert target.read_bytes().startswith(b"%PDF")
    assert _pdf_text(target).strip()


@pytest.mark.parametrize("grouping", [None, "organisation"])
def test_phone_list(run, demo_db, tmp_path, grouping):
    target = tmp_path / "phones.pdf"
    outcome = run("report", "phonelist", *([grouping] if grouping else []), "-o", target, "--database", demo_db)
    assert outcome.code == 0, outcome.err
    text = _pdf_text(target)
    assert "Walsh" in text and "Fjordkraft Logistik A/S" in text


def test_phone_list_bad_grouping_writes_nothing(run, demo_db, tmp_path):
    target = tmp_path / "phones.pdf"
    outcome = run("report", "phonelist", "shoe-size", "-o", target, "--database", demo_db)
    assert outcome.code == 1
    assert not target.exists()


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


@pytest.mark.parametrize(("kind", "target"), [("itinerary", "9999"), ("outing", "9999"), ("calls", "notadate"),
                                              ("agenda", "2026-02-30")])
def test_report_with_a_bad_target_fails_cleanly(run, demo_db, tmp_path, kind, target):
    path = tmp_path / "report.pdf"
    outcome = run("report", kind, target, "-o", path, "--database", demo_db)
    assert outcome.code == 1
    assert outcome.err.startswith("opsassistant: ") and outcome.err.count("\n") == 1
    assert not path.exists()
