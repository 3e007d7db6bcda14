"""After another process imports many series, the calendar panel expands them on a worker thread: it shows what
the materialised rows hold at once, the GUI thread keeps handling events meanwhile, and the series show when
the worker is done."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer

from opsassistant.gui.calendar.panel import CalendarPanel
from opsassistant.services.calendar import editing, occurrences, occurrences_index
from opsassistant.services.calendar.editing import EventData

CPH = ZoneInfo("Europe/Copenhagen")
SERIES = 240


def _week() -> tuple[date, datetime, datetime]:
    monday = date.today() - timedelta(days=date.today().weekday())
    return monday, datetime.combine(monday, time(), CPH), datetime.combine(monday + timedelta(days=7), time(), CPH)


def _ics(path, first: date) -> None:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for number in range(SERIES):
        day = first - timedelta(days=7 * (number % 20)) + timedelta(days=number % 5)
        start = datetime.combine(day, time(8 + number % 9, 15 * (number % 4)))
        lines += ["BEGIN:VEVENT", f"UID:series-{number}@test", "DTSTAMP:20260101T000000Z",
                  f"SUMMARY:Ugemøde {number}", f"DTSTART;TZID=Europe/Copenhagen:{start:%Y%m%dT%H%M%S}",
                  f"DTEND;TZID=Europe/Copenhagen:{start + timedelta(minutes=30):%Y%m%dT%H%M%S}",
                  "RRULE:FREQ=WEEKLY;COUNT=60", "END:VEVENT"]
    path.write_text("\r\n".join([*lines, "END:VCALENDAR", ""]), encoding="utf-8")


def test_series_imported_by_another_process_are_expanded_off_the_gui_thread(qtbot, db, db_path, executive,
                                                                               tmp_path):
    monday, start, end = _week()
    lunch = datetime.combine(monday + timedelta(days=1), time(12), CPH)
    editing.create(EventData(title="Frokost", start=lunch, end=lunch + timedelta(hours=1)))
    panel = CalendarPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 800)
    panel.show()
    panel.set_view("week")
    panel.go_to(monday)
    assert [o.title for o in panel.shown] == ["Frokost"]
    ics = tmp_path / "series.ics"
    _ics(ics, monday)
    done = subprocess.run([sys.executable, "-m", "opsassistant", "--database", str(db_path), "import", str(ics)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert occurrences_index.waiting(end) >= SERIES > occurrences_index.BACKGROUND_OVER
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1) if panel.index_refreshing() else None)
    timer.start()
    panel.refresh()  # what the main window's database watcher calls after the other process's write
    assert panel.index_refreshing()
    assert [o.title for o in panel.shown] == ["Frokost"]  # the rows hold none of the new series yet
    qtbot.waitUntil(lambda: not panel.index_refreshing(), timeout=120_000)
    timer.stop()
    assert ticks  # the GUI thread went on handling events while the worker expanded (a tick while it ran)
    titles = [o.title for o in panel.shown]
    assert len(titles) == SERIES + 1 and "Frokost" in titles
    assert {t for t in titles if t.startswith("Ugemøde")} == {f"Ugemøde {n}" for n in range(SERIES)}
    assert occurrences_index.waiting(end) == 0  # the worker stored them: later reads are SQL
    assert [(o.event_id, o.start) for o in panel.shown] == [(o.event_id, o.start)
                                                           for o in occurrences.between(start, end)]
    drawn = panel.time_view.grab()
    assert not drawn.isNull()


def test_a_few_waiting_series_are_expanded_at_once(qtbot, db, executive):
    monday, start, end = _week()
    panel = CalendarPanel()
    qtbot.addWidget(panel)
    panel.set_view("week")
    panel.go_to(monday)
    at = datetime.combine(monday, time(9), CPH)
    editing.create(EventData(title="Standup", start=at, end=at + timedelta(minutes=15), rrule="FREQ=DAILY"))
    panel.refresh()
    assert not panel.index_refreshing()
    assert [o.title for o in panel.shown] == ["Standup"] * 7
