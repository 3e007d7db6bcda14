"""The call log panel: lazy table, filters, detail pane, call-backs, a call from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from opsassistant.db.models import Call, Contact
from opsassistant.gui.calls.panel import SHOW_OPEN, SHOW_OVERDUE, CallsPanel
from opsassistant.gui.common.db_watcher import DatabaseWatcher
from opsassistant.services.calls.logging import CallData, log_call
from opsassistant.services.contacts import editing

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def panel(qtbot, db):
    widget = CallsPanel()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def select_row(panel, row: int) -> None:
    panel.ui.table.selectRow(row)
    panel.ui.table.setCurrentIndex(panel.model.index(row, 0))


def test_empty_panel_says_so(panel):
    assert panel.model.rowCount() == 0
    assert "No calls logged yet" in panel.ui.countLabel.text()
    assert panel.detail.ui.titleLabel.text() == "No call selected"
    assert not panel.ui.doneButton.isEnabled()


def test_overdue_stands_out_and_search_by_other_formatting(qtbot, db, executive):
    now = datetime.now(UTC)
    editing.save(editing.ContactData(first_name="Søren", last_name="Østergaard",
                                     phones=[editing.PhoneData("33 12 34 56")]))
    overdue = log_call(CallData(number="+4533123456", callback_by=now - timedelta(hours=1), when=now))
    log_call(CallData(number="70112233", name="Jens Berg", when=now - timedelta(hours=1), direction="missed"))
    widget = CallsPanel()
    qtbot.addWidget(widget)
    model = widget.model
    assert model.rowCount() == 2
    row = model.row_at(0)
    assert row.id == overdue.id
    caller = model.index(0, model.column_index("caller"))
    assert model.data(caller, Qt.ItemDataRole.DisplayRole) == "Søren Østergaard"
    assert model.data(caller, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(caller, Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, model.column_index("status"))) == "Overdue"
    assert model.data(model.index(1, model.column_index("caller")), Qt.ItemDataRole.ForegroundRole) is None
    qtbot.keyClicks(widget.ui.searchEdit, "0045 3312")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.row_at(0).id == overdue.id
    widget.ui.searchEdit.clear()
    widget.show_only(SHOW_OVERDUE)
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    widget.show_only(SHOW_OPEN)
    widget.ui.directionCombo.setCurrentIndex(widget.ui.directionCombo.findData("missed"))
    assert model.rowCount() == 0
    widget.show_only("all")
    assert model.rowCount() == 1 and model.row_at(0).name == "Jens Berg"


def test_sorting_happens_in_sql(qtbot, db):
    base = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    for n, name in enumerate(["Bo", "Åse", "Anna", "Carl"]):
        log_call(CallData(number=f"7011223{n}", name=name, when=base + timedelta(minutes=n)))
    widget = CallsPanel()
    qtbot.addWidget(widget)
    assert [widget.model.row_at(i).name for i in range(4)] == ["Carl", "Anna", "Åse", "Bo"]
    widget.ui.table.sortByColumn(widget.model.column_index("caller"), Qt.SortOrder.AscendingOrder)
    assert [widget.model.row_at(i).name for i in range(4)] == ["Anna", "Bo", "Carl", "Åse"]


def test_detail_pane_and_mark_callback_done_with_returned_call(qtbot, panel, monkeypatch):
    contact = editing.save(editing.ContactData(first_name="Søren", last_name="Østergaard",
                                               organisation="Ørsted A/S", phones=[editing.PhoneData("33123456")]))
    earlier = log_call(CallData(number="33 12 34 56", message="Første", when=datetime.now(UTC) - timedelta(days=3)))
    call = log_call(CallData(number="+45 33 12 34 56", message="Ring om budget", please_call=True))
    panel.refresh()
    select_row(panel, 0)
    assert panel.current_call_id() == call.id
    detail = panel.detail.ui
    assert detail.titleLabel.text() == "Søren Østergaard (Ørsted A/S)"
    assert "Ørsted A/S" in detail.contactLabel.text()
    assert detail.historyList.count() == 1
    assert detail.historyList.item(0).data(Qt.ItemDataRole.UserRole) == earlier.id
    assert panel.ui.doneButton.isEnabled() and not panel.ui.contactButton.isEnabled()
    monkeypatch.setattr(panel, "ask_return_note", lambda: (True, "Aftalt møde"))
    qtbot.mouseClick(panel.ui.returnButton, Qt.MouseButton.LeftButton)
    assert Call.get_by_id(call.id).status == "done"
    returned = Call.get(Call.follow_up_of == call.id)
    assert returned.direction == "out" and returned.message == "Aftalt møde"
    assert returned.contact_id == contact.id
    assert panel.model.rowCount() == 3
    assert panel.current_call_id() == returned.id  # the new call is selected


def test_mark_done_by_shortcut(qtbot, panel):
    call = log_call(CallData(number="70112233", callback_by=datetime.now(UTC) + timedelta(hours=1)))
    panel.refresh()
    panel.activateWindow()
    select_row(panel, 0)
    panel.ui.table.setFocus()
    qtbot.keyClick(panel.ui.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Call.get_by_id(call.id).status == "done")
    assert Call.select().count() == 1  # no returned call logged
    assert not panel.ui.doneButton.isEnabled()


def test_create_contact_from_unknown_caller(qtbot, panel, monkeypatch):
    call = log_call(CallData(number="70 11 22 33", company="Berg ApS"))
    panel.refresh()
    select_row(panel, 0)
    assert panel.ui.contactButton.isEnabled()
    asked = {}

    def fake_get_text(parent, title, label, text=""):
        asked["label"] = label
        return "Jens Berg", True

    monkeypatch.setattr("opsassistant.gui.calls.panel.QInputDialog.getText", fake_get_text)
    panel.create_contact()
    assert "70 11 22 33" in asked["label"]
    contact = Contact.get(Contact.display_name == "Jens Berg")
    assert contact.phones[0].e164 == "+4570112233" and contact.organisation == "Berg ApS"
    assert Call.get_by_id(call.id).contact_id == contact.id
    assert not panel.ui.contactButton.isEnabled()


def test_delete_moves_to_trash(qtbot, panel):
    log_call(CallData(number="1"))
    log_call(CallData(number="2"))
    panel.refresh()
    select_row(panel, 0)
    panel.delete_selected()
    assert panel.model.rowCount() == 1
    assert Call.select().where(Call.deleted_at.is_null(False)).count() == 1


def test_callback_falling_due_shows_a_banner(qtbot, panel):
    soon = datetime.now(UTC) + timedelta(minutes=5)
    log_call(CallData(number="70112233", name="Jens Berg", callback_by=soon))
    panel.notifier.reset()
    assert panel.notifier.check(datetime.now(UTC)) == []
    with qtbot.waitSignal(panel.notifier.due) as blocker:
        due = panel.notifier.check(soon + timedelta(seconds=1))
    assert len(due) == 1 and "Jens Berg" in blocker.args[0]
    assert panel.ui.bannerLabel.isVisible() and "Jens Berg" in panel.ui.bannerLabel.text()
    assert panel.notifier.check(soon + timedelta(minutes=1)) == []  # announced once


def test_call_logged_from_the_command_line_shows_in_the_running_window(qtbot, panel, db_path):
    watcher = DatabaseWatcher(panel, interval_ms=50)
    watcher.changed.connect(panel.refresh)
    assert panel.model.rowCount() == 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with qtbot.waitSignal(watcher.changed, timeout=15000):
        done = subprocess.run([sys.executable, "-m", "opsassistant", "--database", str(db_path), "log-call",
                               "--number", "+45 70 11 22 33", "--name", "Jens Berg", "--message", "Fra softphone"],
                              env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
    assert panel.model.rowCount() == 1
    assert panel.model.row_at(0).message == "Fra softphone"
    assert watcher.poll() is False  # nothing new since


def test_own_writes_trip_the_watcher_at_once(qtbot, panel):
    watcher = DatabaseWatcher(panel, interval_ms=600_000)  # no poll: the commit itself announces the write
    with qtbot.waitSignal(watcher.changed, timeout=2000):
        log_call(CallData(number="1"))
    assert watcher.poll() is False  # announced once


def test_big_log_scrolls_to_its_end(qtbot, db):
    from opsassistant.devtools.bench_calls import seed

    seed(3000)
    widget = CallsPanel()
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 3000
    widget.ui.table.scrollToBottom()
    qtbot.wait(10)
    last = widget.model.row_at(2999)
    oldest = Call.select().order_by(Call.when_utc, Call.id).first()
    assert last.id == oldest.id


def test_panel_in_danish(qtbot, panel, danish):
    log_call(CallData(number="70112233", callback_by=datetime.now(UTC) - timedelta(hours=1)))
    panel.refresh()
    model = panel.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Tidspunkt", "Retning", "Opkalder", "Nummer", "Til", "Besked", "Ring tilbage senest",
                       "Status"]
    assert model.data(model.index(0, model.column_index("status"))) == "Overskredet"
    assert model.data(model.index(0, model.column_index("direction"))) == "Indgående"
    assert panel.ui.showCombo.itemText(1) == "Åbne tilbageringninger"
    assert panel.ui.countLabel.text() == "1 opkald"


def test_installed_notifier_speaks_in_the_status_bar_without_a_tray(qtbot, db):
    from PySide6.QtWidgets import QMainWindow

    from opsassistant.gui.calls import notifier

    window = QMainWindow()
    qtbot.addWidget(window)
    shared = notifier.install(window, tray=None)
    assert notifier.shared() is shared
    due = datetime.now(UTC) + timedelta(minutes=1)
    log_call(CallData(number="70112233", name="Jens Berg", callback_by=due))
    shared.reset(due - timedelta(seconds=30))
    assert len(shared.check(due + timedelta(seconds=1))) == 1
    assert "Jens Berg" in window.statusBar().currentMessage()


def test_live_language_switch_retranslates_headers_cells_and_filters(qtbot, panel):
    from opsassistant.gui.language_switch import set_language

    log_call(CallData(number="", direction="missed", when=datetime(2026, 3, 2, 9, 5, tzinfo=UTC)))
    panel.refresh()
    model = panel.model
    assert model.data(model.index(0, model.column_index("when"))).startswith("02/03/2026 10")
    try:
        set_language("da", remember=False)
        qtbot.waitUntil(lambda: model.data(model.index(0, model.column_index("when"))) == "02.03.2026 10.05")
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Tidspunkt"
        assert model.data(model.index(0, model.column_index("caller"))) == "Skjult nummer"
        assert model.data(model.index(0, model.column_index("direction"))) == "Ubesvaret"
        assert panel.ui.directionCombo.itemText(3) == "Ubesvaret"
        assert panel.ui.searchLabel.text().replace("&", "") == "Søg:"
    finally:
        set_language("en", remember=False)
