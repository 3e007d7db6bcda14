"""The error dialog: what went wrong, where it was logged, and the details to copy.

The hook that catches the exceptions and opens this dialog is gui.error_hook; this module (and its form) is
imported only when an error is to be shown. ``install``/``uninstall``/``format_details`` are re-exported here.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from opsassistant.gui.error_hook import ExceptionHook, format_details, install, uninstall
from opsassistant.gui.forms.ui_error_report import Ui_ErrorDialog

__all__ = ["ErrorDialog", "ExceptionHook", "format_details", "install", "uninstall"]


class ErrorDialog(QDialog):
    """Shows what went wrong, where it was logged, and lets the user copy the details."""

    def __init__(self, details: str, log_file: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        self._log_file = log_file
        self._count = 1
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        font = self.ui.headingLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.ui.headingLabel.setFont(font)
        self.ui.detailsEdit.setPlainText(details)
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.openLogButton.clicked.connect(self.open_log_folder)
        self.ui.openLogButton.setEnabled(log_file is not None)
        self.ui.explanationLabel.linkActivated.connect(lambda _link: self.open_log_folder())
        self.ui.buttonBox.setFocus()
        self._retranslate()

    def details(self) -> str:
        return self.ui.detailsEdit.toPlainText()

    def add_details(self, details: str) -> None:
        """Another error while this one is open: append it rather than stacking dialogs."""
        self._count += 1
        self.ui.detailsEdit.appendPlainText("\n" + "-" * 60 + "\n" + details)
        self._retranslate()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.ui.copyButton.setText(self.tr("Copied"))

    def open_log_folder(self) -> None:
        if self._log_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._log_file.parent)))

    def _retranslate(self) -> None:
        if self._count > 1:
            self.ui.headingLabel.setText(self.tr("Something went wrong (%n times).", "", self._count))
        if self._log_file is not None:
            link = html.escape(QUrl.fromLocalFile(str(self._log_file.parent)).toString(), quote=True)
            text = self.tr(
                "Ops Assistant ran into an unexpected error. Everything you saved before is safe. "
                "The details below were also written to the log file {file}. If the error comes back, "
                "copy the details and send them to whoever helps you with the program.")
            text = html.escape(text).replace(
                "{file}", f'<a href="{link}">{html.escape(str(self._log_file))}</a>')
        else:
            text = html.escape(self.tr(
                "Ops Assistant ran into an unexpected error. Everything you saved before is safe. "
                "The details could not be written to a log file: copy them before you close this window."))
        self.ui.explanationLabel.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
