"""File ▸ Reports…: choose a report and its parameter, its language, then preview, print or save the PDF.

Every report is built by the same function the command line uses (``commands.registry.REPORTS``), into a
temporary file for preview and print, or straight to the chosen file for Save (written atomically there).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from opsassistant.gui.forms.ui_report_dialog import Ui_ReportDialog
from opsassistant.gui.printing import print_pdf
from opsassistant.i18n.language import current_language
from opsassistant.i18n.messages import translate

# kind → which parameter rows it shows
KINDS = ("agenda", "week", "calls", "phonelist", "outing", "itinerary", "claim", "badges", "rollcall")
ROWS = {
    "agenda": ("date", "principal"), "week": ("date", "principal"), "calls": ("date", "principal"),
    "phonelist": ("grouping",), "outing": ("outing",), "itinerary": ("trip",), "claim": ("trip",),
    "badges": ("date",), "rollcall": (),
}
GROUPINGS = ("letter", "organisation")  # the phone list's ``target``

def kind_label(kind: str) -> str:
    return {
        "agenda": translate("ReportDialog", "Agenda for a day"), "week": translate("ReportDialog", "Week overview"), "calls": translate("ReportDialog", "Call sheet"),
        "phonelist": translate("ReportDialog", "Phone list"), "outing": translate("ReportDialog", "Outing: plan and expense statement"),
        "itinerary": translate("ReportDialog", "Itinerary"),
        "claim": translate("ReportDialog", "Travel-expense claim"),
        "badges": translate("ReportDialog", "Name badges"),
        "rollcall": translate("ReportDialog", "Fire drill: roll call"),
    }[kind]


def kind_description(kind: str) -> str:
    return {
        "agenda": translate("ReportDialog", "The day's appointments, hour by hour, for everyone or one person."),
        "week": translate("ReportDialog", "The whole week that contains the date: a row per person, a column per day."),
        "calls": translate("ReportDialog", "Open phone messages and the day's calls, per person."),
        "phonelist": translate("ReportDialog", "Every contact with their phone numbers, for the desk or the wall."),
        "outing": translate("ReportDialog", "Programme, participants, tasks and the expense statement of one outing."),
        "itinerary": translate("ReportDialog", "Every flight, hotel and meeting of a trip, in local time and home time."),
        "claim": translate("ReportDialog", "A trip's driving log, per diem by day, expenses and receipts, to be "
                                           "signed."),
        "badges": translate("ReportDialog", "A name badge for each guest expected on the date, 2 × 4 on an A4 "
                                            "label sheet."),
        "rollcall": translate("ReportDialog", "Every visitor checked in and not yet out, to tick off at the "
                                              "assembly point."),
    }[kind]


def grouping_label(key: str) -> str:
    return {"letter": translate("ReportDialog", "Alphabetical"),
            "organisation": translate("ReportDialog", "By organisation")}[key]


class _UnreadableDate(Exception):
    """The date typed cannot be read (the field says so)."""


class ReportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, initial_kind: str | None = None,
                 initial_record: int | None = None):
        """``initial_record``: the outing or trip to preselect (the one shown in its area)."""
        super().__init__(parent)
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        self._outings: list[dict] = []
        self._trips: list[dict] = []
        self.last_path: Path | None = None  # the PDF most recently built (for tests and for the preview)
        self._scratch = tempfile.TemporaryDirectory(prefix="opsassistant-report-")
        self.ui.dateEdit.setDate(QDate.currentDate())
        self._load_choices()
        self._fill_texts()
        self.ui.languageCombo.setCurrentIndex(0 if current_language() == "da" else 1)
        if initial_kind in KINDS:
            self.ui.kindCombo.setCurrentIndex(KINDS.index(initial_kind))
        if initial_record is not None:
            for combo in (self.ui.outingCombo if initial_kind == "outing" else self.ui.tripCombo,):
                index = combo.findData(initial_record)
                if index >= 0:
                    combo.setCurrentIndex(index)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.previewButton.clicked.connect(self.preview)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.saveButton.clicked.connect(self.save)
        self._kind_changed()

    # --- state ------------------------------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(0, self.ui.kindCombo.currentIndex())]

    def language(self) -> str:
        return "da" if self.ui.languageCombo.currentIndex() == 0 else "en"

    def _load_choices(self) -> None:
        from opsassistant.services import principals

        self._principals = [p.name for p in principals.list_principals()]
        try:
            from opsassistant.services.outings.listing import records as outing_records

            self._outings = outing_records(search=None, date_from=None, date_to=None, open_only=False)
        except ImportError:
            self._outings = []
        try:
            from opsassistant.services.travel.listing import records as trip_records

            self._trips = trip_records(search=None, date_from=None, date_to=None, open_only=False)
        except ImportError:
            self._trips = []

    @staticmethod
    def _nearest(records: list[dict]) -> int:
        """Index of the first record that starts today or later, else the latest one."""
        today = date.today().isoformat()
        for index, record in enumerate(records):
            if str(record.get("start") or "")[:10] >= today:
                return index
        return max(0, len(records) - 1)

    def _fill_texts(self) -> None:
        from opsassistant.i18n.formatting import format_date

        ui = self.ui
        kind_index = ui.kindCombo.currentIndex()
        ui.kindCombo.blockSignals(True)
        ui.kindCombo.clear()
        ui.kindCombo.addItems([kind_label(k) for k in KINDS])
        ui.kindCombo.setCurrentIndex(max(0, kind_index))
        ui.kindCombo.blockSignals(False)

        def refill(combo, items, default_index):
            keep = combo.currentIndex()
            combo.clear()
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(keep if 0 <= keep < combo.count() else default_index)

        refill(ui.principalCombo, [(translate("ReportDialog", "Everyone"), None)] + [(name, name) for name in self._principals], 0)

        def when(record: dict) -> str:
            text = str(record.get("start") or "")
            try:
                return format_date(datetime.fromisoformat(text).date() if "T" in text else date.fromisoformat(text))
            except ValueError:
                return text

        refill(ui.outingCombo, [(f"{r['title']} \u2013 {when(r)}", r["id"]) for r in self._outings],
               self._nearest(self._outings))
        refill(ui.tripCombo, [(f"{r['title']} \u2013 {when(r)}", r["id"]) for r in self._trips],
               self._nearest(self._trips))
        refill(ui.groupingCombo, [(grouping_label(k), k) for k in GROUPINGS], 0)
        refill(ui.languageCombo, [(translate("ReportDialog", "Danish"), "da"),
                                  (translate("ReportDialog", "English"), "en")], 0)

    def _kind_changed(self) -> None:
        kind = self.kind()
        shown = ROWS[kind]
        ui = self.ui
        for row, field in (("date", ui.dateEdit), ("principal", ui.principalCombo), ("outing", ui.outingCombo),
                           ("trip", ui.tripCombo), ("grouping", ui.groupingCombo)):
            ui.formLayout.setRowVisible(field, row in shown)
        ui.descriptionLabel.setText(kind_description(kind))
        problem = self._missing_choice()
        ui.problemLabel.setText(problem)
        ui.problemLabel.setVisible(bool(problem))
        for button in (ui.previewButton, ui.printButton, ui.saveButton):
            button.setEnabled(not problem)

    def _missing_choice(self) -> str:
        kind = self.kind()
        if kind == "outing" and not self._outings:
            return translate("ReportDialog", "There are no outings yet. Create one under Outings first.")
        if kind in ("itinerary", "claim") and not self._trips:
            return translate("ReportDialog", "There are no trips yet. Plan one under Travel first.")
        return ""

    # --- building ---------------------------------------------------------------------------------------
    def _builder(self):
        from opsassistant.commands.common import load
        from opsassistant.commands.registry import REPORTS

        return load(REPORTS[self.kind()])

    def _arguments(self) -> tuple[str | None, dict]:
        kind, ui = self.kind(), self.ui
        extra: dict = {"lang": self.language(), "principal": None}
        target: str | None = None
        if "date" in ROWS[kind]:
            typed = ui.dateEdit.typed_date()  # what was typed counts, even before the field is left
            if typed is None:
                raise _UnreadableDate()  # its sentence is under the field already
            target = typed.toPython().isoformat()
            if "principal" in ROWS[kind]:
                extra["principal"] = ui.principalCombo.currentData()
        elif kind == "outing":
            target = str(ui.outingCombo.currentData())
        elif kind in ("itinerary", "claim"):
            target = str(ui.tripCombo.currentData())
        elif kind == "phonelist":
            target = ui.groupingCombo.currentData()
        return target, extra

    def build(self, path: Path) -> Path | None:
        """Build the chosen report into ``path``; on failure say why and return None."""
        from opsassistant.db.errors import DatabaseError
        from opsassistant.errors import UserError as CommandError

        try:
            target, extra = self._arguments()
        except _UnreadableDate:
            self.ui.dateEdit.setFocus()
            return None
        except ValueError as exc:
            QMessageBox.warning(self, translate("ReportDialog", "Reports"), str(exc))
            self.ui.dateEdit.setFocus()
            return None
        try:
            built = Path(self._builder()(target, path, **extra))
        except ImportError:
            QMessageBox.warning(self, translate("ReportDialog", "Reports"), translate("ReportDialog", "This report is not available in this version."))
            return None
        except (CommandError, DatabaseError, ValueError, LookupError, OSError) as exc:
            QMessageBox.warning(self, translate("ReportDialog", "Reports"),
                                translate("ReportDialog", "The report could not be made: {reason}").format(reason=str(exc)))
            return None
        self.last_path = built
        return built

    def _scratch_pdf(self) -> Path | None:
        return self.build(Path(self._scratch.name) / f"{self.kind()}-{self.language()}.pdf")

    def preview(self) -> PdfPreviewDialog | None:
        """The preview beside this dialog, non-modal; a new preview replaces the one open."""
        from opsassistant.gui.common.dialogs import registry

        key = (id(self), "preview")
        shown = registry().get(key)
        if shown is not None:
            shown.close()  # before its file is built again
        path = self._scratch_pdf()
        if path is None:
            return None
        kind = self.kind()
        return registry().show(PdfPreviewDialog(path, lambda: kind_label(kind), self), key)

    def print_report(self) -> None:
        path = self._scratch_pdf()
        if path is not None:
            print_pdf(path, self, kind_label(self.kind()))

    def save(self) -> None:
        suggested = f"{self.kind()}-{date.today().isoformat()}.pdf"
        name, _filter = QFileDialog.getSaveFileName(self, translate("ReportDialog", "Save report as PDF"), str(Path.home() / suggested),
                                                    translate("ReportDialog", "PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        if self.build(path) is not None:
            QMessageBox.information(self, translate("ReportDialog", "Reports"), translate("ReportDialog", "The report was saved as {path}.").format(path=path))

    # --- language ---------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_texts()
            self._kind_changed()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self._scratch.cleanup()
        super().done(result)


class PdfPreviewDialog(QDialog):
    """Shows a PDF, page after page, with Print and Close."""

    def __init__(self, path: Path, title: str | Callable[[], str], parent: QWidget | None = None):
        """``title``: the report's name, or a function giving it in the current language (retranslated live)."""
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.path = path
        self._title = title if callable(title) else (lambda: title)
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: print_pdf(self.path, self, self._title()))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.buttons)
        self._retranslate()
        self.resize(fitting_size(QSize(760, 900), self))

    def _retranslate(self) -> None:
        self.setWindowTitle(translate("ReportDialog", "Print preview \u2013 {title}").format(title=self._title()))
        self.view.setAccessibleName(translate("ReportDialog", "Preview"))
        self.print_button.setText(translate("ReportDialog", "&Print…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "print_button"):
            self._retranslate()
        super().changeEvent(event)

    def page_count(self) -> int:
        return self.document.pageCount()


def fitting_size(wanted: QSize, widget: QWidget) -> QSize:
    """``wanted``, made smaller where needed to fit the screen the widget opens on (its available area, so
    the task bar and the title bar stay clear)."""
    from PySide6.QtGui import QGuiApplication

    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry().size()
    margin = 60  # the window frame and a little air
    return QSize(min(wanted.width(), max(320, room.width() - margin)),
                 min(wanted.height(), max(240, room.height() - margin)))
