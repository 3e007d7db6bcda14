"""File ▸ Import… and File ▸ Export…: the file dialogs, the format detection, and the import result.

Both go through the same functions as the command line (``commands.registry.IMPORTS`` / ``EXPORTS``). The import
runs on a worker thread (``gui.common.long_task``) with progress and Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opsassistant.gui.common.long_task import TaskThread
from opsassistant.gui.forms.ui_export_dialog import Ui_ExportDialog
from opsassistant.gui.forms.ui_import_result import Ui_ImportResultDialog
from opsassistant.i18n.messages import translate
from opsassistant.interop.progress import ImportCancelled, ProgressCallback, report


# --- import ------------------------------------------------------------------------------------------------
@dataclass
class FileOutcome:
    path: Path
    imported: int = 0
    updated: int = 0
    skipped: list = field(default_factory=list)  # interop.result.Skipped
    error: str = ""  # the whole file was refused: why
    cancelled: bool = False  # stopped by the user: the counts are what landed before


def takes_progress(importer) -> bool:
    """Whether an importer accepts ``progress=`` (interop.progress); the others run to the end of their file."""
    import inspect

    try:
        return "progress" in inspect.signature(importer).parameters
    except (TypeError, ValueError):
        return False


def import_paths(paths: list[Path], progress: ProgressCallback | None = None) -> list[FileOutcome]:
    """Detect and import each file; a file that cannot be read is refused as a whole with a clear reason.

    ``progress(done, total)`` is passed to the importers that take it and is also called between files, so a
    cancel (ImportCancelled raised by it) stops inside a file or before the next one; the outcomes so far are
    returned, the last one marked ``cancelled``. Run on a worker: it also expands the imported series there."""
    try:
        return _import_each(paths, progress)
    finally:
        from opsassistant.services.calendar import occurrences_index

        occurrences_index.prepare()  # here, not on the GUI thread at the next week view


def _import_each(paths: list[Path], progress: ProgressCallback | None) -> list[FileOutcome]:
    from opsassistant.commands.common import load
    from opsassistant.commands.registry import IMPORTS
    from opsassistant.interop.detect import UnknownFormatError, detect_format

    outcomes = []
    for path in paths:
        try:
            report(progress, 0, None)
            fmt = detect_format(path)
            importer = load(IMPORTS[fmt])
            if progress is not None and takes_progress(importer):
                result = importer(path, progress=progress)
            else:
                result = importer(path)
        except ImportCancelled as stopped:
            done = stopped.result
            outcomes.append(FileOutcome(path, getattr(done, "imported", 0), getattr(done, "updated", 0),
                                        list(getattr(done, "skipped", [])), cancelled=True))
            return outcomes
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
            if outcome.cancelled:
                counts = translate("TransferDialogs", "stopped: {counts}. What was imported before stopping is "
                                                      "kept; importing the file again completes it.").format(
                    counts=counts)
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


def run_import(parent: QWidget | None) -> ImportProgressDialog | None:
    """Choose files, then import them on a worker thread with a non-modal progress dialog (see below)."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent, translate("TransferDialogs", "Import"), str(Path.home()),
        translate("TransferDialogs", "Contacts and calendars (*.vcf *.ics *.csv);;All files (*)"))
    if not names:
        return None
    from opsassistant.gui.common.dialogs import registry

    return registry().open("import-files", lambda: ImportProgressDialog([Path(n) for n in names], parent))


