"""Fills the timeline tree: one header row per local date, one row per segment, check-out and layover."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from opsassistant.i18n.formatting import (
    format_duration,
    format_full_date,
    format_time,
    timezone_name,
    utc_offset_label,
)
from opsassistant.services.travel import airports, timeline
from opsassistant.services.travel.segments import kind_label

SegmentRole = Qt.ItemDataRole.UserRole


def zone_label(zone: str, moment) -> str:
    return f"{timezone_name(zone, moment)} {utc_offset_label(zone, moment)}"


def headline(entry: timeline.Entry) -> str:
    leg = entry.segment
    if entry.kind == "layover":
        place = airports.localize_city(entry.place, entry.zone)
        return QCoreApplication.translate("TravelPanel", "Layover in %1").replace("%1", place)
    if entry.kind == "checkout":
        return QCoreApplication.translate("TravelPanel", "Check-out: %1").replace("%1", leg.from_place)
    kind = kind_label(leg.kind)
    if leg.kind == "hotel":
        return QCoreApplication.translate("TravelPanel", "Check-in: %1").replace("%1", leg.from_place)
    if leg.kind in ("flight", "train", "car", "transfer"):
        route = " → ".join(p for p in (leg.from_code or leg.from_place, leg.to_code or leg.to_place) if p)
        number = " ".join(p for p in (leg.carrier, leg.number) if p)
        return " ".join(p for p in (kind, number, route) if p)
    return f"{kind}: {leg.title or leg.from_place}"


def local_text(entry: timeline.Entry) -> str:
    text = format_time(entry.start)
    if entry.kind == "checkout":
        return text
    if entry.end is not None and (entry.kind == "layover" or entry.segment.kind != "hotel"):
        shift = timeline.day_shift_label(entry.day_shift)
        text += f" → {format_time(entry.end)}" + (f" ({shift})" if shift else "")
    return text


def home_text(entry: timeline.Entry) -> str:
    text = format_time(entry.home(entry.start))
    if entry.end is not None and entry.kind != "checkout" and (entry.segment is None or entry.segment.kind != "hotel"):
        text += f" → {format_time(entry.home(entry.end))}"
    return text


def fill(tree: QTreeWidget, line: timeline.Timeline) -> None:
    tree.clear()
    bold = QFont(tree.font())
    bold.setBold(True)
    for day in line.days:
        first = day.entries[0].at
        title = f"{format_full_date(day.date)} · {zone_label(day.zone, first)}"
        header = QTreeWidgetItem([title[:1].upper() + title[1:]])
        header.setFont(0, bold)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        tree.addTopLevelItem(header)
        header.setFirstColumnSpanned(True)  # only works once the item is in the tree
        for entry in day.entries:
            details = headline(entry)
            if entry.kind == "segment" and entry.zone_changes:
                details += f"  [{zone_label(entry.segment.start_timezone, entry.start)} → " \
                           f"{zone_label(entry.segment.end_timezone, entry.end)}]"
            elif entry.kind != "layover":
                zone = entry.segment.end_timezone if entry.kind == "checkout" else entry.segment.start_timezone
                details += f"  [{zone_label(zone, entry.start)}]"
            if entry.segment is not None and entry.segment.booking_reference and entry.kind == "segment":
                details += "  · " + QCoreApplication.translate("TravelPanel", "Booking reference: %1").replace("%1", entry.segment.booking_reference)
            duration = format_duration(entry.duration) if entry.duration and (
                entry.segment is None or entry.segment.kind != "hotel") else ""
            row = QTreeWidgetItem([local_text(entry), details, duration, home_text(entry)])
            if entry.segment is not None:
                row.setData(0, SegmentRole, entry.segment.id)
            if entry.kind == "layover":
                row.setForeground(1, QBrush(QColor("#7f8c8d")))
            row.setToolTip(1, details)
            header.addChild(row)
        header.setExpanded(True)
    _fit_columns(tree)


def _fit_columns(tree: QTreeWidget) -> None:
    """Size the time columns to their rows (not to the spanned day headers); "What" takes the rest."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    metrics = tree.fontMetrics()
    for column in (0, 2, 3):
        widest = metrics.horizontalAdvance(tree.headerItem().text(column))
        for top in range(tree.topLevelItemCount()):
            day = tree.topLevelItem(top)
            for row in range(day.childCount()):
                widest = max(widest, metrics.horizontalAdvance(day.child(row).text(column)))
        indent = 2 * tree.indentation() if column == 0 else 0
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        tree.setColumnWidth(column, widest + indent + 24)
