"""Import contacts from a .vcf or .csv file; a CSV file gets a column-mapping step first. The import runs on a
worker thread with progress and Cancel (``gui.common.long_task``); the dialog is shown non-modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QProgressBar,
    QTableWidgetItem,
)

from opsassistant.gui.forms.ui_contact_import import Ui_ContactImportForm
from opsassistant.i18n.formatting import format_number
from opsassistant.interop import contacts_csv
from opsassistant.interop.result import ImportResult


def target_names() -> list[tuple[str, str]]:
    """(target, label) offered for a CSV column."""
    return [
        ("", QCoreApplication.translate("ImportDialog", "Do not import")), ("first_name", QCoreApplication.translate("ImportDialog", "First name")), ("middle_name", QCoreApplication.translate("ImportDialog", "Middle name")),
        ("last_name", QCoreApplication.translate("ImportDialog", "Last name")), ("full_name", QCoreApplication.translate("ImportDialog", "Full name")), ("display_name", QCoreApplication.translate("ImportDialog", "Display name")),
        ("organisation", QCoreApplication.translate("ImportDialog", "Organisation")), ("title", QCoreApplication.translate("ImportDialog", "Title")), ("department", QCoreApplication.translate("ImportDialog", "Department")),
        ("birthday", QCoreApplication.translate("ImportDialog", "Birthday")), ("notes", QCoreApplication.translate("ImportDialog", "Notes")), ("groups", QCoreApplication.translate("ImportDialog", "Groups")),
        ("phone:mobile", QCoreApplication.translate("ImportDialog", "Phone (mobile)")), ("phone:work", QCoreApplication.translate("ImportDialog", "Phone (work)")),
        ("phone:home", QCoreApplication.translate("ImportDialog", "Phone (home)")), ("phone:fax", QCoreApplication.translate("ImportDialog", "Fax")), ("phone:other", QCoreApplication.translate("ImportDialog", "Phone (other)")),
        ("email:work", QCoreApplication.translate("ImportDialog", "E-mail (work)")), ("email:home", QCoreApplication.translate("ImportDialog", "E-mail (home)")),
        ("email:other", QCoreApplication.translate("ImportDialog", "E-mail (other)")), ("address:work:street", QCoreApplication.translate("ImportDialog", "Work address: street")),
        ("address:work:postcode", QCoreApplication.translate("ImportDialog", "Work address: postcode")), ("address:work:city", QCoreApplication.translate("ImportDialog", "Work address: city")),
        ("address:work:country", QCoreApplication.translate("ImportDialog", "Work address: country")), ("address:home:street", QCoreApplication.translate("ImportDialog", "Home address: street")),
        ("address:home:postcode", QCoreApplication.translate("ImportDialog", "Home address: postcode")), ("address:home:city", QCoreApplication.translate("ImportDialog", "Home address: city")),
        ("address:home:country", QCoreApplication.translate("ImportDialog", "Home address: country")), ("uid", QCoreApplication.translate("ImportDialog", "Unique id (UID)")),
        ("favourite", QCoreApplication.translate("ImportDialog", "Favourite")), ("vip", QCoreApplication.translate("ImportDialog", "VIP")),
    ]


class ImportDialog(QDialog):
    """For a vCard the import runs at once; for a CSV file the mapping page is shown first."""

    def __init__(self, path: Path | str, parent=None):
        super().__init__(parent)
        self.ui = Ui_ContactImportForm()
        self.ui.setupUi(self)
        self.path = Path(path)
        self.result = None
        self.stopped = False  # cancelled: ``result`` holds what landed before
        self.failure = ""
        self.thread = None
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setVisible(False)
        self.ui.resultLayout.insertWidget(1, self.progress_bar)
        self.ui.resultLayout.addStretch(1)  # the summary and the bar stay at the top when nothing was skipped
        self.ui.resultLayout.setStretchFactor(self.ui.skippedText, 20)
        self.combos: list[QComboBox] = []
        self.ui.fileLabel.setText(str(self.path))
        self.ui.buttonBox.accepted.connect(self._next)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.is_csv = self._is_csv()
        if self.is_csv:
            self._fill_mapping()
            self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        else:
            self.run_import()

    def _is_csv(self) -> bool:
        from opsassistant.interop.detect import UnknownFormatError, detect_format

        try:
            return detect_format(self.path) == "csv"
        except UnknownFormatError:
            return self.path.suffix.lower() == ".csv"

    def _fill_mapping(self) -> None:
        headers, rows = contacts_csv.read_table(self.path)
        mapping = contacts_csv.detect_mapping(headers)
        table = self.ui.mappingTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Example"), self.tr("Import as")])
        table.setRowCount(len(headers))
        names = target_names()
        for i, header in enumerate(headers):
            table.setItem(i, 0, QTableWidgetItem(header))
            example = next((r[i] for r in rows if i < len(r) and r[i].strip()), "")
            table.setItem(i, 1, QTableWidgetItem(example.replace("\n", " ")[:60]))
            combo = QComboBox(table)
            combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", header))
            targets = [t for t, _ in names]
            labels = [label for _, label in names]
            target = mapping[i]
            if target and target not in targets:  # a numbered Google slot, e.g. "phone#1"
                targets.append(target)
                labels.append(self._slot_label(target))
            # One addItems() call per combo, targets kept in Python: every void Qt call costs a reference to
            # None under shiboken 6.12 on Python 3.11, so item-by-item filling is avoided.
            combo.addItems(labels)
            combo.setProperty("targets", targets)
            combo.setCurrentIndex(targets.index(target) if target in targets else 0)
            table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.pages.setCurrentWidget(self.ui.mappingPage)

    def _slot_label(self, target: str) -> str:
        if target.startswith("phonekind#"):
            return self.tr("Kind of phone %1").replace("%1", target.split("#")[1])
        if target.startswith("emailkind#"):
            return self.tr("Kind of e-mail %1").replace("%1", target.split("#")[1])
        if target.startswith("addresskind#"):
            return self.tr("Kind of address %1").replace("%1", target.split("#")[1])
        if target.startswith("phone#"):
            return self.tr("Phone %1").replace("%1", target.split("#")[1])
        if target.startswith("email#"):
            return self.tr("E-mail %1").replace("%1", target.split("#")[1])
        if target.startswith("address#"):
            slot, part = target[8:].split(":")
            return self.tr("Address %1: %2").replace("%1", slot).replace("%2", part)
        return target

    def mapping(self) -> list[str]:
        return [self.target_of(combo) for combo in self.combos]

    @staticmethod
    def target_of(combo: QComboBox) -> str:
        return combo.property("targets")[combo.currentIndex()]

    @staticmethod
    def set_target(combo: QComboBox, target: str) -> None:
        combo.setCurrentIndex(combo.property("targets").index(target))

    def _next(self) -> None:
        if self.result is not None or self.running():
            self.accept()
            return
        if not contacts_csv.usable(self.mapping()):
            self.ui.mappingError.setText(self.tr("Choose at least one column with a name, a number or an e-mail."))
            return
        self.run_import()

    def run_import(self) -> None:
        """Import on a worker thread (its own connection); progress on the result page, Cancel stops it."""
        from opsassistant.gui.common.long_task import TaskThread

        path, mapping, is_csv = self.path, self.mapping(), self.is_csv

        def work(progress):
            if is_csv:
                return contacts_csv.import_file(path, mapping, progress=progress)
            from opsassistant.gui.transfer_dialogs import takes_progress
            from opsassistant.interop import vcard

            if takes_progress(vcard.import_file):
                return vcard.import_file(path, progress=progress)
            return vcard.import_file(path)

        self.ui.pages.setCurrentWidget(self.ui.resultPage)
        self.ui.skippedText.setVisible(False)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.ui.summaryLabel.setText(self.tr("Importing…"))
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.thread = TaskThread(work)
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._finished)
        self.thread.cancelled.connect(lambda partial: self._finished(partial, stopped=True))
        self.thread.failed.connect(self._failed)
        self.thread.start()

    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            if not self.thread.cancel_requested():
                self.ui.summaryLabel.setText(self.tr("Importing: %1 of %2 contacts…")
                                             .replace("%1", format_number(done)).replace("%2", format_number(total)))

    def _finished(self, result, stopped: bool = False) -> None:
        self.thread.wait()
        self.stopped = stopped
        self.result = result if result is not None else ImportResult()
        self._show_result()

    def _failed(self, sentence: str) -> None:
        self.thread.wait()
        self.progress_bar.setVisible(False)
        self.ui.summaryLabel.setText(self.tr("The import stopped: %1 What was imported before is kept.")
                                     .replace("%1", sentence))
        self.failure = sentence
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def reject(self) -> None:  # Cancel, Esc, the close button: stop after the batch being saved
        if self.running():
            self.thread.cancel()
            self.ui.buttonBox.setEnabled(False)
            self.ui.summaryLabel.setText(self.tr("Stopping after the contacts being saved now…"))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.running():
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def _show_result(self) -> None:
        r = self.result
        self.progress_bar.setVisible(False)
        self.ui.buttonBox.setEnabled(True)
        text = self.tr("%1 imported, %2 updated, %3 skipped.").replace("%1", str(r.imported)) \
            .replace("%2", str(r.updated)).replace("%3", str(len(r.skipped)))
        if self.stopped:
            text = self.tr("Stopped: %1 What was imported before stopping is kept; importing the file again "
                           "completes it.").replace("%1", text)
        self.ui.summaryLabel.setText(text)
        self.ui.skippedText.setPlainText("\n".join(f"{s.place}: {s.reason}" for s in r.skipped))
        self.ui.skippedText.setVisible(bool(r.skipped))
        self.ui.pages.setCurrentWidget(self.ui.resultPage)
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ui.buttonBox.rejected.connect(self.accept)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
