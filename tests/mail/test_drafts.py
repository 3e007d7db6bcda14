"""Drafts for the mail client: the .eml is written and kept; xdg-email gets the attachments; no client → one
sentence naming the draft. The "mail client" here is a real program on PATH that records its arguments."""

from __future__ import annotations

import os
import stat
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest


def fake_client(folder, name: str):
    """An executable ``name`` in ``folder`` writing its arguments (one per line) to ``folder/name.args``."""
    script = folder / name
    script.write_text(f"#!{sys.executable}\nimport sys\nopen({str(folder / (name + '.args'))!r}, 'w')"
                      ".write('\\n'.join(sys.argv[1:]))\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder / f"{name}.args"


def wait_for(path):
    for _ in range(200):
        if path.exists() and path.stat().st_size:
            return path.read_text()
        time.sleep(0.05)
    raise AssertionError(f"{path} never written")


@pytest.fixture
def call(office):
    from opsassistant.services.calls.logging import CallData, log_call

    return log_call(CallData(number="+45 33 12 34 56", name="Jens Hansen", principal_id=office.id,
                             message="Ring om budgettet.", please_call=True, urgent=True))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-email is the Linux mail client hand-over")
def test_xdg_email_gets_subject_recipient_and_attachments(meeting, tmp_path, monkeypatch):
    from opsassistant.mail import handover, letters
    from opsassistant.services.mail import invitations, log

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    args_file = fake_client(bin_dir, "xdg-email")
    monkeypatch.setenv("PATH", str(bin_dir))
    outcome = handover.to_mail_client(letters.prepare("invitation", meeting.id, "da"))
    assert outcome.ok and outcome.drafts[0].exists()
    args = wait_for(args_file).split("\n")
    assert args[args.index("--subject") + 1] == "Mødeindkaldelse: Bestyrelsesmøde"
    attached = args[args.index("--attach") + 1]
    assert os.path.basename(attached) == "invite.ics"
    assert "METHOD:REQUEST" in Path(attached).read_text()
    assert args[-3:] == ["jens.hansen@example.dk", "lise@example.dk", "ole.berg@example.com"]
    draft = message_from_bytes(outcome.drafts[0].read_bytes(), policy=policy.default)
    assert draft["X-Unsent"] == "1"
    assert len(invitations.invited_addresses(meeting.id)) == 3
    assert {e.transport for e in log.for_event(meeting.id)} == {"draft"}


def test_no_mail_client_keeps_the_draft_and_says_where(call, tmp_path, monkeypatch):
    from opsassistant.mail import handover, letters
    from opsassistant.services.mail import log

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    outcome = handover.to_mail_client(letters.prepare("message", call.id, "da"))
    assert not outcome.ok
    assert outcome.message == f"No mail client was found; the draft is kept at {outcome.drafts[0]}."
    draft = message_from_bytes(outcome.drafts[0].read_bytes(), policy=policy.default)
    assert draft["Subject"] == "Mens du var væk: Jens Hansen" and draft["To"] == "karen.holm@nordlys.dk"
    body = draft.get_body(("plain",)).get_content()
    assert "Hej Karen Holm" in body and "Ring om budgettet." in body and "HASTER" in body
    assert log.passed_on([call.id]) == {}  # nothing was handed over, so the call is not passed on


def test_message_slip_in_english_leaves_out_empty_fields(call):
    from opsassistant.mail import letters

    letter = letters.prepare("message", call.id, "en").letters[0]
    assert letter.subject == "While you were out: Jens Hansen"
    assert "Call back by" not in letter.body  # no call-back time given: the line is left out
    assert "Please call back" in letter.body and "URGENT" in letter.body


def test_user_template_wins_and_bad_fields_are_refused(call):
    from opsassistant.errors import UserError
    from opsassistant.mail import letters, templates

    with pytest.raises(UserError, match=r"^\{pris\} is not a merge field of this template"):
        templates.save("message", "da", "Besked fra {caller}", "Pris: {pris}")
    templates.save("message", "da", "Besked fra {caller}", "Kære {recipient}\n{message}\n")
    letter = letters.prepare("message", call.id, "da").letters[0]
    assert letter.subject == "Besked fra Jens Hansen"
    assert letter.body == "Kære Karen Holm\nRing om budgettet.\n"
    templates.reset("message", "da")
    assert letters.prepare("message", call.id, "da").letters[0].subject == "Mens du var væk: Jens Hansen"
