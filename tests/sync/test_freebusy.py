"""Find a time with attendees who are not principals: their free/busy read from real Radicale and Xandikos.

A second client (the caldav library, as the attendee's own phone would) puts busy events into the attendee's
calendar; the dialog, driven with qtbot, must not suggest those times and must say per person where free/busy
could not be read."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from opsassistant.services.sync import accounts
from opsassistant.sync import engine, freebusy
from tests.sync.conftest import Server, _wait, free_port

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2026, 12, 7, 7, 0, tzinfo=CPH)  # before working hours (08:30–16:30)


def busy_event(uid: str, start: datetime, end: datetime, *, transparent: bool = False) -> str:
    stamp = "%Y%m%dT%H%M%SZ"
    return "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Phone//EN", "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20261201T000000Z", f"DTSTART:{start.astimezone(UTC).strftime(stamp)}",
        f"DTEND:{end.astimezone(UTC).strftime(stamp)}", "SUMMARY:Privat",
        *(["TRANSP:TRANSPARENT"] if transparent else []), "END:VEVENT", "END:VCALENDAR", ""])


def at(hour: int, minute: int = 0, day: datetime = MONDAY) -> datetime:
    return day.replace(hour=hour, minute=minute)


def fill_jens(calendar) -> None:
    """Jens is busy 08:30–11:00 and 11:30–12:00; 11:00–11:30 is too short for an hour."""
    calendar.save_event(busy_event("jens-1", at(8, 30), at(11)))
    calendar.save_event(busy_event("jens-2", at(11, 30), at(12)))
    calendar.save_event(busy_event("jens-3", at(12), at(13), transparent=True))  # free: not busy


@pytest.fixture
def dialog(qtbot, executive):
    from opsassistant.gui.calendar.find_time import FindTimeDialog

    def make():
        found = FindTimeDialog(None, [executive.id], after=MONDAY)
        qtbot.addWidget(found)
        found.show()
        qtbot.waitExposed(found)
        return found

    return make


def search(qtbot, dialog, attendees: str) -> list[tuple[datetime, datetime]]:
    dialog.ui.attendeesEdit.clear()
    qtbot.keyClicks(dialog.ui.attendeesEdit, attendees)
    qtbot.mouseClick(dialog.ui.searchButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.thread is None and dialog.ui.searchButton.isEnabled(), timeout=30000)
    widget = dialog.ui.slotList
    return [widget.item(r).data(Qt.ItemDataRole.UserRole) for r in range(widget.count())]


def overlaps(slots, start, end) -> bool:
    return any(s < end and e > start for s, e in slots)


def test_radicale_attendee_calendar_mapped_by_email(qtbot, radicale, executive, memory_keyring, dialog):
    jens_calendar = radicale.client().principal().make_calendar(name="Jens Hansen", cal_id="jens")
    fill_jens(jens_calendar)
    accounts.add("office", radicale.url, radicale.user, radicale.password)
    engine.discover("office")
    accounts.map_attendee("office", "Jens Hansen", "Jens@Example.com")

    window = dialog()
    before = search(qtbot, window, "")
    assert before[0][0] == at(8, 30)  # the executive alone is free from the start of her day

    slots = search(qtbot, window, "Jens Hansen <jens@example.com>, Ole Berg <ole@example.com>")
    assert slots[0] == (at(12), at(13))  # after Jens's busy morning; the transparent event is no hindrance
    assert not overlaps(slots, at(8, 30), at(11)) and not overlaps(slots, at(11, 30), at(12))
    reasons = window.ui.freeBusyLabel.text()
    assert "Free/busy read for Jens Hansen." in reasons
    assert "Ole Berg: the server offers no free/busy" in reasons  # Radicale has no scheduling outbox
    assert window.ui.freeBusyLabel.isVisible()
    answers = {a.email: a for a in window.answers}
    assert answers["ole@example.com"].problem == freebusy.NO_FREEBUSY and answers["jens@example.com"].busy
    from opsassistant.gui.language_switch import set_language

    set_language("da", remember=False)  # switched while the dialog is open: the reasons follow
    try:
        qtbot.waitUntil(lambda: "Ole Berg: serveren tilbyder ikke ledig/optaget" in window.ui.freeBusyLabel.text())
    finally:
        set_language("en", remember=False)
    qtbot.waitUntil(lambda: "Ole Berg: the server offers no free/busy" in window.ui.freeBusyLabel.text())

    radicale.stop()  # the server gone: said so, and the suggestion no longer knows Jens's busy times
    slots = search(qtbot, window, "Jens Hansen <jens@example.com>")
    assert "Jens Hansen: the calendar server could not be reached" in window.ui.freeBusyLabel.text()
    assert slots[0][0] == at(8, 30)


def test_a_contact_by_name_and_the_reasons_in_danish(qtbot, radicale, executive, memory_keyring, dialog):
    from opsassistant.db.models import Contact, ContactEmail
    from opsassistant.gui.language_switch import set_language

    contact = Contact.create(first_name="Jens", last_name="Hansen", display_name="Jens Hansen",
                             sort_name="Hansen Jens")
    ContactEmail.create(contact=contact, address="jens@example.com", position=0)
    fill_jens(radicale.client().principal().make_calendar(name="Jens", cal_id="jens"))
    accounts.add("office", radicale.url, radicale.user, radicale.password)
    engine.discover("office")
    accounts.map_attendee("office", "Jens", "jens@example.com")
    set_language("da", remember=False)
    try:
        window = dialog()
        slots = search(qtbot, window, "Jens Hansen, Bo Ny, ole@example.com")
        assert slots[0] == (at(12), at(13))
        reasons = window.ui.freeBusyLabel.text()
        assert "Ledig/optaget læst for Jens Hansen." in reasons
        assert "Bo Ny: ingen e-mailadresse, så ingen ledig/optaget-oplysninger" in reasons
        assert "ole@example.com: serveren tilbyder ikke ledig/optaget" in reasons
        window.grab().save("/tmp/find_time_da.png")
    finally:
        set_language("en", remember=False)


def start_xandikos_as(folder, email: str) -> Server:
    """Xandikos whose one principal has ``email`` in its calendar-user-address-set (from $EMAIL)."""
    port = free_port()
    log = folder / "xandikos.log"
    process = subprocess.Popen([sys.executable, "-m", "xandikos", "serve", "--defaults", "-d", str(folder / "data"),
                                "-l", "127.0.0.1", "-p", str(port), "--state-dir", str(folder / "state"),
                                "--no-detect-systemd"], stdout=log.open("w"), stderr=subprocess.STDOUT,
                               env=dict(os.environ, EMAIL=f"Jens Hansen <{email}>"))
    _wait(port, process, log)
    return Server("xandikos", f"http://127.0.0.1:{port}/", "user", "unused", process,
                  f"http://127.0.0.1:{port}/user/")


@pytest.fixture
def xandikos_jens(tmp_path_factory):
    server = start_xandikos_as(tmp_path_factory.mktemp("xandikos-fb"), "jens@example.com")
    yield server
    server.stop()


def test_xandikos_owner_address_and_its_outbox(qtbot, xandikos_jens, executive, memory_keyring, dialog):
    """No mapping: the account's principal has Jens's address (calendar-user-address-set); Ole is asked for
    through the RFC 6638 outbox, which answers 3.8 (no authority) for him."""
    fill_jens(xandikos_jens.client().principal().calendars()[0])
    accounts.add("jens", xandikos_jens.url, xandikos_jens.user, xandikos_jens.password)
    engine.discover("jens")

    window = dialog()
    slots = search(qtbot, window, "Jens Hansen <jens@example.com>; Ole Berg <ole@example.com>")
    assert slots[0] == (at(12), at(13))
    assert not overlaps(slots, at(8, 30), at(11)) and not overlaps(slots, at(11, 30), at(12))
    reasons = window.ui.freeBusyLabel.text()
    assert "Free/busy read for Jens Hansen." in reasons and "Ole Berg: the server offers no free/busy" in reasons
    ole = next(a for a in window.answers if a.email == "ole@example.com")
    assert ole.detail.startswith("3.8")


def test_xandikos_outbox_post_answers_for_its_user(xandikos_jens, executive, memory_keyring):
    fill_jens(xandikos_jens.client().principal().calendars()[0])
    accounts.add("jens", xandikos_jens.url, xandikos_jens.user, xandikos_jens.password)
    server = freebusy._connect(accounts.find("jens"), 10)
    assert server.outbox.endswith("/user/outbox") and "jens@example.com" in server.addresses
    busy = freebusy.outbox_query(server, "jens@example.com", at(0), at(0) + timedelta(days=1))
    assert busy == [(at(8, 30).astimezone(UTC), at(11).astimezone(UTC)),
                    (at(11, 30).astimezone(UTC), at(12).astimezone(UTC))]


def test_no_account_at_all_is_said(qtbot, executive, dialog):
    window = dialog()
    slots = search(qtbot, window, "Ole Berg <ole@example.com>")
    assert slots[0][0] == at(8, 30)
    assert "Ole Berg: no calendar account is set up to read free/busy from" in window.ui.freeBusyLabel.text()


def test_vfreebusy_periods_and_types():
    text = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VFREEBUSY\r\nDTSTART:20261207T000000Z\r\n"
            "DTEND:20261208T000000Z\r\nFREEBUSY:20261207T080000Z/PT1H,20261207T100000Z/20261207T103000Z\r\n"
            "FREEBUSY;FBTYPE=FREE:20261207T120000Z/PT1H\r\nFREEBUSY;FBTYPE=BUSY-TENTATIVE:20261207T140000Z/PT30M\r\n"
            "END:VFREEBUSY\r\nEND:VCALENDAR\r\n")
    utc = lambda h, m=0: datetime(2026, 12, 7, h, m, tzinfo=UTC)  # noqa: E731
    assert freebusy.parse_vfreebusy(text) == [(utc(8), utc(9)), (utc(10), utc(10, 30)), (utc(14), utc(14, 30))]


def test_account_map_attendee_on_the_command_line(radicale, executive, memory_keyring, db_path, capsys):
    from opsassistant import cli
    from opsassistant.db.database import close_database

    radicale.client().principal().make_calendar(name="Jens", cal_id="jens")
    accounts.add("office", radicale.url, radicale.user, radicale.password)
    engine.discover("office")
    close_database()
    assert cli.main(["account", "map", "office", "Jens", "--attendee", "jens@example.com",
                     "--database", str(db_path)]) == 0
    assert "Jens: jens@example.com" in capsys.readouterr().out
    assert cli.main(["account", "map", "office", "Jens", "--attendee", "not an address",
                     "--database", str(db_path)]) == 1
    assert "is not an e-mail address" in capsys.readouterr().err


def test_the_accounts_dialog_maps_a_calendar_to_an_attendee(qtbot, radicale, executive, memory_keyring, dialog):
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QLineEdit

    from opsassistant.gui.sync.accounts_dialog import AccountsDialog

    class Controller(QObject):  # the window's sync controller, without a window
        finished = Signal()

        def sync_now(self):
            pass

    fill_jens(radicale.client().principal().make_calendar(name="Jens Hansen", cal_id="jens"))
    accounts.add("office", radicale.url, radicale.user, radicale.password)
    engine.discover("office")
    controller = Controller()
    shown = AccountsDialog(controller)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    table = shown.calendars
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Jens Hansen")
    field = table.cellWidget(row, 2)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.keyClicks(field, "jens@example.com")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    [(_account, jens)] = accounts.attendee_calendars("jens@example.com")
    assert jens.display_name == "Jens Hansen" and jens.principal_id is None and not jens.enabled  # not synced
    qtbot.waitUntil(lambda: table.cellWidget(row, 1).currentText() == "Not synced")
    shown.grab().save("/tmp/accounts_en.png")
    shown.close()

    window = dialog()
    assert search(qtbot, window, "jens@example.com")[0] == (at(12), at(13))
    assert "Free/busy read for jens@example.com." in window.ui.freeBusyLabel.text()


def test_a_server_that_never_answers_times_out_off_the_gui_thread(qtbot, executive, memory_keyring, dialog,
                                                                  monkeypatch):
    """A server that accepts the connection and then says nothing: the dialog keeps working while the worker
    waits, and after the timeout says the server could not be reached."""
    import socket as sockets

    from PySide6.QtCore import QTimer

    silent = sockets.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    monkeypatch.setattr(freebusy, "TIMEOUT_SECONDS", 3)
    try:
        accounts.add("silent", f"http://127.0.0.1:{silent.getsockname()[1]}/", "alice", "secret")
        window = dialog()
        ticks = []
        timer = QTimer(window)
        timer.timeout.connect(lambda: ticks.append(window.thread is not None))
        timer.start(50)
        qtbot.keyClicks(window.ui.attendeesEdit, "Jens Hansen <jens@example.com>")
        qtbot.mouseClick(window.ui.searchButton, Qt.MouseButton.LeftButton)
        assert window.thread is not None and not window.ui.searchButton.isEnabled()
        assert window.ui.resultLabel.text() == "Reading the other attendees' free/busy…"
        qtbot.waitUntil(lambda: window.thread is None, timeout=30000)
        assert sum(ticks) >= 3  # the window's event loop ran while the worker waited for the server
        assert "Jens Hansen: the calendar server could not be reached" in window.ui.freeBusyLabel.text()
        assert window.ui.slotList.count() and window.ui.slotList.item(0).data(Qt.ItemDataRole.UserRole)[0] == at(8, 30)

        from opsassistant.gui.calendar import find_time

        qtbot.mouseClick(window.ui.searchButton, Qt.MouseButton.LeftButton)  # again, and close while it waits
        worker = window.thread
        assert worker is not None
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert not window.isVisible() and window.thread is None and worker in find_time._orphans
        qtbot.waitUntil(lambda: not find_time._orphans, timeout=30000)  # it ended on its own, nobody waited
    finally:
        silent.close()
