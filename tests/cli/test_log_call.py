"""``log-call``, ``list calls``, ``export calls`` and ``report calls`` from the command line."""

from __future__ import annotations

import json

from opsassistant.services.contacts import editing


def _contact(db_path):
    from opsassistant.db.database import close_database, open_database

    open_database(db_path)
    editing.save(editing.ContactData(first_name="Søren", last_name="Østergaard",
                                     phones=[editing.PhoneData("+45 33 12 34 56")]))
    close_database()


def test_log_call_matches_the_contact_and_lists_it(run, db_path, tmp_path):
    _contact(db_path)
    done = run("--database", db_path, "log-call", "--number", "0045 3312 3456", "--message", "Ring om budget",
               "--callback-by", "2030-03-02 14:30", "--urgent")
    assert done.code == 0, done.err
    assert "Søren Østergaard" in done.out
    records = json.loads(run("list", "calls", "--open", "--json", "--database", db_path).out)
    assert len(records) == 1
    record = records[0]
    assert record["name"] == "Søren Østergaard" and record["number"] == "+4533123456"
    assert record["callback_by"] == "2030-03-02T14:30:00+01:00"
    assert record["urgent"] is True and record["status"] == "open" and record["direction"] == "in"
    assert run("list", "calls", "--database", db_path).out.count("\n") == 1


def test_log_call_for_a_principal_and_withheld_number(run, db_path):
    from opsassistant.db.database import close_database, open_database
    from opsassistant.services import principals

    open_database(db_path)
    principals.save(principals.PrincipalData(name="Karen Holm", role="executive"))
    close_database()
    assert run("--database", db_path, "log-call", "--number", "withheld", "--for", "karen",
               "--direction", "missed").code == 0
    record = json.loads(run("list", "calls", "--json", "--database", db_path).out)[0]
    assert record["for"] == "Karen Holm" and record["number"] is None and record["direction"] == "missed"
    bad = run("--database", db_path, "log-call", "--number", "1234", "--for", "Nobody")
    assert bad.code == 1 and "Nobody" in bad.err


def test_impossible_time_is_refused_and_nothing_written(run, db_path):
    for text in ("2026-02-30 10:00", "2026-03-29 02:30", "25:00", "soon"):
        done = run("--database", db_path, "log-call", "--number", "70112233", "--callback-by", text)
        assert done.code == 1 and text in done.err and "Traceback" not in done.err
    assert json.loads(run("list", "calls", "--json", "--database", db_path).out) == []


def test_impossible_time_message_in_danish(run, db_path):
    done = run("--database", db_path, "--lang", "da", "log-call", "--number", "1", "--callback-by", "2026-02-30")
    assert done.code == 1 and "ikke et muligt tidspunkt" in done.err


def test_export_and_report(run, db_path, tmp_path):
    run("--database", db_path, "log-call", "--number", "70112233", "--name", "=cmd", "--message", "Hej")
    done = run("export", "calls", "-o", tmp_path / "calls.csv", "--database", db_path)
    assert done.code == 0
    assert "'=cmd" in (tmp_path / "calls.csv").read_text(encoding="utf-8-sig")
    done = run("report", "calls", "-o", tmp_path / "sheet.pdf", "--lang", "da", "--database", db_path)
    assert done.code == 0 and (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
