"""Sending by SMTP to a real aiosmtpd server on 127.0.0.1: STARTTLS, a login with the keyring's password,
the MIME structure as it arrived, the sent-mail log; and a server that refuses."""

from __future__ import annotations

import logging
from datetime import datetime
from email import message_from_bytes, policy

import icalendar
import pytest

from opsassistant.errors import UserError


@pytest.fixture
def trip(office):
    from opsassistant.services.travel import segments, trips
    from opsassistant.services.travel.segments import SegmentData

    journey = trips.save(trips.TripData(title="Tokyo", traveller_ids=[office.id], destination="Tokyo"))
    segments.save(journey.id, SegmentData(kind="flight", start=datetime(2026, 3, 28, 21, 30),
                                          end=datetime(2026, 3, 29, 17, 5), from_code="CPH", to_code="NRT",
                                          carrier="SK", number="983", booking_reference="ABC123"))
    return journey


def received(inbox, index=-1):
    envelope = inbox.envelopes[index]
    return envelope, message_from_bytes(envelope.content, policy=policy.default)


@pytest.mark.parametrize("lang, subject, greeting", [("da", "Rejseplan: Tokyo", "Her er din rejseplan"),
                                                     ("en", "Itinerary: Tokyo", "Here is your itinerary")])
def test_itinerary_arrives_with_pdf_and_ics_in_the_chosen_language(smtp_settings, trip, caplog, db_path, lang,
                                                                   subject, greeting):
    from opsassistant.mail import handover, letters
    from opsassistant.services.mail import log

    caplog.set_level(logging.DEBUG)
    outcome = handover.by_smtp(letters.prepare("itinerary", trip.id, lang))
    assert outcome.ok
    envelope, msg = received(smtp_settings)
    assert smtp_settings.logins == [("PLAIN", "sofie")]
    assert envelope.rcpt_tos == ["karen.holm@nordlys.dk"]
    assert msg["Subject"] == subject and msg["From"] == "Sofie Bach <sofie.bach@nordlys.dk>"
    assert msg.get_content_type() == "multipart/mixed"
    assert greeting in msg.get_body(("plain",)).get_content()
    parts = {p.get_filename(): p for p in msg.iter_attachments()}
    stem = "rejseplan" if lang == "da" else "itinerary"
    assert set(parts) == {f"{stem}.pdf", f"{stem}.ics"}
    assert parts[f"{stem}.pdf"].get_content_type() == "application/pdf"
    assert parts[f"{stem}.pdf"].get_content().startswith(b"%PDF")
    trip_cal = icalendar.Calendar.from_ical(parts[f"{stem}.ics"].get_content())
    assert "SK 983" in [str(e["SUMMARY"]) for e in trip_cal.walk("VEVENT")][0]
    assert "X-Unsent" not in msg
    assert [(e.template, e.transport, e.address, e.record) for e in log.for_record(f"trip:{trip.id}")] == [
        ("itinerary", "smtp", "karen.holm@nordlys.dk", f"trip:{trip.id}")]
    assert "hemmeligt-42" not in caplog.text
    assert b"hemmeligt-42" not in db_path.read_bytes()


def test_invitation_carries_a_text_calendar_request_part(smtp_settings, meeting):
    from opsassistant.mail import handover, letters
    from opsassistant.services.mail import invitations, log

    handover.by_smtp(letters.prepare("invitation", meeting.id, "da"))
    envelope, msg = received(smtp_settings)
    assert sorted(envelope.rcpt_tos) == ["jens.hansen@example.dk", "lise@example.dk", "ole.berg@example.com"]
    assert msg["From"] == "Karen Holm <karen.holm@nordlys.dk>" and msg["Sender"] == "Sofie Bach <sofie.bach@nordlys.dk>"
    assert msg["Subject"] == "Mødeindkaldelse: Bestyrelsesmøde"
    assert msg.get_content_type() == "multipart/mixed"
    alternative = next(p for p in msg.iter_parts() if p.get_content_type() == "multipart/alternative")
    kinds = [p.get_content_type() for p in alternative.iter_parts()]
    assert kinds == ["text/plain", "text/calendar"]
    calendar_part = list(alternative.iter_parts())[1]
    assert calendar_part.get_param("method") == "REQUEST"
    assert calendar_part.get_content_charset() == "utf-8"
    cal = icalendar.Calendar.from_ical(calendar_part.get_content())
    assert str(cal["METHOD"]) == "REQUEST"
    assert [p.get_filename() for p in msg.iter_attachments()] == ["invite.ics"]
    assert "Tidspunkt: 08.12.2026 10.00–12.00" in msg.get_body(("plain",)).get_content()
    assert invitations.invited_addresses(meeting.id) == ["jens.hansen@example.dk", "lise@example.dk",
                                                         "ole.berg@example.com"]
    assert {e.address for e in log.for_event(meeting.id)} == {"jens.hansen@example.dk", "lise@example.dk",
                                                              "ole.berg@example.com"}


