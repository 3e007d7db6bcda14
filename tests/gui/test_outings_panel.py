"""The Outings panel driven with the keyboard: an outing, a participant and expenses, then the totals shown."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from opsassistant.db.models import Event, Expense, Outing, OutingParticipant
from opsassistant.gui.outings.panel import OutingsPanel


@pytest.fixture
def panel(qtbot, db, executive, team_member):
    widget = OutingsPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _dialog(qtbot, panel):
    qtbot.waitUntil(lambda: panel.active_dialog is not None and panel.active_dialog.isVisible())
    dialog = panel.active_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _tab(qtbot, dialog, times=1):
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)


def _shortcut(qtbot, panel, key):
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.ui.outingTable.setFocus()
    qtbot.keyClick(panel.ui.outingTable, key,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def _plain(text: str) -> str:
    return text.replace("\xa0", " ")


def _type(qtbot, text):
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _replace(qtbot, text):
    widget = QApplication.focusWidget()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def _add_outing(qtbot, panel, title="Sommerudflugt", budget="12.500"):
    panel.new_item()
    dialog = _dialog(qtbot, panel)
    dialog.ui.titleEdit.setFocus()
    qtbot.keyClicks(dialog.ui.titleEdit, title)
    _tab(qtbot, dialog, 6)  # kind, status, start, end, zone → venue
    assert QApplication.focusWidget() is dialog.ui.venueEdit
    _type(qtbot, "Bakken")
    _tab(qtbot, dialog, 2)  # organiser → budget
    assert QApplication.focusWidget() is dialog.ui.budgetEdit
    _type(qtbot, budget)
    qtbot.keyClick(dialog.ui.budgetEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_add_outing_participant_and_expenses_by_keyboard(qtbot, panel, team_member):
    assert "No outings yet" in panel.ui.emptyLabel.text()
    _add_outing(qtbot, panel)
    outing = Outing.get(Outing.title == "Sommerudflugt")
    assert outing.budget_minor == 1_250_000 and outing.venue == "Bakken" and outing.currency == "DKK"
    assert Event.get(Event.source == f"outing:{outing.id}").title == "Sommerudflugt"
    assert panel.current_id == outing.id
    assert "Sommerudflugt" in panel.ui.headerLabel.text()

    # a participant: type part of the name, pick the team member from the completer, accept
    _shortcut(qtbot, panel, Qt.Key.Key_P)
    dialog = _dialog(qtbot, panel)
    dialog.ui.nameEdit.setFocus()
    qtbot.keyClicks(dialog.ui.nameEdit, "Mads")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.nameEdit.text() == "Mads Kjær")
    _tab(qtbot, dialog, 2)  # e-mail → reply
    assert QApplication.focusWidget() is dialog.ui.rsvpCombo
    qtbot.keyClick(dialog.ui.rsvpCombo, Qt.Key.Key_Home)
    assert dialog.ui.rsvpCombo.currentData() == "accepted"
    _tab(qtbot, dialog)
    _type(qtbot, "Vegetar")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    participant = OutingParticipant.get(OutingParticipant.outing == outing)
    assert (participant.principal_id, participant.rsvp, participant.dietary) == (team_member.id, "accepted",
                                                                                 "Vegetar")
    assert panel.ui.participantTable.rowCount() == 1
    assert "1 accepted" in panel.ui.countLabel.text()

    # an expense in DKK at 25 % VAT
    _shortcut(qtbot, panel, Qt.Key.Key_E)
    dialog = _dialog(qtbot, panel)
    dialog.ui.descriptionEdit.setFocus()
    _type(qtbot, "Frokost")
    _tab(qtbot, dialog)
    _type(qtbot, "1.234,50")
    assert _plain(dialog.ui.previewLabel.text()) == "1.234,50 kr., of which VAT 246,90 kr."
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # a foreign expense at 0 % VAT; first with an unknown currency and a zero rate, refused next to the fields
    _shortcut(qtbot, panel, Qt.Key.Key_E)
    dialog = _dialog(qtbot, panel)
    dialog.ui.descriptionEdit.setFocus()
    _type(qtbot, "Is")
    _tab(qtbot, dialog)
    _type(qtbot, "45")
    _tab(qtbot, dialog)
    _replace(qtbot, "XYZ")
    _tab(qtbot, dialog, 2)  # refund → rate
    assert QApplication.focusWidget() is dialog.ui.rateEdit
    _replace(qtbot, "0")
    qtbot.keyClick(dialog.ui.rateEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Unknown currency" in dialog.ui.currencyError.text() and dialog.ui.currencyError.isVisible()
    dialog.ui.currencyEdit.setFocus()
    _replace(qtbot, "EUR")
    qtbot.keyClick(dialog.ui.currencyEdit, Qt.Key.Key_Return)
    assert "greater than 0" in dialog.ui.rateError.text()
    dialog.ui.rateEdit.setFocus()
    _replace(qtbot, "7,4603")
    _tab(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.ui.vatCombo
    qtbot.keyClick(dialog.ui.vatCombo, Qt.Key.Key_Down)
    assert dialog.ui.vatCombo.currentText() == "0 %"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    rows = list(Expense.select().order_by(Expense.id))
    assert [(e.amount_minor, e.currency, e.vat_rate) for e in rows] == [
        (123450, "DKK", Decimal(25)), (4500, "EUR", Decimal(0))]
    assert rows[1].exchange_rate == Decimal("7.4603")
    values = panel.budget.values
    assert _plain(values["budget"].text()) == "12.500,00 kr."
    assert _plain(values["spent"].text()) == "1.570,21 kr."  # 1234,50 + 45 × 7,4603 = 335,7135 → 335,71
    assert _plain(values["remaining"].text()) == "10.929,79 kr."
    assert _plain(values["per_participant"].text()) == "1.570,21 kr."
    assert _plain(values["vat"].text()) == "246,90 kr."
    assert panel.ui.expenseTable.rowCount() == 2
    assert panel.model.row_at(0).spent_minor == 157021


def test_negative_amount_needs_refund(qtbot, panel):
    _add_outing(qtbot, panel, "Julefrokost", "")
    outing_id = panel.current_id
    panel.edit_expense(None)
    dialog = _dialog(qtbot, panel)
    dialog.ui.descriptionEdit.setFocus()
    _type(qtbot, "Depositum retur")
    _tab(qtbot, dialog)
    _type(qtbot, "-500")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "refund" in dialog.ui.amountError.text()
    qtbot.keyClick(dialog.ui.refundCheck, Qt.Key.Key_Space)
    assert dialog.ui.refundCheck.isChecked()
    qtbot.keyClick(dialog.ui.amountEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    expense = Expense.get(Expense.outing == outing_id)
    assert expense.amount_minor == 50000 and expense.is_refund
    assert _plain(panel.budget.values["spent"].text()) == "-500,00 kr."


def test_unsaved_changes_are_not_dropped(qtbot, panel, monkeypatch):
    panel.new_item()
    dialog = _dialog(qtbot, panel)
    qtbot.keyClicks(dialog.ui.titleEdit, "Halvfærdig")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Outing.select().count() == 0


def test_trash_and_undo_and_search(qtbot, panel):
    _add_outing(qtbot, panel, "Afdelingsmøde")
    _add_outing(qtbot, panel, "Sommerfest")
    assert panel.model.rowCount() == 2
    qtbot.keyClicks(panel.ui.searchEdit, "afdeling")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.ui.outingTable.setFocus()
    panel._select(panel.model.row_at(0).id)
    panel.delete_selected()
    assert Outing.alive().count() == 1
    assert Event.alive().count() == 1
    panel.undo_stack.undo()
    assert Outing.alive().count() == 2 and Event.alive().count() == 2


def test_danish_panel(qtbot, panel):
    from opsassistant.gui.language_switch import set_language

    _add_outing(qtbot, panel, "Sommerudflugt")
    set_language("da", remember=False)
    try:
        qtbot.waitUntil(lambda: panel.ui.newButton.text().replace("&", "") == "Nyt arrangement")
        assert panel.model.headerData(6, Qt.Orientation.Horizontal) == "Budget"
        assert panel.ui.detailTabs.tabText(1) == "Deltagere"
        assert "Personaleudflugt" in panel.ui.headerLabel.text()
        assert panel.budget.captions["vat"].text() == "Moms i alt:"
    finally:
        set_language("en", remember=False)
