"""File ▸ Restore backup…: lists the backups, restores after a confirmation and keeps a safety copy."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from opsassistant.db import auto_backup
from opsassistant.db.backup import backup_database
from opsassistant.gui.backup_dialog import RestoreBackupDialog, format_size
from opsassistant.services import principals

pytestmark = pytest.mark.real_message_boxes


def _answer_boxes(qtbot, answers: list[str]) -> list[str]:
    """Click the button with each text in the next message boxes; returns the texts they showed."""
    seen: list[str] = []

    def click():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        wanted = answers.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                button.click()
                break
        else:
            raise AssertionError(f"no button {wanted!r} in {[b.text() for b in box.buttons()]}")
        if answers:
            QTimer.singleShot(20, click)

    QTimer.singleShot(20, click)
    return seen


@pytest.fixture
def with_backup(db, db_path, executive):
    """A backup holding only the executive; then a second principal is added to the live database."""
    backup = auto_backup.run_daily_backup(db_path, datetime(2026, 11, 27, 8, 5))
    principals.save(principals.PrincipalData(name="Added Later"))
    return backup


def _names():
    return sorted(p.name for p in principals.list_principals())


def test_lists_backups_with_date_kind_and_size(qtbot, db_path, with_backup):
    backup_database(db_path, reason="manual")
    dialog = RestoreBackupDialog(db_path)
    qtbot.addWidget(dialog)
    table = dialog.ui.backupTable
    assert table.rowCount() == 2
    kinds = {table.item(row, 1).text() for row in range(2)}
    assert kinds == {"Automatic", "Made by hand"}
    auto_row = next(r for r in range(2) if table.item(r, 1).text() == "Automatic")
    assert table.item(auto_row, 0).text() == "27 Nov 2026 08.05"
    assert table.item(auto_row, 2).text().endswith("kB")
    assert dialog.restore_button.isEnabled()  # the newest is selected
    assert not dialog.ui.emptyLabel.isVisible()


def test_restore_after_confirmation_keeps_a_safety_copy(qtbot, db_path, with_backup):
    calls = []

    def before():
        from opsassistant.db.database import close_database

        calls.append("before")
        close_database()

    def after(ok):
        from opsassistant.db.database import open_database

        calls.append(("after", ok))
        open_database(db_path)

    dialog = RestoreBackupDialog(db_path, before=before, after=after)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _names() == ["Added Later", "Karen Holm"]
    seen = _answer_boxes(qtbot, ["Restore", "OK"])
    with qtbot.waitSignal(dialog.restored, timeout=5000) as signal:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "27 November 2026" in seen[0]
    assert calls == ["before", ("after", True)]
    assert _names() == ["Karen Holm"]  # back to the backup
    backup, safety = signal.args
    assert backup == with_backup
    assert safety.name.endswith("-before-restore.db") and safety.exists()
    assert dialog.result() == dialog.DialogCode.Accepted
    # the safety copy holds what was replaced, so the restore can itself be undone
    import sqlite3

    conn = sqlite3.connect(safety)
    assert {r[0] for r in conn.execute("SELECT name FROM principal")} == {"Karen Holm", "Added Later"}
    conn.close()


def test_default_callbacks_reopen_and_on_restored_runs_after(qtbot, db_path, with_backup):
    from opsassistant.db.models import database

    seen = []
    dialog = RestoreBackupDialog(db_path, on_restored=lambda: seen.append(not database.is_closed()))
    qtbot.addWidget(dialog)
    dialog.show()
    _answer_boxes(qtbot, ["Restore", "OK"])
    with qtbot.waitSignal(dialog.finished_restore, timeout=10000) as done:
        assert dialog.restore_selected() is True  # started on the worker
    assert done.args == [True]
    assert seen == [True]  # called once, with the database open again
    assert _names() == ["Karen Holm"]


def test_cancel_in_the_confirmation_changes_nothing(qtbot, db_path, with_backup):
    dialog = RestoreBackupDialog(db_path, before=lambda: pytest.fail("must not close"))
    qtbot.addWidget(dialog)
    dialog.show()
    _answer_boxes(qtbot, ["Cancel"])
    assert dialog.restore_selected() is False
    assert _names() == ["Added Later", "Karen Holm"]


def test_a_broken_backup_is_refused_before_anything_is_closed(qtbot, db_path, with_backup):
    with_backup.write_bytes(b"this is not a database at all" * 10)
    dialog = RestoreBackupDialog(db_path, before=lambda: pytest.fail("must not close"))
    qtbot.addWidget(dialog)
    dialog.show()
    seen = _answer_boxes(qtbot, ["Restore", "OK"])
    assert dialog.restore_selected() is False
    assert "not a database" in seen[1]
    assert _names() == ["Added Later", "Karen Holm"]


def test_empty_state_says_what_to_expect(qtbot, db, db_path):
    dialog = RestoreBackupDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.emptyLabel.isVisible()
    assert "automatically" in dialog.ui.emptyLabel.text()
    assert "File ▸ Back up now" in dialog.ui.emptyLabel.text() and "Ctrl+Shift+B" in dialog.ui.emptyLabel.text()
    assert not dialog.ui.backupTable.isVisible()
    assert not dialog.restore_button.isEnabled()


def test_empty_state_in_danish(qtbot, db, db_path):
    from opsassistant.gui.language_switch import set_language

    dialog = RestoreBackupDialog(db_path)
    qtbot.addWidget(dialog)
    set_language("da", remember=False)
    try:
        QApplication.processEvents()
        text = dialog.ui.emptyLabel.text()
        assert "Ingen sikkerhedskopier endnu" in text and "automatisk" in text
        assert "Filer ▸ Tag sikkerhedskopi nu" in text
    finally:
        set_language("en", remember=False)


def test_danish(qtbot, db_path, with_backup):
    from opsassistant.gui.language_switch import set_language

    dialog = RestoreBackupDialog(db_path)
    qtbot.addWidget(dialog)
    set_language("da", remember=False)
    try:
        QApplication.processEvents()
        assert dialog.windowTitle() == "Gendan sikkerhedskopi"
        assert dialog.ui.backupTable.item(0, 1).text() == "Automatisk"
        assert dialog.ui.backupTable.horizontalHeaderItem(0).text() == "Dato"
        assert dialog.ui.backupTable.item(0, 0).text() == "27. nov. 2026 08.05"
    finally:
        set_language("en", remember=False)


def test_format_size():
    assert format_size(512) == "512 B"
    assert format_size(12_345) == "12,3 kB"  # en_DK writes a decimal comma too
    assert format_size(250_000_000) == "250 MB"
