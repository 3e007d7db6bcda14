"""Imports and restores run on a worker thread: the window keeps painting (a timer ticks during the work), the
dialog shows progress, Cancel stops between batches (the committed batches stay, none is half-written), the
dialogs are non-modal, the outcome is one sentence and the areas follow."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from opsassistant.gui import transfer_dialogs
from opsassistant.services.contacts import importing

ROWS = 30_000  # fifteen batches of importing.BATCH: Cancel always comes before the end


def _csv(path, rows: int = ROWS):
    lines = ["First Name,Last Name,Mobile Phone,E-mail Address"]
    lines += [f"Jens{i},Hansen{i},+45 3{i:07d},jens{i}@example.dk" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Ticker:
    """A QTimer on the GUI thread counting its ticks while a worker runs: it only ticks if the loop is free."""

    def __init__(self, thread):
        self.thread, self.during = thread, 0
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        if self.thread.isRunning():
            self.during += 1

    def stop(self):
        self.timer.stop()


def _contacts(db_path) -> int:
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        conn.close()


def test_file_import_of_a_large_csv_shows_progress_and_cancel_keeps_whole_batches(
        qtbot, main_window, db_path, tmp_path, monkeypatch):
    big = _csv(tmp_path / "kontakter.csv")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(big)], ""))
    main_window.show_area("contacts")
    main_window.import_files()  # File ▸ Import…
    progress = main_window.findChild(transfer_dialogs.ImportProgressDialog)
    assert progress is not None and progress.isVisible() and not progress.isModal()
    ticker = Ticker(progress.thread)
    qtbot.waitUntil(lambda: progress.bar.value() >= importing.BATCH, timeout=60000)  # a batch is committed
    assert progress.label.text().startswith("Importing kontakter.csv: ")
    assert progress.label.text().endswith(" of 30.000 records…")
    main_window.change_language("da")  # the window is usable meanwhile: its language can be switched
    qtbot.waitUntil(lambda: progress.label.text().startswith("Importerer kontakter.csv: "), timeout=5000)
    assert progress.thread.isRunning()
    main_window.change_language("en")
    with qtbot.waitSignal(progress.finished, timeout=60000):
        qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    ticker.stop()
    assert ticker.during > 5  # the window's event loop ran while the import worked
    result = progress.shown
    assert isinstance(result, transfer_dialogs.ImportResultDialog) and not result.isModal()
    [outcome] = result.outcomes
    assert outcome.cancelled and 0 < outcome.imported < ROWS
    assert outcome.imported % importing.BATCH == 0  # whole batches only
    assert "stopped" in result.ui.summaryLabel.text()
    assert _contacts(db_path) == outcome.imported  # what was reported is exactly what is stored
    assert main_window.statusBar().currentMessage().startswith("Import stopped:")
    panel = main_window.panel("contacts")  # the area followed the worker's commits (the change signal)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=10000)


def test_contacts_import_dialog_runs_on_a_worker_and_cancel_keeps_whole_batches(qtbot, main_window, db_path,
                                                                               tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from opsassistant.gui.contacts.import_dialog import ImportDialog

    big = _csv(tmp_path / "kontakter.csv")
    main_window.show_area("contacts")
    main_window.panel("contacts").import_file(str(big))
    dialog = main_window.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # the mapping as recognised
    ticker = Ticker(dialog.thread)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= importing.BATCH, timeout=60000)
    assert dialog.ui.summaryLabel.text().endswith(" of 30.000 contacts…")
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    ticker.stop()
    assert ticker.during > 5
    assert dialog.stopped and 0 < dialog.result.imported < ROWS and dialog.result.imported % importing.BATCH == 0
    assert dialog.ui.summaryLabel.text().startswith("Stopped:")
    assert _contacts(db_path) == dialog.result.imported


@pytest.mark.real_message_boxes
def test_restore_from_the_window_runs_on_a_worker(qtbot, main_window, db_path):
    from opsassistant.db import auto_backup
    from opsassistant.gui.backup_dialog import RestoreBackupDialog
    from opsassistant.services import principals

    principals.save(principals.PrincipalData(name="I backuppen"))
    auto_backup.run_daily_backup(db_path, datetime(2026, 11, 27, 8, 5))
    principals.save(principals.PrincipalData(name="Efter backuppen"))
    main_window.restore_backup()  # File ▸ Restore backup…
    dialog = main_window.findChild(RestoreBackupDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    answered = []

    def answer():  # the confirmation, then the outcome
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            answered.append(box.text())
            wanted = "Restore" if len(answered) == 1 else "OK"
            next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()
        if len(answered) < 2:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(dialog.running()))
    timer.start()
    with qtbot.waitSignal(dialog.finished_restore, timeout=30000) as done:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert done.args == [True]
    assert any(ticks)  # the event loop ran while the worker restored
    qtbot.waitUntil(lambda: len(answered) == 2, timeout=10000)
    assert answered[1].startswith("The backup from 27 November 2026")
    assert sorted(p.name for p in principals.list_principals()) == ["I backuppen"]
    assert main_window.centralWidget().isEnabled()
    assert main_window.statusBar().currentMessage() == answered[1]
