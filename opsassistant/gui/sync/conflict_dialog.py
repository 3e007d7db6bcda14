"""Conflicts side by side: what this computer has and what the server has; keep mine, theirs or both."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from opsassistant.errors import UserError
from opsassistant.services.sync import state
from opsassistant.sync import conflicts
from opsassistant.sync.describe import describe, headline


class ConflictDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.resolved = 0
        self.resize(820, 480)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.mine, self.theirs = QPlainTextEdit(), QPlainTextEdit()
        for box in (self.mine, self.theirs):
            box.setReadOnly(True)
        self.mine_label, self.theirs_label = QLabel(), QLabel()
        grid = QGridLayout()
        grid.addWidget(self.mine_label, 0, 0)
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        self.buttons = QDialogButtonBox()
        self.keep_mine = self._button("", "mine")
        self.keep_theirs = self._button("", "theirs")
        self.keep_both = self._button("", "both")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid, 3)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync conflicts"))
        self.intro.setText(self.tr("These appointments were changed both here and on the server since the last "
                                   "sync. Choose which version to keep; nothing is overwritten until you do."))
        self.list.setAccessibleName(self.tr("Conflicts"))
        for box, label, name in ((self.mine, self.mine_label, self.tr("This computer")),
                                 (self.theirs, self.theirs_label, self.tr("The server"))):
            box.setAccessibleName(name)
            label.setText(name)
        self.keep_mine.setText(self.tr("Keep &mine"))
        self.keep_theirs.setText(self.tr("Keep &theirs"))
        self.keep_both.setText(self.tr("Keep &both"))
        self.load()  # the sides are described in words of the UI language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "keep_both"):
            self._retranslate()
        super().changeEvent(event)

    def _button(self, text: str, choice: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self.choose(choice))
        return button

    def load(self) -> None:
        self.list.clear()
        for conflict in state.conflicts():
            item = QListWidgetItem(headline(conflict.local_text or conflict.server_text))
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        empty = self.list.count() == 0
        for button in (self.keep_mine, self.keep_theirs, self.keep_both):
            button.setEnabled(not empty)
        if empty:
            self.mine.setPlainText(self.tr("No conflicts: both sides agree."))
            self.theirs.clear()
        else:
            self.list.setCurrentRow(0)

    def _conflict(self) -> state.Conflict | None:
        item = self.list.currentItem()
        return state.conflict(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show(self, _row: int) -> None:
        conflict = self._conflict()
        if conflict is None:
            return
        self.mine.setPlainText(describe(conflict.local_text))
        self.theirs.setPlainText(describe(conflict.server_text))
        self.keep_both.setEnabled(bool(conflict.local_text and conflict.server_text))

    def choose(self, choice: str) -> None:
        conflict = self._conflict()
        if conflict is None:
            return
        try:
            conflicts.resolve(conflict.id, choice)
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.resolved += 1
        self.load()
