"""File ▸ Import… and File ▸ Export…: the file dialogs, the format detection, and the import result.

Both go through the same functions as the command line (``commands.registry.IMPORTS`` / ``EXPORTS``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from opsassistant.gui.forms.ui_export_dialog import Ui_ExportDialog
from opsassistant.gui.forms.ui_import_result import Ui_ImportResultDialog
from opsassistant.i18n.messages import translate


# --- import ------------------------------------------------------------------------------------------------
@dataclass
class FileOutcome:
    path: Path
    imported: int = 0
    updated: int = 0
    skipped: list = field(default_factory=list)  # interop.result.Skipped
    error: str = ""  # the whole file was refused: why


def import_paths(paths: list[Path]) -> list[FileOutcome]:
    """Detect and import each file; a file that cannot be read is refused as a whole with a clear reason."""
    from opsassistant.commands.common import load
    from opsassistant.commands.registry import IMPORTS
    from opsassistant.interop.detect import UnknownFormatError, detect_format

    outcomes = []
    for path in paths:
        try:
            fmt = detect_format(path)
            result = load(IMPORTS[fmt])(path)
        except UnknownFormatError as exc:
            outcomes.append(FileOutcome(path, skipped=[], error=str(exc)))
            continue
        except (OSError, UnicodeError, ValueError) as exc:
            outcomes.append(FileOutcome(path, skipped=[], error=translate(
                "TransferDialogs", "{path} could not be read: {reason}. Nothing was imported from it.").format(path=path.name,
                                                                                           reason=exc)))
            continue
        outcomes.append(FileOutcome(path, result.imported, result.updated, list(result.skipped)))
    return outcomes


class ImportResultDialog(QDialog):
    """What an import did: per file the counts, then every skipped record with its place and reason."""

    def __init__(self, outcomes: list[FileOutcome], parent: QWidget | None = None):
        super().__init__(parent)
        self.outcomes = outcomes
        self.ui = Ui_ImportResultDialog()
        self.ui.setupUi(self)
        self.ui.skippedTable.setColumnCount(3)
        header = self.ui.skippedTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self._fill()

    def _fill(self) -> None:
        lines = []
        for outcome in self.outcomes:
            if outcome.error:
                lines.append(f"<b>{_escape(outcome.path.name)}</b>: {_escape(outcome.error)}")
                continue
            counts = translate("TransferDialogs", "{imported} imported, {updated} updated, {skipped} skipped").format(
                imported=outcome.imported, updated=outcome.updated,
                skipped=sum(1 for s in outcome.skipped if not getattr(s, "note", False)))  # notes: record landed
            lines.append(f"<b>{_escape(outcome.path.name)}</b>: {_escape(counts)}")
        self.ui.summaryLabel.setText("<br>".join(lines))
        table = self.ui.skippedTable
        table.setHorizontalHeaderLabels([translate("TransferDialogs", "File"), translate("TransferDialogs", "Where"), translate("TransferDialogs", "Why it was skipped")])
        rows = [(o.path.name, s.place, s.reason) for o in self.outcomes for s in (o.skipped or [])]
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        has_skips = bool(rows)
        self.ui.skippedLabel.setVisible(has_skips)
        table.setVisible(has_skips)
        if not has_skips:
            self.resize(self.width(), 160)
        failed = all(o.error for o in self.outcomes)
        self.setWindowTitle(translate("TransferDialogs", "Import failed") if failed else translate("TransferDialogs", "Import finished"))

    def skipped_rows(self) -> list[tuple[str, str, str]]:
        table = self.ui.skippedTable
        return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
        super().changeEvent(event)


def _escape(text: str) -> str:
    from html import escape

    return escape(str(text))


def run_import(parent: QWidget | None) -> None:
    names, _filter = QFileDialog.getOpenFileNames(
        parent, translate("TransferDialogs", "Import"), str(Path.home()),
        translate("TransferDialogs", "Contacts and calendars (*.vcf *.ics *.csv);;All files (*)"))
    if not names:
        return
    outcomes = import_paths([Path(n) for n in names])
    if all(o.error for o in outcomes) and len(outcomes) == 1:
        QMessageBox.warning(parent, translate("TransferDialogs", "Import failed"), outcomes[0].error)
    else:
        ImportResultDialog(outcomes, parent).exec()
    refresh = getattr(parent, "refresh_all", None)
    if callable(refresh) and any(o.imported or o.updated for o in outcomes):
        refresh()


# --- export ------------------------------------------------------------------------------------------------
# (kind, format, file suffix)
EXPORT_CHOICES = (
    ("contacts", "vcf"), ("contacts", "vcf4"), ("contacts", "csv"), ("calendar", "ics"), ("calls", "csv"),
    ("expenses", "csv"),
)


def export_label(kind: str, fmt: str) -> str:
    return {
        ("contacts", "vcf"): translate("TransferDialogs", "Contacts as vCard (.vcf)"),
        ("contacts", "vcf4"): translate("TransferDialogs", "Contacts as vCard 4.0 (.vcf)"),
        ("contacts", "csv"): translate("TransferDialogs", "Contacts as a spreadsheet (.csv)"),
        ("calendar", "ics"): translate("TransferDialogs", "Calendar as iCalendar (.ics)"),
        ("calls", "csv"): translate("TransferDialogs", "Call log as a spreadsheet (.csv)"),
        ("expenses", "csv"): translate("TransferDialogs", "Outing expenses as a spreadsheet (.csv)"),
    }[(kind, fmt)]


def export_description(kind: str, fmt: str) -> str:
    return {
        ("contacts", "vcf"): translate("TransferDialogs", "For phones, Outlook, Google and Apple Contacts."),
        ("contacts", "vcf4"): translate("TransferDialogs", "The newer vCard version, for Google and recent Apple Contacts."),
        ("contacts", "csv"): translate("TransferDialogs", "One row per contact, for Excel or LibreOffice."),
        ("calendar", "ics"): translate("TransferDialogs", "Every appointment, with repeats and time zones, for any calendar program."),
        ("calls", "csv"): translate("TransferDialogs", "Every call and message, for Excel or LibreOffice."),
        ("expenses", "csv"): translate("TransferDialogs", "Every expense line of every outing, for the bookkeeping."),
    }[(kind, fmt)]


class ExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._fill()
        self.ui.whatCombo.currentIndexChanged.connect(self._describe)
        self._describe()

    def _fill(self) -> None:
        keep = max(0, self.ui.whatCombo.currentIndex())
        self.ui.whatCombo.blockSignals(True)
        self.ui.whatCombo.clear()
        for choice in EXPORT_CHOICES:
            self.ui.whatCombo.addItem(export_label(*choice), choice)
        self.ui.whatCombo.setCurrentIndex(keep)
        self.ui.whatCombo.blockSignals(False)

    def _describe(self) -> None:
        self.ui.descriptionLabel.setText(export_description(*self.choice()))

    def choice(self) -> tuple[str, str]:
        return EXPORT_CHOICES[max(0, self.ui.whatCombo.currentIndex())]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill()
            self._describe()
        super().changeEvent(event)


def run_export(parent: QWidget | None) -> None:
    from datetime import date

    from opsassistant.commands.common import load
    from opsassistant.commands.registry import EXPORTS, FILE_SUFFIX

    chooser = ExportDialog(parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    kind, fmt = chooser.choice()
    suffix = FILE_SUFFIX.get(fmt, fmt)
    suggested = Path.home() / f"{kind}-{date.today().isoformat()}.{suffix}"
    name, _filter = QFileDialog.getSaveFileName(parent, translate("TransferDialogs", "Export"), str(suggested),
                                                f"{export_label(kind, fmt)} (*.{suffix})")
    if not name:
        return
    path = Path(name)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(path.name + f".{suffix}")
    try:
        count = load(EXPORTS[(kind, fmt)])(path)
    except (OSError, ValueError, ImportError) as exc:
        QMessageBox.warning(parent, translate("TransferDialogs", "Export failed"),
                            translate("TransferDialogs", "The export could not be written: {reason}. Nothing was saved.").format(
                                reason=getattr(exc, "strerror", None) or exc))
        return
    box = QMessageBox(QMessageBox.Icon.Information, translate("TransferDialogs", "Export"),
                      translate("TransferDialogs", "Export finished: {count} written to {path}.").format(count=count, path=path),
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()
