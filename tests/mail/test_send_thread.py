"""SMTP from the send dialog runs on a worker thread: the window stays responsive while a server is slow or
silent, and the result (sent, or one sentence with the draft kept) comes back to the dialog."""

from __future__ import annotations

import socket
import threading

import pytest
from PySide6.QtCore import Qt, QTimer


@pytest.fixture
def call(office):
    from opsassistant.services.calls.logging import CallData, log_call

    return log_call(CallData(number="+45 33 12 34 56", name="Jens Hansen", principal_id=office.id,
                             message="Ring om budgettet.", please_call=True))


@pytest.fixture
def silent_server():
    """A server on 127.0.0.1 that accepts connections and never says a word (no SMTP greeting)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except (TimeoutError, OSError):
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1], held
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


def _dialog(qtbot, call_id):
    from opsassistant.gui.mail.send_dialog import SendMailDialog
    from opsassistant.mail import letters

    dialog = SendMailDialog.open_for(None, lambda lang: letters.prepare("message", call_id, lang))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_silent_server_leaves_the_window_responsive_and_keeps_the_draft(qtbot, office, call, silent_server,
                                                                          memory_keyring, monkeypatch, tmp_path):
    from opsassistant.mail import smtp
    from opsassistant.services.mail import log, settings

    port, held = silent_server
    monkeypatch.setattr(smtp, "TIMEOUT", 3)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    settings.save(settings.MailSettings(assistant_name="Sofie Bach", assistant_email="sofie.bach@nordlys.dk",
                                        transport="smtp", smtp_host="127.0.0.1", smtp_port=port,
                                        smtp_security="none"))
    dialog = _dialog(qtbot, call.id)
    ticks: list[bool] = []  # each tick of a GUI timer: was the mail still on its way?
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.sending))
    timer.start(50)
    qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    assert dialog.sending
    assert dialog.progress_bar.isVisible() and dialog.progress_label.text() == "Sending through 127.0.0.1…"
    assert not dialog.ui.sendButton.isEnabled() and not dialog.ui.cancelButton.isEnabled()
    qtbot.waitUntil(lambda: len(held) == 1 and ticks.count(True) >= 5, timeout=2500)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot be closed half-way
    assert dialog.isVisible() and dialog.sending
    qtbot.waitUntil(lambda: not dialog.sending, timeout=10000)
    timer.stop()
    assert dialog.isVisible() and dialog.ui.sendButton.isEnabled() and not dialog.progress_bar.isVisible()
    text = dialog.ui.errorLabel.text()
    assert text.startswith(f"Could not reach the SMTP server 127.0.0.1:{port} (no answer in time). "
                           "The mail is kept as a draft: ")
    assert list((tmp_path / "data" / "OpsAssistant" / "drafts").glob("*.eml"))
    assert log.passed_on([call.id]) == {}
    assert dialog.ui.bodyEdit.toPlainText() and not dialog.ui.bodyEdit.isReadOnly()


def test_the_worker_sends_and_the_dialog_closes_with_the_result(qtbot, smtp_settings, call):
    from opsassistant.services.mail import log

    dialog = _dialog(qtbot, call.id)
    qtbot.keyClicks(dialog.ui.bodyEdit, "Haster. ")
    with qtbot.waitSignal(dialog.accepted, timeout=20000):
        qtbot.mouseClick(dialog.ui.sendButton, Qt.MouseButton.LeftButton)
    assert not dialog.sending and dialog.outcome.message == "Sent to karen.holm@nordlys.dk."
    assert len(smtp_settings.envelopes) == 1 and b"Haster." in smtp_settings.envelopes[0].content
    assert [e.address for e in log.for_call(call.id)] == ["karen.holm@nordlys.dk"]
