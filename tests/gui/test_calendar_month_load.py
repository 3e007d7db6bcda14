"""The month view loads as many occurrences per day as its cells show, counts the rest ("+N"), and loads more
when the window grows."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt

from opsassistant.gui.calendar.panel import CalendarPanel
from opsassistant.services.calendar import editing
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")
DAY = date(2026, 4, 15)


def test_a_busy_day_shows_what_fits_and_counts_the_rest(qtbot, db, executive):
    for number in range(30):
        at = datetime.combine(DAY, time(7), CPH) + timedelta(minutes=20 * number)
        editing.create(EventData(title=f"Møde {number:02}", start=at, end=at + timedelta(minutes=15)))
    editing.create(EventData(title="Konference", all_day=True, start_date=DAY, end_date=DAY + timedelta(days=1)))
    panel = CalendarPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.set_view("month")
    panel.go_to(DAY)
    view = panel.month_view
    room = view.room()
    assert 1 < room < 31
    assert view.counts[DAY] == 31
    assert [o.title for o in view.cells[DAY]] == ["Konference"] + [f"Møde {n:02}" for n in range(room - 1)]
    assert len(panel.shown) == room  # built: what the cell shows, not the whole day
    view.grab()  # painted with "+N"
    hits = [occ.title for _box, occ in view._hits]
    assert hits == ["Konference"] + [f"Møde {n:02}" for n in range(room - 2)]
    panel.resize(1200, 1400)  # taller cells: the month is read again for them
    qtbot.waitUntil(lambda: view.room() > room and view.loaded_room == view.room())
    assert [o.title for o in view.cells[DAY]][:room + 1] == ["Konference"] + [f"Møde {n:02}" for n in range(room)]


def test_month_after_month_shows_what_another_process_just_wrote(qtbot, db, db_path, executive):
    """Five rounds of Next and Previous in the month view, a rename in between by another process or through the
    service each round: every month shown has the series' name as it stands now (the masters the grid keeps
    between months never outlive a write)."""
    import subprocess
    import sys

    at = datetime.combine(DAY.replace(day=1), time(9), CPH)
    weekly = editing.create(EventData(title="Ugemøde 0", start=at, end=at + timedelta(hours=1),
                                      rrule="FREQ=WEEKLY"))
    panel = CalendarPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    panel.set_view("month")
    panel.go_to(DAY)
    view = panel.month_view

    def titles() -> set[str]:
        return {o.title for cell in view.cells.values() for o in cell}

    assert titles() == {"Ugemøde 0"}
    rename = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
              "c.execute('UPDATE event SET title = ?, change_count = change_count + 1 WHERE id = ?', "
              "(sys.argv[2], int(sys.argv[3]))); c.commit()")
    for round_ in range(1, 6):
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
        assert titles() == {f"Ugemøde {round_ - 1}"}
        title = f"Ugemøde {round_}"
        if round_ % 2:
            subprocess.run([sys.executable, "-c", rename, str(db_path), title, str(weekly.id)], check=True)
        else:
            editing.update(weekly.id, EventData(title=title, start=at, end=at + timedelta(hours=1),
                                                rrule="FREQ=WEEKLY"))
        qtbot.mouseClick(panel.prev_button, Qt.MouseButton.LeftButton)
        assert titles() == {title}, round_
        view.grab()
        assert {occ.title for _box, occ in view._hits} == {title}
