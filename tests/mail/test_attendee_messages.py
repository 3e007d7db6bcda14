"""An attendee's COUNTER and REFRESH (RFC 5546 §3.2.6–3.2.7), opened as .ics files: shown on Today, never applied
silently; a REFRESH is answered with the current REQUEST to that attendee only, which conforms to §3.2.2."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from tests.mail.test_itip import conforms

REFRESH = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
           "METHOD:REFRESH\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261202T080000Z\r\n"
           "ORGANIZER;CN=Karen Holm:mailto:karen.holm@nordlys.dk\r\n"
           "ATTENDEE;CN=Jens Hansen:mailto:jens.hansen@example.dk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
COUNTER = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
           "METHOD:COUNTER\r\nBEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261202T080000Z\r\nSEQUENCE:0\r\n"
           "SUMMARY:Bestyrelsesmøde\r\nDTSTART:20261208T130000Z\r\nDTEND:20261208T150000Z\r\n"
           "ORGANIZER;CN=Karen Holm:mailto:karen.holm@nordlys.dk\r\n"
           "ATTENDEE;CN=Lise Mørk;PARTSTAT=TENTATIVE:mailto:lise@example.dk\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")


def today(qtbot):
    from opsassistant.gui.today.panel import TodayPanel

    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.show()
    box = panel.answers_box.list
    return panel, [box.item(r).text() for r in range(box.count())]


def activate(qtbot, panel, row: int) -> None:
    box = panel.answers_box.list
    box.setFocus()
    box.setCurrentRow(row)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_a_refresh_is_answered_with_the_current_request_to_that_attendee(qtbot, smtp_settings, meeting, tmp_path,
                                                                        shown):
    from email import message_from_bytes, policy

    from opsassistant.interop import ical
    from opsassistant.services.sync import inbox

    path = tmp_path / "refresh.ics"
    path.write_text(REFRESH.format(uid=meeting.uid))
    result = ical.import_file(path)
    assert (result.imported, result.updated, result.skipped) == (0, 1, [])
    panel, texts = today(qtbot)
    assert texts == ["Jens Hansen asks for the current invitation to “Bestyrelsesmøde”"]
    activate(qtbot, panel, 0)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    letter = dialog.prepared.letters[0]
    assert letter.to == ("Jens Hansen <jens.hansen@example.dk>",) and letter.method == "REQUEST"
    cal = conforms(letter.calendar, "REQUEST")
    event = next(iter(cal.walk("VEVENT")))
    assert sorted(str(a) for a in event["ATTENDEE"]) == ["mailto:jens.hansen@example.dk", "mailto:lise@example.dk",
                                                         "mailto:ole.berg@example.com"]
    assert str(event["UID"]) == meeting.uid and str(event["SUMMARY"]) == "Bestyrelsesmøde"
    assert len(inbox.waiting()) == 1  # not answered until the mail is handed over
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.sending, timeout=20000)
    envelope = smtp_settings.envelopes[-1]
    assert envelope.rcpt_tos == ["jens.hansen@example.dk"]
    part = next(p for p in message_from_bytes(envelope.content, policy=policy.default).walk()
                if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "REQUEST"
    assert inbox.waiting() == []
    assert today(qtbot)[1] == ["No answers in the last week."]


def test_a_counter_proposal_is_shown_and_the_meeting_stays_put(qtbot, meeting, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.db.models import Event
    from opsassistant.interop import ical
    from opsassistant.services.sync import inbox

    path = tmp_path / "counter.ics"
    path.write_text(COUNTER.format(uid=meeting.uid))
    assert ical.import_file(path).updated == 1
    told = []

    def seen(box):
        told.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Seen").click()

    monkeypatch.setattr(QMessageBox, "exec", seen)
    panel, texts = today(qtbot)
    assert texts == ["Lise Mørk proposes a change to “Bestyrelsesmøde”"]
    activate(qtbot, panel, 0)
    assert told[0].startswith("Lise Mørk <lise@example.dk> proposes a change to “Bestyrelsesmøde” (new start: "
                              "08/12/2026 14.00). Nothing has been changed")
    stored = Event.get_by_id(meeting.id)
    assert stored.start_utc.replace(tzinfo=UTC) == datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
    assert inbox.waiting() == []


def test_a_refresh_for_an_appointment_not_here_is_skipped_with_a_reason(office, tmp_path):
    from opsassistant.interop import ical
    from opsassistant.services.sync import inbox

    path = tmp_path / "refresh.ics"
    path.write_text(REFRESH.format(uid="unknown-42@example.dk"))
    result = ical.import_file(path)
    assert result.updated == 0
    assert [s.reason for s in result.skipped] == ["The answer is to an appointment that is not in the calendar."]
    assert inbox.waiting() == []


def test_a_counter_proposal_can_be_declined_with_a_declinecounter(qtbot, smtp_settings, meeting, tmp_path, shown,
                                                                  monkeypatch):
    from email import message_from_bytes, policy

    from PySide6.QtWidgets import QMessageBox

    from opsassistant.db.models import Event
    from opsassistant.interop import ical
    from opsassistant.services.sync import inbox

    path = tmp_path / "counter.ics"
    path.write_text(COUNTER.format(uid=meeting.uid))
    ical.import_file(path)

    def decline(box):
        next(b for b in box.buttons() if b.text() == "&Decline the proposal…").click()

    monkeypatch.setattr(QMessageBox, "exec", decline)
    panel, _texts = today(qtbot)
    activate(qtbot, panel, 0)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.ui.subjectEdit.text() == "Proposal declined: Bestyrelsesmøde"
    assert len(inbox.waiting()) == 1  # still waiting until the answer is handed over
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.sending, timeout=20000)
    envelope = smtp_settings.envelopes[-1]
    assert envelope.rcpt_tos == ["lise@example.dk"]
    part = next(p for p in message_from_bytes(envelope.content, policy=policy.default).walk()
                if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "DECLINECOUNTER"
    cal = conforms(part.get_content(), "DECLINECOUNTER")
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["UID"]) == meeting.uid and str(event["ATTENDEE"]) == "mailto:lise@example.dk"
    assert event["ORGANIZER"].params["SENT-BY"] == "mailto:sofie.bach@nordlys.dk"
    assert inbox.waiting() == []
    stored = Event.get_by_id(meeting.id)
    assert stored.start_utc.replace(tzinfo=UTC) == datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
