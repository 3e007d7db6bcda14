"""Today's e-mail part: a box of recent answers to invitations ("Jens Hansen has declined “Board meeting”"),
"Answer an invitation…" for an .ics the executive was sent, and "Send to <principal>" on the call-backs
(context menu and Ctrl+Shift+M). ``install(panel)`` is the one hook in the Today page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from opsassistant.errors import UserError
from opsassistant.gui.mail.calls_hook import SHORTCUT, pass_on
from opsassistant.services.calendar import answers

DAYS = 7
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # the Today page's (area, record id)


def sentence(answer: answers.Answer) -> str:
    text = {"accepted": QCoreApplication.translate("TodayAnswers", "%1 has accepted “%2”"), "declined": QCoreApplication.translate("TodayAnswers", "%1 has declined “%2”"),
            "tentative": QCoreApplication.translate("TodayAnswers", "%1 has answered maybe to “%2”"),
            "needs-action": QCoreApplication.translate("TodayAnswers", "%1 has not answered “%2” yet")}[answer.status]
    return text.replace("%1", answer.name or answer.address).replace("%2", answer.title)


class AnswersBox(QGroupBox):
    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.setObjectName("answersBox")
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("answersList")
        # beside reception at 1366 px: a long sentence ends in "…" (whole in its tooltip) instead of scrolling
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.answer_button = QPushButton(self)
        self.answer_button.setObjectName("answerInvitationButton")
        row.addWidget(self.answer_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.answer_button.clicked.connect(self.answer_invitation)
        self.list.itemActivated.connect(panel._open_item)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("TodayAnswers", "Answers to invitations"))
        self.list.setAccessibleName(QCoreApplication.translate("TodayAnswers", "Answers to invitations"))
        self.answer_button.setText(QCoreApplication.translate("TodayAnswers", "&Answer an invitation…"))
        self.fill()

    def refresh(self) -> None:
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        found = [a for a in answers.recent(datetime.now(UTC) - timedelta(days=DAYS)) if a.status != "needs-action"]
        for answer in found:
            item = QListWidgetItem(sentence(answer))
            item.setToolTip(item.text())
            item.setData(TARGET_ROLE, ("calendar", answer.event_id))
            if answer.status == "declined":
                item.setForeground(QBrush(Qt.GlobalColor.red if self.palette().base().color().lightness() < 128
                                          else Qt.GlobalColor.darkRed))
            self.list.addItem(item)
        if not found:
            empty = QListWidgetItem(QCoreApplication.translate("TodayAnswers", "No answers in the last week."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setForeground(QBrush(self.palette().placeholderText().color()))
            self.list.addItem(empty)

    def answer_invitation(self, path: str | None = None) -> None:
        """Accept, tentatively accept or decline an invitation (.ics) for the executive, then mail the REPLY."""
        from opsassistant.gui.mail.send_dialog import SendMailDialog
        from opsassistant.interop import itip_answer
        from opsassistant.mail import letters
        from opsassistant.services import principals

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"), "",
                                                  QCoreApplication.translate("TodayAnswers", "Invitations (*.ics)"))
            if not path:
                return
        boss = principals.executive()
        try:
            if boss is None:
                raise UserError(QCoreApplication.translate("TodayAnswers", "Add the executive under Settings first."))
            item = itip_answer.read_request(path)
            itip_answer.addressee(item, boss)
        except UserError as error:
            QMessageBox.warning(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"), str(error))
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("TodayAnswers", "Answer an invitation"),
                          QCoreApplication.translate("TodayAnswers", "“%1” from %2. What does %3 answer?").replace("%1", item.summary).replace(
                              "%2", item.organizer.name or item.organizer.email).replace("%3", boss.name), parent=self)
        buttons = {box.addButton(QCoreApplication.translate("TodayAnswers", "&Accept"), QMessageBox.ButtonRole.AcceptRole): "accepted",
                   box.addButton(QCoreApplication.translate("TodayAnswers", "&Maybe"), QMessageBox.ButtonRole.AcceptRole): "tentative",
                   box.addButton(QCoreApplication.translate("TodayAnswers", "&Decline"), QMessageBox.ButtonRole.AcceptRole): "declined"}
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        status = buttons.get(box.clickedButton())
        if status is None:
            return
        try:
            answered = itip_answer.answer(path, status, boss)
        except UserError as error:
            QMessageBox.warning(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"), str(error))
            return
        from opsassistant.gui.mail.send_dialog import show_send_dialog

        show_send_dialog(("send", "reply", path), lambda: SendMailDialog.open_for(
            self, lambda lang: letters.reply(answered, lang), fixed_recipients=True))
        self.panel.refresh()


class _Follower(QObject):
    def __init__(self, panel, box: AnswersBox):
        super().__init__(panel)
        self.box = box

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.box.retranslate()
            self.box.retitle_action()
        return False


def install(panel) -> AnswersBox:
    """Called at the end of ``TodayPanel.__init__``: the answers box under the sections, "Send to …" on call-backs."""
    box = AnswersBox(panel)
    panel.add_section(box, 2)  # refreshed with the page
    panel.answers_box = box
    panel.installEventFilter(_Follower(panel, box))
    callbacks = panel.ui.callbacksList
    action = QAction(callbacks)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    callbacks.addAction(action)
    callbacks.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def retitle(*_args) -> None:
        action.setText(QCoreApplication.translate("TodayAnswers", "Send the message to the person it is for…"))

    def send() -> None:
        item = callbacks.currentItem()
        target = item.data(TARGET_ROLE) if item else None
        if target and target[0] == "calls" and target[1]:
            pass_on(panel, target[1], after=panel.refresh)

    action.triggered.connect(send)
    box.retitle_action = retitle
    retitle()
    panel.pass_on_action = action
    return box
