"""``invite``, ``mail``, importing a REPLY and ``list events --json``'s attendees, on the demo office."""

from __future__ import annotations

import json
import shutil
from email import message_from_bytes, policy

import icalendar
import pytest


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


def board_meeting(run, demo) -> dict:
    listed = json.loads(run("list", "events", "--search", "Bestyrelsesmøde", "--json", "--database", demo).out)
    return next(e for e in listed if e["title"] == "Bestyrelsesmøde")


def test_demo_meetings_have_attendees_some_answered(run, demo):
    listed = json.loads(run("list", "events", "--from", "2000-01-01", "--to", "2100-01-01", "--json",
                            "--database", demo).out)
    people = [a for e in listed for a in e["attendees"]]
    assert people and all(set(a) == {"name", "email", "status"} for a in people)
    assert all("@" in a["email"] for a in people)
    assert {a["status"] for a in people} == {"accepted", "declined", "tentative", "needs-action"}
    assert board_meeting(run, demo)["attendees"][1] == {"name": "Birthe Lykke", "email": "birthe@lykke.dk",
                                                        "status": "declined"}


def test_invite_writes_a_request_then_a_cancel(run, demo, tmp_path):
    meeting = board_meeting(run, demo)
    out = tmp_path / "invite.ics"
    result = run("invite", meeting["id"], "-o", out, "--database", demo)
    assert result.code == 0, result.err
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(cal["METHOD"]) == "REQUEST"
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["ORGANIZER"]) == "mailto:karen.holm@nordkystgruppen.dk"
    assert event["ORGANIZER"].params["SENT-BY"] == "mailto:sofie.lund@nordkystgruppen.dk"
    assert len(event["ATTENDEE"]) == 3
    cancel = tmp_path / "cancel.ics"
    assert run("invite", meeting["id"], "-o", cancel, "--method", "cancel", "--database", demo).code == 0
    cal = icalendar.Calendar.from_ical(cancel.read_bytes())
    assert str(cal["METHOD"]) == "CANCEL" and int(next(iter(cal.walk("VEVENT")))["SEQUENCE"]) == 1


def test_import_of_a_reply_updates_the_answer(run, demo, tmp_path):
    meeting = board_meeting(run, demo)
    out = tmp_path / "invite.ics"
    run("invite", meeting["id"], "-o", out, "--database", demo)
    uid = next(iter(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")))["UID"]
    reply = tmp_path / "reply.ics"
    reply.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
                     "METHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTAMP:20261202T091500Z\r\n"
                     "ORGANIZER;CN=Karen Holm:mailto:karen.holm@nordkystgruppen.dk\r\n"
                     f"UID:{uid}\r\nSEQUENCE:0\r\n"
                     "ATTENDEE;CN=Palle Refsgaard;PARTSTAT=TENTATIVE:mailto:palle@refsgaard.dk\r\n"
                     "SUMMARY:Bestyrelsesmøde\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    result = run("import", reply, "--database", demo)
    assert result.code == 0, result.err
    assert "0 imported, 1 updated, 0 skipped" in result.out
    statuses = {a["name"]: a["status"] for a in board_meeting(run, demo)["attendees"]}
    assert statuses["Palle Refsgaard"] == "tentative"


@pytest.mark.parametrize("template", ["message", "invitation", "itinerary", "outing", "briefing"])
def test_mail_writes_an_unsent_draft_of_every_template(run, demo, tmp_path, template):
    targets = {
        "message": lambda: next(c["id"] for c in json.loads(run("list", "calls", "--open", "--json", "--database",
                                                                demo).out) if c["for"]),
        "invitation": lambda: board_meeting(run, demo)["id"],
        "itinerary": lambda: json.loads(run("list", "trips", "--json", "--database", demo).out)[0]["id"],
        "outing": lambda: json.loads(run("list", "outings", "--json", "--database", demo).out)[0]["id"],
        "briefing": lambda: "",
    }
    target = targets[template]()
    out = tmp_path / "draft.eml"
    to = "henning@skovgaard.dk" if template == "invitation" else "modtager@example.dk"
    argv = ["mail", template] + ([target] if target != "" else []) + ["--to", to, "-o", out,
                                                                     "--lang", "en", "--database", demo]
    result = run(*argv)
    assert result.code == 0, result.err
    msg = message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    subjects = {"message": "While you were out: ", "invitation": "Meeting invitation: Bestyrelsesmøde",
                "itinerary": "Itinerary: ", "outing": "Invitation: ", "briefing": "Daily briefing "}
    assert msg["Subject"].startswith(subjects[template])
    if template == "outing":
        assert msg["Bcc"] and msg["To"] == "modtager@example.dk"
    elif template == "invitation":
        assert msg["To"] == "Henning Skovgaard <henning@skovgaard.dk>"  # --to picks among the attendees
    else:
        assert msg["To"] == "modtager@example.dk"


def test_mail_to_a_stranger_for_an_invitation_is_one_sentence(run, demo, tmp_path):
    meeting = board_meeting(run, demo)
    result = run("mail", "invitation", meeting["id"], "--to", "x@y.dk", "-o", tmp_path / "d.eml", "--lang", "en",
                 "--database", demo)
    assert result.code == 1
    assert result.err.strip() == "opsassistant: x@y.dk is not an attendee of “Bestyrelsesmøde”."
    assert not (tmp_path / "d.eml").exists()


def test_mail_guest_tells_the_host_that_the_guest_has_arrived(run, demo, tmp_path):
    from datetime import date

    today = date.today().isoformat()
    guests = json.loads(run("list", "visitors", "--from", today, "--to", today, "--json", "--database", demo).out)
    arrived = next(g for g in guests if g["arrived"] and g["host"])
    out = tmp_path / "guest.eml"
    result = run("mail", "guest", arrived["id"], "-o", out, "--lang", "da", "--database", demo)
    assert result.code == 0, result.err
    msg = message_from_bytes(out.read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == f"Din gæst er ankommet: {arrived['name']}"
    assert msg["To"].addresses[0].display_name == arrived["host"]  # the host, from the principal's address
    body = msg.get_body(("plain",)).get_content()
    assert f"Hej {arrived['host']}" in body and f"Gæst: {arrived['name']}" in body and "Ankommet: " in body
    if arrived["company"]:
        assert f"Firma: {arrived['company']}" in body
    english = tmp_path / "guest-en.eml"
    result = run("mail", "guest", arrived["id"], "--to", "vaert@example.dk", "-o", english, "--lang", "en",
                 "--database", demo)
    assert result.code == 0, result.err
    msg = message_from_bytes(english.read_bytes(), policy=policy.default)
    assert msg["To"] == "vaert@example.dk" and msg["Subject"] == f"Your guest has arrived: {arrived['name']}"
    assert "waiting at the reception" in msg.get_body(("plain",)).get_content()


def test_mail_guest_for_a_guest_not_yet_arrived_is_one_sentence(run, demo, tmp_path):
    from datetime import date

    today = date.today().isoformat()
    guests = json.loads(run("list", "visitors", "--from", today, "--to", today, "--json", "--database", demo).out)
    waiting = next(g for g in guests if not g["arrived"])
    out = tmp_path / "guest.eml"
    result = run("mail", "guest", waiting["id"], "-o", out, "--lang", "en", "--database", demo)
    assert result.code == 1
    assert result.err.strip() == f"opsassistant: {waiting['name']} has not arrived yet; check the guest in first."
    assert not out.exists()
    missing = run("mail", "guest", "9999", "-o", out, "--lang", "en", "--database", demo)
    assert missing.code == 1 and "no visitor number 9999" in missing.err and not out.exists()
