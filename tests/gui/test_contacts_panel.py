"""The contacts panel driven like a user: typing into the editor, searching, deleting, undo, trash, merge."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from opsassistant.db.models import Contact
from opsassistant.services.contacts import editing, queries
from opsassistant.services.contacts.editing import ContactData, PhoneData


@pytest.fixture
def panel(qtbot, db):
    from opsassistant.gui.contacts.panel import ContactsPanel

    widget = ContactsPanel()
    qtbot.addWidget(widget)
    widget.resize(1100, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def with_dialog(qtbot, interact):
    """Run ``interact(dialog)`` on the next modal dialog once it is shown."""
    done = []

    def poll():
        from opsassistant.gui.common.dialogs import registry

        dialog = QApplication.activeModalWidget() or next(iter(registry().dialogs()), None)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        interact(dialog)
        done.append(dialog)

    QTimer.singleShot(0, poll)
    return done


def type_new_contact(qtbot, first, last, number):
    def interact(editor):
        qtbot.keyClicks(editor.ui.firstNameEdit, first)
        qtbot.keyClicks(editor.ui.lastNameEdit, last)
        qtbot.keyClicks(editor._rows["phones"][0].number, number)
        qtbot.keyClick(editor.ui.lastNameEdit, Qt.Key.Key_Return)  # Enter saves
        if editor.isVisible():  # a duplicate warning: press Save again
            editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    return interact


def rows(panel) -> list[str]:
    return [panel.model.row_at(i).name.lstrip("★ ") for i in range(panel.model.rowCount())]


def test_empty_state_explains_what_to_do(panel):
    assert panel.ui.listStack.currentWidget() is panel.ui.emptyLabel
    assert "Ctrl+N" in panel.ui.emptyLabel.text()


def test_create_by_typing_then_find_by_a_differently_formatted_number(panel, qtbot):
    done = with_dialog(qtbot, type_new_contact(qtbot, "Søren", "Østergaard", "33 12 34 56"))
    panel.new_item()
    qtbot.waitUntil(lambda: bool(done))
    contact = Contact.get(Contact.last_name == "Østergaard")
    assert contact.primary_phone == "+4533123456"
    editing.save(ContactData(first_name="Jens", last_name="Hansen", phones=[PhoneData("44 55 66 77")]))
    panel.refresh()
    panel.focus_search()
    qtbot.keyClicks(panel.ui.searchEdit, "+45 3312 3456")
    assert rows(panel) == ["Søren Østergaard"]
    panel.ui.searchEdit.clear()
    qtbot.keyClicks(panel.ui.searchEdit, "Ostergaard")
    assert rows(panel) == ["Søren Østergaard"]
    # the detail pane follows once the rows are painted
    qtbot.waitUntil(lambda: "33 12 34 56" in panel.ui.detailBrowser.toPlainText())
    panel.ui.searchEdit.clear()
    qtbot.keyClicks(panel.ui.searchEdit, "nobody")
    assert panel.ui.listStack.currentWidget() is panel.ui.emptyLabel
    assert "nobody" in panel.ui.emptyLabel.text()


def test_duplicate_warning_on_save(panel, qtbot):
    editing.save(ContactData(first_name="Søren", last_name="Østergaard", phones=[PhoneData("33 12 34 56")]))
    warnings = []

    def interact(editor):
        qtbot.keyClicks(editor.ui.firstNameEdit, "S.")
        qtbot.keyClicks(editor._rows["phones"][0].number, "+45 33123456")
        editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        warnings.append((editor.isVisible(), editor.ui.duplicateLabel.text()))
        editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    with_dialog(qtbot, interact)
    panel.new_item()
    qtbot.waitUntil(lambda: bool(warnings))
    qtbot.waitUntil(lambda: Contact.select().count() == 2)
    visible, text = warnings[0]
    assert visible and "Søren Østergaard" in text
    assert Contact.select().count() == 2


def test_delete_undo_redo_and_restore_from_trash(panel, qtbot):
    contact = editing.save(ContactData(first_name="Karen", last_name="Holm", phones=[PhoneData("33 44 55 66")]))
    panel.refresh()
    panel.ui.contactTable.selectRow(0)
    panel.delete_selected()
    assert queries.get(contact.id) is None and panel.model.rowCount() == 0
    panel.undo_stack.undo()
    assert queries.get(contact.id) is not None and rows(panel) == ["Karen Holm"]
    panel.undo_stack.redo()
    assert queries.get(contact.id) is None
    qtbot.mouseClick(panel.ui.trashCheck, Qt.MouseButton.LeftButton)
    assert rows(panel) == ["Karen Holm"]
    panel.ui.contactTable.selectRow(0)
    assert panel.ui.restoreButton.isVisible()
    qtbot.waitUntil(panel.ui.restoreButton.isEnabled)  # the detail pane (and its buttons) follow the rows
    qtbot.mouseClick(panel.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert queries.get(contact.id) is not None
    assert panel.ui.listStack.currentWidget() is panel.ui.emptyLabel  # the trash is empty now
    qtbot.mouseClick(panel.ui.trashCheck, Qt.MouseButton.LeftButton)
    assert rows(panel) == ["Karen Holm"]


def test_edit_and_undo_edit(panel, qtbot):
    contact = editing.save(ContactData(first_name="Karen", last_name="Holm"))
    panel.refresh()
    panel.ui.contactTable.selectRow(0)

    def interact(editor):
        editor.ui.lastNameEdit.clear()
        qtbot.keyClicks(editor.ui.lastNameEdit, "Kjær")
        editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    done = with_dialog(qtbot, interact)
    panel.edit_current()
    qtbot.waitUntil(lambda: bool(done))
    assert queries.get(contact.id).last_name == "Kjær"
    panel.undo_stack.undo()
    assert queries.get(contact.id).last_name == "Holm"


def test_merge_two_selected_contacts(panel, qtbot):
    a = editing.save(ContactData(first_name="Søren", last_name="Østergaard", phones=[PhoneData("33 12 34 56")]))
    b = editing.save(ContactData(first_name="Søren", last_name="Østergård", title="Chef",
                                 phones=[PhoneData("20 30 40 50")]))
    panel.refresh()
    panel.ui.contactTable.selectAll()
    assert panel.ui.mergeButton.isEnabled()

    def interact(dialog):
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    done = with_dialog(qtbot, interact)
    qtbot.mouseClick(panel.ui.mergeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done))  # the merge dialog is non-modal: the click returns at once
    alive = [c for c in (queries.get(a.id), queries.get(b.id)) if c is not None]
    assert len(alive) == 1
    merged = editing.snapshot(alive[0].id)
    assert {p.typed for p in merged.phones} == {"33 12 34 56", "20 30 40 50"} and merged.title == "Chef"
    assert panel.model.rowCount() == 1


def test_filters_favourites_and_groups(panel, qtbot):
    editing.save(ContactData(first_name="Fav", favourite=True, groups=["Kunder"]))
    editing.save(ContactData(first_name="Plain"))
    panel.refresh()
    qtbot.mouseClick(panel.ui.favouritesCheck, Qt.MouseButton.LeftButton)
    assert rows(panel) == ["Fav"]
    qtbot.mouseClick(panel.ui.favouritesCheck, Qt.MouseButton.LeftButton)
    panel.ui.groupCombo.setCurrentIndex(panel.ui.groupCombo.findText("Kunder"))
    assert rows(panel) == ["Fav"]


def test_danish_panel_and_editor(qtbot, db, danish):
    from opsassistant.gui.contacts.editor import ContactEditor
    from opsassistant.gui.contacts.panel import ContactsPanel

    panel = ContactsPanel()
    qtbot.addWidget(panel)
    assert panel.ui.searchLabel.text() == "&Søg:"
    assert "Ingen kontakter endnu" in panel.ui.emptyLabel.text()
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Navn"
    editor = ContactEditor()
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Ny kontakt"
    assert editor._rows["phones"][0].kind.currentText() == "Mobil"


def test_detail_pane_is_built_once_per_selection_change_while_typing(panel, qtbot):
    editing.save(ContactData(first_name="Anne", last_name="Andersen", phones=[PhoneData("20 11 11 11")]))
    editing.save(ContactData(first_name="Hanne", last_name="Hansen", phones=[PhoneData("20 22 22 22")]))
    holm = editing.save(ContactData(first_name="Hans", last_name="Holm", phones=[PhoneData("20 33 33 33")]))
    panel.refresh()
    builds = []  # one textChanged per setHtml: each is one build of the detail pane
    panel.ui.detailBrowser.textChanged.connect(lambda: builds.append(panel.ui.detailBrowser.toPlainText()))
    panel.focus_search()
    expected = [("h", "Hanne Hansen", 1), ("o", "Hans Holm", 1), ("l", "Hans Holm", 0), ("z", None, 1)]
    for key, first_row, count in expected:
        builds.clear()
        before = panel.detail_builds
        qtbot.keyClicks(panel.ui.searchEdit, key)
        assert (rows(panel)[:1] or [None])[0] == first_row, key
        QApplication.processEvents()  # the rows are painted, then the pane is built (a posted event)
        assert len(builds) == count, (key, builds)
        assert panel.detail_builds - before == count
    assert "Select a contact" in panel.ui.detailBrowser.toPlainText()
    # Four keys typed before the event loop runs: the pane is built once, for the last text.
    panel.ui.searchEdit.clear()
    QApplication.processEvents()
    builds.clear()
    qtbot.keyClicks(panel.ui.searchEdit, "holm")
    assert builds == []
    QApplication.processEvents()
    assert len(builds) == 1 and "20 33 33 33" in panel.ui.detailBrowser.toPlainText()
    # After a write the pane is built again, so it never shows what was overwritten.
    data = editing.snapshot(holm.id)
    editing.save(replace(data, phones=[PhoneData("20 44 44 44")]), holm.id)
    panel.refresh()
    panel.select_contact(holm.id)
    assert "20 44 44 44" in panel.ui.detailBrowser.toPlainText()
