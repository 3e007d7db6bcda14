"""Today's e-mail part: a box of recent answers to invitations ("Jens Hansen has declined “Board meeting”"),
"Answer an invitation…" for an .ics the executive was sent, and "Send to <principal>" on the call-backs
(context menu and Ctrl+Shift+M). ``install(panel)`` is the one hook in the Today page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from opsassistant.errors import UserError
from opsassistant.gui.mail.calls_hook import SHORTCUT, pass_on
from opsassistant.services.calendar import answers

DAYS = 7
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # the Today page's (area, record id)
WAITING_ROLE = Qt.ItemDataRole.UserRole + 7  # an invitation from the scheduling inbox (services.sync.inbox id)
FOREGROUND = Qt.ItemDataRole.ForegroundRole  # a QColor, not a QBrush: see gui.today.panel.FOREGROUND


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
        # narrow beside reception at 1366 px: long sentences wrap instead of scrolling sideways (whole in the tooltip)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.answer_button = QPushButton(self)
        self.answer_button.setObjectName("answerInvitationButton")
        row.addWidget(self.answer_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.answer_button.clicked.connect(lambda: self.answer_invitation())
        self.list.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("TodayAnswers", "Answers to invitations"))
        self.list.setAccessibleName(QCoreApplication.translate("TodayAnswers", "Answers to invitations"))
        self.answer_button.setText(QCoreApplication.translate("TodayAnswers", "&Answer an invitation…"))
        self.fill()

    def refresh(self) -> None:
        self.fill()

    def _activated(self, item: QListWidgetItem) -> None:
        waiting_id = item.data(WAITING_ROLE)
        if waiting_id is None:
            self.panel._open_item(item)
        else:
            self.answer_waiting(waiting_id)

    def _fill_waiting(self) -> int:
        """Invitations and counter-proposals read from a server's scheduling inbox, first: they need an answer."""
        from opsassistant.services.sync import inbox

        found = inbox.waiting()
        for waiting in found:
            if waiting.method == "COUNTER":
                text = QCoreApplication.translate("TodayAnswers", "%1 proposes a change to “%2”")
            elif waiting.method == "REFRESH":
                text = QCoreApplication.translate("TodayAnswers", "%1 asks for the current invitation to “%2”")
            else:
                text = QCoreApplication.translate("TodayAnswers", "Invitation from %1: “%2” — waiting for an answer")
            from email.utils import parseaddr  # only for an invitation waiting (email.utils: 8 ms to import)

            name, address = parseaddr(waiting.organizer)
            item = QListWidgetItem(text.replace("%1", name or address).replace("%2", waiting.summary))
            item.setToolTip(text.replace("%1", waiting.organizer).replace("%2", waiting.summary))
            item.setData(WAITING_ROLE, waiting.id)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.list.addItem(item)
        return len(found)

    def fill(self) -> None:
        self.list.clear()
        pending = self._fill_waiting()
        found = [a for a in answers.recent(datetime.now(UTC) - timedelta(days=DAYS)) if a.status != "needs-action"]
        for answer in found:
            item = QListWidgetItem(sentence(answer))
            item.setToolTip(item.text())
            item.setData(TARGET_ROLE, ("calendar", answer.event_id))
            if answer.status == "declined":
                dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
                item.setData(FOREGROUND, QColor(Qt.GlobalColor.red if dark else Qt.GlobalColor.darkRed))
            self.list.addItem(item)
        if not found and not pending:
            empty = QListWidgetItem(QCoreApplication.translate("TodayAnswers", "No answers in the last week."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setData(FOREGROUND, self.palette().color(QPalette.ColorRole.PlaceholderText))
            self.list.addItem(empty)

    def answer_invitation(self, path: str | None = None) -> None:
        """Accept, tentatively accept or decline an invitation (.ics) for the executive, then mail the REPLY."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from opsassistant.interop import itip

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"), "",
                                                  QCoreApplication.translate("TodayAnswers", "Invitations (*.ics)"))
            if not path:
                return
        try:
            text = itip._read_file(Path(path))
        except OSError as error:
            QMessageBox.warning(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"),
                                error.strerror or str(error))
            return
        self._answer(text, Path(path).name)

    def answer_waiting(self, waiting_id: int) -> None:
        """An invitation from the scheduling inbox: the same answer as for a file; a counter-proposal is shown."""
        from opsassistant.services.sync import inbox

        waiting = inbox.find(waiting_id)
        if waiting is None:
            self.fill()
            return
        if waiting.method == "COUNTER":
            self._show_counter(waiting)
        elif waiting.method == "REFRESH":
            self._send_current(waiting)
        elif self._answer(waiting.text, waiting.summary, waiting.principal_id):
            inbox.done(waiting.id)
        self.panel.refresh()

    def _show_counter(self, waiting) -> None:
        """RFC 5546 §3.2.7: a counter-proposal is the organizer's to take or leave; it is never applied here."""
        from PySide6.QtWidgets import QMessageBox

        from opsassistant.interop import itip
        from opsassistant.services.sync import inbox

        proposed = next(iter(itip.read(waiting.text)), None)
        when = itip.start_of(proposed) if proposed else None
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("TodayAnswers", "Counter-proposal"),
                          QCoreApplication.translate("TodayAnswers", "%1 proposes a change to “%2” (new start: %3). "
                                                     "Nothing has been changed; change the appointment and send the "
                                                     "update if you agree.").replace("%1", waiting.organizer).replace(
                              "%2", waiting.summary).replace("%3", _when(when)),
                          parent=self)
        seen = box.addButton(QCoreApplication.translate("TodayAnswers", "&Seen"), QMessageBox.ButtonRole.AcceptRole)
        decline = box.addButton(QCoreApplication.translate("TodayAnswers", "&Decline the proposal…"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is seen:
            inbox.done(waiting.id)
        elif box.clickedButton() is decline:  # RFC 5546 §3.2.8 DECLINECOUNTER, mailed to the attendee
            from opsassistant.gui.mail.send_dialog import SendMailDialog, show_send_dialog
            from opsassistant.mail import letters

            dialog = show_send_dialog(("send", "declinecounter", waiting.id), lambda: SendMailDialog.open_for(
                self, lambda lang: letters.declinecounter(waiting.text, lang), fixed_recipients=True))
            if dialog is not None:  # non-modal: done once the mail is handed over; cancelled, it still waits
                dialog.accepted.connect(lambda: (inbox.done(waiting.id), self.fill()))

    def _send_current(self, waiting) -> None:
        """RFC 5546 §3.2.6: a REFRESH is answered with the current REQUEST, to that attendee only."""
        from PySide6.QtWidgets import QMessageBox

        from opsassistant.gui.mail.send_dialog import SendMailDialog
        from opsassistant.interop import itip
        from opsassistant.mail import letters
        from opsassistant.services.sync import inbox

        asking = next(iter(itip.read(waiting.text)), None)
        event_id = inbox.event_id_of(waiting.uid)
        if asking is None or not asking.attendees or event_id is None:
            QMessageBox.warning(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"),
                                QCoreApplication.translate("TodayAnswers", "The appointment is no longer in the "
                                                                           "calendar."))
            inbox.done(waiting.id)
            return
        address = asking.attendees[0].email
        from opsassistant.gui.mail.send_dialog import show_send_dialog

        dialog = show_send_dialog(("send", "refresh", waiting.id), lambda: SendMailDialog.open_for(
            self, lambda lang: letters.invitation(event_id, lang, to=[address]), fixed_recipients=True))
        if dialog is not None:  # answered once the current invitation is handed over; cancelled: it still waits
            dialog.accepted.connect(lambda: (inbox.done(waiting.id), self.fill()))

    def _answer(self, text: str, name: str, principal_id: int | None = None) -> bool:
        """Answer for the executive — or, for an invitation from a team member's inbox, for that person."""
        from PySide6.QtWidgets import QMessageBox

        from opsassistant.gui.mail.send_dialog import SendMailDialog
        from opsassistant.interop import itip_answer
        from opsassistant.mail import letters
        from opsassistant.services import principals

        boss = principals.get(principal_id) if principal_id is not None else principals.executive()
        try:
            if boss is None:
                raise UserError(QCoreApplication.translate("TodayAnswers", "Add the executive under Settings first."))
            item = itip_answer.request_of(text, name)
            itip_answer.addressee(item, boss)
        except UserError as error:
            QMessageBox.warning(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"), str(error))
            return False
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
            return False
        try:
            answered = itip_answer.answer_text(text, status, boss, name)
        except UserError as error:
            QMessageBox.warning(self, QCoreApplication.translate("TodayAnswers", "Answer an invitation"), str(error))
            return False
        from opsassistant.gui.mail.send_dialog import show_send_dialog

        show_send_dialog(("send", "reply", hash(text), status), lambda: SendMailDialog.open_for(
            self, lambda lang: letters.reply(answered, lang), fixed_recipients=True))
        self.panel.refresh()
        return True


def _when(moment) -> str:
    """A proposed start as the executive reads it (UTC values in the home zone); "–" when there is none."""
    from datetime import date

    from opsassistant.i18n.formatting import format_date, format_datetime
    from opsassistant.services.home import home_zone

    if moment is None:
        return "–"
    if isinstance(moment, datetime):
        return format_datetime(moment, home_zone() if moment.tzinfo else None)
    return format_date(moment) if isinstance(moment, date) else "–"


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
