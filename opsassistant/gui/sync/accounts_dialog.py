"""File ▸ Calendar accounts…: the CalDAV accounts, whose each calendar is, the sync log and the conflicts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from opsassistant.errors import UserError
from opsassistant.i18n.formatting import format_datetime
from opsassistant.services import principals
from opsassistant.services.sync import accounts, state


class DiscoveryThread(QThread):
    """RFC 6764 discovery from an e-mail address, off the GUI thread (DNS and HTTP have their timeouts)."""

    found = Signal(str)  # the calendar server's URL
    failed = Signal(str)  # one sentence

    def __init__(self, address: str, user: str, secret: str, verify_tls: bool, parent=None):
        super().__init__(parent)
        self.args = (address, user, secret, verify_tls)

    def run(self) -> None:
        from opsassistant.sync import discovery

        address, user, secret, verify_tls = self.args
        try:
            self.found.emit(discovery.discover(address, user, secret, verify_tls=verify_tls).caldav_url)
        except UserError as error:
            self.failed.emit(str(error))
        except Exception as error:  # noqa: BLE001 - a bug must not leave the dialog waiting
            self.failed.emit(str(error) or type(error).__name__)


class AddAccountDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker: DiscoveryThread | None = None
        self.name, self.url, self.user, self.password = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.insecure = QCheckBox()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.name, self.url, self.user, self.password), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.insecure)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._retranslate()
        self.name.setFocus()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a calendar account"))
        self.url.setPlaceholderText(self.tr("https://cloud.example.dk/remote.php/dav, or your e-mail address"))
        self.url.setToolTip(self.tr("With an e-mail address the server is looked up in the domain's DNS "
                                    "(SRV records) and at its /.well-known/caldav."))
        self.insecure.setText(self.tr("The server has a self-signed certificate and I trust it"))
        texts = (self.tr("&Name:"), self.tr("Server &URL:"), self.tr("&User name:"), self.tr("&Password:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "labels"):
            self._retranslate()
        super().changeEvent(event)

    def save(self) -> None:
        from opsassistant.sync import discovery

        if self.worker is not None:
            return
        if not self.url.text().strip() or not self.user.text().strip():
            self._say(self.tr("Give the server's URL and your user name."))
            return
        if discovery.looks_like_email(self.url.text()):
            self._say(self.tr("Looking for the calendar server of %1…").replace("%1", self.url.text().strip()))
            self.save_button.setEnabled(False)
            self.worker = DiscoveryThread(self.url.text().strip(), self.user.text(), self.password.text(),
                                          not self.insecure.isChecked(), self)
            self.worker.found.connect(self._found, Qt.ConnectionType.QueuedConnection)
            self.worker.failed.connect(self._not_found, Qt.ConnectionType.QueuedConnection)
            self.worker.start()
            return
        self._add(self.url.text())

    def _discovered(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
            self.worker = None
        self.save_button.setEnabled(True)

    def _found(self, url: str) -> None:
        self._discovered()
        self._add(url)

    def _not_found(self, sentence: str) -> None:
        self._discovered()
        self._say(sentence)

    def done(self, result: int) -> None:  # noqa: D401 - Qt API
        if self.worker is not None:  # closed while looking: the lookup ends on its own, without the dialog
            from opsassistant.gui.calendar.find_time import orphan

            orphan(self.worker)
            self.worker = None
        super().done(result)

    def _add(self, url: str) -> None:
        try:
            accounts.add(self.name.text(), url, self.user.text(), self.password.text(),
                         verify_tls=not self.insecure.isChecked())
        except UserError as error:
            self._say(str(error))
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class AccountsDialog(QDialog):
    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.resize(760, 480)
        self.accounts = QListWidget()
        self.add_button, self.remove_button, self.sync_button = QPushButton(), QPushButton(), QPushButton()
        self.conflicts_button = QPushButton()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.calendars = QTableWidget(0, 3)
        self.calendars.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.calendars.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.calendars.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.calendars.verticalHeader().hide()
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.tabs = tabs = QTabWidget()
        tabs.addTab(self.calendars, "")
        tabs.addTab(self.log, "")
        side = QVBoxLayout()
        side.addWidget(self.accounts, 1)
        for button in (self.add_button, self.remove_button, self.sync_button, self.conflicts_button):
            button.setAutoDefault(False)  # Return in a calendar's e-mail field must not press "Add…"
            side.addWidget(button)
        main = QVBoxLayout()
        main.addWidget(self.status)
        main.addWidget(tabs, 1)
        body = QHBoxLayout()
        body.addLayout(side, 1)
        body.addLayout(main, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_account)
        self.remove_button.clicked.connect(self.remove_account)
        self.sync_button.clicked.connect(controller.sync_now)
        self.conflicts_button.clicked.connect(self.open_conflicts)
        self.accounts.currentRowChanged.connect(lambda _row: self._show_account())
        controller.finished.connect(self.load)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Calendar accounts"))
        self.accounts.setAccessibleName(self.tr("Accounts"))
        self.add_button.setText(self.tr("&Add…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.sync_button.setText(self.tr("S&ync now"))
        self.calendars.setAccessibleName(self.tr("Calendars"))
        self.calendars.setHorizontalHeaderLabels([self.tr("Calendar"), self.tr("Whose"),
                                                  self.tr("Attendee's e-mail (free/busy)")])
        self.log.setAccessibleName(self.tr("Sync log"))
        self.tabs.setTabText(0, self.tr("Calendars"))
        self.tabs.setTabText(1, self.tr("Sync log"))
        self.load()  # the status, the "Not synced" choices and the log's dates in the new language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tabs"):
            self._retranslate()
        super().changeEvent(event)

    def _current(self) -> accounts.Account | None:
        item = self.accounts.currentItem()
        if item is None:
            return None
        return next((a for a in accounts.accounts() if a.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def load(self) -> None:
        chosen = self.accounts.currentRow()
        self.accounts.clear()
        for account in accounts.accounts():
            item = QListWidgetItem(account.name)
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.accounts.addItem(item)
        if self.accounts.count():
            self.accounts.setCurrentRow(max(0, min(chosen, self.accounts.count() - 1)))
        self._show_account()
        count = len(state.conflicts())
        self.conflicts_button.setText(self.tr("&Conflicts (%1)…").replace("%1", str(count)))
        self.conflicts_button.setEnabled(count > 0)
        self.log.setPlainText("\n".join(f"{format_datetime(e.at)}  {e.message}" for e in state.log_entries()))

    def _show_account(self) -> None:
        account = self._current()
        self.remove_button.setEnabled(account is not None)
        self.sync_button.setEnabled(account is not None)
        self.calendars.setRowCount(0)
        if account is None:
            self.status.setText(self.tr("No calendar account yet. Add the executive's calendar server (Nextcloud, "
                                        "iCloud, Fastmail, Radicale …) to see and book in the real calendar."))
            return
        if account.last_error:
            self.status.setText(self.tr("Last sync failed: %1").replace("%1", account.last_error))
        elif account.last_sync_at:
            self.status.setText(self.tr("Last synced %1.").replace("%1", format_datetime(account.last_sync_at)))
        else:
            self.status.setText(self.tr("Not synced yet: press Sync now to list the account's calendars."))
        people = principals.list_principals(include_hidden=False)
        for row, collection in enumerate(accounts.collections(account.id)):
            self.calendars.insertRow(row)
            self.calendars.setItem(row, 0, QTableWidgetItem(collection.display_name))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Whose calendar: %1").replace("%1", collection.display_name))
            combo.addItem(self.tr("Not synced"), None)
            for person in people:
                combo.addItem(person.name, person.id)
            combo.setCurrentIndex(max(0, combo.findData(collection.principal_id)) if collection.principal_id else 0)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, col=collection, a=account: self._map(a, col, c.currentData()))
            self.calendars.setCellWidget(row, 1, combo)
            if collection.kind == "calendar":
                email = QLineEdit(collection.attendee_email)
                email.setAccessibleName(self.tr("Attendee's e-mail for free/busy: %1").replace(
                    "%1", collection.display_name))
                email.setToolTip(self.tr("Whose busy times this calendar holds, for Find a time "
                                         "(an attendee who is not a principal)."))
                email.editingFinished.connect(lambda e=email, col=collection, a=account: self._map_attendee(a, col, e))
                self.calendars.setCellWidget(row, 2, email)

    def _map(self, account: accounts.Account, collection: accounts.Collection, principal_id: int | None) -> None:
        name = next((p.name for p in principals.list_principals() if p.id == principal_id), None)
        try:
            accounts.map_collection(account.name, collection.url, name)
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))

    def _map_attendee(self, account: accounts.Account, collection: accounts.Collection, field: QLineEdit) -> None:
        stored = next((c.attendee_email for c in accounts.collections(account.id) if c.id == collection.id), "")
        if accounts.normal_email(field.text()) == stored:  # editingFinished comes on Return and on leaving
            return
        try:
            accounts.map_attendee(account.name, collection.url, field.text())
            QTimer.singleShot(0, self._show_account)  # "Whose" now says Not synced (after this signal)
        except UserError as error:
            field.setText(stored)  # first: the message box takes the focus and would finish the edit again
            QMessageBox.warning(self, self.windowTitle(), str(error))

    def add_account(self):
        from opsassistant.gui.common.dialogs import registry

        def added(_dialog) -> None:
            self.load()
            self.accounts.setCurrentRow(self.accounts.count() - 1)
            self.controller.sync_now()

        return registry().open((id(self), "add-account"), lambda: AddAccountDialog(self), on_accepted=added)

    def remove_account(self) -> None:
        account = self._current()
        if account is None:
            return
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("Remove the account “%1”? Its appointments stay here; nothing is deleted on the server.")
            .replace("%1", account.name))
        if answer == QMessageBox.StandardButton.Yes:
            accounts.remove(account.name)
            self.load()

    def open_conflicts(self):
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.sync.conflict_dialog import ConflictDialog

        def closed(dialog, _result) -> None:
            if dialog.resolved:
                self.controller.sync_now()
            self.load()

        return registry().open((id(self), "conflicts"), lambda: ConflictDialog(self), on_finished=closed)


__all__ = ["AccountsDialog", "AddAccountDialog"]
