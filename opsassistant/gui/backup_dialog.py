"""File ▸ Restore backup…: the backups beside the database with date, kind and size; restore after a
confirmation, keeping a safety copy of the current file. The restore runs on a worker thread (the window keeps
painting) with progress and Cancel; the dialog is non-modal.

The dialog cannot close the database by itself — the window's models use it — so the caller passes
``before`` (let go of everything that reads the database, then close it) and ``after(ok)`` (open it again
and reload). Both have defaults that only close and reopen the connection.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QWidget,
)

from opsassistant.db.auto_backup import BackupFile, list_backups
from opsassistant.db.errors import DatabaseError
from opsassistant.gui.common.long_task import TaskThread
from opsassistant.gui.forms.ui_restore_backup import Ui_RestoreBackupDialog
from opsassistant.i18n.formatting import format_date, format_number, format_time
from opsassistant.paths import backups_dir


def format_size(size: int) -> str:
    """Bytes as a short size in the UI language: "820 kB", "12,4 MB" / "12.4 MB"."""
    from decimal import Decimal

    for unit, factor in (("GB", 1_000_000_000), ("MB", 1_000_000), ("kB", 1_000)):
        if size >= factor:
            value = (Decimal(size) / factor).quantize(Decimal("0.1") if size < 100 * factor else Decimal("1"))
            return f"{format_number(value)} {unit}"
    return f"{size} B"


def _default_before() -> None:
    from opsassistant.db.database import close_database

    close_database()


class RestoreBackupDialog(QDialog):
    """Lists the backups; ``restored(backup, safety_copy)`` is emitted after a successful restore."""

    restored = Signal(Path, Path)
    finished_restore = Signal(bool)  # the worker is done: restored or not

    def __init__(self, db_path: Path | str, *, before: Callable[[], None] | None = None,
                 after: Callable[[bool], None] | None = None, on_restored: Callable[[], None] | None = None,
                 parent: QWidget | None = None):
        """``on_restored()`` runs after a successful restore, once the database is open again (e.g. refresh)."""
        super().__init__(parent)
        self._on_restored = on_restored
        self.db_path = Path(db_path).expanduser().resolve()
        self._before = before or _default_before
        self._after = after or self._default_after
        self.safety_copy: Path | None = None
        self.thread: TaskThread | None = None
        self._restoring: BackupFile | None = None
        self.outcome = ""  # the last restore's outcome, one sentence
        self.ui = Ui_RestoreBackupDialog()
        self.ui.setupUi(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setVisible(False)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setVisible(False)
        at = self.ui.mainLayout.indexOf(self.ui.buttonLayout) if hasattr(self.ui, "buttonLayout") else -1
        self.ui.mainLayout.insertWidget(at if at >= 0 else self.ui.mainLayout.count() - 1, self.status_label)
        self.ui.mainLayout.insertWidget(at + 1 if at >= 0 else self.ui.mainLayout.count() - 1, self.progress_bar)
        self.restore_button = QPushButton(self)
        self.ui.buttonBox.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        self.ui.backupTable.doubleClicked.connect(lambda _index: self.restore_selected())
        self.ui.backupTable.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.ui.backupTable, self.restore_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        header = self.ui.backupTable.horizontalHeader()
        self.ui.backupTable.setColumnCount(3)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rows = self.ui.backupTable.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.ui.emptyLabel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.ui.emptyLabel.setBackgroundRole(QPalette.ColorRole.Base)  # looks like the (empty) table it replaces
        self.ui.emptyLabel.setAutoFillBackground(True)
        self.backups: list[BackupFile] = []
        self.reload()

    def _default_after(self, ok: bool) -> None:
        from opsassistant.db.database import open_database

        open_database(self.db_path)

    # --- listing -----------------------------------------------------------------------------------------

    def kind_label(self, backup: BackupFile) -> str:
        if backup.reason == "auto":
            return self.tr("Automatic")
        if backup.reason == "manual":
            return self.tr("Made by hand")
        if backup.reason == "before-restore":
            return self.tr("Safety copy before a restore")
        if backup.reason.startswith("before-migration"):
            return self.tr("Before a program update")
        return self.tr("Other")

    def reload(self) -> None:
        self.backups = list_backups(self.db_path)
        table = self.ui.backupTable
        table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            when = f"{format_date(backup.taken.date(), 'medium')} {format_time(backup.taken)}"
            for column, text in enumerate((when, self.kind_label(backup), format_size(backup.size))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
                item.setToolTip(str(backup.path))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        if self.backups:
            table.selectRow(0)
        self._retranslate()

    def _retranslate(self) -> None:
        self.restore_button.setText(self.tr("&Restore…"))
        self.ui.backupTable.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        for row, backup in enumerate(self.backups):
            item = self.ui.backupTable.item(row, 1)
            if item is not None:
                item.setText(self.kind_label(backup))
        empty = not self.backups
        self.ui.backupTable.setVisible(not empty)
        self.ui.listLabel.setVisible(not empty)
        self.ui.introLabel.setVisible(not empty)
        self.ui.emptyLabel.setVisible(empty)
        if empty:
            self.ui.emptyLabel.setText(self.empty_text())
        self._update_buttons()

    def empty_text(self) -> str:
        """What backups are, when they are made and how to make one now (rich text)."""
        menu = QCoreApplication.translate("MainWindow", "&File").replace("&", "")
        action = QCoreApplication.translate("MainWindow", "&Back up now").replace("&", "")
        keys = QKeySequence("Ctrl+Shift+B").toString(QKeySequence.SequenceFormat.NativeText)
        paragraphs = [
            self.tr("A backup is a copy of all your data – contacts, calendar, calls, outings and travel – that "
                    "you can go back to if something goes wrong."),
            self.tr("Ops Assistant takes one automatically the first time it starts each day and keeps it in "
                    "this folder:") + f"<br><tt>{escape(str(backups_dir(self.db_path)))}</tt>",
            self.tr("To take one now, choose %1.").replace("%1", f"<b>{escape(menu)} ▸ {escape(action)}</b> "
                                                                  f"({escape(keys)})"),
        ]
        title = escape(self.tr("No backups yet"))
        return f"<p><big><b>{title}</b></big></p>" + "".join(f"<p>{text}</p>" for text in paragraphs)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupFile | None:
        rows = self.ui.backupTable.selectionModel().selectedRows()
        if not rows or not self.backups:
            return None
        return self.backups[rows[0].row()]

    def open_folder(self) -> bool:
        folder = backups_dir(self.db_path)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder if folder.is_dir() else folder.parent)))

    # --- restoring ---------------------------------------------------------------------------------------

    def describe(self, backup: BackupFile) -> str:
        return f"{format_date(backup.taken.date(), 'long')} {format_time(backup.taken)}"

    def confirm(self, backup: BackupFile) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore backup"),
                          self.tr("Restore the backup from %1?").replace("%1", self.describe(backup)), parent=self)
        box.setInformativeText(self.tr(
            "Everything entered since then will be replaced by the backup. The current data is first kept as a "
            "safety copy in the backup folder, so you can go back to it."))
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def restore_selected(self) -> bool:
        """Confirm, check the backup, then restore on a worker thread; True when the restore was started.

        ``finished_restore(ok)`` tells when it ended. Meanwhile the dialog shows the progress and Cancel stops the
        copy (SQLite rolls the live file back: nothing changed)."""
        backup = self.selected()
        if backup is None or self.running() or not self.confirm(backup):
            return False
        from opsassistant.db.backup import validate_backup

        try:
            validate_backup(backup.path)  # refuse before anything is closed
        except DatabaseError as exc:
            QMessageBox.critical(self, self.tr("Restore backup"), str(exc))
            return False
        self._restoring = backup
        self._before()
        self._set_busy(True)
        self.thread = TaskThread(lambda progress: self._restore(backup.path, progress))
        self.thread.progressed.connect(self._progressed)
        self.thread.succeeded.connect(self._restored)
        self.thread.cancelled.connect(lambda _partial: self._ended(False, self.tr(
            "The restore was stopped. The current data was not changed.")))
        self.thread.failed.connect(lambda sentence: self._ended(False, self.tr(
            "The backup could not be restored: %1 The current data was not changed.").replace("%1", sentence)))
        self.thread.start()
        return True

    def _restore(self, backup: Path, progress) -> Path:
        from opsassistant.db.backup import restore_database

        return restore_database(backup, self.db_path, progress=progress)

    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(busy)
        self.ui.backupTable.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)
        self.ui.openFolderButton.setEnabled(not busy)
        if busy:
            self.status_label.setText(self.tr("Restoring the backup from %1…").replace(
                "%1", self.describe(self._restoring)))
        self.status_label.setVisible(busy or bool(self.status_label.text()))

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    def reject(self) -> None:  # Cancel, Esc, the close button: while restoring, stop the copy instead
        if self.running():
            self.thread.cancel()
            self.status_label.setText(self.tr("Stopping the restore…"))
            return
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.running():
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)

    def _restored(self, safety_copy: Path) -> None:
        self.safety_copy = safety_copy
        backup = self._restoring
        self._ended(True, self.tr("The backup from %1 was restored. The data it replaced was kept as %2.")
                    .replace("%1", self.describe(backup)).replace("%2", safety_copy.name))

    def _ended(self, ok: bool, sentence: str) -> None:
        """On the GUI thread, once the worker is done: reopen, tell in one sentence, close when restored."""
        self.thread.wait()
        try:
            self._after(ok)
        finally:
            self._set_busy(False)
        self.outcome = sentence
        self.status_label.setText(sentence)
        self.status_label.setVisible(True)
        if ok and self._on_restored is not None:
            self._on_restored()
        if ok:
            self.restored.emit(self._restoring.path, self.safety_copy)
        self.finished_restore.emit(ok)
        status = getattr(self.parentWidget(), "statusBar", None)
        if callable(status):
            status().showMessage(sentence, 15000)
        if ok:
            QMessageBox.information(self, self.tr("Restore backup"), sentence)
            self.accept()
        else:
            QMessageBox.critical(self, self.tr("Restore backup"), sentence)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if hasattr(self, "restore_button"):
                self.reload()
        super().changeEvent(event)


def restore_backup(db_path: Path | str, *, before: Callable[[], None] | None = None,
                   after: Callable[[bool], None] | None = None, on_restored: Callable[[], None] | None = None,
                   parent: QWidget | None = None) -> RestoreBackupDialog:
    """Show the dialog non-modal (through the dialog registry); the restore itself runs on a worker thread."""
    from opsassistant.gui.common.dialogs import registry

    return registry().open("restore-backup", lambda: RestoreBackupDialog(
        db_path, before=before, after=after, on_restored=on_restored, parent=parent))
