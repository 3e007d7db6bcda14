"""The one owner of open dialogs: the quick entry, every editor, find a time.

Dialogs are shown non-modal, so the main window — its language menu included — stays usable while one is
open, and are deleted when closed (``WA_DeleteOnClose``). Nobody else keeps a reference to a dialog: code asks
the registry for the dialog under a key and gets ``None`` once Qt has deleted it, so a second Ctrl+L never
touches a dead C++ object. A key already open is brought to the front instead of opening twice (the quick
entry, the editor of one record).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid


class DialogRegistry(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._open: dict[Hashable, QDialog] = {}

    def get(self, key: Hashable) -> QDialog | None:
        """The open dialog under ``key``, or None (also when Qt has already deleted it)."""
        dialog = self._open.get(key)
        if dialog is None:
            return None
        if not isValid(dialog) or not dialog.isVisible():
            self._open.pop(key, None)
            return None
        return dialog

    def dialogs(self) -> list[QDialog]:
        """Every dialog open now, oldest first."""
        return [d for d in (self.get(k) for k in list(self._open)) if d is not None]

    def show(self, dialog: QDialog, key: Hashable | None = None,
             on_accepted: Callable[[QDialog], None] | None = None,
             on_finished: Callable[[QDialog, int], None] | None = None) -> QDialog:
        """Show ``dialog`` non-modal under ``key`` (default: the dialog itself); the callbacks run before it is
        deleted, so they may read what it holds (``saved_id`` …)."""
        key = dialog if key is None else key
        self._open[key] = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(False)
        dialog.setWindowModality(Qt.WindowModality.NonModal)

        def finished(result: int) -> None:
            if self._open.get(key) is dialog:
                del self._open[key]
            if int(result) == QDialog.DialogCode.Accepted.value and on_accepted is not None:
                on_accepted(dialog)
            if on_finished is not None:
                on_finished(dialog, result)

        dialog.finished.connect(finished)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open(self, key: Hashable, factory: Callable[[], QDialog],
             on_accepted: Callable[[QDialog], None] | None = None,
             on_finished: Callable[[QDialog, int], None] | None = None) -> QDialog:
        """Bring the dialog under ``key`` to the front, or build it with ``factory`` and show it."""
        existing = self.get(key)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        return self.show(factory(), key, on_accepted, on_finished)

    def close_all(self) -> bool:
        """Close every open dialog, newest first (the main window is closing); False when one stays open
        because its user chose to keep editing (its own "discard the changes?" question)."""
        for dialog in reversed(self.dialogs()):
            dialog.close()
            if isValid(dialog) and dialog.isVisible():
                return False
        return True


_registry: DialogRegistry | None = None


def registry() -> DialogRegistry:
    """The process-wide registry (one main window per process)."""
    global _registry
    if _registry is None or not isValid(_registry):
        _registry = DialogRegistry()
    return _registry