def test_refusing_server_one_sentence_and_the_draft_is_kept(smtp_settings, meeting, monkeypatch, tmp_path):
    from opsassistant.mail import handover, letters
    from opsassistant.services.mail import invitations, log

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    smtp_settings.refuse = True
    with pytest.raises(UserError) as error:
        handover.by_smtp(letters.prepare("invitation", meeting.id, "en"))
    text = str(error.value)
    assert text.startswith("The SMTP server refused the recipients (")
    assert "550 5.7.1 Relaying denied" in text and "The mail is kept as a draft: " in text
    drafts = list((tmp_path / "data" / "OpsAssistant" / "drafts").glob("*.eml"))
    assert len(drafts) == 1 and str(drafts[0]) in text
    draft = message_from_bytes(drafts[0].read_bytes(), policy=policy.default)
    assert draft["X-Unsent"] == "1" and draft["Subject"] == "Meeting invitation: Bestyrelsesmøde"
    assert smtp_settings.envelopes == []
    assert invitations.invited_addresses(meeting.id) == [] and log.for_event(meeting.id) == []


def test_wrong_password_is_one_sentence(smtp_settings, meeting):
    from opsassistant.mail import handover, letters, secrets

    secrets.store_password("127.0.0.1", "sofie", "forkert")
    with pytest.raises(UserError, match=r"^The SMTP server 127.0.0.1 did not accept the user name and password\. "
                                        r"The mail is kept as a draft: "):
        handover.by_smtp(letters.prepare("invitation", meeting.id, "en"))


def test_no_keyring_backend_is_a_clear_message(office, no_keyring):
    from opsassistant.mail import secrets

    with pytest.raises(UserError, match="no keyring to keep the SMTP password"):
        secrets.store_password("smtp.example.dk", "sofie", "x")


def test_password_lives_in_the_keyring_only(memory_keyring, office, db_path):
    from opsassistant.mail import secrets

    secrets.store_password("smtp.nordlys.dk", "sofie", "kodeord-123")
    assert memory_keyring.store == {("OpsAssistant SMTP", "sofie@smtp.nordlys.dk"): "kodeord-123"}
    assert secrets.password("smtp.nordlys.dk", "sofie") == "kodeord-123"
    assert b"kodeord-123" not in db_path.read_bytes()



@pytest.fixture
def ssl_server(office, certificate, memory_keyring, monkeypatch):
    """Implicit TLS (the port 465 way): encrypted from the first byte, then a login."""
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult
    from smtp_support import Inbox, free_port

    from opsassistant.mail import secrets
    from opsassistant.services.mail import settings

    inbox = Inbox()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(str(certificate[0]), str(certificate[1]))
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=context,
                            authenticator=lambda *args: AuthResult(success=args[4].password == b"pw-465",
                                                                   handled=False),
                            auth_require_tls=False)
    controller.start()
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    settings.save(settings.MailSettings(assistant_name="Sofie Bach", assistant_email="sofie.bach@nordlys.dk",
                                        transport="smtp", smtp_host="127.0.0.1", smtp_port=port,
                                        smtp_security="ssl", smtp_user="sofie"))
    secrets.store_password("127.0.0.1", "sofie", "pw-465")
    yield inbox
    controller.stop()


def test_ssl_on_connect_sends_the_briefing(ssl_server):
    from opsassistant.mail import handover, letters

    handover.by_smtp(letters.prepare("briefing", "2026-12-08", "da"))
    envelope, msg = received(ssl_server)
    assert envelope.rcpt_tos == ["karen.holm@nordlys.dk"]
    assert msg["Subject"] == "Dagens overblik tirsdag den 8. december 2026"
    assert "Godmorgen Karen Holm" in msg.get_body(("plain",)).get_content()


def test_a_server_that_is_not_there_is_one_sentence(office, memory_keyring):
    from smtp_support import free_port

    from opsassistant.mail import handover, letters
    from opsassistant.services.mail import settings

    port = free_port()
    settings.save(settings.MailSettings(assistant_name="Sofie Bach", assistant_email="sofie.bach@nordlys.dk",
                                        transport="smtp", smtp_host="127.0.0.1", smtp_port=port,
                                        smtp_security="starttls"))
    with pytest.raises(UserError, match=rf"^Could not reach the SMTP server 127.0.0.1:{port} \(.+\)\. The mail is "
                                        r"kept as a draft: "):
        handover.by_smtp(letters.prepare("briefing", "2026-12-08", "en"))


def test_mail_command_sends_by_smtp(smtp_settings, meeting, db_path, capsys):
    from opsassistant import cli

    code = cli.main(["mail", "invitation", str(meeting.id), "--send", "--lang", "da", "--database", str(db_path)])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.out.strip() == "Sendt til jens.hansen@example.dk, lise@example.dk, ole.berg@example.com."
    _, msg = received(smtp_settings)
    assert msg["Subject"] == "Mødeindkaldelse: Bestyrelsesmøde"
