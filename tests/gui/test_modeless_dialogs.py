"""Settings, Reports, Keyboard shortcuts, About and the contacts merge: non-modal through the one owner of open
dialogs — opened twice they are one, they retranslate live while open, they do their job, and closing the main
window closes them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from opsassistant.db.models import Contact, Principal
from opsassistant.gui.language_switch import set_language


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    set_language("en", remember=False)


def _switch(qtbot, window, lang: str) -> None:
    """The language switch as the user makes it: Ctrl+Shift+L or the menu (here: the menu's action)."""
    (window.danish_action if lang == "da" else window.english_action).trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == ("&Filer" if lang == "da" else "&File"))
    QApplication.processEvents()  # Qt posts LanguageChange to each window


def _visible(window, cls) -> list:
    return [w for w in window.findChildren(cls) if w.isVisible()]


def test_settings_is_non_modal_retranslates_live_and_saves(qtbot, main_window, executive):
    from opsassistant.gui.settings_dialog import SettingsDialog

    set_language("en", remember=False)
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_visible(main_window, SettingsDialog)) == 1)
    dialog = _visible(main_window, SettingsDialog)[0]
    assert not dialog.isModal()
    assert dialog.windowTitle() == "Settings"
    # Ctrl+Shift+L typed inside the open dialog switches the whole program, the dialog with it
    qtbot.keyClick(dialog.ui.titleEdit, Qt.Key.Key_L,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&Filer")
    QApplication.processEvents()
    assert dialog.windowTitle() == "Indstillinger"
    assert dialog.ui.roleCombo.itemText(0) == "Leder"
    assert main_window.open_settings() is dialog  # a second time: the open one, not another
    assert len(_visible(main_window, SettingsDialog)) == 1
    dialog.ui.titleEdit.setFocus()
    dialog.ui.titleEdit.selectAll()
    qtbot.keyClicks(dialog.ui.titleEdit, "Adm. direktør")
    dialog.ui.languageCombo.setCurrentIndex(0)  # stays Danish
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _visible(main_window, SettingsDialog))
    assert Principal.get_by_id(executive.id).title == "Adm. direktør"


def test_reports_is_non_modal_retranslates_live_and_previews(qtbot, main_window, executive):
    from opsassistant.gui.report_dialog import PdfPreviewDialog, ReportDialog

    set_language("en", remember=False)
    main_window.show_area("calendar")
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _visible(main_window, ReportDialog)[0]
    assert not dialog.isModal()
    assert dialog.ui.kindCombo.currentText() == "Agenda for a day"
    _switch(qtbot, main_window, "da")
    assert dialog.ui.kindCombo.currentText() == "Dagsorden for en dag"
    assert dialog.ui.languageCombo.itemText(0) == "Dansk"
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert _visible(main_window, ReportDialog) == [dialog]
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    preview = _visible(main_window, PdfPreviewDialog)[0]
    assert not preview.isModal() and preview.page_count() >= 1
    assert preview.windowTitle().startswith("Vis udskrift")
    _switch(qtbot, main_window, "en")
    assert preview.windowTitle() == "Print preview – Agenda for a day"
    assert preview.print_button.text() == "&Print…"


def test_shortcuts_and_about_retranslate_live_and_open_once(qtbot, main_window):
    from opsassistant.gui.about_dialog import AboutDialog
    from opsassistant.gui.shortcuts_dialog import ShortcutsDialog

    set_language("en", remember=False)
    shortcuts = main_window.show_shortcuts()
    about = main_window.show_about()
    assert not shortcuts.isModal() and not about.isModal()
    rows = [shortcuts.table.item(r, 0).text() for r in range(shortcuts.table.rowCount())]
    assert "Log a call…" in rows and "Save in a dialog" in rows
    keys = dict(shortcuts.rows())
    assert keys["Switch language"] == "Ctrl+Shift+L"  # from the Language submenu
    assert all(len(set(k.split(", "))) == len(k.split(", ")) for k in keys.values())  # no "Ctrl+Y, Ctrl+Y"
    assert "Fonts" in about.ui.licencesBrowser.toPlainText()
    _switch(qtbot, main_window, "da")
    qtbot.waitUntil(lambda: shortcuts.windowTitle() == "Tastaturgenveje")

    def danish_rows() -> list[str]:
        return [shortcuts.table.item(r, 0).text() for r in range(shortcuts.table.rowCount())]

    log_call = main_window.log_call_action.text().replace("&", "")
    assert log_call != "Log a call…"
    qtbot.waitUntil(lambda: log_call in danish_rows())
    assert "Log a call…" not in danish_rows() and "Gem i en dialogboks" in danish_rows()
    assert shortcuts.table.horizontalHeaderItem(0).text() == "Handling"
    assert "Skrifttyper" in about.ui.licencesBrowser.toPlainText()
    assert main_window.show_shortcuts() is shortcuts and main_window.show_about() is about
    assert len(_visible(main_window, ShortcutsDialog)) == len(_visible(main_window, AboutDialog)) == 1


