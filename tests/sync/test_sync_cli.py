"""``opsassistant account …`` and ``opsassistant sync`` against a real Radicale, as scripts use them."""

from __future__ import annotations

import io
import json

import pytest

from opsassistant import cli
from opsassistant.db.database import close_database
from tests.sync.test_two_way import calendar_of, phone_text


@pytest.fixture
def run(capsys, monkeypatch):
    def runner(*argv: str, stdin: str = ""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:
            code = exc.code
        out = capsys.readouterr()
        return code, out.out, out.err

    return runner


def test_account_add_list_map_sync_and_conflict_exit_code(radicale, executive, memory_keyring, run, db_path,
                                                         team_member):
    close_database()
    db = ["--database", db_path]
    code, out, err = run("account", "add", "office", "--url", radicale.url, "--user", "alice",
                         "--password-stdin", *db, stdin="secret\n")
    assert code == 0, err
    assert memory_keyring.secrets == {("Ops Assistant CalDAV", "office"): "secret"}

    cal = calendar_of(radicale)
    cal.save_event(phone_text("cli-1", "Telefonmøde"))
    code, out, err = run("sync", "--json", *db)
    assert code == 0, err
    assert json.loads(out)[0]["received"] == 1

    code, out, _ = run("account", "list", "--json", *db)
    [account] = json.loads(out)
    assert account["calendars"] == [{"name": "Karen", "url": account["calendars"][0]["url"],
                                     "principal": executive.name}]
    assert run("account", "map", "office", "Karen", "--principal", team_member.name, *db)[0] == 0
    code, out, _ = run("account", "list", "--json", *db)
    assert json.loads(out)[0]["calendars"][0]["principal"] == team_member.name
    assert run("account", "map", "office", "Karen", "--principal", executive.name, *db)[0] == 0

    # the same event edited on both sides: sync ends with exit 4 and the conflict is listed
    code, out, _ = run("list", "events", "--json", "--from", "2026-12-03", "--to", "2026-12-03", *db)
    assert [e["title"] for e in json.loads(out)] == ["Telefonmøde"]
    from opsassistant.db.database import open_database
    from opsassistant.db.models import Event

    open_database(db_path)
    Event.update(title="Lokalt navn").where(Event.uid == "cli-1").execute()
    close_database()
    obj = cal.event_by_uid("cli-1")
    obj.data = phone_text("cli-1", "Telefonens navn")
    obj.save()
    code, out, err = run("sync", *db)
    assert code == 4, err
    code, out, _ = run("sync", "--conflicts", *db)
    [conflict] = json.loads(out)
    assert run("sync", "--resolve", conflict["id"], "--keep", "theirs", *db)[0] == 0
    assert run("sync", *db)[0] == 0
    code, out, _ = run("list", "events", "--json", "--from", "2026-12-03", "--to", "2026-12-03", *db)
    assert [e["title"] for e in json.loads(out)] == ["Telefonens navn"]


def test_the_password_is_in_no_file_and_no_log(radicale, executive, memory_keyring, run, db_path, tmp_path,
                                               isolated_settings):
    close_database()
    db = ["--database", db_path]
    assert run("account", "add", "office", "--url", radicale.url, "--user", "alice", "--password-stdin",
               *db, stdin="secret\n")[0] == 0
    assert run("sync", *db)[0] == 0
    close_database()
    for folder in (db_path.parent, isolated_settings):
        for path in folder.rglob("*"):
            if path.is_file():
                assert b"secret" not in path.read_bytes(), path


def test_a_wrong_password_and_a_missing_server_are_one_sentence(radicale, executive, memory_keyring, run, db_path):
    close_database()
    db = ["--database", db_path]
    assert run("account", "add", "office", "--url", radicale.url, "--user", "alice", "--password-stdin",
               *db, stdin="wrong\n")[0] == 0
    code, _out, err = run("sync", *db)
    assert code == 1
    assert err.strip() == "opsassistant: The server refused the user name or password."
    radicale.stop()
    code, _out, err = run("sync", *db)
    assert code == 1 and "could not be reached" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_no_keyring_backend_is_said_plainly(radicale, executive, run, db_path):
    import keyring
    from keyring.backends import fail

    close_database()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        code, _out, err = run("account", "add", "office", "--url", radicale.url, "--user", "alice",
                              "--password-stdin", "--database", db_path, stdin="secret\n")
    finally:
        keyring.set_keyring(previous)
    assert code == 1
    assert "no keyring" in err
    code, out, _ = run("account", "list", "--json", "--database", db_path)
    assert json.loads(out) == []
