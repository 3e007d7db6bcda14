"""Sync in the window, as the assistant does it: add the account, F5, a conflict chosen side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from opsassistant.db.models import Event
from opsassistant.db.models.sync import SyncCollection
from opsassistant.services.sync import state
from tests.sync.test_two_way import calendar_of, phone_text


@pytest.fixture
def window(qtbot, db, db_path, executive, team_member, memory_keyring):
    from opsassistant.gui.main_window import MainWindow

    window = MainWindow(db_path)
    window.sync.startup.stop()  # the test presses F5 itself
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.sync.wait()
    from opsassistant.gui.language_switch import set_language

    set_language("en", remember=False)


def press_f5_and_wait(qtbot, window):
    with qtbot.waitSignal(window.sync.finished, timeout=30000):
        qtbot.keyClick(window, Qt.Key.Key_F5)


def test_add_an_account_sync_with_f5_and_choose_in_a_conflict(qtbot, window, radicale, memory_keyring,
                                                            team_member):
    from opsassistant.gui.sync.accounts_dialog import AccountsDialog, AddAccountDialog
    from opsassistant.gui.sync.conflict_dialog import ConflictDialog

    qtbot.keyClick(window, Qt.Key.Key_F5)  # no account yet: the status bar says what to do
    assert "No calendar account yet" in window.statusBar().currentMessage()

    add = AddAccountDialog(window)
    qtbot.addWidget(add)
    add.show()
    qtbot.waitExposed(add)
    qtbot.keyClicks(add.name, "Kontoret")
    qtbot.keyClicks(add.url, radicale.url)
    qtbot.keyClicks(add.user, "alice")
    qtbot.keyClicks(add.password, "secret")
    qtbot.keyClick(add.password, Qt.Key.Key_Return)
    assert add.result() == add.DialogCode.Accepted
    window.activateWindow()
    qtbot.waitActive(window)
    assert memory_keyring.secrets == {("Ops Assistant CalDAV", "Kontoret"): "secret"}

    cal = calendar_of(radicale)
    cal.save_event(phone_text("win-1", "Tandlæge"))
    press_f5_and_wait(qtbot, window)
    assert Event.alive().where(Event.uid == "win-1").get().title == "Tandlæge"
    assert "1 received" in window.statusBar().currentMessage()

    # both sides edit the same appointment
    Event.update(title="Tandlæge (flyttet her)").where(Event.uid == "win-1").execute()
    obj = cal.event_by_uid("win-1")
    obj.data = phone_text("win-1", "Tandlæge (flyttet på telefonen)", hour=10)
    obj.save()
    press_f5_and_wait(qtbot, window)
    assert "Conflicts waiting for your choice: 1" in window.statusBar().currentMessage()
    assert Event.alive().where(Event.uid == "win-1").get().title == "Tandlæge (flyttet her)"

    dialog = ConflictDialog(window)
    qtbot.addWidget(dialog)
    assert "Title: Tandlæge (flyttet her)" in dialog.mine.toPlainText()
    assert "Title: Tandlæge (flyttet på telefonen)" in dialog.theirs.toPlainText()
    qtbot.mouseClick(dialog.keep_theirs, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and not dialog.keep_mine.isEnabled()
    assert Event.alive().where(Event.uid == "win-1").get().title == "Tandlæge (flyttet på telefonen)"
    press_f5_and_wait(qtbot, window)
    assert state.conflicts() == []

    accounts_dialog = AccountsDialog(window.sync, window)
    qtbot.addWidget(accounts_dialog)
    assert accounts_dialog.calendars.rowCount() == 1
    combo = accounts_dialog.calendars.cellWidget(0, 1)
    combo.setCurrentIndex(combo.findText(team_member.name))
    assert SyncCollection.get().principal_id == team_member.id
    assert "Last synced" in accounts_dialog.status.text()
    assert "received" in accounts_dialog.log.toPlainText()


def test_the_sync_actions_speak_danish(qtbot, window, danish_language):
    assert window.sync.sync_action.text().replace("&", "") == "Synkronisér nu"
    assert window.sync.sync_action.shortcut().toString() == "F5"


@pytest.fixture
def danish_language(qapp):
    from opsassistant.gui.language_switch import set_language

    set_language("da", remember=False)
    yield
    set_language("en", remember=False)
