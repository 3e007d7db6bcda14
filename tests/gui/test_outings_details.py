"""Outings panel: e-mail to all (mailto with BCC), participant CSV, receipts copied beside the database,
the checklist, the PDF report, and the editor's programme and validation."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from opsassistant.db.models import Expense, OutingTask
from opsassistant.gui.outings.panel import OutingsPanel
from opsassistant.services.outings import editing, participants, tasks
from opsassistant.services.outings.editing import OutingData
from opsassistant.services.outings.participants import ParticipantData

CPH = ZoneInfo("Europe/Copenhagen")


@pytest.fixture
def outing(db):
    o = editing.save(OutingData(title="Sommerfest", start=datetime(2026, 6, 12, 9, tzinfo=CPH),
                                end=datetime(2026, 6, 12, 17, tzinfo=CPH), budget_minor=100000))
    participants.save(o.id, ParticipantData(name="Åse Bøgh", email="aase@example.dk", rsvp="accepted"))
    participants.save(o.id, ParticipantData(name="Ole", email="ole@example.dk"))
    tasks.save(o.id, "Bestil bus", date(2020, 1, 1))
    return o


@pytest.fixture
def panel(qtbot, outing):
    widget = OutingsPanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.current_id == outing.id  # the first outing is chosen when the panel opens
    return widget


def test_mail_all_uses_bcc(panel, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    panel.ui.mailButton.click()
    assert len(opened) == 1 and opened[0].startswith("mailto:?bcc=")
    assert "aase@example.dk" in opened[0] and "ole@example.dk" in opened[0]


def test_export_participants(panel, tmp_path, monkeypatch):
    target = tmp_path / "deltagere.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.ui.exportParticipantsButton.click()
    text = target.read_text(encoding="utf-8-sig")
    assert "Åse Bøgh" in text and "ole@example.dk" in text


def test_receipt_file_copied_beside_database(qtbot, panel, outing, tmp_path, db_path, monkeypatch):
    receipt = tmp_path / "bon.png"
    receipt.write_bytes(b"\x89PNG fake")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(receipt), ""))
    panel.edit_expense(None)
    dialog = panel.active_dialog
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Blomster")
    qtbot.keyClicks(dialog.ui.amountEdit, "299,95")
    dialog.ui.categoryCombo.setCurrentIndex(dialog.ui.categoryCombo.findData("gifts"))
    dialog.ui.receiptButton.click()
    assert "bon.png" in dialog.ui.receiptFileLabel.text()
    qtbot.keyClick(dialog.ui.amountEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    expense = Expense.get(Expense.outing == outing.id)
    stored = db_path.parent / expense.receipt_file
    assert expense.receipt_file.startswith("receipts/") and stored.read_bytes() == b"\x89PNG fake"
    assert panel.ui.openReceiptButton.isEnabled()
    assert panel.ui.expenseTable.item(0, 6).text().endswith("bon.png")
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel.ui.expenseTable.setCurrentCell(0, 0)
    panel.open_receipt()
    assert opened == [str(stored)]


def test_tick_task_and_overdue_shown(qtbot, panel, outing):
    item = panel.ui.taskList.item(0)
    assert "overdue" in item.text()
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: OutingTask.get(OutingTask.outing == outing.id).done)


def test_report_from_panel(panel, tmp_path, monkeypatch):
    target = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    label, action = panel.report_actions()[0]
    assert "PDF" in label
    action()
    assert target.read_bytes().startswith(b"%PDF")


def test_editor_programme_and_bad_time(qtbot, panel, outing):
    panel.edit_outing()
    dialog = panel.active_dialog
    dialog.ui.addItemButton.click()
    table = dialog.ui.programmeTable
    table.item(0, 0).setText("25:99")
    table.item(0, 1).setText("Frokost")
    dialog.accept()
    assert dialog.isVisible() and "14:30" in dialog.ui.programmeError.text()
    table.item(0, 0).setText("12.30")
    dialog.ui.currencyEdit.setText("QQQ")
    dialog.accept()
    assert dialog.isVisible() and "Unknown currency" in dialog.ui.budgetError.text()
    dialog.ui.currencyEdit.setText("DKK")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [item] = editing.programme_of(outing.id)
    assert item.title == "Frokost" and item.start_utc.astimezone(CPH).hour == 12
    assert panel.ui.programmeView.item(0, 0).text() == "12.30"
