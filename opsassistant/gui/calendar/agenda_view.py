"""Agenda (list) view: the coming days, one heading per day with its holiday, then each appointment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from opsassistant.gui.calendar.panel_text import full_date_with_week
from opsassistant.i18n.formatting import format_time
from opsassistant.services.calendar.occurrences import Occurrence, home_zone, zone

OCC_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaView(QTreeWidget):
    open_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)

    def set_headers(self, labels: list[str]) -> None:
        self.setHeaderLabels(labels)

    def set_data(self, days: list[date], items: list[Occurrence], holidays: dict[date, str], names: dict[int, str],
                 all_day_text: str, empty_text: str) -> None:
        self.clear()
        by_day: dict[date, list[Occurrence]] = {}
        tz = zone(home_zone())
        for occ in items:
            start = occ.start_date if occ.all_day else occ.start.astimezone(tz).date()
            by_day.setdefault(max(start, days[0]), []).append(occ)
        bold = QFont(self.font())
        bold.setBold(True)
        for day in days:
            if day not in by_day and day not in holidays:
                continue
            title = full_date_with_week(day) + (f" · {holidays[day]}" if day in holidays else "")
            heading = QTreeWidgetItem([title, "", "", ""])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if day in holidays:
                heading.setForeground(0, QBrush(QColor("#b03030")))
            self.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)  # the day heading runs across; only works once in the tree
            for occ in by_day.get(day, []):
                when = all_day_text if occ.all_day else (
                    f"{format_time(occ.start.astimezone(tz))}–{format_time(occ.end.astimezone(tz))}")
                who = ", ".join(names.get(i, "") for i in occ.principal_ids)
                item = QTreeWidgetItem([f"    {when}", occ.title, occ.location, who])
                item.setData(0, OCC_ROLE, occ)
                self.addTopLevelItem(item)
        if self.topLevelItemCount() == 0:
            item = QTreeWidgetItem([empty_text])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Times, places and people sized to their rows (not to the spanned day headings, capped so long places
        elide); the appointment takes the rest, so the list fits without a horizontal scrollbar."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        caps = {0: 200, 2: 260, 3: 220}
        for column, cap in caps.items():
            widest = metrics.horizontalAdvance(self.headerItem().text(column))
            for row in range(self.topLevelItemCount()):
                item = self.topLevelItem(row)
                if item.data(0, OCC_ROLE) is not None:
                    widest = max(widest, metrics.horizontalAdvance(item.text(column)))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, min(cap, widest + 24))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        occ = item.data(0, OCC_ROLE)
        if occ is not None:
            self.open_requested.emit(occ)
