"""Runs sync off the GUI thread. The worker's database connection is its own (Peewee keeps one per thread),
so the window stays responsive and sees the result through its database watcher."""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from opsassistant.errors import UserError


class SyncThread(QThread):
    progress = Signal(str)
    account_done = Signal(str)  # the report's summary, in the UI language
    account_failed = Signal(str, str)  # account, one sentence

    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        self.names = names
        self.conflicts = 0

    def run(self) -> None:
        from opsassistant.services.sync import state
        from opsassistant.sync import engine

        try:
            with engine.young_collections_only():  # no full collection holds the interpreter for the window
                self._run()
        finally:
            state.release_connection()

    def _run(self) -> None:
        from opsassistant.services.sync import state
        from opsassistant.sync import engine

        for name in self.names:
            try:
                report = engine.sync_account(name, progress=self.progress.emit)
            except UserError as error:
                self.account_failed.emit(name, str(error))
                continue
            except Exception as error:  # noqa: BLE001 - a bug must not kill the thread silently
                self.account_failed.emit(name, str(error) or type(error).__name__)
                continue
            self.account_done.emit(report.summary())
        self.conflicts = len(state.conflicts())
        from opsassistant.services.calendar import occurrences_index

        occurrences_index.prepare()  # what came down is expanded here, not at the window's next read
