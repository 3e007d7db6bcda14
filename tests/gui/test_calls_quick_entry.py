"""The quick entry, driven with the keyboard alone, checked against what landed in the database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from opsassistant.db.models import Call
from opsassistant.gui.calls.quick_entry import QuickEntryDialog, current_quick_entry, open_quick_entry
from opsassistant.services.contacts import editing

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # Monday 09:00 in Copenhagen


@pytest.fixture
def soren(db):
    return editing.save(editing.ContactData(first_name="Søren", last_name="Østergaard", organisation="Ørsted A/S",
                                            phones=[editing.PhoneData("+4533123456", "work")]))


class Keyboard:
    """Types into whatever has focus, counting keystrokes."""

    def __init__(self, qtbot, dialog):
        self.qtbot, self.dialog, self.count = qtbot, dialog, 0

    def focus(self) -> QWidget:
        return self.dialog.focusWidget() or QApplication.focusWidget()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)
        self.count += len(text)

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1


def make_dialog(qtbot, now=NOW) -> QuickEntryDialog:
    dialog = QuickEntryDialog(None, now=now)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.ui.callerEdit.setFocus()
    return dialog


def test_typical_message_by_keyboard_alone_matches_a_differently_formatted_number(qtbot, soren, executive):
    dialog = make_dialog(qtbot)
    keys = Keyboard(qtbot, dialog)
    assert keys.focus() is dialog.ui.callerEdit
    keys.type("33 12 34 56")  # stored as +4533123456
    qtbot.waitUntil(lambda: "Søren Østergaard" in dialog.ui.matchLabel.text())
    keys.key(Qt.Key.Key_Tab)
    assert keys.focus() is dialog.ui.messageEdit
    keys.type("Ring om budget")
    keys.key(Qt.Key.Key_Tab)
    assert keys.focus() is dialog.ui.callbackCombo
    keys.key(Qt.Key.Key_Down)  # in an hour
    keys.key(Qt.Key.Key_Down)  # before lunch
    with qtbot.waitSignal(dialog.saved):
        keys.key(Qt.Key.Key_Return)
    call = Call.get()
    assert call.contact_id == soren.id and call.name == "Søren Østergaard"
    assert call.message == "Ring om budget" and call.direction == "in"
    assert call.principal_id == executive.id  # the executive by default
    assert call.please_call and call.status == "open"
    assert call.callback_by_utc == datetime(2026, 3, 2, 10, 30, tzinfo=UTC)  # 11:30 in Copenhagen
    # 11 for the number, 14 for the message, 5 to move and choose: the message costs 5 keys beyond its text.
    assert keys.count == len("33 12 34 56") + len("Ring om budget") + 5
    assert not dialog.isVisible()


def test_pick_a_candidate_for_a_partial_number(qtbot, soren):
    editing.save(editing.ContactData(first_name="Anne", last_name="Lund", phones=[editing.PhoneData("33 12 99 99")]))
    dialog = make_dialog(qtbot)
    keys = Keyboard(qtbot, dialog)
    keys.type("+45 3312")
    qtbot.waitUntil(lambda: dialog.ui.candidateList.count() == 2)
    assert dialog.ui.candidateList.isVisible()
    keys.key(Qt.Key.Key_Down)
    keys.key(Qt.Key.Key_Return)  # picks, does not save
    assert dialog.isVisible() and not dialog.ui.candidateList.isVisible()
    picked = dialog.ui.candidateList.count() == 0 and dialog.ui.matchLabel.text()
    assert "Søren" in picked or "Anne" in picked
    keys.key(Qt.Key.Key_Tab)
    keys.type("Tilbage fra ferie")
    with qtbot.waitSignal(dialog.saved):
        keys.key(Qt.Key.Key_Return)
    call = Call.get()
    assert call.contact_id is not None and call.e164 in ("+4533123456", "+4533129999")
    assert call.status == "done"


def test_name_search_and_withheld_number(qtbot, soren):
    dialog = make_dialog(qtbot)
    keys = Keyboard(qtbot, dialog)
    keys.type("Østerg")
    qtbot.waitUntil(lambda: dialog.ui.candidateList.count() == 1)
    keys.key(Qt.Key.Key_Down)
    keys.key(Qt.Key.Key_Return)
    assert "Søren Østergaard" in dialog.ui.matchLabel.text()
    dialog.save()
    assert Call.get().contact_id == soren.id and Call.get().e164 == "+4533123456"
    withheld = make_dialog(qtbot)
    assert withheld.ui.matchLabel.text() == "Withheld number"
    withheld.ui.missedRadio.setChecked(True)
    withheld.save()
    last = Call.select().order_by(Call.id.desc()).get()
    assert last.typed_number == "" and last.direction == "missed"


def test_shift_enter_is_a_new_line_and_flags_are_saved(qtbot, db, team_member):
    dialog = make_dialog(qtbot)
    keys = Keyboard(qtbot, dialog)
    keys.type("Jens Berg")
    dialog.ui.principalCombo.setCurrentIndex(dialog.ui.principalCombo.findData(team_member.id))
    dialog.ui.messageEdit.setFocus()
    keys.type("Linje 1")
    keys.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    keys.type("Linje 2")
    dialog.ui.urgentCheck.setChecked(True)
    dialog.ui.cameCheck.setChecked(True)
    dialog.ui.durationSpin.setValue(4)
    with qtbot.waitSignal(dialog.saved):
        keys.key(Qt.Key.Key_Return)
    call = Call.get()
    assert call.message == "Linje 1\nLinje 2" and call.name == "Jens Berg" and call.typed_number == ""
    assert call.urgent and call.came_to_see and call.duration_seconds == 240
    assert call.principal_id == team_member.id and call.status == "done"


def test_exact_time_in_the_past_is_refused_next_to_the_field(qtbot, db):
    dialog = make_dialog(qtbot, now=datetime.now(UTC))
    dialog.ui.callerEdit.setText("70112233")
    dialog.ui.callbackCombo.setCurrentIndex(dialog.ui.callbackCombo.findData("exact"))
    assert dialog.ui.callbackEdit.isEnabled()
    dialog.ui.callbackEdit.setDateTime(dialog.ui.callbackEdit.dateTime().addDays(-2))
    dialog.save()
    assert dialog.ui.callbackError.isVisible() and "passed" in dialog.ui.callbackError.text()
    assert Call.select().count() == 0
    dialog.ui.callbackEdit.setDateTime(dialog.ui.callbackEdit.dateTime().addDays(3))
    dialog.save()
    assert Call.get().status == "open"


def test_escape_asks_before_dropping_typed_text(qtbot, db, monkeypatch):
    dialog = make_dialog(qtbot)
    keys = Keyboard(qtbot, dialog)
    keys.type("33123456")
    answers = []
    monkeypatch.setattr(dialog, "confirm_discard", lambda: answers.append("asked") or False)
    keys.key(Qt.Key.Key_Escape)
    assert answers == ["asked"] and dialog.isVisible()
    monkeypatch.setattr(dialog, "confirm_discard", lambda: True)
    keys.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and Call.select().count() == 0
    empty = make_dialog(qtbot)
    monkeypatch.setattr(empty, "confirm_discard", lambda: pytest.fail("nothing typed, nothing to ask"))
    qtbot.keyClick(empty.ui.callerEdit, Qt.Key.Key_Escape)
    assert not empty.isVisible()


def test_open_quick_entry_reuses_the_open_dialog(qtbot, db):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    first = open_quick_entry(parent)
    assert first.isVisible() and not first.isModal()
    assert open_quick_entry(parent) is first
    first.done(0)
    qtbot.waitUntil(lambda: current_quick_entry() is None)
    second = open_quick_entry(parent)  # the first was deleted by Qt; a new one opens
    assert second is not first and second.isVisible()
    second.done(0)


def test_quick_entry_in_danish(qtbot, db, danish):
    dialog = make_dialog(qtbot)
    assert dialog.windowTitle() == "Registrér opkald"
    assert dialog.ui.pleaseCallCheck.text().replace("&", "") == "Ring venligst tilbage"
    assert dialog.ui.urgentCheck.text().replace("&", "") == "Haster"
    assert dialog.ui.callbackLabel.text().replace("&", "") == "Ring tilbage senest:"
    assert dialog.ui.callbackCombo.itemText(2) == "Før frokost"
    assert dialog.ui.matchLabel.text() == "Skjult nummer"


def test_ctrl_l_in_the_main_window_logs_a_call_that_the_call_log_shows(qtbot, main_window, soren):
    main_window.show_area("calls")
    panel = main_window._panels["calls"]
    assert panel.model.rowCount() == 0
    main_window.activateWindow()
    main_window.log_call_action.trigger()  # what Ctrl+L does
    dialog = current_quick_entry()
    qtbot.waitUntil(dialog.isVisible)
    keys = Keyboard(qtbot, dialog)
    dialog.ui.callerEdit.setFocus()
    keys.type("0045 33 12 34 56")
    qtbot.waitUntil(lambda: "Søren" in dialog.ui.matchLabel.text())
    keys.key(Qt.Key.Key_Tab)
    keys.type("Ring tilbage")
    keys.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.row_at(0).name == "Søren Østergaard"
    assert panel.current_call_id() == Call.get().id  # the new call is selected in the log
