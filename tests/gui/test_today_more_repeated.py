"""The Today page's "N more in the calendar…" item, used five times in a row while another process writes.

Each round a separate ``opsassistant import`` process adds appointments to today; the running window must see
them (the database watcher), count the hidden ones right, say so in the language shown, and open the calendar on
today from the item, however far the calendar was moved away in between.
"""

import subprocess
import sys
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import Qt


def _texts(widget):
    return [widget.item(row).text() for row in range(widget.count())]


def _write_ics(path, day, zone, first, count):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//other process//EN"]
    for n in range(first, first + count):
        start = datetime.combine(day, time(18), zone) + timedelta(minutes=n)
        stamp = start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        end = (start + timedelta(minutes=1)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        lines += ["BEGIN:VEVENT", f"UID:other-{n}@test", f"DTSTAMP:{stamp}", f"DTSTART:{stamp}", f"DTEND:{end}",
                  f"SUMMARY:Late call {n:03d}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


def test_more_item_five_times_with_another_process_writing(qtbot, main_window, db, db_path, tmp_path):
    from opsassistant.services import principals
    from opsassistant.services.calendar import editing
    from opsassistant.services.today import APPOINTMENTS_SHOWN

    zone = principals.home_zone(principals.executive())
    day = datetime.now(UTC).astimezone(zone).date()
    first = datetime.combine(day, time(7), zone)
    for i in range(APPOINTMENTS_SHOWN + 1):
        start = first + timedelta(minutes=5 * i)
        editing.create(editing.EventData(title=f"Meeting {i:03d}", start=start, end=start + timedelta(minutes=5)))
    main_window.activateWindow()  # the area shortcuts are the window's: in a real X server it must be active
    qtbot.waitUntil(main_window.isActiveWindow)
    today = main_window.panel("today")
    calendar = main_window.panel("calendar")
    appointments = today.ui.appointmentsList
    today.refresh()
    assert _texts(appointments)[-1] == "1 more in the calendar…"
    added = 0
    for round_ in range(1, 6):
        source = tmp_path / f"round-{round_}.ics"
        _write_ics(source, day, zone, added, 3)
        done = subprocess.run([sys.executable, "-m", "opsassistant", "--database", str(db_path), "import",
                               str(source)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        added += 3
        hidden = 1 + added
        stored = db.execute_sql("SELECT count(*) FROM event WHERE deleted_at IS NULL").fetchone()[0]
        assert stored == APPOINTMENTS_SHOWN + hidden
        danish = round_ % 2 == 0
        if danish:
            main_window.danish_action.trigger()
        expected = f"{hidden} mere i kalenderen…" if danish else f"{hidden} more in the calendar…"
        qtbot.waitUntil(lambda expected=expected: _texts(appointments)[-1] == expected, timeout=10_000)
        assert len(_texts(appointments)) == APPOINTMENTS_SHOWN + 1
        calendar.go_to(day + timedelta(days=30 + 7 * round_))
        assert day not in calendar.shown_days()
        appointments.setCurrentRow(APPOINTMENTS_SHOWN)
        qtbot.keyClick(appointments, Qt.Key.Key_Return)
        assert main_window.current_area() == "calendar"
        assert calendar.anchor == day
        assert day in calendar.shown_days()
        qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_area() == "today"
        if danish:
            main_window.english_action.trigger()
            qtbot.waitUntil(lambda hidden=hidden: _texts(appointments)[-1] == f"{hidden} more in the calendar…")
