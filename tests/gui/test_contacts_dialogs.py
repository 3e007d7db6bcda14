"""The import dialog's column-mapping step, and the merge dialog's field choices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from opsassistant.db.models import Contact
from opsassistant.services.contacts import editing, queries
from opsassistant.services.contacts.editing import ContactData, PhoneData

DATA = Path(__file__).parents[1] / "interop" / "data" / "contacts"


def test_csv_import_recognises_google_columns_and_can_be_remapped(qtbot, db, tmp_path):
    from opsassistant.gui.contacts.import_dialog import ImportDialog

    dialog = ImportDialog(DATA / "google.csv")
    qtbot.addWidget(dialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.mappingPage
    mapping = dialog.mapping()
    assert mapping[1] == "first_name" and "phone#1" in mapping and "phonekind#1" in mapping
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.ui.pages.currentWidget() is dialog.ui.resultPage
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)  # on the worker thread
    assert dialog.result.imported == 2
    assert "2" in dialog.ui.summaryLabel.text()

    own = tmp_path / "own.csv"
    own.write_text("Hvem,Nummer\nKaren Holm,33 44 55 66\n", encoding="utf-8")
    dialog = ImportDialog(own)
    qtbot.addWidget(dialog)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result is None and dialog.ui.mappingError.text()
    dialog.set_target(dialog.combos[0], "full_name")
    dialog.set_target(dialog.combos[1], "phone:work")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert dialog.result.imported == 1
    assert Contact.get(Contact.last_name == "Holm").primary_phone == "+4533445566"


def test_vcard_import_reports_skipped_records(qtbot, db):
    from opsassistant.gui.contacts.import_dialog import ImportDialog

    dialog = ImportDialog(DATA / "oldphone_2.1.vcf")
    qtbot.addWidget(dialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.resultPage
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20000)
    assert "line 12" in dialog.ui.skippedText.toPlainText()


def test_merge_dialog_takes_the_chosen_side(qtbot, db):
    from opsassistant.gui.contacts.merge_dialog import MergeDialog

    a = editing.save(ContactData(first_name="Søren", last_name="Østergaard", title="Chef"))
    b = editing.save(ContactData(first_name="Søren", last_name="Østergård", title="Direktør",
                                 phones=[PhoneData("20 30 40 50")]))
    dialog = MergeDialog(a.id, b.id)
    qtbot.addWidget(dialog)
    table = dialog.ui.fieldsTable
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    table.cellWidget(labels.index("Title"), 2).click()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    merged = editing.snapshot(a.id)
    assert merged.title == "Direktør" and merged.last_name == "Østergaard"
    assert [p.typed for p in merged.phones] == ["20 30 40 50"]
    assert queries.get(b.id) is None
