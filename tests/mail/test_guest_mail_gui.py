""""Your guest has arrived" by e-mail from the Reception section on Today: check in with F6, then Ctrl+Shift+M
opens the send dialog with the guest template to the host; it is sent to the test SMTP server and logged.

The send dialog's ``exec`` is replaced by ``show`` so the test can click in it (a modal loop would block)."""

from __future__ import annotations

from datetime import datetime
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def _guest(host_id):
    from opsassistant.services.reception import visitors
    from opsassistant.services.reception.visitors import VisitorData

    today = datetime.now(ZoneInfo("Europe/Copenhagen"))
    return visitors.save(VisitorData(name="Hanako Yamada", company="Sakura Seiki", host_id=host_id,
                                     expected=today.replace(hour=10, minute=0, tzinfo=None),
                                     purpose="Kvartalsmøde"))


@pytest.fixture
def today(qtbot, db_path):
    """The main window on Today; its Reception section (the keys need the real window's focus)."""
    from opsassistant.gui.main_window import MainWindow

    def open_section():
        window = MainWindow(db_path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # the keys go where the focus is, in the active window
        qtbot.waitUntil(window.isActiveWindow)
        window.show_area("today")
        section = window.panel("today").reception
        section.refresh()
        section.list.setFocus()
        return section

    return open_section


def test_check_in_then_tell_the_host_by_email(qtbot, smtp_settings, shown, today):
    from opsassistant.db.models.reception import Visitor
    from opsassistant.services.mail import log

    guest = _guest(_host_id())
    section = today()
    assert not section.mail_host_button.isEnabled()  # not arrived: nothing to tell yet
    qtbot.keyClick(section.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert shown == []
    qtbot.keyClick(section.list, Qt.Key.Key_F6)
    assert Visitor.get_by_id(guest.id).arrived_utc is not None
    assert section.mail_host_button.isEnabled()
    qtbot.keyClick(section.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.ui.toEdit.text() == "Karen Holm <karen.holm@nordlys.dk>"
    assert dialog.ui.subjectEdit.text() == "Your guest has arrived: Hanako Yamada"
    body = dialog.ui.bodyEdit.toPlainText()
    assert "Hello Karen Holm" in body and "Company: Sakura Seiki" in body and "Purpose: Kvartalsmøde" in body
    dialog.ui.languageCombo.setCurrentIndex(0)  # Danish
    assert dialog.ui.subjectEdit.text() == "Din gæst er ankommet: Hanako Yamada"
    assert "Firma: Sakura Seiki" in dialog.ui.bodyEdit.toPlainText()
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.sending, timeout=20000)  # SMTP runs on a worker thread
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.ui.errorLabel.text()
    msg = message_from_bytes(smtp_settings.envelopes[0].content, policy=policy.default)
    assert msg["Subject"] == "Din gæst er ankommet: Hanako Yamada"
    assert smtp_settings.envelopes[0].rcpt_tos == ["karen.holm@nordlys.dk"]
    assert "Ankommet: " in msg.get_body(("plain",)).get_content()
    logged = log.for_record(f"visitor:{guest.id}")
    assert [(e.template, e.address) for e in logged] == [("guest", "karen.holm@nordlys.dk")]


def _host_id() -> int:
    from opsassistant.services import principals

    return principals.executive().id


def test_a_host_without_an_address_is_one_sentence(qtbot, office, shown, monkeypatch, today):
    from opsassistant.services import principals
    from opsassistant.services.reception import visitors

    team = principals.save(principals.PrincipalData(name="Mads Winther", role="team"))
    guest = _guest(team.id)
    visitors.check_in(guest.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    section = today()
    qtbot.mouseClick(section.mail_host_button, Qt.MouseButton.LeftButton)
    assert shown == []
    assert warnings == ["Mads Winther has no e-mail address; give one with the mail."]
