"""The sent-mail log, browsable: in the contact's detail pane and from the event editor's "Sent mail…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def jens(db):
    from opsassistant.services.contacts import editing
    from opsassistant.services.contacts.editing import ContactData, EmailData

    return editing.save(ContactData(first_name="Jens", last_name="Hansen",
                                    emails=[EmailData("jens.hansen@example.dk", "work")]))


@pytest.fixture
def invited(smtp_settings, meeting):
    from opsassistant.mail import handover, letters

    handover.by_smtp(letters.prepare("invitation", meeting.id, "en"))
    return meeting


def test_contact_detail_lists_the_mails_sent_to_the_contact(qtbot, jens, invited):
    from opsassistant.gui.contacts.panel import ContactsPanel

    panel = ContactsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.select_contact(jens.id)
    text = panel.ui.detailBrowser.toPlainText()
    assert "Sent mail" in text
    assert "Meeting invitation: Bestyrelsesmøde (Sent by SMTP)" in text


def test_contact_without_mail_has_no_sent_section(qtbot, jens, office):
    from opsassistant.gui.contacts.panel import ContactsPanel

    panel = ContactsPanel()
    qtbot.addWidget(panel)
    panel.select_contact(jens.id)
    assert "Jens Hansen" in panel.ui.detailBrowser.toPlainText()
    assert "Sent mail" not in panel.ui.detailBrowser.toPlainText()


def test_event_editor_opens_the_mails_sent_about_the_appointment(qtbot, invited):
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.gui.mail.log_dialog import SentMailDialog
    from opsassistant.services.calendar import editing

    editor = EventEditor(None, editing.load(invited.id), event_id=invited.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.sent_mail_button.isVisible() and editor.sent_mail_button.text() == "Sent mail (3)…"
    qtbot.mouseClick(editor.sent_mail_button, Qt.MouseButton.LeftButton)
    shown = [d for d in editor.findChildren(SentMailDialog) if d.isVisible()]
    assert len(shown) == 1 and not shown[0].isModal()  # non-modal beside the editor
    dialog = shown[0]
    qtbot.mouseClick(editor.sent_mail_button, Qt.MouseButton.LeftButton)  # asked again: the same one
    assert [d for d in editor.findChildren(SentMailDialog) if d.isVisible()] == [dialog]
    rows = dialog.rows()
    assert sorted(r[2] for r in rows) == ["jens.hansen@example.dk", "lise@example.dk", "ole.berg@example.com"]
    assert {(r[1], r[3]) for r in rows} == {("Meeting invitation: Bestyrelsesmøde", "Sent by SMTP")}


def test_event_editor_without_mail_hides_the_button(qtbot, meeting):
    from opsassistant.gui.calendar.editor import EventEditor
    from opsassistant.services.calendar import editing

    editor = EventEditor(None, editing.load(meeting.id), event_id=meeting.id)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.sent_mail_button.isVisible()
