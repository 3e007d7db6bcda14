"""Simple MAPI (Windows): the MapiMessageW built for a real invitation, and which hand-over each platform uses.

The real ``MAPISendMailW`` in mapi32.dll cannot run here (Linux): the structures are built by the pure
``mapi.build`` and read back through ctypes; the ``win32`` branch of the dispatch runs for real and finds no
mapi32.dll (ctypes has no WinDLL here), so it falls back to the .eml draft. One test hands the structures
through a real ctypes foreign-function call to a C-callable stand-in for the DLL that answers an error code."""

from __future__ import annotations

import ctypes
import os
import stat
import sys
import time
from pathlib import Path

import pytest


def fake_program(folder: Path, name: str) -> Path:
    script = folder / name
    script.write_text(f"#!{sys.executable}\nimport sys\nopen({str(folder / (name + '.args'))!r}, 'w')"
                      ".write('\\n'.join(sys.argv[1:]))\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return folder / f"{name}.args"


def wait_for(path: Path) -> str:
    for _ in range(200):
        if path.exists() and path.stat().st_size:
            return path.read_text()
        time.sleep(0.05)
    raise AssertionError(f"{path} never written")


def invitation(meeting):
    from opsassistant.mail import letters

    return letters.prepare("invitation", meeting.id, "en").letters[0]


def test_the_message_holds_recipients_subject_body_and_attachments(meeting, tmp_path):
    from dataclasses import replace

    from opsassistant.mail import mapi

    letter = replace(invitation(meeting), cc=("Sofie Bach <sofie.bach@nordlys.dk>",), bcc=("arkiv@nordlys.dk",))
    files = [tmp_path / "invite.ics", tmp_path / "Rejseplan København.pdf"]
    for path in files:
        path.write_bytes(b"x")
    built = mapi.build(letter, files)
    message = built.message
    assert (message.lpszSubject, message.lpszNoteText) == (letter.subject, letter.body)
    assert message.lpszSubject == "Meeting invitation: Bestyrelsesmøde"
    assert message.nRecipCount == 5 and message.nFileCount == 2
    people = [(message.lpRecips[i].ulRecipClass, message.lpRecips[i].lpszName, message.lpRecips[i].lpszAddress)
              for i in range(message.nRecipCount)]
    assert people == [(mapi.MAPI_TO, "Jens Hansen", "SMTP:jens.hansen@example.dk"),
                      (mapi.MAPI_TO, "Lise Mørk", "SMTP:lise@example.dk"),
                      (mapi.MAPI_TO, "Ole Berg", "SMTP:ole.berg@example.com"),
                      (mapi.MAPI_CC, "Sofie Bach", "SMTP:sofie.bach@nordlys.dk"),
                      (mapi.MAPI_BCC, "arkiv@nordlys.dk", "SMTP:arkiv@nordlys.dk")]
    attached = [(message.lpFiles[i].lpszPathName, message.lpFiles[i].lpszFileName, message.lpFiles[i].nPosition)
                for i in range(message.nFileCount)]
    assert attached == [(str(files[0].resolve()), "invite.ics", 0xFFFFFFFF),
                        (str(files[1].resolve()), "Rejseplan København.pdf", 0xFFFFFFFF)]
    assert message.lpOriginator is not None and not message.lpOriginator  # NULL: the mail program's own account


def test_the_structures_have_mapi_h_s_layout():
    """ULONG is 32 bits and pointers are pointer-sized, as in MAPI.h on Windows (x64: 40, 40 and 96 bytes)."""
    from opsassistant.mail import mapi

    pointer = ctypes.sizeof(ctypes.c_void_p)
    assert mapi.MapiRecipDescW.lpszName.offset == 8
    assert mapi.MapiRecipDescW.ulEIDSize.offset == (24 if pointer == 8 else 16)
    assert mapi.MapiRecipDescW.lpEntryID.offset == (32 if pointer == 8 else 20)
    assert mapi.MapiFileDescW.lpszPathName.offset == (16 if pointer == 8 else 12)
    assert mapi.MapiMessageW.flFlags.offset == 6 * pointer
    if pointer == 8:
        assert (ctypes.sizeof(mapi.MapiRecipDescW), ctypes.sizeof(mapi.MapiFileDescW),
                ctypes.sizeof(mapi.MapiMessageW)) == (40, 40, 96)


def test_a_letter_without_recipients_or_files_passes_null_arrays(meeting):
    from dataclasses import replace

    from opsassistant.mail import mapi

    built = mapi.build(replace(invitation(meeting), to=(), cc=(), bcc=()), [])
    assert (built.message.nRecipCount, built.message.nFileCount) == (0, 0)
    assert not built.message.lpRecips and not built.message.lpFiles


def test_an_error_code_from_mapi_falls_back_to_the_draft(meeting, tmp_path, monkeypatch):
    """The structures go through a real ctypes call; the callee answers MAPI_E_LOGIN_FAILURE (3)."""
    from opsassistant.mail import handover, letters, mapi

    seen = []
    prototype = ctypes.CFUNCTYPE(mapi.ULONG, mapi.ULONG_PTR, mapi.ULONG_PTR, ctypes.POINTER(mapi.MapiMessageW),
                                 mapi.ULONG, mapi.ULONG)

    def refuse(_session, _window, message, flags, _reserved):
        got = message.contents
        seen.append((got.lpszSubject, got.nRecipCount, got.lpRecips[0].lpszAddress, got.nFileCount,
                     Path(got.lpFiles[0].lpszPathName).read_text(), flags))
        return 3

    callee = prototype(refuse)
    monkeypatch.setattr(mapi, "_send_mail_w", lambda: callee)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opened = fake_program(bin_dir, "xdg-open")
    monkeypatch.setenv("PATH", str(bin_dir))
    outcome = handover.to_mail_client(letters.prepare("invitation", meeting.id, "en"), platform="win32")
    subject, count, first, files, ics, flags = seen[0]
    assert (subject, count, first, files) == ("Meeting invitation: Bestyrelsesmøde", 3, "SMTP:jens.hansen@example.dk", 1)
    assert "METHOD:REQUEST" in ics and flags == mapi.MAPI_LOGON_UI | mapi.MAPI_DIALOG
    draft = outcome.drafts[0]
    assert outcome.ok and outcome.message == (f"The mail program could not take the mail by MAPI "
                                              f"(MAPI_E_LOGIN_FAILURE), so the draft {draft} is opened instead.")
    assert wait_for(opened) == str(draft) and draft.exists()


def test_windows_without_mapi_opens_the_eml_draft_instead(call_office, tmp_path, monkeypatch):
    from opsassistant.mail import handover, letters

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    opened = fake_program(bin_dir, "xdg-open")
    monkeypatch.setenv("PATH", str(bin_dir))
    outcome = handover.to_mail_client(letters.prepare("message", call_office.id, "en"), platform="win32")
    draft = outcome.drafts[0]
    assert outcome.ok and outcome.message == ("The mail program could not take the mail by MAPI (no MAPI mail "
                                              f"program is installed), so the draft {draft} is opened instead.")
    assert wait_for(opened) == str(draft)
    assert b"X-Unsent: 1" in draft.read_bytes()


def test_windows_without_mapi_or_any_client_keeps_the_draft(call_office, tmp_path, monkeypatch):
    from opsassistant.mail import handover, letters
    from opsassistant.services.mail import log

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    outcome = handover.to_mail_client(letters.prepare("message", call_office.id, "en"), platform="win32")
    draft = outcome.drafts[0]
    assert not outcome.ok and draft.exists()
    assert outcome.message == ("The mail program could not take the mail by MAPI (no MAPI mail program is "
                               f"installed) and no other mail client was found; the draft is kept at {draft}.")
    assert log.passed_on([call_office.id]) == {}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux branch of the dispatch")
def test_linux_hands_over_by_xdg_email_and_never_tries_mapi(call_office, tmp_path, monkeypatch):
    from opsassistant.mail import handover, letters

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    composed = fake_program(bin_dir, "xdg-email")
    monkeypatch.setenv("PATH", str(bin_dir))
    outcome = handover.to_mail_client(letters.prepare("message", call_office.id, "en"), platform=sys.platform)
    assert outcome.ok and "MAPI" not in outcome.message
    assert wait_for(composed).split("\n")[-1] == "karen.holm@nordlys.dk"
    assert os.path.exists(outcome.drafts[0])


@pytest.fixture
def call_office(office):
    from opsassistant.services.calls.logging import CallData, log_call

    return log_call(CallData(number="+45 33 12 34 56", name="Jens Hansen", principal_id=office.id,
                             message="Ring om budgettet.", please_call=True))
