"""``list visitors``, ``report badges|claim|rollcall``, ``export claim`` and the purge line of ``check``."""

from __future__ import annotations

import json
from datetime import date, timedelta

from pypdf import PdfReader


def test_list_visitors_json_from_the_demo(run, demo_db):
    today = date.today()
    result = run("list", "visitors", "--json", "--from", today, "--to", today, "--database", demo_db)
    assert result.code == 0, result.err
    found = json.loads(result.out)
    assert len(found) == 3
    assert {"id", "name", "company", "host", "expected", "arrived", "left"} <= set(found[0])
    assert found[0]["arrived"] is not None and found[1]["arrived"] is None
    assert any("Παπαδόπουλος" in v["name"] for v in found)
    week = run("list", "visitors", "--json", "--from", today + timedelta(days=1), "--to", today + timedelta(days=7),
               "--database", demo_db)
    assert len(json.loads(week.out)) == 3


def test_badges_claim_and_roll_call_reports(run, demo_db, tmp_path):
    pdf = tmp_path / "badges.pdf"
    assert run("report", "badges", date.today().isoformat(), "-o", pdf, "--lang", "da", "--database", demo_db).code == 0
    assert "GÆST" in PdfReader(str(pdf)).pages[0].extract_text()
    trips = json.loads(run("list", "trips", "--json", "--database", demo_db).out)
    claim = tmp_path / "claim.pdf"
    result = run("report", "claim", trips[0]["id"], "-o", claim, "--lang", "en", "--database", demo_db)
    assert result.code == 0, result.err
    text = "".join(p.extract_text() for p in PdfReader(str(claim)).pages)
    assert "Travel-expense claim" in text and "Driving log" in text and "Meals provided" in text
    roll = tmp_path / "roll.pdf"
    assert run("report", "rollcall", "-o", roll, "--database", demo_db).code == 0
    bad = run("report", "claim", "999", "-o", tmp_path / "x.pdf", "--lang", "en", "--database", demo_db)
    assert bad.code == 1 and "no trip number 999" in bad.err and not (tmp_path / "x.pdf").exists()


def test_export_claim_csv(run, demo_db, tmp_path):
    trips = json.loads(run("list", "trips", "--json", "--database", demo_db).out)
    out = tmp_path / "claim.csv"
    result = run("export", "claim", trips[0]["id"], "--format", "csv", "-o", out, "--lang", "da",
                 "--database", demo_db)
    assert result.code == 0, result.err
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Dato;Tekst;Beløb;Momskode;Konto"
    assert any(line.endswith(";2760") for line in lines)  # the per diem
    missing = run("export", "claim", "-o", tmp_path / "none.csv", "--database", demo_db)
    assert missing.code == 1 and not (tmp_path / "none.csv").exists()


def test_check_reports_what_the_purge_would_remove(run, demo_db):
    from datetime import UTC, datetime

    from opsassistant.db.database import close_database, open_database
    from opsassistant.services.reception import visitors
    from opsassistant.services.reception.visitors import VisitorData

    open_database(demo_db)
    visitors.save(VisitorData(name="Long Gone", expected=datetime.now(UTC) - timedelta(days=45)))
    close_database()
    result = run("check", "--database", demo_db, "--lang", "en")
    assert result.code == 0, result.err
    assert "Visitor log: visits past the retention of 30 days to purge: 1" in result.out
    assert "Long Gone" in result.out
