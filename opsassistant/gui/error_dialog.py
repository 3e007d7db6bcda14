"""Unexpected exceptions: written to the log and shown in a dialog with the details to copy.

``install()`` replaces ``sys.excepthook`` and ``threading.excepthook`` and routes Qt's own warnings to the
log, so nothing is lost to a console that a desktop user never sees. The dialog opens on the GUI thread
after the failing slot has returned; further errors while it is open are appended to it.
"""

from __future__ import annotations

import html
import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QStyle, QWidget

from opsassistant.gui.forms.ui_error_report import Ui_ErrorDialog

log = logging.getLogger("opsassistant.errors")


def format_details(exc_type, exc, tb) -> str:
    """The text a developer needs: versions, platform, time and the traceback."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    from opsassistant import __version__

    frozen = " (frozen)" if getattr(sys, "frozen", False) else ""
    lines = [
        f"Ops Assistant {__version__}{frozen}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.platform()}",
        f"{datetime.now().astimezone().isoformat(timespec='seconds')}",
        "",
    ]
    lines += traceback.format_exception(exc_type, exc, tb)
    return "\n".join(line.rstrip("\n") for line in lines).rstrip() + "\n"


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


class ExceptionHook(QObject):
    """Receives exceptions from any thread, logs them at once and shows them on the GUI thread."""

    _show = Signal(str)

    def __init__(self, parent_window: Callable[[], QWidget | None] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._parent_window = parent_window or QApplication.activeWindow
        self.dialog: ErrorDialog | None = None
        self._show.connect(self._present, Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type, exc, tb) -> None:
        if exc_type is not None and issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            details = format_details(exc_type, exc, tb)
            log.critical("Unexpected error\n%s", details)
            self._show.emit(details)
        except Exception:  # the hook itself must never fail silently
            sys.__excepthook__(exc_type, exc, tb)

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _present(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        from opsassistant.logsetup import current_log_file

        self.dialog = ErrorDialog(details, current_log_file(), self._parent_window())
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.open()

    def _forget(self) -> None:
        self.dialog = None


_QT_LEVELS = {0: logging.DEBUG, 1: logging.WARNING, 2: logging.ERROR, 3: logging.CRITICAL, 4: logging.INFO}
_hook: ExceptionHook | None = None


def _qt_message(mode, context, message: str) -> None:
    level = _QT_LEVELS.get(int(getattr(mode, "value", mode)), logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


def install(parent_window: Callable[[], QWidget | None] | None = None) -> ExceptionHook:
    """Route uncaught exceptions (any thread) and Qt messages to the log and the error dialog.

    Call after the QApplication exists; ``parent_window`` returns the window to centre the dialog on.
    """
    global _hook
    _hook = ExceptionHook(parent_window, QApplication.instance())
    sys.excepthook = _hook.handle
    threading.excepthook = _hook.handle_thread
    qInstallMessageHandler(_qt_message)
    return _hook


def uninstall() -> None:
    global _hook
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    qInstallMessageHandler(None)
    _hook = None