def test_closing_the_main_window_closes_the_open_dialogs(qtbot, main_window, executive):
    set_language("en", remember=False)
    dialogs = [main_window.open_settings(), main_window.open_reports(), main_window.show_shortcuts(),
               main_window.show_about()]
    assert all(d.isVisible() for d in dialogs)
    main_window.close()
    assert not main_window.isVisible()
    from shiboken6 import isValid

    assert all(not isValid(d) or not d.isVisible() for d in dialogs)


def test_an_editor_with_unsaved_changes_keeps_the_main_window_open(qtbot, main_window, executive, monkeypatch,
                                                                    no_blocking_message_boxes):
    """Settings asks before dropping changes: Cancel keeps it and the main window open, Discard closes both."""
    from PySide6.QtWidgets import QMessageBox

    dialog = main_window.open_settings()
    dialog.ui.titleEdit.setFocus()
    qtbot.keyClicks(dialog.ui.titleEdit, " og formand")
    main_window.close()  # the question answers Cancel
    assert no_blocking_message_boxes[-1] == ("question", "Discard the changes you made in Settings?")
    assert main_window.isVisible() and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    main_window.close()
    assert not main_window.isVisible()
    assert Principal.get_by_id(executive.id).title == "Direktør"


def test_merge_is_non_modal_retranslates_live_and_merges(qtbot, main_window):
    from opsassistant.gui.contacts.merge_dialog import MergeDialog
    from opsassistant.services.contacts import editing
    from opsassistant.services.contacts.editing import ContactData, PhoneData

    set_language("en", remember=False)
    a = editing.save(ContactData(first_name="Søren", last_name="Østergaard", title="Chef"))
    b = editing.save(ContactData(first_name="Søren", last_name="Østergård", title="Direktør",
                                 phones=[PhoneData("20 30 40 50")]))
    main_window.show_area("contacts")
    panel = main_window.panel("contacts")
    panel.refresh()
    table = panel.ui.contactTable
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    table.setFocus()
    table.selectAll()
    assert sorted(panel.selected_ids()) == sorted([a.id, b.id])
    dialog = panel.merge_selected()
    assert isinstance(dialog, MergeDialog) and not dialog.isModal()
    fields = dialog.ui.fieldsTable
    assert fields.horizontalHeaderItem(0).text() == "Field"
    labels = [fields.item(r, 0).text() for r in range(fields.rowCount())]
    assert "Last name" in labels
    _switch(qtbot, main_window, "da")
    assert fields.horizontalHeaderItem(0).text() == "Felt"
    labels = [fields.item(r, 0).text() for r in range(fields.rowCount())]
    assert "Efternavn" in labels and "Last name" not in labels
    assert dialog.ui.listsLabel.text().startswith("Den flettede kontakt får 1 nummer")
    assert panel.merge_selected() is dialog
    assert len(_visible(main_window, MergeDialog)) == 1
    keep_id = dialog.keep_id
    theirs = fields.cellWidget(labels.index("Stilling"), 2 if keep_id == a.id else 1)
    assert theirs.text() == "Direktør"
    qtbot.mouseClick(theirs, Qt.MouseButton.LeftButton, pos=QPoint(8, theirs.height() // 2))  # on its circle
    assert theirs.isChecked()
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _visible(main_window, MergeDialog))
    assert Contact.get_by_id(keep_id).title == "Direktør"
    assert Contact.get_by_id(b.id if keep_id == a.id else a.id).deleted_at is not None
    assert QApplication.activeModalWidget() is None


def test_an_empty_sent_mail_log_says_so_in_the_ui_language(qtbot, db):
    from opsassistant.gui.mail.log_dialog import SentMailDialog

    set_language("en", remember=False)
    dialog = SentMailDialog([], "Karen Holm")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.tree.isVisible()
    assert dialog.empty_label.text() == "No mail has been sent about this yet."
    set_language("da", remember=False)
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Sent mail")
    assert dialog.empty_label.text() != "No mail has been sent about this yet."
    assert dialog.heading.text().endswith("Karen Holm") and "about" not in dialog.heading.text()


def test_calendar_accounts_and_conflicts_are_non_modal_and_retranslate(qtbot, main_window):
    from opsassistant.gui.sync.accounts_dialog import AccountsDialog, AddAccountDialog
    from opsassistant.gui.sync.conflict_dialog import ConflictDialog

    set_language("en", remember=False)
    accounts = main_window.sync.open_accounts()
    assert isinstance(accounts, AccountsDialog) and not accounts.isModal()
    assert accounts.windowTitle() == "Calendar accounts"
    assert accounts.status.text().startswith("No calendar account yet.")
    qtbot.mouseClick(accounts.add_button, Qt.MouseButton.LeftButton)
    add = _visible(main_window, AddAccountDialog)[0]
    assert not add.isModal() and add.labels[1].text() == "Server &URL:"
    conflicts = main_window.sync.open_conflicts()
    assert isinstance(conflicts, ConflictDialog) and conflicts.mine.toPlainText() == "No conflicts: both sides agree."
    _switch(qtbot, main_window, "da")
    assert accounts.windowTitle() == "Kalenderkonti"
    assert accounts.tabs.tabText(0) != "Calendars" and not accounts.status.text().startswith("No calendar")
    assert add.windowTitle() == "Tilføj en kalenderkonto" and add.labels[1].text() != "Server &URL:"
    assert conflicts.windowTitle() == "Synkroniseringskonflikter"
    assert conflicts.mine.toPlainText() != "No conflicts: both sides agree."
    assert main_window.sync.open_accounts() is accounts and main_window.sync.open_conflicts() is conflicts
    qtbot.mouseClick(accounts.add_button, Qt.MouseButton.LeftButton)
    assert _visible(main_window, AddAccountDialog) == [add]
    qtbot.keyClicks(add.name, "Kontoret")
    qtbot.mouseClick(add.insecure, Qt.MouseButton.LeftButton, pos=QPoint(8, add.insecure.height() // 2))
    qtbot.keyClick(add.user, Qt.Key.Key_Return)  # no URL: one sentence, nothing stored
    assert add.isVisible() and add.error.isVisible()


def test_emergency_contacts_and_mail_templates_are_non_modal(qtbot, main_window, executive):
    from opsassistant.gui.mail.template_dialog import MailTemplatesDialog
    from opsassistant.gui.travel.emergency_dialog import EmergencyContactsDialog

    set_language("en", remember=False)
    main_window.show_area("travel")
    emergency = main_window.panel("travel").edit_emergency_contacts()
    assert isinstance(emergency, EmergencyContactsDialog) and not emergency.isModal()
    assert main_window.panel("travel").edit_emergency_contacts() is emergency
    settings = main_window.open_settings()
    templates = settings.mail_page.edit_templates()
    assert isinstance(templates, MailTemplatesDialog) and not templates.isModal()
    assert settings.mail_page.edit_templates() is templates
    before = (emergency.windowTitle(), templates.windowTitle())
    _switch(qtbot, main_window, "da")
    assert (emergency.windowTitle(), templates.windowTitle()) == ("Nødkontakter", "Mailskabeloner")
    assert before == ("Emergency contacts", "Mail templates")
    assert len(_visible(main_window, MailTemplatesDialog)) == 1


def test_trip_bookkeeping_is_non_modal_one_per_trip(qtbot, main_window, executive):
    from opsassistant.gui.travel.bookkeeping_dialog import BookkeepingDialog
    from opsassistant.services.travel import trips

    trips.save(trips.TripData(title="Tokyo", traveller_ids=[executive.id]))
    main_window.show_area("travel")
    panel = main_window.panel("travel")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.current_trip_id() is not None)
    qtbot.keyClick(panel, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = panel.bookkeeping_dialog
    assert isinstance(dialog, BookkeepingDialog) and dialog.isVisible() and not dialog.isModal()
    qtbot.keyClick(panel, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert panel.bookkeeping_dialog is dialog and len(_visible(main_window, BookkeepingDialog)) == 1
