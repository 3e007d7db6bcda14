"""The event editor's e-mail part: each attendee's answer beside their name, and "Send invitations…", which
saves the appointment and then shows the invitation (REQUEST, update or CANCEL to removed attendees)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

ROLE = 0x0100  # Qt.ItemDataRole.UserRole: the editor keeps each attendee's record there


def answer_text(status: str) -> str:
    return {
        "accepted": QCoreApplication.translate("Invitations", "accepted"),
        "declined": QCoreApplication.translate("Invitations", "declined"),
        "tentative": QCoreApplication.translate("Invitations", "tentative"),
    }.get(status, "")


def _label(person) -> str:
    base = f"{person.name} <{person.email}>" if person.name and person.email else person.name or person.email
    if not person.email:
        return base + " — " + QCoreApplication.translate("Invitations", "no e-mail address")
    answer = answer_text(person.status)
    return f"{base} — {answer}" if answer else base


def relabel(editor) -> None:
    widget = editor.ui.attendeeList
    for row in range(widget.count()):
        item = widget.item(row)
        person = item.data(ROLE)
        if person is not None and hasattr(person, "status"):
            item.setText(_label(person))


def _button_text() -> str:
    return QCoreApplication.translate("Invitations", "Save and send &invitations…")


class _Retranslator(QObject):
    """Follows the live language switch (the editor retranslates its own widgets only)."""

    def __init__(self, editor):
        super().__init__(editor)
        self.editor = editor

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.update)
        return False

    def update(self) -> None:
        relabel(self.editor)
        label = getattr(self.editor, "invitations_sent_label", None)
        if label is not None:
            label.setText(sent_text(self.editor.event_id))
        button = getattr(self.editor, "send_invitations_button", None)
        if button is not None:
            button.setText(_button_text())
        log_button = getattr(self.editor, "sent_mail_button", None)
        if log_button is not None:
            from opsassistant.gui.mail.log_dialog import sent_button_text
            from opsassistant.services.mail import log as mail_log

            event_id = self.editor.sent_mail_event_id
            log_button.setText(sent_button_text(len(mail_log.for_event(event_id)) if event_id else 0))


def sent_text(event_id: int | None) -> str:
    from opsassistant.i18n import formatting as fmt
    from opsassistant.services.calls.queries import local_zone
    from opsassistant.services.mail import invitations

    sent = invitations.last_sent(event_id) if event_id else None
    if sent is None:
        return ""
    when = fmt.format_datetime(sent.sent_at, local_zone())
    if sent.cancelled:
        return QCoreApplication.translate("Invitations", "Cancellation sent %1.").replace("%1", when)
    return QCoreApplication.translate("Invitations", "Invitations sent %1 to %2 attendees (version %3).").replace(
        "%1", when).replace("%2", str(sent.invited)).replace("%3", str(sent.sequence + 1))


def _install_log_button(editor, event_id: int | None) -> None:
    """"Sent mail (N)…" under the attendees: the mails sent about this appointment (shown once there are any)."""
    from PySide6.QtWidgets import QPushButton

    from opsassistant.gui.mail.log_dialog import SentMailDialog, sent_button_text
    from opsassistant.services.mail import log as mail_log

    entries = mail_log.for_event(event_id) if event_id else []
    button = QPushButton(sent_button_text(len(entries)), editor)
    button.setObjectName("sentMailButton")
    button.setAutoDefault(False)
    button.setVisible(bool(entries))
    editor.sent_mail_button, editor.sent_mail_event_id = button, event_id
    editor.ui.attendeeLayout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_log():
        found = mail_log.for_event(event_id)
        from opsassistant.gui.common.dialogs import registry

        # non-modal beside its editor; asked again, the open one comes to the front
        return registry().open((id(editor), "sent-mail"),
                               lambda: SentMailDialog(found, f"“{editor.ui.titleEdit.text()}”", editor))

    button.clicked.connect(show_log)


def install(editor) -> None:
    """Called at the end of ``EventEditor.__init__``."""
    from PySide6.QtWidgets import QLabel

    relabel(editor)
    label = QLabel(editor)
    label.setObjectName("invitationsSentLabel")
    label.setEnabled(False)
    editor.invitations_sent_label = label
    editor.ui.attendeeLayout.addWidget(label)
    event_id = editor.occurrence.series_id if editor.occurrence and editor.occurrence.series_id else editor.event_id
    label.setText(sent_text(event_id))
    label.setVisible(bool(label.text()))
    _install_log_button(editor, event_id)
    editor.ui.attendeeList.model().rowsInserted.connect(
        lambda *_: QTimer.singleShot(0, editor, lambda: relabel(editor)))
    if editor.read_only:
        return
    editor.installEventFilter(_Retranslator(editor))
    button = editor.ui.buttonBox.addButton(_button_text(), QDialogButtonBox.ButtonRole.ActionRole)
    button.setObjectName("sendInvitationsButton")
    editor.send_invitations_button = button
    editor.send_invitations_after_save = False

    def update_enabled(*_args) -> None:
        button.setEnabled(editor.ui.attendeeList.count() > 0)

    def clicked() -> None:
        editor.send_invitations_after_save = True
        editor.save()
        if editor.result() != editor.DialogCode.Accepted:
            editor.send_invitations_after_save = False

    def after_save() -> None:
        if editor.send_invitations_after_save and editor.saved_id:
            parent, event_id = editor.parentWidget(), editor.saved_id
            QTimer.singleShot(0, lambda: send_invitations(parent, event_id))

    button.clicked.connect(clicked)
    editor.accepted.connect(after_save)
    model = editor.ui.attendeeList.model()
    model.rowsInserted.connect(update_enabled)
    model.rowsRemoved.connect(update_enabled)
    update_enabled()


def send_invitations(parent, event_id: int, method: str = "request"):
    """The send dialog for an appointment's invitations, non-modal (None: nothing to send)."""
    from opsassistant.gui.mail.send_dialog import SendMailDialog, show_send_dialog
    from opsassistant.mail import letters

    return show_send_dialog(("send", "invitation", event_id, method), lambda: SendMailDialog.open_for(
        parent, lambda lang: letters.prepare("invitation", event_id, lang, method=method), fixed_recipients=True))


def offer_cancellation(parent, event_id: int) -> None:
    """After an invited appointment went to the trash: offer to tell the attendees (an iTIP CANCEL)."""
    from PySide6.QtWidgets import QMessageBox

    from opsassistant.services.mail import invitations

    invited = invitations.invited_addresses(event_id)
    if not invited:
        return
    question = QCoreApplication.translate("Invitations", "Tell the invited attendees that it is cancelled? %1").replace(
        "%1", ", ".join(invited))
    buttons = QMessageBox.StandardButton
    if QMessageBox.question(parent, QCoreApplication.translate("Invitations", "Send a cancellation"), question,
                            buttons.Yes | buttons.No, buttons.Yes) == buttons.Yes:
        send_invitations(parent, event_id, method="cancel")
