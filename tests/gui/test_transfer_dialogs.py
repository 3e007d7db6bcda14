"""File ▸ Import… and File ▸ Export…: files chosen in QFileDialog, detected, imported or written; the result shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from opsassistant.db.models import Contact, Event
from opsassistant.gui import transfer_dialogs
from opsassistant.gui.transfer_dialogs import EXPORT_CHOICES, ExportDialog, ImportResultDialog

MIXED_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:good-1@test\r\nSUMMARY:Budgetmøde\r\nDTSTART:20261201T090000Z\r\n"
    "DTEND:20261201T100000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:bad-1@test\r\nSUMMARY:Uden tidspunkt\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Birgit Sørensen\r\nN:Sørensen;Birgit;;;\r\nTEL;TYPE=CELL:+45 20 11 22 33\r\nEND:VCARD\r\n"


@pytest.fixture
def answers(monkeypatch):
    """Record message boxes and result dialogs instead of showing them."""
    seen = {"warnings": [], "infos": [], "results": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen["warnings"].append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: seen["infos"].append(self.text()) or 0)
    monkeypatch.setattr(ImportResultDialog, "exec", lambda self: seen["results"].append(self) or 0)
    return seen


def run_import_to_the_end(qtbot, parent=None):
    """File ▸ Import as the user has it: the non-modal progress dialog, the worker, then what it shows."""
    progress = transfer_dialogs.run_import(parent)
    with qtbot.waitSignal(progress.finished, timeout=30000):
        pass
    return progress.shown


def choose_files(monkeypatch, *paths):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))


def test_import_shows_counts_and_every_skipped_record(qtbot, db, executive, tmp_path, monkeypatch, answers):
    ics = tmp_path / "calendar.ics"
    ics.write_text(MIXED_ICS, encoding="utf-8")
    vcf = tmp_path / "people.vcf"
    vcf.write_text(VCARD, encoding="utf-8")
    choose_files(monkeypatch, ics, vcf)
    dialog = run_import_to_the_end(qtbot)
    assert isinstance(dialog, ImportResultDialog) and dialog.isVisible() and not dialog.isModal()
    assert Event.select().where(Event.title == "Budgetmøde").count() == 1
    assert Contact.select().where(Contact.display_name == "Birgit Sørensen").count() == 1
    summary = dialog.ui.summaryLabel.text()
    assert "calendar.ics" in summary and "1 imported, 0 updated, 1 skipped" in summary
    assert "people.vcf" in summary
    [(file, place, reason)] = dialog.skipped_rows()
    assert file == "calendar.ics"
    assert "Uden tidspunkt" in place
    assert "DTSTART" in reason
    assert dialog.ui.skippedTable.isVisibleTo(dialog)


def test_garbage_is_refused_with_a_clear_message(qtbot, db, tmp_path, monkeypatch, answers):
    garbage = tmp_path / "photo.ics"
    garbage.write_bytes(bytes(range(256)) * 50)
    choose_files(monkeypatch, garbage)
    box = run_import_to_the_end(qtbot)
    assert isinstance(box, QMessageBox) and "Nothing was imported" in box.text()
    box.close()
    assert Contact.select().count() == 0 and Event.select().count() == 0


def test_cancelled_import_does_nothing(qtbot, db, monkeypatch, answers):
    choose_files(monkeypatch)
    transfer_dialogs.run_import(None)
    assert answers == {"warnings": [], "infos": [], "results": []}


def test_result_dialog_in_danish(qtbot, db, tmp_path):
    from opsassistant.gui.language_switch import set_language
    from opsassistant.interop.result import Skipped

    set_language("da", remember=False)
    try:
        outcome = transfer_dialogs.FileOutcome(tmp_path / "a.ics", 3, 1, [Skipped("linje 4", "Mangler start.")])
        dialog = ImportResultDialog([outcome])
        qtbot.addWidget(dialog)
        assert "3 importeret, 1 opdateret, 1 sprunget over" in dialog.ui.summaryLabel.text()
        assert dialog.ui.skippedTable.horizontalHeaderItem(1).text() == "Hvor"
        assert dialog.windowTitle() == "Importen er færdig"
    finally:
        set_language("en", remember=False)


@pytest.fixture
def demo(db):
    from opsassistant.services.demo import fill_demo

    fill_demo()


@pytest.mark.parametrize(("choice", "expected"), [
    (("contacts", "vcf"), "VERSION:3.0"), (("contacts", "vcf4"), "VERSION:4.0"),
    (("calendar", "ics"), "BEGIN:VCALENDAR"), (("calls", "csv"), "Karen Holm"),
    (("expenses", "csv"), "Julefrokost|Sommerfest")])
def test_export_writes_the_chosen_file(qtbot, demo, tmp_path, monkeypatch, answers, choice, expected):
    index = EXPORT_CHOICES.index(choice)
    target = tmp_path / "export.vcf" if choice[1] == "vcf4" else tmp_path / f"export.{choice[1]}"

    def choose(self):
        self.ui.whatCombo.setCurrentIndex(index)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    transfer_dialogs.run_export(None)
    text = target.read_text(encoding="utf-8-sig")
    assert any(part in text for part in expected.split("|"))
    assert answers["infos"] and str(target) in answers["infos"][0]


def test_export_adds_the_missing_suffix(qtbot, demo, tmp_path, monkeypatch, answers):
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)  # first: contacts vCard
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "kontakter"), ""))
    transfer_dialogs.run_export(None)
    assert (tmp_path / "kontakter.vcf").exists()


def test_export_dialog_by_keyboard(qtbot, db):
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.ui.descriptionLabel.text()
    dialog.ui.whatCombo.setFocus()
    qtbot.keyClick(dialog.ui.whatCombo, Qt.Key.Key_Down)
    assert dialog.choice() == ("contacts", "vcf4")
    assert dialog.ui.descriptionLabel.text() != first
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)


WEEKLY_ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + "".join(
    f"BEGIN:VEVENT\r\nUID:weekly-{n}@test\r\nSUMMARY:Ugemøde {n}\r\nDTSTART;TZID=Europe/Copenhagen:20260105T0900{n:02d}\r\n"
    "DTEND;TZID=Europe/Copenhagen:20260105T100000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n" for n in range(5))
    + "END:VCALENDAR\r\n")


def test_the_import_worker_expands_the_imported_series_not_the_window(qtbot, db, executive, tmp_path, monkeypatch,
                                                                       answers):
    """The series a file brought are expanded by the import's worker, so the window's next read has nothing left to
    expand (at 50k events that first read had frozen the window for seconds)."""
    from opsassistant.db.models import database

    ics = tmp_path / "weekly.ics"
    ics.write_text(WEEKLY_ICS, encoding="utf-8")
    choose_files(monkeypatch, ics)
    run_import_to_the_end(qtbot)
    assert Event.select().where(Event.title.startswith("Ugemøde")).count() == 5
    assert database.execute_sql("SELECT count(*) FROM event_occurrence_dirty").fetchone()[0] == 0
    rows = database.execute_sql("SELECT count(DISTINCT series_id) FROM event_occurrence").fetchone()[0]
    assert rows == 5