class ImportProgressDialog(QDialog):
    """The import running on a worker thread: which file, how many records of how many, and Cancel.

    Non-modal, so the window keeps working (and its language can be switched) meanwhile. Cancel stops after the
    batch being written: what was committed stays, nothing of a batch is half-written. When the work ends the
    dialog closes and the result is shown (``ImportResultDialog``, or one sentence for a refused file); the
    areas follow through the window's change signal."""

    file_started = Signal(str)  # emitted from the worker: the file's name

    def __init__(self, paths: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.paths = paths
        self.outcomes: list[FileOutcome] | None = None
        self.error = ""
        self.shown: QDialog | None = None  # what was shown at the end
        self._file = ""
        self._counts = (0, -1)
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(380)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.cancel)
        for widget in (self.label, self.bar, self.buttons):
            layout.addWidget(widget)
        self.file_started.connect(self._file_started)
        self.thread = TaskThread(self._work)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._succeeded)
        self.thread.failed.connect(self._failed)
        self.thread.finished.connect(self._ended)
        self._retranslate()
        self.thread.start()

    def _work(self, progress: ProgressCallback) -> list[FileOutcome]:
        outcomes: list[FileOutcome] = []
        for path in self.paths:
            self.file_started.emit(path.name)
            outcomes += import_paths([path], progress)
            if outcomes[-1].cancelled:
                break
        return outcomes

    def cancel(self) -> None:
        """Stop after the batch being written; the dialog closes when the worker has stopped."""
        if self.outcomes is None and not self.error:
            self.thread.cancel()
            self.cancel_button.setEnabled(False)
            self._retranslate()

    def reject(self) -> None:  # Esc and the window's close button: cancel, never leave a worker behind
        if self.thread.isRunning():
            self.cancel()
        else:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.thread.isRunning():
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _file_started(self, name: str) -> None:
        self._file, self._counts = name, (0, -1)
        self._retranslate()

    def _progressed(self, done: int, total: int) -> None:
        self._counts = (done, total)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        self._retranslate()

    def _retranslate(self) -> None:
        from opsassistant.i18n.formatting import format_number

        self.setWindowTitle(translate("TransferDialogs", "Import"))
        done, total = self._counts
        if self.thread.cancel_requested():
            text = translate("TransferDialogs", "Stopping after the records being saved now…")
        elif total > 0:
            text = translate("TransferDialogs", "Importing {file}: {done} of {total} records…").format(
                file=self._file, done=format_number(done), total=format_number(total))
        else:
            text = translate("TransferDialogs", "Importing {file}…").format(file=self._file)
        self.label.setText(text)

    def _succeeded(self, outcomes: list[FileOutcome]) -> None:
        self.outcomes = outcomes

    def _failed(self, sentence: str) -> None:
        self.error = sentence

    def _ended(self) -> None:
        from opsassistant.gui.common.dialogs import registry

        self.thread.wait()  # ``finished`` comes just before the thread ends: let it end before we may be deleted
        parent = self.parentWidget()
        outcomes = self.outcomes or []
        if self.error:
            self.shown = _message(parent, translate("TransferDialogs", "Import failed"), translate(
                "TransferDialogs", "The import stopped: {reason} What was imported before is kept.").format(
                reason=self.error))
        elif len(outcomes) == 1 and outcomes[0].error:
            self.shown = _message(parent, translate("TransferDialogs", "Import failed"), outcomes[0].error)
        else:
            self.shown = registry().show(ImportResultDialog(outcomes, parent), "import-result")
        status = getattr(parent, "statusBar", None)
        if callable(status) and outcomes:
            status().showMessage(summary_sentence(outcomes), 10000)
        refresh = getattr(parent, "refresh_all", None)
        if callable(refresh) and any(o.imported or o.updated for o in outcomes):
            refresh()
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def summary_sentence(outcomes: list[FileOutcome]) -> str:
    """The whole import in one sentence, for the status bar."""
    imported = sum(o.imported for o in outcomes)
    updated = sum(o.updated for o in outcomes)
    skipped = sum(1 for o in outcomes for s in o.skipped if not getattr(s, "note", False))
    if any(o.cancelled for o in outcomes):
        return translate("TransferDialogs", "Import stopped: {imported} imported, {updated} updated, {skipped} "
                                            "skipped before stopping.").format(imported=imported, updated=updated,
                                                                                skipped=skipped)
    return translate("TransferDialogs", "Import finished: {imported} imported, {updated} updated, {skipped} "
                                        "skipped.").format(imported=imported, updated=updated, skipped=skipped)


def _message(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A non-modal warning, owned by the dialog registry."""
    from opsassistant.gui.common.dialogs import registry

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    return registry().show(box, "import-message")


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
