"""What the outings dialogs share: errors shown next to fields, and no silent loss of unsaved changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTableWidget,
    QWidget,
)

from opsassistant.gui.common.unsaved import confirm_discard
from opsassistant.i18n.language import current_language

DATE_FORMAT = "dd-MM-yyyy"
DATETIME_FORMAT = "dd-MM-yyyy HH:mm"


def set_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def qdate(value) -> QDate:
    return QDate(value.year, value.month, value.day)


def snapshot(root: QWidget) -> tuple:
    """Everything a person can change in a form, to tell whether anything was changed."""
    values: list = []
    for widget in root.findChildren(QWidget):
        name = widget.objectName()
        if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            values.append((name, widget.text()))
        elif isinstance(widget, QPlainTextEdit):
            values.append((name, widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            values.append((name, widget.currentText()))
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append((name, widget.isChecked()))
        elif isinstance(widget, QTableWidget):
            cells = [(widget.item(r, c).text() if widget.item(r, c) else "")
                     for r in range(widget.rowCount()) for c in range(widget.columnCount())]
            values.append((name, tuple(cells)))
    return tuple(values)


class FormDialog(QDialog):
    """A dialog whose Save validates and writes through a service, and whose Esc asks before dropping edits."""

    def _finish_setup(self, button_box: QDialogButtonBox) -> None:
        button_box.accepted.connect(self.accept)
        button_box.rejected.connect(self.reject)
        save = button_box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setDefault(True)
        for label in self.findChildren(QLabel):
            if label.objectName().endswith("Error"):
                # Expanding, so a wrapped message gets the whole field column (QFormLayout would keep it narrow)
                label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
                set_error(label, None)
        from opsassistant.gui.common.validation import clear_when_edited

        clear_when_edited(self, lambda label: set_error(label, None))
        self.mark_clean()

    def mark_clean(self) -> None:
        self._initial = snapshot(self)

    def is_dirty(self) -> bool:
        return snapshot(self) != getattr(self, "_initial", None)

    def reject(self) -> None:
        question = QCoreApplication.translate("OutingsGui", "Discard the changes you made?")
        if self.is_dirty() and not confirm_discard(self, question):
            return
        super().reject()

    def lang(self) -> str:
        return current_language()

