"""The calendar's period title: shows the long title when it fits, else a shorter one, else elided text."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class TitleLabel(QLabel):
    """A one-line label that never forces its toolbar wider than the window: ``text()`` stays the full title."""

    MINIMUM_WIDTH = 120

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._short = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_titles(self, full: str, short: str = "") -> None:
        self._short = short
        self.setText(full)
        self.setToolTip(full)
        self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MINIMUM_WIDTH, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """What fits: the full title, the short one, or the short one elided."""
        metrics = self.fontMetrics()
        width = self.contentsRect().width()
        for candidate in (self.text(), self._short):
            if candidate and metrics.horizontalAdvance(candidate) <= width:
                return candidate
        return metrics.elidedText(self._short or self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - the whole label is drawn
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.shown_text())
