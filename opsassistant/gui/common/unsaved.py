"""Unsaved changes are never dropped silently: the one question every editor asks before closing."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_discard(parent: QWidget, question: str, title: str | None = None) -> bool:
    """True when the user chose to discard what was typed; Cancel (keep editing) is the default button."""
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, title or QCoreApplication.translate("Unsaved", "Unsaved changes"),
                                  question, buttons.Discard | buttons.Cancel, buttons.Cancel)
    return answer == buttons.Discard
