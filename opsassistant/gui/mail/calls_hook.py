"""Passing a phone message on: "Send to <principal>" beside the call-back buttons of the call log (and the same
from Today's call-backs); the message slip goes by mail and the call is marked passed on (the sent-mail log)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton

from opsassistant.i18n import formatting as fmt
from opsassistant.services import principals
from opsassistant.services.calls import queries
from opsassistant.services.calls.queries import local_zone
from opsassistant.services.mail import log as mail_log

SHORTCUT = "Ctrl+Shift+M"


def send_text(call) -> str:
    if call is not None and call.principal_id:
        name = principals.get(call.principal_id).name
        return QCoreApplication.translate("PassOn", "Send to %1…").replace("%1", name)
    return QCoreApplication.translate("PassOn", "Send the message…")


def passed_on_text(call_id: int | None) -> str:
    if not call_id:
        return ""
    when = mail_log.passed_on([call_id]).get(call_id)
    if when is None:
        return ""
    return QCoreApplication.translate("PassOn", "Passed on %1").replace("%1", fmt.format_datetime(when, local_zone()))


def routes(call_id: int) -> list[tuple[str, object]] | None:
    """E-mail and text message (when Settings ▸ E-mail has a gateway and the principal a mobile number); the one
    the principal can be reached by comes first, e-mail when both."""
    from opsassistant.mail import letters
    from opsassistant.services.mail import settings as mail_settings
    from opsassistant.services.phones import format_for_reading, parse

    call = queries.get(call_id)
    principal = principals.get(call.principal_id) if call is not None and call.principal_id else None
    if principal is None or not mail_settings.sms_address(mail_settings.load(), principal.phone):
        return None
    mail = (QCoreApplication.translate("PassOn", "E-mail to %1").replace("%1", principal.email),
            lambda lang: letters.prepare("message", call_id, lang))
    text = (QCoreApplication.translate("PassOn", "Text message to %1").replace(
        "%1", format_for_reading(parse(principal.phone).e164, principal.phone)),
            lambda lang: letters.message_sms(call_id, lang))
    return [mail, text] if principal.email else [text]


def pass_on(parent, call_id: int, after=None):
    """The send dialog with the message slip; the call counts as passed on once it was handed over (then
    ``after()`` runs)."""
    from opsassistant.gui.mail.send_dialog import SendMailDialog, show_send_dialog
    from opsassistant.mail import letters

    def make():
        dialog = SendMailDialog.open_for(parent, lambda lang: letters.prepare("message", call_id, lang),
                                         routes=routes(call_id))
        if dialog is not None and after is not None:
            dialog.accepted.connect(after)
        return dialog

    return show_send_dialog(("send", "message", call_id), make)


def install(panel) -> None:
    """Called at the end of ``CallsPanel.__init__``: a button after "Done", a label saying when it was passed on."""
    layout = panel.ui.actionLayout
    button = QPushButton(panel)
    button.setObjectName("passOnButton")
    label = QLabel(panel)
    label.setObjectName("passedOnLabel")
    label.setEnabled(False)
    index = _index_in(layout, panel.ui.contactButton)
    layout.insertWidget(index + 1, button)
    layout.insertWidget(index + 2, label)
    panel.pass_on_button, panel.passed_on_label = button, label
    action = QAction(panel)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    panel.addAction(action)

    def update(*_args) -> None:
        call_id = panel.current_call_id()
        call = queries.get(call_id) if call_id else None
        button.setText(send_text(call))
        button.setToolTip(QCoreApplication.translate("PassOn", "Mail the message slip (%1)").replace("%1", SHORTCUT))
        button.setEnabled(call is not None)
        label.setText(passed_on_text(call_id))

    def clicked() -> None:
        call_id = panel.current_call_id()
        if call_id:
            pass_on(panel, call_id, after=update)

    button.clicked.connect(clicked)
    action.triggered.connect(clicked)
    panel.ui.table.selectionModel().currentRowChanged.connect(update)
    panel.model.modelReset.connect(update)
    panel.pass_on_update = update
    update()


def _index_in(layout, widget) -> int:
    for index in range(layout.count()):
        if layout.itemAt(index).widget() is widget:
            return index
    return layout.count() - 1
