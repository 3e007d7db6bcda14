"""Passing a message on by text: the message slip as a short plain text to the e-mail-to-SMS gateway address
made from Settings ▸ E-mail's pattern and the principal's mobile number, through the test SMTP server."""

from __future__ import annotations

from dataclasses import replace
from email import message_from_bytes, policy

import pytest
from PySide6.QtCore import Qt


def _with_phone(office, phone: str, email: str | None = None):
    from opsassistant.services import principals

    data = principals.PrincipalData(name=office.name, role=office.role, title=office.title,
                                    email=office.email if email is None else email, phone=phone)
    return principals.save(data, office.id)


def _gateway(pattern: str) -> None:
    from opsassistant.services.mail import settings

    settings.save(replace(settings.load(), sms_gateway=pattern))


@pytest.fixture
def call(office):
    from opsassistant.services.calls.logging import CallData, log_call

    return log_call(CallData(number="+45 33 12 34 56", name="Jens Hansen", principal_id=office.id,
                             message="Ring om budgettet.", please_call=True))


def test_calls_panel_texts_the_message_slip_and_marks_it_passed_on(qtbot, smtp_settings, office, call, shown):
    from opsassistant.gui.calls.panel import CallsPanel
    from opsassistant.services.mail import log

    _with_phone(office, "20 30 40 50")
    _gateway("{number}@sms.example.dk")
    panel = CallsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.select_call(call.id)
    qtbot.mouseClick(panel.pass_on_button, Qt.MouseButton.LeftButton)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    combo = dialog.routeCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["E-mail to karen.holm@nordlys.dk",
                                                                 "Text message to 20 30 40 50"]
    assert dialog.ui.toEdit.text() == "karen.holm@nordlys.dk"
    dialog.ui.languageCombo.setCurrentIndex(1)  # English
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.ui.toEdit.text() == "4520304050@sms.example.dk"
    assert dialog.ui.subjectEdit.text() == "Message from Jens Hansen"
    body = dialog.ui.bodyEdit.toPlainText()
    assert body.startswith("Call from Jens Hansen (33 12 34 56), ") and body.endswith(
        ". Please call back. Ring om budgettet. – Sofie Bach")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    envelope = smtp_settings.envelopes[0]
    assert envelope.rcpt_tos == ["4520304050@sms.example.dk"]
    msg = message_from_bytes(envelope.content, policy=policy.default)
    assert msg.get_content_type() == "text/plain" and msg.get_content().strip() == body
    assert list(log.passed_on([call.id])) == [call.id]
    assert [(e.transport, e.address) for e in log.for_call(call.id)] == [("sms", "4520304050@sms.example.dk")]
    panel.select_call(call.id)
    assert panel.passed_on_label.text().startswith("Passed on ")


def test_without_an_e_mail_address_the_text_is_the_way(qtbot, office, call, shown):
    from opsassistant.gui.mail.calls_hook import pass_on

    _with_phone(office, "+45 20 30 40 50", email="")
    _gateway("sms+{number}@gateway.example.com")
    pass_on(None, call.id)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert dialog.routeCombo is None
    assert dialog.ui.toEdit.text() == "sms+4520304050@gateway.example.com"


def test_no_gateway_or_no_mobile_means_e_mail_only(qtbot, office, call, shown):
    from opsassistant.gui.mail.calls_hook import pass_on, routes

    _with_phone(office, "20 30 40 50")
    assert routes(call.id) is None  # no gateway set
    _gateway("{number}@sms.example.dk")
    _with_phone(office, "")
    assert routes(call.id) is None  # no mobile number
    pass_on(None, call.id)
    qtbot.addWidget(shown[0])
    assert shown[0].routeCombo is None and shown[0].ui.toEdit.text() == "karen.holm@nordlys.dk"


def test_settings_email_tab_keeps_the_gateway_and_refuses_one_without_the_number(qtbot, office, memory_keyring):
    from opsassistant.gui.settings_dialog import SettingsDialog
    from opsassistant.services.mail import settings

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = dialog.mail_page
    qtbot.keyClicks(page.ui.smsEdit, "sms.example.dk")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert page.ui.errorLabel.text() == ("The text message address is an e-mail address with {number} in it, "
                                         "e.g. {number}@sms.example.dk.")
    page.ui.smsEdit.clear()
    qtbot.keyClicks(page.ui.smsEdit, "{number}@sms.example.dk")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.load().sms_gateway == "{number}@sms.example.dk"
