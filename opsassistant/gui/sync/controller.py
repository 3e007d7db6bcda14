"""The window's sync: File ▸ Sync now (F5), File ▸ Accounts…, a run at start and every few minutes, progress
and the outcome in the status bar, and the conflict dialog when the user has something to choose."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from opsassistant.gui.sync.worker import SyncThread

INTERVAL_MINUTES = 15


class SyncController(QObject):
    finished = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.thread: SyncThread | None = None
        self.failures: list[str] = []
        self.sync_action = QAction(window)
        self.sync_action.setObjectName("syncAction")
        self.sync_action.setShortcut(QKeySequence("F5"))
        self.sync_action.triggered.connect(self.sync_now)
        self.accounts_action = QAction(window)
        self.accounts_action.setObjectName("accountsAction")
        self.accounts_action.triggered.connect(self.open_accounts)
        window.addAction(self.sync_action)
        window.file_menu.insertActions(window.settings_action, [self.sync_action, self.accounts_action])
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MINUTES * 60_000)
        self.timer.timeout.connect(self.sync_quietly)
        self.timer.start()
        window.installEventFilter(self)
        self.retranslate()
        self.startup = QTimer(self)  # after the window is up, never before it paints
        self.startup.setSingleShot(True)
        self.startup.setInterval(3000)
        self.startup.timeout.connect(self.sync_quietly)
        self.startup.start()
        self._quiet = False
        self._gui_thread = QThread.currentThread()
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(window.refresh_all)

    def _quiet_refresh(self, quiet: bool) -> None:
        """While a sync runs, its commits (one per batch, 50 in a first sync of 10k events) do not each make
        the window reload what it shows — a reload on the GUI thread is a frame of hundreds of milliseconds at
        that size; the window refreshes once when the sync is done. The user's own writes in this window (the
        GUI thread's commits) still show at once."""
        from opsassistant.db.database import add_commit_listener, remove_commit_listener

        watcher = getattr(self.window, "watcher", None)
        if quiet == self._quiet or watcher is None:
            return
        self._quiet = quiet
        if quiet:
            watcher.changed.disconnect(self.window.refresh_all)
            add_commit_listener(self._committed)
        else:
            remove_commit_listener(self._committed)
            watcher.changed.connect(self.window.refresh_all)

    def _committed(self) -> None:
        """A commit of this process, on whichever thread made it: only the GUI thread's refresh the window."""
        if QThread.currentThread() == self._gui_thread:
            self._refresh_soon.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.sync_action.setText(self.tr("S&ync now"))
        self.accounts_action.setText(self.tr("Calendar &accounts…"))

    @staticmethod
    def _accounts() -> list[str]:
        from opsassistant.services.sync import accounts

        return [a.name for a in accounts.accounts()]

    def is_running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def sync_quietly(self) -> None:
        """The automatic run: only when there is an account, and never two at a time."""
        try:
            names = self._accounts()
        except Exception:  # noqa: BLE001 - a database being closed or restored: the timer tries again later
            return
        if not self.is_running() and names:
            self.sync_now()

    def sync_now(self) -> None:
        if self.is_running():
            return
        names = self._accounts()
        status = self.window.statusBar()
        if not names:
            status.showMessage(self.tr("No calendar account yet: add one under File ▸ Calendar accounts…"), 8000)
            return
        self.failures = []
        self.thread = SyncThread(names, self)
        self.thread.progress.connect(lambda text: status.showMessage(text))
        self.thread.account_done.connect(lambda text: status.showMessage(text, 10000))
        self.thread.account_failed.connect(self._failed)
        self.thread.finished.connect(self._done)
        self.sync_action.setEnabled(False)
        status.showMessage(self.tr("Syncing…"))
        self._quiet_refresh(True)
        self.thread.start()

    def _failed(self, account: str, sentence: str) -> None:
        self.failures.append(f"{account}: {sentence}")
        self.window.statusBar().showMessage(self.tr("Sync failed: %1").replace("%1", f"{account}: {sentence}"), 15000)

    def _done(self) -> None:
        self._quiet_refresh(False)
        self.sync_action.setEnabled(True)
        conflicts = self.thread.conflicts if self.thread else 0
        self.window.refresh_all()
        if conflicts and not self.failures:
            self.window.statusBar().showMessage(
                self.tr("Sync done. Conflicts waiting for your choice: %1").replace("%1", str(conflicts)), 15000)
        self.finished.emit()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.wait(60_000)

    def open_accounts(self):
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.sync.accounts_dialog import AccountsDialog

        # non-modal, one at a time, through the one owner of open dialogs
        return registry().open((id(self.window), "accounts"), lambda: AccountsDialog(self, self.window),
                               on_finished=lambda _d, _r: self.window.refresh_all())

    def open_conflicts(self):
        from opsassistant.gui.common.dialogs import registry
        from opsassistant.gui.sync.conflict_dialog import ConflictDialog

        return registry().open((id(self.window), "conflicts"), lambda: ConflictDialog(self.window),
                               on_accepted=lambda _d: self.sync_now())
