"""The call log's table model: ``LazyTableModel`` over ``CallSource``; overdue call-backs in red, urgent bold."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from opsassistant.gui.common.lazy_model import Column, LazyTableModel
from opsassistant.i18n.formatting import format_datetime
from opsassistant.services.calls.queries import CallFilters, CallRow, CallSource

OVERDUE = QColor("#c0392b")


def direction_text(direction: str) -> str:
    return {"in": QCoreApplication.translate("CallLog", "Incoming"), "out": QCoreApplication.translate("CallLog", "Outgoing"), "missed": QCoreApplication.translate("CallLog", "Missed")}.get(direction, direction)


def caller_text(row) -> str:
    name = row.name or ("" if row.typed_number else QCoreApplication.translate("CallLog", "Withheld number"))
    return f"{name} ({row.company})" if row.company and name else (name or row.company)


class CallLogModel(LazyTableModel):
    def __init__(self, parent=None, principal_names: dict[int, str] | None = None):
        self.principal_names: dict[int, str] = principal_names or {}
        self.now = datetime.now(UTC)
        super().__init__(CallSource(), self._columns(), CallFilters(), default_sort=("when", True), parent=parent)

    def _overdue_brush(self, row: CallRow):
        return QBrush(OVERDUE) if row.overdue(self.now) else None

    def _font(self, row: CallRow):
        if row.urgent or row.overdue(self.now):
            font = QFont(QApplication.font())
            font.setBold(True)
            return font
        return None

    def _status(self, row: CallRow) -> str:
        if row.status != "open":
            return QCoreApplication.translate("CallLog", "Done")
        return QCoreApplication.translate("CallLog", "Overdue") if row.overdue(self.now) else QCoreApplication.translate("CallLog", "Open")

    def _callback(self, row: CallRow) -> str:
        if row.callback_by_utc is None:
            return QCoreApplication.translate("CallLog", "As soon as possible") if row.status == "open" else ""
        return format_datetime(row.callback_by_utc, row.timezone)

    @staticmethod
    def _cached(key: str, format_cell):
        """A cell formatted once per fetched row (views ask for it on every paint)."""
        def display(row):
            text = row.cache.get(key)
            if text is None:
                text = row.cache[key] = format_cell(row)
            return text
        return display

    def _columns(self) -> list[Column]:
        brush, font, cached = self._overdue_brush, self._font, self._cached
        return [
            Column("when", lambda: QCoreApplication.translate("CallLog", "When"),
                   cached("when", lambda r: format_datetime(r.when_utc, r.timezone)), "when"),
            Column("direction", lambda: QCoreApplication.translate("CallLog", "Direction"), lambda r: direction_text(r.direction), "direction"),
            Column("caller", lambda: QCoreApplication.translate("CallLog", "Caller"), caller_text, "name", foreground=brush, font=font),
            Column("number", lambda: QCoreApplication.translate("CallLog", "Number"),
                   cached("number", lambda r: r.number_for_reading)),
            Column("for", lambda: QCoreApplication.translate("CallLog", "For"), lambda r: self.principal_names.get(r.principal_id, ""), "principal"),
            Column("message", lambda: QCoreApplication.translate("CallLog", "Message"), lambda r: r.message.replace("\n", " ")[:200],
                   tooltip=lambda r: r.message),
            Column("callback", lambda: QCoreApplication.translate("CallLog", "Call back by"),
                   cached("callback", self._callback), "callback", foreground=brush,
                   font=font),
            Column("status", lambda: QCoreApplication.translate("CallLog", "Status"), self._status, "status", foreground=brush, font=font),
        ]

    def refresh(self) -> None:
        self.now = datetime.now(UTC)
        super().refresh()

    def call_at(self, row: int) -> CallRow | None:
        return self.row_at(row)
