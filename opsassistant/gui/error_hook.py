"""Unexpected exceptions: written to the log at once and shown in the error dialog (gui.error_dialog).

``install()`` replaces ``sys.excepthook`` and ``threading.excepthook`` and routes Qt's own warnings to the
log, so nothing is lost to a console that a desktop user never sees. It is installed first thing at start-up,
so it imports only QtCore: the dialog and its form are imported when an error is to be shown, never before.
The dialog opens on the GUI thread after the failing slot has returned; further errors while it is open are
appended to it.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, qInstallMessageHandler

log = logging.getLogger("opsassistant.errors")


def format_details(exc_type, exc, tb) -> str:
    """The text a developer needs: versions, platform, time and the traceback."""
    import platform
    import traceback
    from datetime import datetime

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


def _active_window():
    from PySide6.QtWidgets import QApplication

    return QApplication.activeWindow()


class ExceptionHook(QObject):
    """Receives exceptions from any thread, logs them at once and shows them on the GUI thread."""

    _show = Signal(str)

    def __init__(self, parent_window: Callable[[], object] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._parent_window = parent_window or _active_window
        self.dialog = None  # gui.error_dialog.ErrorDialog while one is open
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
        from opsassistant.gui.error_dialog import ErrorDialog
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


def install(parent_window: Callable[[], object] | None = None) -> ExceptionHook:
    """Route uncaught exceptions (any thread) and Qt messages to the log and the error dialog.

    Call after the QApplication exists; ``parent_window`` returns the window to centre the dialog on.
    """
    global _hook
    _hook = ExceptionHook(parent_window, QCoreApplication.instance())
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
