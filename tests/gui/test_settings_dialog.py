from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from opsassistant.db.models import Principal
from opsassistant.gui.settings_dialog import SettingsDialog


def _open(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_add_a_team_member_by_typing(qtbot, executive):
    dialog = _open(qtbot)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.ui.nameEdit
    qtbot.keyClicks(dialog.ui.nameEdit, "Sofie Lund")
    qtbot.keyClicks(dialog.ui.titleEdit, "Projektleder")
    dialog.ui.zoneCombo.setCurrentText("Europe/Berlin")
    dialog.ui.day5Check.setChecked(False)
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    sofie = Principal.get(Principal.name == "Sofie Lund")
    assert (sofie.role, sofie.title, sofie.home_timezone, sofie.work_days) == ("team", "Projektleder",
                                                                            "Europe/Berlin", "1234")


def test_invalid_input_is_shown_next_to_the_field_and_nothing_saved(qtbot, executive):
    dialog = _open(qtbot)
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, " ")
    dialog.ui.nameEdit.setText("")
    dialog.ui.nameEdit.textEdited.emit("")
    dialog.ui.zoneCombo.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.ui.nameError.text() == "Enter a name."
    assert dialog.ui.zoneError.text() == "Unknown time zone."
    assert Principal.get_by_id(executive.id).name == "Karen Holm"


def test_cancel_asks_before_dropping_changes(qtbot, executive, monkeypatch):
    dialog = _open(qtbot)
    qtbot.keyClicks(dialog.ui.titleEdit, " og ejer")
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[1])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert Principal.get_by_id(executive.id).title == "Direktør"


def test_remove_moves_the_principal_to_the_trash(qtbot, executive, team_member):
    dialog = _open(qtbot)
    dialog.ui.principalList.setCurrentRow(1)
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, lambda: None)
    dialog.accept()
    assert Principal.get_by_id(team_member.id).deleted_at is not None
    assert Principal.get_by_id(executive.id).deleted_at is None


def test_language_chosen_in_settings_switches_live_and_is_remembered(qtbot, db):
    from opsassistant.i18n.preferences import saved_language

    dialog = _open(qtbot)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("da"))
    dialog.accept()
    try:
        assert saved_language() == "da"
        fresh = _open(qtbot)
        assert fresh.windowTitle() == "Indstillinger"
        assert fresh.ui.roleCombo.itemText(0) == "Leder"
    finally:
        from opsassistant.gui.language_switch import set_language

        set_language("en", remember=False)


def test_visitor_log_retention_typed_in_the_reception_tab(qtbot, executive):
    from opsassistant.services.reception import retention

    dialog = _open(qtbot)
    page = dialog.reception_page
    dialog.ui.tabs.setCurrentWidget(page)
    assert page.days_spin.value() == 30
    page.days_spin.setFocus()
    page.days_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.days_spin.lineEdit(), "400")  # the last 0 is refused: at most 365 days
    assert page.days_spin.value() == 40
    qtbot.mouseClick(dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert retention.retention_days() == 40
    again = _open(qtbot)
    assert again.reception_page.days_spin.value() == 40
    again.reception_page.days_spin.lineEdit().selectAll()
    qtbot.keyClicks(again.reception_page.days_spin.lineEdit(), "7")
    qtbot.keyClick(again.reception_page.days_spin.lineEdit(), Qt.Key.Key_Return)  # Enter saves the dialog
    assert retention.retention_days() == 7


def test_cancel_asks_before_dropping_a_changed_retention(qtbot, executive, no_blocking_message_boxes):
    from opsassistant.services.reception import retention

    dialog = _open(qtbot)
    page = dialog.reception_page
    page.days_spin.lineEdit().selectAll()
    qtbot.keyClicks(page.days_spin.lineEdit(), "90")
    dialog.reject()
    assert no_blocking_message_boxes and dialog.isVisible()  # asked, and "Cancel" keeps the dialog open
    assert retention.retention_days() == 30
