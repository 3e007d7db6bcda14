"""File ▸ Reports…: choosing a report, its parameter and language; preview, print and save make real PDFs."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from opsassistant.gui import report_dialog
from opsassistant.gui.report_dialog import KINDS, ReportDialog


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def demo(db):
    from opsassistant.services.demo import fill_demo

    fill_demo()


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """QFileDialog answers with a file in tmp_path; confirmations are recorded, not shown."""
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append("WARNING " + text))
    return SimpleNamespace(path=target, messages=shown)


def open_dialog(qtbot, kind: str | None = None) -> ReportDialog:
    dialog = ReportDialog(None, initial_kind=kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_outing_report_saved_in_chosen_language(qtbot, demo, save_to):
    dialog = open_dialog(qtbot, "outing")
    assert dialog.ui.outingCombo.isVisible() and not dialog.ui.dateEdit.isVisible()
    combo = dialog.ui.outingCombo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith("Kundeseminar"))
    combo.setCurrentIndex(index)
    dialog.ui.languageCombo.setCurrentIndex(0)  # Danish
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert save_to.path.exists(), save_to.messages
    text = pdf_text(save_to.path)
    assert "Kundeseminar: fremtidens logistik" in text
    assert "mandag den" in text or "tirsdag den" in text or "den " in text  # dates formatted in Danish
    assert any("report.pdf" in m for m in save_to.messages)


def test_itinerary_in_english(qtbot, demo, save_to):
    dialog = open_dialog(qtbot, "itinerary")
    combo = dialog.ui.tripCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if "Tokyo" in combo.itemText(i)))
    dialog.ui.languageCombo.setCurrentIndex(1)  # English
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    text = pdf_text(save_to.path)
    assert "SK" in text and "983" in text
    assert "page 1 of" in text.lower()


def test_call_sheet_for_one_principal_on_a_date(qtbot, demo, save_to):
    dialog = open_dialog(qtbot, "calls")
    assert dialog.ui.dateEdit.isVisible() and dialog.ui.principalCombo.isVisible()
    dialog.ui.dateEdit.setDate(QDate.currentDate())
    combo = dialog.ui.principalCombo
    combo.setCurrentIndex(combo.findText("Karen Holm"))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert save_to.path.exists(), save_to.messages
    assert "Karen Holm" in pdf_text(save_to.path)


def test_kind_chosen_by_keyboard_shows_its_parameter(qtbot, demo):
    dialog = open_dialog(qtbot, "agenda")
    dialog.ui.kindCombo.setFocus()
    for _ in range(KINDS.index("outing") - KINDS.index("agenda")):
        qtbot.keyClick(dialog.ui.kindCombo, Qt.Key.Key_Down)
    assert dialog.kind() == "outing"
    assert dialog.ui.outingCombo.isVisible()
    assert not dialog.ui.principalCombo.isVisible()
    assert dialog.ui.descriptionLabel.text()


def _previews(dialog) -> list:
    return [w for w in dialog.findChildren(report_dialog.PdfPreviewDialog) if w.isVisible()]


def test_preview_renders_the_pdf(qtbot, demo):
    dialog = open_dialog(qtbot, "outing")
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    previews = _previews(dialog)
    assert len(previews) == 1 and not previews[0].isModal()  # non-modal: the main window stays usable
    assert previews[0].page_count() >= 1
    assert dialog.last_path.exists()
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)  # a new preview replaces the old
    qtbot.waitUntil(lambda: len(_previews(dialog)) == 1)


def test_print_sends_every_page(qtbot, demo, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printed = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog = open_dialog(qtbot, "itinerary")
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert printed.exists()
    assert len(PdfReader(printed).pages) == len(PdfReader(dialog.last_path).pages)
    # vector pages: the report itself, its text searchable (a page picture used to make 2 MB without text)
    assert printed.read_bytes() == dialog.last_path.read_bytes()
    assert "SK" in pdf_text(printed) and "983" in pdf_text(printed)


def test_the_preview_fits_the_screen(qtbot, demo, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    dialog = open_dialog(qtbot, "phonelist")
    qtbot.mouseClick(dialog.ui.previewButton, Qt.MouseButton.LeftButton)
    preview = _previews(dialog)[0]
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert room.height() < 900  # the offscreen screen is smaller than the preview's wish
    assert preview.frameGeometry().height() <= room.height() and preview.width() <= room.width()


@pytest.mark.parametrize("typed, printed", [("2.3.2026", "2 March 2026"), ("2026-03-09", "9 March 2026"),
                                            ("16/3/2026", "16 March 2026")])
def test_a_typed_date_is_the_report_date(qtbot, demo, save_to, typed, printed):
    dialog = open_dialog(qtbot, "calls")
    dialog.ui.languageCombo.setCurrentIndex(1)  # English
    edit = dialog.ui.dateEdit
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit.lineEdit(), typed)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)  # straight from typing to Save
    assert save_to.path.exists(), save_to.messages
    assert printed in " ".join(pdf_text(save_to.path).split())


def test_a_typed_non_date_is_refused_in_one_sentence(qtbot, demo, save_to):
    dialog = open_dialog(qtbot, "agenda")
    edit = dialog.ui.dateEdit
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit.lineEdit(), "31-02-2026")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not save_to.path.exists() and save_to.messages == []
    # the one date input's sentence, under the field, and the text left as typed
    assert edit.message.isVisible() and edit.text() == "31-02-2026"
    assert edit.message.text() == "“31-02-2026” is not a day in the calendar."
    assert dialog.focusWidget() is edit.lineEdit()


def test_no_outings_says_so_and_disables_buttons(qtbot, db):
    dialog = open_dialog(qtbot, "outing")
    assert "no outings" in dialog.ui.problemLabel.text()
    assert not dialog.ui.saveButton.isEnabled()


def test_report_language_defaults_to_ui_language_and_switches_live(qtbot, demo):
    from opsassistant.gui.language_switch import set_language

    set_language("da", remember=False)
    try:
        dialog = open_dialog(qtbot, "phonelist")
        assert dialog.language() == "da"
        assert dialog.ui.kindCombo.currentText() == "Telefonliste"
        set_language("en", remember=False)
        qtbot.waitUntil(lambda: dialog.ui.kindCombo.currentText() == "Phone list")
        assert dialog.windowTitle() == "Reports"
    finally:
        set_language("en", remember=False)


def test_failing_report_is_explained(qtbot, demo, save_to, monkeypatch):
    from opsassistant.cli import CommandError

    def broken(*args, **kwargs):
        raise CommandError("There is no principal called “Nobody”.")

    dialog = open_dialog(qtbot, "agenda")
    monkeypatch.setattr(dialog, "_builder", lambda: broken)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert not save_to.path.exists()
    assert any(m.startswith("WARNING") and "Nobody" in m for m in save_to.messages)


def test_date_parameter_is_passed_as_iso(qtbot, demo, save_to, monkeypatch):
    calls = []

    def fake(target, path, **kwargs):
        calls.append((target, kwargs))
        path.write_bytes(b"%PDF-1.4\n")
        return path

    dialog = open_dialog(qtbot, "week")
    monkeypatch.setattr(dialog, "_builder", lambda: fake)
    dialog.ui.dateEdit.setDate(QDate(2026, 3, 30))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert calls == [("2026-03-30", {"lang": "en", "principal": None})]
    assert date.fromisoformat(calls[0][0])


def test_phone_list_by_organisation(qtbot, demo, save_to):
    dialog = open_dialog(qtbot, "phonelist")
    assert dialog.ui.groupingCombo.isVisible() and not dialog.ui.dateEdit.isVisible()
    dialog.ui.groupingCombo.setCurrentIndex(dialog.ui.groupingCombo.findData("organisation"))
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert save_to.path.exists(), save_to.messages
    text = pdf_text(save_to.path)
    assert "Fjordkraft Logistik A/S" in text and "Hudson Bay Partners LLC" in text


def test_a_printer_gets_the_pdf_itself_through_cups(tmp_path):
    from opsassistant.gui.printing import lp_command

    pdf = tmp_path / "agenda.pdf"
    assert lp_command("/usr/bin/lp", pdf, "Kontor", 2, (2, 3), "Agenda") == [
        "/usr/bin/lp", "-d", "Kontor", "-n", "2", "-t", "Agenda", "-P", "2-3", "--", str(pdf)]
    assert lp_command("lp", pdf, "Kontor", 0, None, "Agenda")[-4:] == ["-t", "Agenda", "--", str(pdf)]


def test_without_cups_pages_are_drawn_at_the_printers_resolution(qtbot, db, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from opsassistant.gui.printing import render_pdf
    from opsassistant.reports import phone_list

    report = phone_list.build(None, tmp_path / "list.pdf", lang="da")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "drawn.pdf"))
    render_pdf(report, printer)
    assert len(PdfReader(tmp_path / "drawn.pdf").pages) == len(PdfReader(report).pages)
    assert printer.resolution() >= 600


def test_name_badges_for_a_date_in_danish(qtbot, demo, save_to):
    from opsassistant.services.reception import visitors

    guests = visitors.between(None, None)
    day = guests[0].expected.date()
    names = [g.name for g in guests if g.expected.date() == day]
    dialog = open_dialog(qtbot, "badges")
    assert dialog.ui.dateEdit.isVisible() and not dialog.ui.principalCombo.isVisible()
    assert not dialog.ui.tripCombo.isVisible()
    dialog.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
    dialog.ui.languageCombo.setCurrentIndex(0)  # Danish
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert save_to.path.exists(), save_to.messages
    text = pdf_text(save_to.path)
    assert "GÆST" in text and "GUEST" not in text
    assert all(name.split()[0] in text for name in names)


def test_travel_expense_claim_of_a_trip_in_english(qtbot, demo, save_to):
    dialog = open_dialog(qtbot, "claim")
    assert dialog.ui.tripCombo.isVisible() and not dialog.ui.dateEdit.isVisible()
    combo = dialog.ui.tripCombo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if "Tokyo" in combo.itemText(i)))
    dialog.ui.languageCombo.setCurrentIndex(1)  # English
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert save_to.path.exists(), save_to.messages
    text = pdf_text(save_to.path)
    assert "Travel-expense claim" in text and "Tokyo" in text and "Per diem" in text


def test_roll_call_needs_no_parameter_and_lists_who_is_in(qtbot, demo, save_to):
    from opsassistant.services.reception import visitors

    inside = visitors.in_building()
    assert inside  # the demo's first guest of the day is in the building
    dialog = open_dialog(qtbot, "rollcall")
    for field in (dialog.ui.dateEdit, dialog.ui.principalCombo, dialog.ui.tripCombo, dialog.ui.outingCombo,
                  dialog.ui.groupingCombo):
        assert not field.isVisible()
    dialog.ui.languageCombo.setCurrentIndex(0)  # Danish
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert save_to.path.exists(), save_to.messages
    text = pdf_text(save_to.path)
    assert all(guest.name in text for guest in inside)
    assert "Brandøvelse" in text or "brandøvelse" in text


def test_no_trips_says_so_for_the_claim(qtbot, db):
    dialog = open_dialog(qtbot, "claim")
    assert "no trips" in dialog.ui.problemLabel.text()
    assert not dialog.ui.saveButton.isEnabled()
