from datetime import date

from PySide6.QtCore import Qt

from opsassistant.gui.areas import AREAS


def test_areas_switch_with_ctrl_and_a_number(qtbot, main_window):
    main_window.activateWindow()  # the shortcuts are the window's: in a real X server it must be active
    qtbot.waitUntil(main_window.isActiveWindow)
    for number, area in enumerate(AREAS, start=1):
        qtbot.keyClick(main_window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_area() == area.key
        assert main_window.stack.currentWidget() is main_window.panel(area.key)
        assert main_window.nav.currentRow() == number - 1


def test_today_is_the_landing_page(main_window):
    assert main_window.current_area() == "today"
    today = main_window.panel("today")
    assert str(date.today().isocalendar().week) in today.ui.dateLabel.text()


def test_live_language_switch_changes_menus_headers_and_dates(qtbot, main_window):
    main_window.show_area("contacts")
    contacts = main_window.panel("contacts")
    main_window.danish_action.trigger()
    try:
        qtbot.waitUntil(lambda: main_window.file_menu.title() == "&Filer")
        assert main_window.nav.item(1).text() == "Kontakter"
        today = main_window.panel("today")
        weekdays_da = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
        assert today.ui.dateLabel.text().lower().startswith(weekdays_da)
        assert "uge" in today.ui.dateLabel.text()
        from PySide6.QtWidgets import QTableView

        headers = set()
        for view in contacts.findChildren(QTableView):
            model = view.model()
            headers |= {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
        assert "Navn" in headers and "Name" not in headers
    finally:
        main_window.english_action.trigger()
    qtbot.waitUntil(lambda: main_window.file_menu.title() == "&File")


def test_language_choice_is_remembered(qtbot, main_window):
    from opsassistant.i18n.preferences import saved_language

    main_window.danish_action.trigger()
    assert saved_language() == "da"
    main_window.english_action.trigger()
    assert saved_language() == "en"


def test_window_geometry_and_last_area_are_remembered(qtbot, db, db_path):
    from opsassistant.gui.main_window import MainWindow
    from opsassistant.i18n.preferences import settings

    first = MainWindow(db_path)
    qtbot.addWidget(first)
    first.show()
    first.show_area("calls")
    first.resize(first.width(), 700)
    qtbot.waitUntil(lambda: first.height() == 700)
    first.close()
    assert settings().value("window/geometry") == first.saveGeometry()
    second = MainWindow(db_path)
    qtbot.addWidget(second)
    second.show()
    assert second.current_area() == "calls"
    assert second.height() == 700


def test_frequent_actions_have_standard_shortcuts(main_window):
    menus = [a.menu() for a in main_window.menuBar().actions()]
    without = sorted(action.objectName() for menu in menus for action in menu.actions()
                     if not action.isSeparator() and action.menu() is None and action.shortcut().isEmpty())
    # Only the rare ones are left to the menu's mnemonics.
    assert without == ["aboutAction", "accountsAction", "firstStartAction", "restoreAction"]
    assert main_window.new_action.shortcut().toString() == "Ctrl+N"
    assert main_window.log_call_action.shortcut().toString() == "Ctrl+L"
    assert main_window.find_action.shortcut().toString() == "Ctrl+F"


def test_the_current_areas_reports_are_in_the_file_menu(main_window):
    def file_menu_texts():
        return [a.text() for a in main_window.file_menu.actions()]

    main_window.show_area("contacts")
    assert "Phone list…" in file_menu_texts()
    main_window.show_area("travel")
    assert "Itinerary…" in file_menu_texts() and "Phone list…" not in file_menu_texts()
    main_window.show_area("today")
    assert "Itinerary…" not in file_menu_texts()


def test_today_lists_open_callbacks_and_caps_a_long_list(qtbot, main_window):
    from datetime import UTC, datetime, timedelta

    from opsassistant.db.models import Call, database
    from opsassistant.services.today import CALLBACKS_SHOWN

    now = datetime.now(UTC).replace(microsecond=0)
    with database.atomic():
        Call.insert_many([{"when_utc": now - timedelta(minutes=i), "typed_number": f"2{i:07d}", "name": f"Caller {i}",
                           "please_call": True, "status": "open", "callback_by_utc": now + timedelta(hours=1)}
                          for i in range(CALLBACKS_SHOWN + 7)]).execute()
    today = main_window.panel("today")
    today.refresh()
    texts = [today.ui.callbacksList.item(row).text() for row in range(today.ui.callbacksList.count())]
    assert len(texts) == CALLBACKS_SHOWN + 1
    assert texts[-1] == "7 more in the call log…"
    today.ui.callbacksList.setCurrentRow(CALLBACKS_SHOWN)
    qtbot.keyClick(today.ui.callbacksList, Qt.Key.Key_Return)
    assert main_window.current_area() == "calls"


def test_no_shortcut_is_claimed_twice_in_any_area(qtbot, main_window):
    """Two owners of one key sequence in the same window make Qt fire neither (activatedAmbiguously)."""
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QWidget

    for area in AREAS:
        main_window.show_area(area.key)
        owners: dict[str, list[str]] = {}
        for action in main_window.findChildren(type(main_window.new_action)):
            widgets = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
            if not action.isEnabled() or not any(w.isVisible() or w is main_window for w in widgets):
                continue
            for key in action.shortcuts():
                owners.setdefault(key.toString(), []).append(action.objectName() or action.text())
        for shortcut in main_window.findChildren(QShortcut):
            parent = shortcut.parent()
            if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible():
                owners.setdefault(shortcut.key().toString(), []).append(f"QShortcut in {type(parent).__name__}")
        clashes = {key: who for key, who in owners.items() if key and len(who) > 1}
        assert clashes == {}, area.key


def test_reports_preselect_the_trip_shown_in_travel(qtbot, main_window, monkeypatch):
    from opsassistant.gui import report_dialog
    from opsassistant.services.demo import fill_demo

    fill_demo()
    main_window.show_area("travel")
    travel = main_window.panel("travel")
    travel.refresh()
    trip_id = travel.report_record()
    assert trip_id is not None
    main_window.activateWindow()  # the shortcuts are the window's: in a real X server it must be active
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    opened = [w for w in main_window.findChildren(report_dialog.ReportDialog) if w.isVisible()]
    assert opened and opened[0].kind() == "itinerary"
    assert opened[0].ui.tripCombo.currentData() == trip_id


def test_today_opens_its_items_in_their_area(qtbot, main_window):
    from opsassistant.services.demo import fill_demo

    fill_demo()
    today = main_window.panel("today")
    today.refresh()
    trips = today.ui.tripsList
    trips.setCurrentRow(1)
    area, trip_id = trips.currentItem().data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(trips, Qt.Key.Key_Return)
    assert main_window.current_area() == area == "travel"
    assert main_window.panel("travel").report_record() == trip_id
    main_window.show_area("today")
    callbacks = today.ui.callbacksList
    callbacks.setCurrentRow(2)
    _, call_id = callbacks.currentItem().data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(callbacks, Qt.Key.Key_Return)
    assert main_window.current_area() == "calls"
    assert main_window.panel("calls").current_call_id() == call_id
    main_window.show_area("today")
    appointments = today.ui.appointmentsList
    appointments.setCurrentRow(0)
    _, event_id = appointments.currentItem().data(Qt.ItemDataRole.UserRole + 1)
    qtbot.keyClick(appointments, Qt.Key.Key_Return)
    calendar = main_window.panel("calendar")
    assert main_window.current_area() == "calendar"
    assert calendar.selected is not None and calendar.selected.event_id == event_id


def _home_today():
    from datetime import UTC, datetime

    from opsassistant.services import principals

    zone = principals.home_zone(principals.executive())
    return datetime.now(UTC).astimezone(zone).date(), zone


def _texts(widget):
    return [widget.item(row).text() for row in range(widget.count())]


def test_today_caps_a_crowded_day_and_opens_the_calendar_on_it(qtbot, main_window):
    from datetime import datetime, time, timedelta

    from opsassistant.services.calendar import editing
    from opsassistant.services.today import APPOINTMENTS_SHOWN

    day, zone = _home_today()
    first = datetime.combine(day, time(7), zone)
    for i in range(APPOINTMENTS_SHOWN + 5):
        start = first + timedelta(minutes=5 * i)
        editing.create(editing.EventData(title=f"Meeting {i:03d}", start=start, end=start + timedelta(minutes=5)))
    today = main_window.panel("today")
    today.refresh()
    appointments = today.ui.appointmentsList
    texts = _texts(appointments)
    assert len(texts) == APPOINTMENTS_SHOWN + 1
    assert "Meeting 099" in texts[-2]
    assert texts[-1] == "5 more in the calendar…"
    main_window.danish_action.trigger()
    try:
        qtbot.waitUntil(lambda: _texts(appointments)[-1] == "5 mere i kalenderen…")
    finally:
        main_window.english_action.trigger()
    qtbot.waitUntil(lambda: _texts(appointments)[-1] == "5 more in the calendar…")
    calendar = main_window.panel("calendar")
    calendar.go_to(day + timedelta(days=40))
    appointments.setCurrentRow(APPOINTMENTS_SHOWN)
    qtbot.keyClick(appointments, Qt.Key.Key_Return)
    assert main_window.current_area() == "calendar"
    assert calendar.anchor == day
    assert day in calendar.shown_days()


def test_today_caps_a_week_of_birthdays_and_opens_the_contacts(qtbot, main_window):
    from datetime import timedelta

    from opsassistant.services.contacts import editing
    from opsassistant.services.today import BIRTHDAYS_SHOWN

    day, _zone = _home_today()
    for i in range(BIRTHDAYS_SHOWN + 5):
        born = (day + timedelta(days=i % 7)).replace(year=1980)  # a leap year: 29 February too
        editing.save(editing.ContactData(first_name=f"Guest{i:02d}", last_name="Berg", birthday=born))
    today = main_window.panel("today")
    today.refresh()
    birthdays = today.ui.birthdaysList
    texts = _texts(birthdays)
    assert len(texts) == BIRTHDAYS_SHOWN + 1
    assert texts[-1] == "5 more in the contacts…"
    main_window.danish_action.trigger()
    try:
        qtbot.waitUntil(lambda: _texts(birthdays)[-1] == "5 mere i kontakterne…")
    finally:
        main_window.english_action.trigger()
    qtbot.waitUntil(lambda: _texts(birthdays)[-1] == "5 more in the contacts…")
    birthdays.setCurrentRow(BIRTHDAYS_SHOWN)
    qtbot.keyClick(birthdays, Qt.Key.Key_Return)
    assert main_window.current_area() == "contacts"


def test_a_closed_window_stops_its_timers_and_reads_no_more(qtbot, main_window, monkeypatch):
    """Today's clock and the change watcher's poll stop on close: a window closed but not yet deleted (the
    bench's, a test's) must not query a database file that may already be gone."""
    from PySide6.QtCore import QTimer

    from opsassistant.gui.common import db_watcher
    from opsassistant.services import whereabouts

    reads: list[str] = []
    everyone, change_stamp = whereabouts.everyone, db_watcher.change_stamp
    monkeypatch.setattr(whereabouts, "everyone", lambda now: reads.append("strip") or everyone(now))
    monkeypatch.setattr(db_watcher, "change_stamp", lambda: reads.append("poll") or change_stamp())
    today = main_window.panel("today")
    today.clock.setInterval(20)
    main_window.watcher._timer.setInterval(20)
    qtbot.waitUntil(lambda: {"strip", "poll"} <= set(reads))  # both read while the window is open
    main_window.close()
    assert not today.clock.isActive()
    assert not main_window.watcher._timer.isActive()
    assert [t.objectName() or repr(t) for t in main_window.findChildren(QTimer) if t.isActive()] == []
    reads.clear()
    qtbot.wait(200)  # ten intervals of either timer
    assert reads == []
