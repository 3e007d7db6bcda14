"""A crowded day in the time grid: at most as many lanes as the column can show, the rest behind a "+N" chip."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from opsassistant.gui.calendar.time_view import MIN_LANE
from opsassistant.services.calendar import editing
from opsassistant.services.calendar.editing import EventData
from tests.gui.conftest import CALENDAR_MONDAY

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = CALENDAR_MONDAY
TUESDAY = MONDAY + timedelta(days=1)


@pytest.fixture
def panel(calendar_week_panel):
    return calendar_week_panel


def _book(executive, count: int, day: date = TUESDAY) -> None:
    for number in range(count):
        start = datetime(day.year, day.month, day.day, 9, tzinfo=CPH) + timedelta(minutes=number % 4 * 15)
        editing.create(EventData(title=f"Møde {number}", start=start, end=start + timedelta(hours=1),
                                 principal_ids=[executive.id]))


def _click(widget, pos) -> None:
    for kind in (QMouseEvent.Type.MouseButtonPress, QMouseEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton if kind == QMouseEvent.Type.MouseButtonPress
                            else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def test_two_hundred_overlapping_show_what_fits_and_a_chip_with_the_rest(qtbot, panel, executive):
    _book(executive, 200)
    panel.refresh()
    view = panel.time_view
    view.scroll_to(8 * 60)
    lanes = int((view._day_width() - 4) // MIN_LANE)
    assert 2 <= lanes < 200
    tuesday = [block for block in view.blocks if block.day == 1]
    (more,) = view.mores
    assert len(tuesday) == lanes - 1 and {block.column for block in tuesday} == set(range(lanes - 1))
    assert more.count == 200 - len(tuesday) and more.column == lanes - 1
    assert all(view.block_rect(block).width() >= MIN_LANE - 2 for block in tuesday)
    _click(view, view.block_rect(more).center().toPoint())
    assert panel.view == "day" and panel.anchor == TUESDAY  # where the month's "+N" day goes
    assert panel.stack.currentWidget() is view
    (more,) = view.mores
    wider = int((view._day_width() - 4) // MIN_LANE)
    assert wider > lanes and more.count == 200 - (wider - 1) == 200 - len(view.blocks)
    _click(view, view.block_rect(more).center().toPoint())
    assert panel.view == "agenda" and panel.stack.currentWidget() is panel.agenda_view  # the whole list of that day


def test_three_overlapping_stay_side_by_side(qtbot, panel, executive):
    _book(executive, 3)
    panel.refresh()
    view = panel.time_view
    assert view.mores == []
    assert sorted(block.column for block in view.blocks) == [0, 1, 2]
    assert {block.columns for block in view.blocks} == {3}


def test_narrowing_the_window_moves_appointments_behind_the_chip(qtbot, panel, executive):
    _book(executive, 12)
    panel.refresh()
    view = panel.time_view
    panel.resize(2400, 800)
    QApplication.processEvents()
    wide = len(view.blocks)
    panel.resize(900, 800)
    QApplication.processEvents()
    (more,) = view.mores
    assert len(view.blocks) < wide and len(view.blocks) + more.count == 12


def test_all_day_bars_take_the_lowest_row_free_on_their_first_day(qtbot, panel, executive):
    for title, first, days in (("Kursus", MONDAY, 3), ("Messe", TUESDAY, 3), ("Ferie", MONDAY + timedelta(days=3), 2)):
        editing.create(EventData(title=title, all_day=True, start_date=first, end_date=first + timedelta(days=days),
                                 principal_ids=[executive.id]))
    panel.refresh()
    rows = {bar.occ.title: (bar.first, bar.last, bar.row) for bar in panel.time_view.bars}
    assert rows == {"Kursus": (0, 2, 0), "Messe": (1, 3, 1), "Ferie": (3, 4, 0)}  # row 0 is free again on Thursday
