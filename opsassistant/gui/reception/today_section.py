"""Reception on the Today page: who is expected today and who has arrived; check in with one key (F6), check
out (Shift+F6), a new guest (Ctrl+Shift+G), badges and the fire-drill roll call. A check-in tells the host
through the tray ("your guest has arrived"), and "Tell the host by e-mail" (Ctrl+Shift+M on the list) opens the
send dialog with the ``guest`` template to the host. The visitor log's retention purge runs when the section starts."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsassistant.errors import UserError
from opsassistant.i18n.formatting import format_time
from opsassistant.i18n.language import current_language
from opsassistant.services.home import home_zone
from opsassistant.services.reception import retention, visitors
from opsassistant.services.reception.visitors import VisitorRecord

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole
MAIL_SHORTCUT = "Ctrl+Shift+M"  # as "send the message" on the call-backs: mail what is selected


class ReceptionSection(QGroupBox):
    guest_arrived = Signal(str, str)  # title, text of the notice to the host

    def __init__(self, parent: QWidget | None = None, day: date | None = None):
        super().__init__(parent)
        self.day = day
        self.records: list[VisitorRecord] = []
        layout = QVBoxLayout(self)
        self.list = QTreeWidget(self)
        self.list.setColumnCount(5)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemActivated.connect(lambda *_: self.edit_guest())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.new_button, self.check_in_button, self.check_out_button = QPushButton(self), QPushButton(self), \
            QPushButton(self)
        self.badges_button, self.roll_call_button = QPushButton(self), QPushButton(self)
        self.calendar_button, self.mail_host_button = QPushButton(self), QPushButton(self)
        # two rows: the guest's own buttons, then the day's — so the section leaves room beside it at 1366 px
        for button in (self.new_button, self.check_in_button, self.check_out_button, self.mail_host_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        day_row = QHBoxLayout()
        day_row.addWidget(self.calendar_button)
        day_row.addStretch(1)
        day_row.addWidget(self.badges_button)
        day_row.addWidget(self.roll_call_button)
        layout.addLayout(day_row)
        self.new_button.clicked.connect(self.new_guest)
        self.check_in_button.clicked.connect(self.check_in)
        self.check_out_button.clicked.connect(self.check_out)
        self.calendar_button.clicked.connect(self.from_calendar)
        self.mail_host_button.clicked.connect(self.mail_host)
        self.mail_host_action = QAction(self.list)
        self.mail_host_action.setShortcut(QKeySequence(MAIL_SHORTCUT))
        self.mail_host_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.mail_host_action.triggered.connect(self.mail_host)
        self.list.addAction(self.mail_host_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.badges_button.clicked.connect(lambda: self.save_badges())
        self.roll_call_button.clicked.connect(lambda: self.save_roll_call())
        scope = parent or self
        self.list.installEventFilter(self)  # Del on the list removes the guest (before the window's Delete)
        for keys, slot in (("F6", self.check_in), ("Shift+F6", self.check_out), ("Ctrl+Shift+G", self.new_guest)):
            shortcut = QShortcut(QKeySequence(keys), scope, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        try:
            purged = retention.purge()
            if purged:
                log.info("visitor log: %d visit(s) past the retention purged", purged)
        except Exception:  # the purge must never keep Today from opening
            log.exception("visitor log purge failed")
        self.retranslate()
        self.refresh()

    # --- data ---------------------------------------------------------------------------------------------
    def today(self) -> date:
        """Today at the office (the visitor times are the office's, whatever zone the laptop is set to)."""
        return self.day or datetime.now(ZoneInfo(home_zone())).date()

    def refresh(self, select: int | None = None) -> None:
        wanted = select if select is not None else self.current_id()
        self.records = visitors.of_day(self.today())
        self.list.clear()
        chosen = None
        for record in self.records:
            item = QTreeWidgetItem([format_time(record.expected), record.name, record.company, record.host,
                                    self._status(record)])
            item.setData(0, ID_ROLE, record.id)
            if record.in_building:
                font = item.font(1)
                font.setBold(True)
                for column in range(5):
                    item.setFont(column, font)
            elif record.left is not None:  # a QColor, not a QBrush: see gui.today.panel.FOREGROUND
                grey = self.palette().color(QPalette.ColorRole.PlaceholderText)
                for column in range(5):
                    item.setData(column, Qt.ItemDataRole.ForegroundRole, grey)
            self.list.addTopLevelItem(item)
            if record.id == wanted:
                chosen = item
        if chosen is None:
            chosen = next((self.list.topLevelItem(i) for i, r in enumerate(self.records) if r.arrived is None),
                          self.list.topLevelItem(0))
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._update_title()
        self._update_buttons()

    def _status(self, record: VisitorRecord) -> str:
        if record.left is not None:
            return self.tr("Left %1").replace("%1", format_time(record.left))
        if record.arrived is not None:
            return self.tr("Arrived %1").replace("%1", format_time(record.arrived))
        return self.tr("Expected")

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(0, ID_ROLE) if item else None

    def current(self) -> VisitorRecord | None:
        wanted = self.current_id()
        return next((r for r in self.records if r.id == wanted), None)

    # --- language -----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.list.setHeaderLabels([self.tr("Expected"), self.tr("Guest"), self.tr("Company"), self.tr("Host"),
                                   self.tr("Status")])
        self.list.setAccessibleName(self.tr("Guests today"))
        self.new_button.setText(self.tr("New &guest…"))
        self.new_button.setToolTip(self.tr("Expect a new guest (Ctrl+Shift+G)"))
        self.check_in_button.setText(self.tr("Check &in"))
        self.check_in_button.setToolTip(self.tr("Register the guest's arrival and tell the host (F6)"))
        self.check_out_button.setText(self.tr("Check &out"))
        self.check_out_button.setToolTip(self.tr("Register that the guest has left (Shift+F6)"))
        self.mail_host_button.setText(self.tr("Tell the host by &e-mail…"))
        self.mail_host_button.setToolTip(self.tr("Mail the host that the guest has arrived (%1)").replace(
            "%1", MAIL_SHORTCUT))
        self.mail_host_action.setText(self.tr("Tell the host by e-mail…"))
        self.calendar_button.setText(self.tr("From the &calendar"))
        self.calendar_button.setToolTip(self.tr("Expect the external attendees of today's appointments"))
        self.badges_button.setText(self.tr("Name &badges…"))
        self.roll_call_button.setText(self.tr("&Roll call…"))
        self.roll_call_button.setToolTip(self.tr("Fire drill: print who is in the building now"))
        if self.records:
            self.refresh()
        self._update_title()

    def _update_title(self) -> None:
        arrived = sum(1 for r in self.records if r.arrived is not None and r.expected.date() == self.today())
        expected = sum(1 for r in self.records if r.expected.date() == self.today())
        self.setTitle(self.tr("Reception: %1 of %2 guests arrived").replace("%1", str(arrived))
                      .replace("%2", str(expected)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.list and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.key() == Qt.Key.Key_Delete and not event.modifiers():
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.delete_guest()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "roll_call_button"):
            self.retranslate()
        super().changeEvent(event)

    def _update_buttons(self) -> None:
        record = self.current()
        self.check_in_button.setEnabled(record is not None and record.arrived is None)
        self.check_out_button.setEnabled(record is not None and record.in_building)
        self.mail_host_button.setEnabled(record is not None and record.arrived is not None)
        self.mail_host_action.setEnabled(self.mail_host_button.isEnabled())
        self.badges_button.setEnabled(bool(self.records))

    # --- actions ------------------------------------------------------------------------------------------
    def new_guest(self):
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.reception.visitor_dialog import VisitorDialog

        # non-modal through the one owner of open dialogs: a second Ctrl+Shift+G brings the open one forward
        dialog = registry().open((id(self), "guest", None), lambda: VisitorDialog(None, self),
                                 on_accepted=lambda d: self.refresh(select=d.saved_id))
        self.dialog = dialog  # tests reach the open dialog here
        return dialog

    def edit_guest(self) -> None:
        record = self.current()
        if record is None:
            return
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.reception.visitor_dialog import VisitorDialog

        self.dialog = registry().open((id(self), "guest", record.id), lambda: VisitorDialog(record.id, self),
                                      on_accepted=lambda _d: self.refresh(select=record.id))

    def from_calendar(self) -> int:
        added = visitors.from_appointments(self.today())
        self.refresh()
        return added

    def delete_guest(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        record = self.current()
        if record is None:
            return
        if QMessageBox.question(self, self.tr("Reception"), self.tr("Remove %1 from the visitor log?")
                                .replace("%1", record.name)) != QMessageBox.StandardButton.Yes:
            return
        visitors.delete(record.id)
        self.refresh()

    def check_in(self) -> None:
        record = self.current()
        if record is None or record.arrived is not None:
            return
        arrived = visitors.check_in(record.id)
        self.refresh(select=arrived.id)
        self._tell_host(arrived)

    def check_out(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        record = self.current()
        if record is None or not record.in_building:
            return
        try:
            visitors.check_out(record.id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Reception"), str(error))
            return
        self.refresh(select=record.id)

    def mail_host(self):
        """The send dialog with "your guest has arrived", to the host's address (to check and change)."""
        record = self.current()
        if record is None or record.arrived is None:
            return None
        from opsassistant.gui.mail.send_dialog import SendMailDialog, show_send_dialog
        from opsassistant.mail import letters

        dialog = show_send_dialog(("send", "guest", record.id), lambda: SendMailDialog.open_for(
            self, lambda lang: letters.prepare("guest", record.id, lang)))
        self.dialog = dialog
        return dialog

    def _tell_host(self, record: VisitorRecord) -> None:
        title = self.tr("Your guest has arrived")
        guest = record.name + (f" ({record.company})" if record.company else "")
        if record.host:
            text = self.tr("%1: %2 is at the reception.").replace("%1", record.host).replace("%2", guest)
        else:
            text = self.tr("%1 is at the reception.").replace("%1", guest)
        self.guest_arrived.emit(title, text)
        tray = getattr(self.window(), "tray", None)
        if tray is not None and hasattr(tray, "notify"):
            tray.notify(title, text)

    def _save_path(self, title: str, suggested: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), self.tr("PDF files (*.pdf)"))
        return Path(name) if name else None

    def save_badges(self, path: Path | None = None) -> Path | None:
        """Badges for today's guests, each in the guest's own language."""
        from PySide6.QtWidgets import QMessageBox

        guests = [r for r in self.records if r.expected.date() == self.today()]
        path = path or self._save_path(self.tr("Save name badges"), self.tr("badges.pdf"))
        if path is None:
            return None
        from opsassistant.reports import badges

        try:
            return badges.write(path, guests, self.today(), lang=current_language(), per_visitor=True)
        except (UserError, OSError) as error:
            QMessageBox.warning(self, self.tr("Name badges"), str(error))
            return None

    def save_roll_call(self, path: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QMessageBox

        path = path or self._save_path(self.tr("Save roll call"), self.tr("roll-call.pdf"))
        if path is None:
            return None
        from opsassistant.reports import roll_call

        try:
            return roll_call.build(None, path, lang=current_language())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Roll call"), str(error))
            return None


def attach_to_today(panel: QWidget) -> ReceptionSection:
    """Add the section at the bottom of the Today page (the page's one hook)."""
    section = ReceptionSection(panel)
    panel.add_section(section, 3)  # its table needs more of the width than the answers beside it
    return section
