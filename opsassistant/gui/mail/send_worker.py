"""Sends by SMTP off the GUI thread, so a slow or silent server never freezes the window (its timeout bounds
the wait). Like the sync worker, the thread has its own database connection and closes it when done."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from opsassistant.errors import UserError
from opsassistant.mail import handover
from opsassistant.mail.letters import Prepared


class SendThread(QThread):
    sent = Signal(object)  # the handover.Outcome
    failed = Signal(str)  # one sentence, in the UI language (the draft is kept)

    def __init__(self, prepared: Prepared, transport: str, parent=None):
        super().__init__(parent)
        self.prepared, self.transport = prepared, transport

    def run(self) -> None:
        from opsassistant.services.mail import log as mail_log

        try:
            try:
                outcome = handover.deliver(self.prepared, self.transport)
            except UserError as error:
                self.failed.emit(str(error))
                return
            except Exception as error:  # noqa: BLE001 - a bug must not kill the thread silently
                self.failed.emit(str(error) or type(error).__name__)
                return
            if outcome.ok:
                self.sent.emit(outcome)
            else:
                self.failed.emit(outcome.message)
        finally:
            mail_log.release_connection()
