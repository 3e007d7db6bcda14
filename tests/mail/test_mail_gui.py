"""The e-mail parts of the desktop app, driven with real widgets against the test SMTP server and database.

The send dialog's ``exec`` is replaced by ``show`` so the test can type and click in it (a modal loop would
block an offscreen test); everything behind the buttons is the real code."""

from __future__ import annotations

from email import message_from_bytes, policy

import icalendar
import pytest
from PySide6.QtCore import Qt


def click_send(qtbot, dialog) -> None:
    """Click Send and wait until the worker thread has reported back (SMTP runs off the GUI thread)."""
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.sending, timeout=20000)


@pytest.fixture
def call(office):
    from opsassistant.services.calls.logging import CallData, log_call

    return log_call(CallData(number="+45 33 12 34 56", name="Jens Hansen", principal_id=office.id,
                             message="Ring om budgettet.", please_call=True))


def test_editor_saves_and_sends_invitations_by_smtp(qtbot, smtp_settings, meeting, shown):
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.services.calendar import editing
    from opsassistant.services.mail import invitations, log

    editor = EventEditor(None, editing.load(meeting.id), event_id=meeting.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.ui.locationEdit.clear()
    qtbot.keyClicks(editor.ui.locationEdit, "Mødelokale 2")
    qtbot.mouseClick(editor.send_invitations_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1)
    dialog = shown[0]
    assert dialog.ui.toEdit.isReadOnly()
    assert dialog.ui.subjectEdit.text() == "Meeting invitation: Bestyrelsesmøde"
    qtbot.keyClicks(dialog.ui.bodyEdit, "Husk regnskabet. ")
    click_send(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    msg = message_from_bytes(smtp_settings.envelopes[0].content, policy=policy.default)
    assert "Husk regnskabet." in msg.get_body(("plain",)).get_content()
    cal = icalendar.Calendar.from_ical(next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
                                       .get_content())
    assert str(next(iter(cal.walk("VEVENT")))["LOCATION"]) == "Mødelokale 2"
    assert editing.load(meeting.id).location == "Mødelokale 2"
    assert len(invitations.invited_addresses(meeting.id)) == 3 and len(log.for_event(meeting.id)) == 3
    again = EventEditor(None, editing.load(meeting.id), event_id=meeting.id)
    qtbot.addWidget(again)
    assert again.invitations_sent_label.text().startswith("Invitations sent ")
    assert again.invitations_sent_label.text().endswith(" to 3 attendees (version 1).")


def test_editor_shows_each_attendees_answer(qtbot, meeting, tmp_path):
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.services.calendar import answers, editing

    answers.apply(meeting.uid, "lise@example.dk", "declined")
    editor = EventEditor(None, editing.load(meeting.id), event_id=meeting.id)
    qtbot.addWidget(editor)
    labels = [editor.ui.attendeeList.item(r).text() for r in range(editor.ui.attendeeList.count())]
    assert labels == ["Jens Hansen <jens.hansen@example.dk>", "Lise Mørk <lise@example.dk> — declined",
                      "Ole Berg <ole.berg@example.com>"]


def test_calls_panel_passes_the_message_on(qtbot, smtp_settings, call, shown):
    from opsassistant.gui.calls.panel import CallsPanel
    from opsassistant.services.mail import log

    panel = CallsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.select_call(call.id)
    assert panel.pass_on_button.text() == "Send to Karen Holm…"
    assert panel.passed_on_label.text() == ""
    qtbot.mouseClick(panel.pass_on_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    assert dialog.ui.toEdit.text() == "karen.holm@nordlys.dk"
    dialog.ui.languageCombo.setCurrentIndex(1)  # English
    click_send(qtbot, dialog)
    msg = message_from_bytes(smtp_settings.envelopes[0].content, policy=policy.default)
    assert msg["Subject"] == "While you were out: Jens Hansen"
    assert list(log.passed_on([call.id])) == [call.id]
    panel.select_call(call.id)
    assert panel.passed_on_label.text().startswith("Passed on ")


def test_refused_mail_keeps_the_dialog_and_the_draft(qtbot, smtp_settings, call, shown, tmp_path, monkeypatch):
    from opsassistant.gui.mail.calls_hook import pass_on
    from opsassistant.services.mail import log

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    smtp_settings.refuse = True
    pass_on(None, call.id)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    click_send(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.errorLabel.isVisible()
    assert "The mail is kept as a draft: " in dialog.ui.errorLabel.text()
    assert list((tmp_path / "data" / "OpsAssistant" / "drafts").glob("*.eml"))
    assert log.passed_on([call.id]) == {}


def test_settings_email_tab_keeps_the_password_in_the_keyring(qtbot, office, memory_keyring, db_path):
    from opsassistant.gui.settings_dialog import SettingsDialog
    from opsassistant.services.mail import settings

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = dialog.mail_page
    dialog.ui.tabs.setCurrentWidget(page)
    page.ui.nameEdit.clear()
    qtbot.keyClicks(page.ui.nameEdit, "Mette Skov")
    page.ui.transportCombo.setCurrentIndex(1)
    qtbot.keyClicks(page.ui.hostEdit, "smtp.nordlys.dk")
    page.ui.securityCombo.setCurrentIndex(1)
    assert page.ui.portSpin.value() == 465
    qtbot.keyClicks(page.ui.userEdit, "mette")
    qtbot.keyClicks(page.ui.passwordEdit, "s3cret!pw")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = settings.load()
    assert (saved.assistant_name, saved.transport, saved.smtp_host, saved.smtp_port, saved.smtp_security,
            saved.smtp_user) == ("Mette Skov", "smtp", "smtp.nordlys.dk", 465, "ssl", "mette")
    assert memory_keyring.store == {("OpsAssistant SMTP", "mette@smtp.nordlys.dk"): "s3cret!pw"}
    assert b"s3cret!pw" not in db_path.read_bytes()


def test_settings_email_tab_refuses_smtp_without_a_server(qtbot, office, memory_keyring):
    from opsassistant.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.mail_page.ui.transportCombo.setCurrentIndex(1)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.ui.tabs.currentWidget() is dialog.mail_page
    assert dialog.mail_page.ui.errorLabel.text() == "Enter the SMTP server to send from here."


def test_template_editor_saves_the_users_wording(qtbot, office):
    from opsassistant.gui.mail.template_dialog import MailTemplatesDialog
    from opsassistant.mail import templates

    dialog = MailTemplatesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.templateList.setCurrentRow(0)
    dialog.ui.languageCombo.setCurrentIndex(0)  # Dansk
    assert dialog.ui.subjectEdit.text() == "Mens du var væk: {caller}"
    dialog.ui.subjectEdit.selectAll()
    qtbot.keyClicks(dialog.ui.subjectEdit, "Telefonbesked fra {kunde}")
    assert dialog.ui.errorLabel.isVisible() and "{kunde} is not a merge field" in dialog.ui.errorLabel.text()
    assert dialog.save() is False
    dialog.ui.subjectEdit.selectAll()
    qtbot.keyClicks(dialog.ui.subjectEdit, "Telefonbesked fra {caller}")
    assert not dialog.ui.errorLabel.isVisible()
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert templates.get("message", "da").subject == "Telefonbesked fra {caller}"
    assert dialog.ui.resetButton.isEnabled()
    qtbot.mouseClick(dialog.ui.resetButton, Qt.MouseButton.LeftButton)
    assert not templates.get("message", "da").custom


def test_today_shows_answers_and_passes_call_backs_on(qtbot, meeting, call, shown):
    from opsassistant.gui.today.panel import TodayPanel
    from opsassistant.services.calendar import answers

    answers.apply(meeting.uid, "jens.hansen@example.dk", "declined")
    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.show()
    texts = [panel.answers_box.list.item(r).text() for r in range(panel.answers_box.list.count())]
    assert texts == ["Jens Hansen has declined “Bestyrelsesmøde”"]
    callbacks = panel.ui.callbacksList
    row = next(r for r in range(callbacks.count()) if "Jens Hansen" in callbacks.item(r).text())
    callbacks.setCurrentRow(row)
    callbacks.setFocus()
    panel.pass_on_action.trigger()
    assert shown and shown[0].ui.subjectEdit.text() == "While you were out: Jens Hansen"


def test_deleting_an_invited_meeting_offers_the_cancellation(qtbot, smtp_settings, meeting, shown, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.gui.mail.editor_hook import offer_cancellation
    from opsassistant.mail import handover, letters
    from opsassistant.services.calendar import editing
    from opsassistant.services.mail import invitations

    handover.by_smtp(letters.prepare("invitation", meeting.id, "en"))
    editing.trash(meeting.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    offer_cancellation(None, meeting.id)
    assert asked == ["Tell the invited attendees that it is cancelled? jens.hansen@example.dk, lise@example.dk, "
                     "ole.berg@example.com"]
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.ui.subjectEdit.text() == "Cancelled: Bestyrelsesmøde"
    click_send(qtbot, dialog)
    msg = message_from_bytes(smtp_settings.envelopes[-1].content, policy=policy.default)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "CANCEL"
    assert invitations.invited_addresses(meeting.id) == []


def test_answer_an_invitation_from_today_on_the_executives_behalf(qtbot, smtp_settings, shown, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.gui.today.panel import TodayPanel
    from opsassistant.services.calendar import occurrences

    path = tmp_path / "invite.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:abc123@google.com\r\nDTSTAMP:20261201T080000Z\r\nSEQUENCE:0\r\n"
        "SUMMARY:Frokostmøde hos Danske Bank\r\nDTSTART:20261210T110000Z\r\nDTEND:20261210T120000Z\r\n"
        "ORGANIZER;CN=Anne Lind:mailto:anne.lind@bank.example\r\n"
        "ATTENDEE;CN=Karen Holm;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:karen.holm@nordlys.dk\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
    asked = []

    def choose_maybe(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Maybe").click()

    monkeypatch.setattr(QMessageBox, "exec", choose_maybe)
    panel = TodayPanel()
    qtbot.addWidget(panel)
    panel.answers_box.answer_invitation(str(path))
    assert asked == ["“Frokostmøde hos Danske Bank” from Anne Lind. What does Karen Holm answer?"]
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.ui.subjectEdit.text() == "Tentative: Frokostmøde hos Danske Bank"
    click_send(qtbot, dialog)
    envelope = smtp_settings.envelopes[-1]
    assert envelope.rcpt_tos == ["anne.lind@bank.example"]
    msg = message_from_bytes(envelope.content, policy=policy.default)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    assert part.get_param("method") == "REPLY"
    assert "PARTSTAT=TENTATIVE" in part.get_content()
    from datetime import UTC, datetime
    found = occurrences.between(datetime(2026, 12, 10, tzinfo=UTC), datetime(2026, 12, 11, tzinfo=UTC))
    assert [(o.title, o.status) for o in found] == [("Frokostmøde hos Danske Bank", "tentative")]
