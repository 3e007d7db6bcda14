"""Help ▸ Keyboard shortcuts: every menu action with its shortcut, read from the menus themselves."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window_ = window
        self.resize(520, 560)
        self.table = QTableWidget(0, 2, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # a list, not a form
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fill()

    def rows(self) -> list[tuple[str, str]]:
        rows = []

        def walk(menu) -> None:
            for action in menu.actions():
                if action.menu() is not None:
                    walk(action.menu())  # View ▸ Language ▸ Switch language (Ctrl+Shift+L)
                    continue
                shortcuts = list(dict.fromkeys(  # once each: Redo's standard key may be Ctrl+Y as well
                    s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()))
                if action.text() and any(shortcuts):
                    rows.append((action.text().replace("&", ""), ", ".join(s for s in shortcuts if s)))

        for top in self.window_.menuBar().actions():
            if top.menu() is not None:
                walk(top.menu())
        rows.append((self.tr("Save in a dialog"), self.tr("Enter")))
        rows.append((self.tr("Cancel a dialog"), self.tr("Esc")))
        return rows

    def _fill(self) -> None:
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            # after the main window has renamed its menu actions, which this table is read from
            QTimer.singleShot(0, self, self._fill)
        super().changeEvent(event)
