"""Send e-mail (ui/send_mail.ui): the mail as the template made it, to check and change before it goes.

"Send" hands it over the way Settings ▸ E-mail says (SMTP, or the mail program); "Open in mail program" always
makes a draft for the mail program. Anything that fails is one sentence under the text, and the draft is kept.
SMTP runs on a worker thread (``send_worker``): the dialog shows that it is sending and stays responsive; while
it sends it cannot be closed (the server's timeout bounds the wait), then it closes or shows why not.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QMessageBox, QProgressBar, QWidget

from opsassistant.errors import UserError
from opsassistant.gui.forms.ui_send_mail import Ui_SendMailDialog
from opsassistant.i18n.language import current_language
from opsassistant.mail import handover
from opsassistant.mail.letters import Prepared
from opsassistant.services.mail import settings as mail_settings

Builder = Callable[[str], Prepared]


class SendMailDialog(QDialog):
    def __init__(self, parent: QWidget | None, build: Builder, prepared: Prepared, lang: str, *,
                 fixed_recipients: bool = False, routes: list[tuple[str, Builder]] | None = None):
        super().__init__(parent)
        self.ui = Ui_SendMailDialog()
        self.ui.setupUi(self)
        self._build, self.prepared, self.lang = build, prepared, lang
        self._fixed = fixed_recipients
        self.outcome: handover.Outcome | None = None
        self.worker = None  # the SendThread while sending
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setRange(0, 0)  # busy: the server gives no measure of how far it is
        self.progress_bar.setTextVisible(False)
        at = self.ui.dialogLayout.indexOf(self.ui.errorLabel) + 1
        self.ui.dialogLayout.insertWidget(at, self.progress_label)
        self.ui.dialogLayout.insertWidget(at + 1, self.progress_bar)
        self.progress_label.setVisible(False)
        self.progress_bar.setVisible(False)
        for label in (self.ui.fromValue, self.ui.bccValue, self.ui.attachmentsValue, self.ui.warningLabel,
                      self.ui.errorLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # "Name <address>" is not markup
        self.ui.fromValue.setWordWrap(False)
        self.ui.languageCombo.addItem("Dansk", "da")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(0 if lang == "da" else 1)
        self.ui.languageCombo.currentIndexChanged.connect(self._language_changed)
        self.routeCombo = None  # "Send as": e-mail or text message, when there is a choice
        if routes and len(routes) > 1:
            self.routeCombo = QComboBox(self)
            self.routeCombo.setObjectName("routeCombo")
            self.routeCombo.setAccessibleName(self.tr("Send as"))
            for text, builder in routes:
                self.routeCombo.addItem(text, builder)
            self.routeLabel = QLabel(self.tr("Send &as:"), self)
            self.routeLabel.setBuddy(self.routeCombo)
            self.ui.formLayout.insertRow(1, self.routeLabel, self.routeCombo)
            self.routeCombo.currentIndexChanged.connect(self._route_changed)
        self.ui.sendButton.clicked.connect(self.send)
        self.ui.clientButton.clicked.connect(self.to_mail_client)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._show()

    @classmethod
    def open_for(cls, parent: QWidget | None, build: Builder, *, fixed_recipients: bool = False,
                 routes: list[tuple[str, Builder]] | None = None) -> SendMailDialog | None:
        """The dialog for ``build(lang)`` (with ``routes``: the first of them); None (after one sentence in a
        message box) when it cannot be made."""
        lang = current_language()
        if routes:
            build = routes[0][1]
        try:
            prepared = build(lang)
        except UserError as error:
            QMessageBox.warning(parent, translate_title(), str(error))
            return None
        return cls(parent, build, prepared, lang, fixed_recipients=fixed_recipients, routes=routes)

    # --- showing ------------------------------------------------------------------------------------------
    def _show(self) -> None:
        letter = self.prepared.letters[0]
        if letter.on_behalf_of:
            self.ui.fromValue.setText(letter.on_behalf_of + "\n" + self.tr("sent by %1").replace("%1", letter.sender))
        else:
            self.ui.fromValue.setText(letter.sender)
        self.ui.toEdit.setText(", ".join(letter.to))
        self.ui.toEdit.setReadOnly(self._fixed)
        self.ui.bccValue.setText(", ".join(letter.bcc))
        self.ui.bccLabel.setVisible(bool(letter.bcc))
        self.ui.bccValue.setVisible(bool(letter.bcc))
        self.ui.subjectEdit.setText(letter.subject)
        self.ui.bodyEdit.setPlainText(letter.body)
        files = [a.filename for a in letter.attachments] + (["invite.ics"] if letter.calendar else [])
        self.ui.attachmentsValue.setText(", ".join(files) or self.tr("nothing"))
        notes = []
        for extra in self.prepared.letters[1:]:
            notes.append(self.tr("A cancellation goes to %1, who is no longer invited.").replace(
                "%1", ", ".join(extra.to)))
        for name in self.prepared.without_address:
            notes.append(self.tr("%1 has no e-mail address and is not invited.").replace("%1", name))
        self.ui.warningLabel.setText("\n".join(notes))
        self.ui.warningLabel.setVisible(bool(notes))
        self.ui.errorLabel.setVisible(False)
        smtp = mail_settings.load().transport == "smtp"
        self.ui.sendButton.setText(self.tr("S&end") if smtp else self.tr("Op&en in mail program"))
        self.ui.clientButton.setVisible(smtp)

    def _language_changed(self) -> None:
        self._rebuild(self._build, self.ui.languageCombo.currentData())

    def _route_changed(self) -> None:
        self._rebuild(self.routeCombo.currentData(), self.lang)

    def _rebuild(self, build: Builder, lang: str) -> None:
        try:
            self.prepared = build(lang)
        except UserError as error:
            self._error(str(error))
            return
        self._build, self.lang = build, lang
        self._show()

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setStyleSheet("color: #c0392b;")
        self.ui.errorLabel.setVisible(True)

    # --- handing over -------------------------------------------------------------------------------------
    def edited(self) -> Prepared:
        first = self.prepared.letters[0]
        to = tuple(a.strip() for a in self.ui.toEdit.text().split(",") if a.strip())
        letter = replace(first, to=first.to if self._fixed else to, subject=self.ui.subjectEdit.text().strip(),
                         body=self.ui.bodyEdit.toPlainText())
        return replace(self.prepared, letters=(letter, *self.prepared.letters[1:]))

    def send(self) -> None:
        self._hand_over(mail_settings.load().transport)

    def to_mail_client(self) -> None:
        self._hand_over("draft")

    @property
    def sending(self) -> bool:
        return self.worker is not None

    def _hand_over(self, transport: str) -> None:
        if self.sending:
            return
        prepared = self.edited()
        if transport == "smtp":
            self._start_sending(prepared)
            return
        try:
            outcome = handover.deliver(prepared, transport)
        except UserError as error:
            self._error(str(error))
            return
        self._finish(outcome)

    def _start_sending(self, prepared: Prepared) -> None:
        from opsassistant.gui.mail.send_worker import SendThread

        self.ui.errorLabel.setVisible(False)
        host = mail_settings.load().smtp_host.strip()
        self.progress_label.setText(self.tr("Sending through %1…").replace("%1", host))
        self.progress_label.setVisible(True)
        self.progress_bar.setVisible(True)
        self._set_busy(True)
        self.worker = SendThread(prepared, "smtp", self)
        self.worker.sent.connect(self._finish)
        self.worker.failed.connect(self._error)
        self.worker.finished.connect(self._sending_done)
        self.worker.start()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.ui.sendButton, self.ui.clientButton, self.ui.cancelButton, self.ui.languageCombo,
                       self.routeCombo):
            if widget is not None:
                widget.setEnabled(not busy)
        for edit in (self.ui.subjectEdit, self.ui.bodyEdit):
            edit.setReadOnly(busy)
        self.ui.toEdit.setReadOnly(busy or self._fixed)

    def _sending_done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.wait()  # "finished" comes just before the thread ends
            worker.deleteLater()
        self.progress_label.setVisible(False)
        self.progress_bar.setVisible(False)
        self._set_busy(False)
        if self.outcome is not None:
            self.accept()

    def _finish(self, outcome: handover.Outcome) -> None:
        if not outcome.ok:
            self._error(outcome.message)
            return
        self.outcome = outcome
        if not self.sending:
            self.accept()

    def reject(self) -> None:
        if not self.sending:  # a mail half-way to the server cannot be taken back
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.sending:
            event.ignore()
            return
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "ui"):
            self.ui.retranslateUi(self)
            self._show()
        super().changeEvent(event)


def translate_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SendMailDialog", "Send e-mail")


def show_send_dialog(key: Hashable, make: Callable[[], SendMailDialog | None]) -> SendMailDialog | None:
    """The send dialog non-modal through the one owner of open dialogs: the window stays usable (and its language
    switchable) while a mail is being written; the same mail asked for again brings the open dialog forward."""
    from opsassistant.gui.common.dialogs import registry

    existing = registry().get(key)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = make()
    return registry().show(dialog, key) if dialog is not None else None
