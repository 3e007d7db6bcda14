"""A whole day at the desk in ONE main window, keyboard first: 20 calls through Ctrl+L (menu, shortcut, tray,
Today's button; some saved, some cancelled), a booking through find a time, a trip with a hotel, an outing with a
EUR expense, the language switched live between them — the database and the Today page checked after each step.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from opsassistant.db.models import Call, Event, Expense, OutingParticipant, Trip, TripSegment
from opsassistant.gui.calls.quick_entry import current_quick_entry
from opsassistant.gui.language_switch import set_language
from opsassistant.gui.tray import Tray
from opsassistant.services.outings import editing as outing_editing

ROOT = Path(__file__).resolve().parents[2]
CPH = ZoneInfo("Europe/Copenhagen")


def _today_texts(window) -> list[str]:
    lst = window.panel("today").ui.callbacksList
    return [lst.item(r).text() for r in range(lst.count())]


def _activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _open_quick_entry(qtbot, window, way: str):
    _activate(qtbot, window)
    if way == "shortcut":
        qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif way == "menu":
        window.log_call_action.trigger()
    elif way == "tray":
        window._day_tray.log_call()
    else:  # Today's own button
        window.show_area("today")
        qtbot.mouseClick(window.panel("today").ui.logCallButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: current_quick_entry() is not None)
    dialog = current_quick_entry()
    assert not dialog.isModal()  # the window (and its language menu) stays usable
    _activate(qtbot, dialog)
    return dialog


def _log_calls(qtbot, window, numbers: range) -> None:
    ways = ("shortcut", "menu", "tray", "button")
    for n in numbers:
        saved_before = Call.select().count()
        dialog = _open_quick_entry(qtbot, window, ways[n % 4])
        edit = dialog.ui.callerEdit
        assert QApplication.focusWidget() is edit
        if n % 5 == 4:  # cancelled: Esc on an empty form closes at once
            qtbot.keyClick(edit, Qt.Key.Key_Escape)
            qtbot.waitUntil(lambda: current_quick_entry() is None)
            assert Call.select().count() == saved_before
            continue
        qtbot.keyClicks(edit, f"+45 70 10 20 {n:02d}")
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), f"Besked nr. {n}")
        dialog.ui.callbackCombo.setFocus()
        qtbot.keyClick(dialog.ui.callbackCombo, Qt.Key.Key_Down)  # "in an hour": a call-back
        qtbot.keyClick(dialog.ui.callbackCombo, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: current_quick_entry() is None)
        assert Call.select().count() == saved_before + 1
        assert Call.select().order_by(Call.id.desc()).get().message == f"Besked nr. {n}"
        if window.current_area() != "today":
            window.show_area("today")
        qtbot.waitUntil(lambda n=n: any(f"Besked nr. {n}" in t for t in _today_texts(window)), timeout=3000)


@pytest.fixture
def day(executive, team_member, main_window, monkeypatch):  # people first: no first-start page
    main_window._day_tray = Tray(main_window)
    main_window.show_area("today")
    return main_window


def test_a_whole_day_in_one_window(qtbot, day, executive, team_member):
    window = day
    saved = sum(1 for n in range(20) if n % 5 != 4)

    # the morning: eight calls, two of them cancelled
    _log_calls(qtbot, window, range(8))
    assert Call.select().count() == sum(1 for n in range(8) if n % 5 != 4)

    # Danish, live, with the quick entry open
    dialog = _open_quick_entry(qtbot, window, "menu")
    window.danish_action.trigger()
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Registrér opkald")  # retranslated live, while open
    assert window.windowTitle().startswith("I dag")
    qtbot.keyClick(dialog.ui.callerEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: current_quick_entry() is None)

    # a booking through find a time: Ctrl+3, the keyboard in the week, both people, 90 minutes
    _activate(qtbot, window)
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    calendar = window.panel("calendar")
    assert window.current_area() == "calendar"
    assert QApplication.focusWidget() is calendar.main_view()  # not the area list: PgDn pages the calendar
    anchor = calendar.anchor
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert window.current_area() == "calendar" and calendar.anchor > anchor
    finder = calendar.find_a_time()
    finder.after = datetime.combine(calendar.anchor, datetime.min.time(), CPH) + timedelta(hours=7)
    for row in range(finder.ui.principalList.count()):
        finder.ui.principalList.item(row).setCheckState(Qt.CheckState.Checked)
    finder.ui.durationSpin.setValue(90)
    qtbot.mouseClick(finder.ui.searchButton, Qt.MouseButton.LeftButton)
    start, _end = finder.ui.slotList.item(0).data(Qt.ItemDataRole.UserRole)
    finder.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    editor = calendar.editor
    _activate(qtbot, editor)
    assert QApplication.focusWidget() is editor.ui.titleEdit
    qtbot.keyClicks(editor.ui.titleEdit, "Strategimøde")
    qtbot.keyClick(editor.ui.titleEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not editor.isVisible())
    event = Event.get(Event.title == "Strategimøde")
    assert event.start_utc == start.astimezone(ZoneInfo("UTC"))
    assert event.end_utc - event.start_utc == timedelta(minutes=90)
    assert {link.principal_id for link in event.principal_links} == {executive.id, team_member.id}

    # more calls, in Danish
    _log_calls(qtbot, window, range(8, 14))

    # a trip, its dates typed the Danish way, and a hotel of at least one night
    window.show_area("travel")
    travel = window.panel("travel")
    trip_editor = travel.new_item()
    _activate(qtbot, trip_editor)
    qtbot.keyClicks(trip_editor.ui.titleEdit, "Aarhus")
    trip_editor.ui.startDateEdit.setFocus()
    qtbot.keyClicks(trip_editor.ui.startDateEdit.edit, "3.12.2026")
    qtbot.keyClick(trip_editor.ui.startDateEdit.edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "4.12.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not trip_editor.isVisible())
    trip = Trip.get(Trip.title == "Aarhus")
    assert (trip.start_date.isoformat(), trip.end_date.isoformat()) == ("2026-12-03", "2026-12-04")
    travel.select_record(trip.id)
    segment = travel.add_segment()
    segment.ui.kindCombo.setCurrentIndex(segment.ui.kindCombo.findData("hotel"))
    qtbot.keyClicks(segment.ui.fromPlaceEdit, "Hotel Royal")
    segment.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not segment.isVisible())
    hotel = TripSegment.get(TripSegment.kind == "hotel")
    assert (hotel.end_utc - hotel.start_utc) >= timedelta(hours=12)  # check-out the next day, not 0 nights

    # back to English, live
    window.english_action.trigger()

    # an outing with two participants at once and a EUR expense that needs its rate
    outing = outing_editing.save(outing_editing.OutingData(
        title="Julefrokost", start=datetime(2026, 12, 11, 12, tzinfo=CPH), end=datetime(2026, 12, 11, 18, tzinfo=CPH)))
    window.show_area("outings")
    outings = window.panel("outings")
    outings.select_record(outing.id)
    outings.edit_participant(None)
    people = outings.active_dialog
    qtbot.keyClicks(people.ui.nameEdit, "a")  # Karen Holm, Mads Kjær
    lst = people.ui.severalList
    assert lst.count() >= 2
    for row in range(lst.count()):
        lst.item(row).setCheckState(Qt.CheckState.Checked)
    if people.completer.popup().isVisible():
        qtbot.keyClick(people.completer.popup(), Qt.Key.Key_Escape)
    people.ui.nameEdit.clear()
    people.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: outings.active_dialog is None)
    assert OutingParticipant.select().where(OutingParticipant.outing == outing.id).count() >= 2
    outings.edit_expense(None)
    expense = outings.active_dialog
    ui = expense.ui
    qtbot.keyClicks(ui.descriptionEdit, "Vin")
    qtbot.keyClicks(ui.amountEdit, "120,50")
    ui.currencyEdit.selectAll()
    qtbot.keyClicks(ui.currencyEdit, "EUR")
    assert ui.rateEdit.text() == "" and "required" in ui.rateHint.text()  # never a silent 1
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert expense.isVisible() and ui.rateError.isVisible() and Expense.select().count() == 0
    qtbot.keyClicks(ui.rateEdit, "7,46")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: outings.active_dialog is None)
    line = Expense.get()
    assert (line.currency, line.amount_minor, str(line.exchange_rate)) == ("EUR", 12050, "7.46")

    # the afternoon's calls, the last in English
    _log_calls(qtbot, window, range(14, 20))
    assert Call.select().count() == saved
    assert sum("Besked nr." in t for t in _today_texts(window)) == saved


def test_a_call_logged_by_another_process_shows_on_today(qtbot, day, db_path):
    window = day
    assert not any("Fra softphone" in t for t in _today_texts(window))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "opsassistant", "--database", str(db_path), "log-call",
                           "--number", "+45 70 11 22 33", "--name", "Jens Berg", "--message", "Fra softphone",
                           "--callback-by", (datetime.now(CPH) + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M")],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: any("Fra softphone" in t for t in _today_texts(window)), timeout=10000)


def test_the_second_language_follows_an_area_built_later(qtbot, day):
    window = day
    set_language("da", remember=False)
    window.show_area("calls")  # built after the switch, refreshed when shown
    assert window.windowTitle().startswith("Opkald")


def test_ctrl_1_to_6_put_the_keyboard_in_the_area(qtbot, day):
    from opsassistant.services.contacts import editing as contact_editing
    from opsassistant.services.contacts.editing import ContactData

    window = day
    contact_editing.save(ContactData(first_name="Søren", last_name="Østergaard"))
    expected = {"today": "appointmentsList", "contacts": "contactTable", "calls": "table",
                "outings": "outingTable", "travel": "tripList"}
    for number, key in enumerate(("today", "contacts", "calendar", "calls", "outings", "travel"), start=1):
        _activate(qtbot, window)
        qtbot.keyClick(QApplication.focusWidget() or window.nav, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == key
        focus = QApplication.focusWidget()
        assert focus is window.panel(key).main_view() and focus is not window.nav
        if key in expected:
            assert focus.objectName() == expected[key]
