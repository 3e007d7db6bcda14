"""Two-way sync against real servers, with the ``caldav`` library as the phone that edits the other side."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from opsassistant.db.models import Event
from opsassistant.services.calendar import editing
from opsassistant.services.sync import state
from opsassistant.sync import conflicts, engine

PHONE_EVENT = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Phone//EN\r
BEGIN:VTIMEZONE\r
TZID:Europe/Copenhagen\r
BEGIN:STANDARD\r
DTSTART:19701025T030000\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0100\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700329T020000\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r
TZOFFSETFROM:+0100\r
TZOFFSETTO:+0200\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:{uid}\r
DTSTAMP:20261120T080000Z\r
DTSTART;TZID=Europe/Copenhagen:20261203T{hour}0000\r
DTEND;TZID=Europe/Copenhagen:20261203T{end}0000\r
SUMMARY:{title}\r
LOCATION:Mødelokale 2\r
X-PHONE-COLOUR;X-SHADE=dark:teal\r
ATTENDEE;CN=Jens Berg;PARTSTAT=ACCEPTED;X-NUM-GUESTS=0:mailto:jens@example.dk\r
BEGIN:VALARM\r
ACTION:DISPLAY\r
DESCRIPTION:Reminder\r
TRIGGER:-PT15M\r
X-APPLE-DEFAULT-ALARM:TRUE\r
END:VALARM\r
END:VEVENT\r
END:VCALENDAR\r
"""


def phone_text(uid: str, title: str, hour: int = 9) -> str:
    return PHONE_EVENT.format(uid=uid, title=title, hour=f"{hour:02d}", end=f"{hour + 1:02d}")


def calendar_of(server):
    return server.client().principal().calendars()[0]


def server_texts(server) -> dict[str, str]:
    cal = calendar_of(server)
    out = {}
    for obj in cal.events():
        out[str(obj.icalendar_component["UID"])] = obj.data
    return out


def local(uid: str) -> Event:
    return Event.alive().where(Event.uid == uid, Event.series.is_null()).get()


def new_event(title: str, start: datetime, principal_id: int) -> int:
    data = editing.EventData(title=title, start=start, end=start + timedelta(hours=1),
                             start_timezone="Europe/Copenhagen", end_timezone="Europe/Copenhagen",
                             principal_ids=[principal_id])
    return editing.create(data).id


def test_first_sync_brings_the_phones_events_and_sends_ours(account, executive):
    cal = calendar_of(account)
    cal.save_event(phone_text("phone-1", "Tandlæge"))
    ours = new_event("Bestyrelsesmøde", datetime(2026, 12, 4, 9, tzinfo=UTC), executive.id)

    report = engine.sync_account("office")

    assert (report.received, report.sent, report.conflicts) == (1, 1, 0)
    event = local("phone-1")
    assert event.title == "Tandlæge"
    assert event.start_utc == datetime(2026, 12, 3, 8, tzinfo=UTC)  # 09:00 in Copenhagen, winter time
    assert [link.principal_id for link in event.principal_links] == [executive.id]
    texts = server_texts(account)
    uid = Event.get_by_id(ours).uid
    assert "SUMMARY:Bestyrelsesmøde" in texts[uid]

    again = engine.sync_account("office")  # nothing changed on either side
    assert (again.received, again.sent) == (0, 0)


def test_a_local_title_edit_changes_only_the_title_on_the_server(account, executive):
    cal = calendar_of(account)
    cal.save_event(phone_text("phone-2", "Frokost"))
    engine.sync_account("office")
    before = server_texts(account)["phone-2"]

    event = local("phone-2")
    data = editing.load(event.id)
    editing.update(event.id, data.__class__(**{**data.__dict__, "title": "Frokost med Jens"}))
    report = engine.sync_account("office")

    assert report.sent == 1
    after = server_texts(account)["phone-2"]
    changed = [line for line in after.splitlines() if line not in before.splitlines()]
    gone = [line for line in before.splitlines() if line not in after.splitlines()]
    assert {line.split(":")[0].split(";")[0] for line in changed} == {"SUMMARY", "DTSTAMP"}
    assert {line.split(":")[0].split(";")[0] for line in gone} == {"SUMMARY", "DTSTAMP"}
    for kept in ("X-PHONE-COLOUR;X-SHADE=dark:teal", "X-APPLE-DEFAULT-ALARM:TRUE", "X-NUM-GUESTS=0"):
        assert kept in after


def test_the_phones_edit_and_delete_arrive(account, executive):
    cal = calendar_of(account)
    cal.save_event(phone_text("phone-3", "Møde"))
    cal.save_event(phone_text("phone-4", "Aflyses", hour=13))
    engine.sync_account("office")

    obj = cal.event_by_uid("phone-3")
    obj.data = phone_text("phone-3", "Møde flyttet", hour=11)
    obj.save()
    cal.event_by_uid("phone-4").delete()
    report = engine.sync_account("office")

    assert (report.received, report.deleted_here) == (1, 1)
    assert local("phone-3").title == "Møde flyttet"
    assert local("phone-3").start_utc == datetime(2026, 12, 3, 10, tzinfo=UTC)
    assert not Event.alive().where(Event.uid == "phone-4").exists()


def test_a_local_delete_deletes_on_the_server(account, executive):
    cal = calendar_of(account)
    cal.save_event(phone_text("phone-5", "Væk"))
    engine.sync_account("office")
    editing.trash(local("phone-5").id)

    report = engine.sync_account("office")

    assert report.deleted_there == 1
    assert "phone-5" not in server_texts(account)


def test_an_edit_on_both_sides_is_a_conflict_and_each_choice_holds(account, executive):
    cal = calendar_of(account)
    cal.save_event(phone_text("phone-6", "Original"))
    engine.sync_account("office")
    event = local("phone-6")
    data = editing.load(event.id)
    editing.update(event.id, data.__class__(**{**data.__dict__, "title": "Lokal"}))
    obj = cal.event_by_uid("phone-6")
    obj.data = phone_text("phone-6", "Telefon")
    obj.save()

    report = engine.sync_account("office")

    assert report.conflicts == 1
    assert local("phone-6").title == "Lokal"  # nothing overwritten
    assert "SUMMARY:Telefon" in server_texts(account)["phone-6"]
    [conflict] = state.conflicts()
    assert "SUMMARY:Lokal" in conflict.local_text and "SUMMARY:Telefon" in conflict.server_text

    conflicts.resolve(conflict.id, "mine")
    engine.sync_account("office")
    assert state.conflicts() == []
    assert "SUMMARY:Lokal" in server_texts(account)["phone-6"]
    assert "X-PHONE-COLOUR;X-SHADE=dark:teal" in server_texts(account)["phone-6"]


def test_keep_both_makes_two_events(account, executive):
    cal = calendar_of(account)
    cal.save_event(phone_text("phone-7", "Original"))
    engine.sync_account("office")
    event = local("phone-7")
    data = editing.load(event.id)
    editing.update(event.id, data.__class__(**{**data.__dict__, "title": "Min udgave"}))
    obj = cal.event_by_uid("phone-7")
    obj.data = phone_text("phone-7", "Telefonens udgave")
    obj.save()
    engine.sync_account("office")
    [conflict] = state.conflicts()

    conflicts.resolve(conflict.id, "both")
    engine.sync_account("office")

    titles = sorted(e.title for e in Event.alive())
    assert titles == ["Min udgave", "Telefonens udgave"]
    assert sorted(t.split("SUMMARY:")[1].split("\n")[0].strip() for t in server_texts(account).values()) == titles


def test_work_done_offline_is_sent_when_the_server_is_back(account, executive, tmp_path):
    engine.sync_account("office")
    account.stop()
    new_event("Skrevet uden net", datetime(2026, 12, 7, 9, tzinfo=UTC), executive.id)
    with pytest.raises(Exception) as failure:
        engine.sync_account("office")
    assert "could not be reached" in str(failure.value)
    assert state.log_entries()[0].level == "error"
    restarted = restart(account, tmp_path)
    try:
        report = engine.sync_account("office")
        assert report.sent == 1
        assert any("Skrevet uden net" in t for t in server_texts(restarted).values())
    finally:
        restarted.stop()


def restart(server, tmp_path):
    """The same server, same folder, same port."""
    import subprocess

    from tests.sync.conftest import _wait

    args = server.process.args
    log = tmp_path / "restarted.log"
    process = subprocess.Popen(args, stdout=log.open("w"), stderr=subprocess.STDOUT)
    port = int(server.url.rsplit(":", 1)[1].strip("/"))
    _wait(port, process, log)
    server.process = process
    return server


SERIES = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Phone//EN\r
BEGIN:VEVENT\r
UID:series-1\r
DTSTAMP:20261120T080000Z\r
DTSTART:20261207T080000Z\r
DTEND:20261207T083000Z\r
RRULE:FREQ=WEEKLY;COUNT=6\r
SUMMARY:Ugemøde\r
X-SERIES-NOTE:keep me\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:series-1\r
DTSTAMP:20261120T080000Z\r
RECURRENCE-ID:20261214T080000Z\r
DTSTART:20261214T100000Z\r
DTEND:20261214T103000Z\r
SUMMARY:Ugemøde (flyttet)\r
X-OVERRIDE-NOTE:keep me too\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_series_with_an_override_is_one_object_edited_on_each_side(account, executive):
    cal = calendar_of(account)
    cal.save_event(SERIES)
    engine.sync_account("office")
    master = local("series-1")
    [override] = list(Event.alive().where(Event.series == master.id))
    assert override.title == "Ugemøde (flyttet)"

    data = editing.load(master.id)  # here: the series gets a place
    editing.update(master.id, data.__class__(**{**data.__dict__, "location": "Kantinen"}))
    engine.sync_account("office")
    text = server_texts(account)["series-1"]
    assert text.count("BEGIN:VEVENT") == 2
    assert "LOCATION:Kantinen" in text and "X-SERIES-NOTE:keep me" in text and "X-OVERRIDE-NOTE:keep me too" in text
    assert "RRULE:FREQ=WEEKLY;COUNT=6" in text

    obj = cal.event_by_uid("series-1")  # there: the phone drops the override
    obj.data = SERIES.split("BEGIN:VEVENT\r\nUID:series-1\r\nDTSTAMP:20261120T080000Z\r\nRECURRENCE-ID")[0].replace(
        "SUMMARY:Ugemøde", "SUMMARY:Ugemøde i kantinen") + "END:VCALENDAR\r\n"
    obj.save()
    report = engine.sync_account("office")
    assert report.received == 1 and report.conflicts == 0
    assert local("series-1").title == "Ugemøde i kantinen"
    assert not Event.alive().where(Event.series == local("series-1").id).exists()


def test_a_server_that_dies_mid_sync_leaves_both_sides_consistent(server, executive, memory_keyring, tmp_path):
    from opsassistant.services.sync import accounts

    server.client().principal().make_calendar(name="Team", cal_id="team")
    accounts.add("office", server.url, server.user, server.password)
    engine.discover("office")
    # the calendars in the order sync takes them
    order = [c.display_name for c in accounts.collections() if c.kind == "calendar"]
    calendars = {c.get_display_name(): c for c in server.client().principal().calendars()}
    first, second = order
    for n in range(5):
        calendars[first].save_event(phone_text(f"a-{n}", f"Første {n}"))
        calendars[second].save_event(phone_text(f"b-{n}", f"Anden {n}"))
    seen = []

    def kill_at_the_second_calendar(text):
        seen.append(text)
        if len(seen) == 2:
            server.stop()

    with pytest.raises(Exception, match="could not be reached"):
        engine.sync_account("office", progress=kill_at_the_second_calendar)
    assert sorted(e.uid for e in Event.alive()) == [f"a-{n}" for n in range(5)]
    tokens = {c.display_name: c.sync_token for c in accounts.collections() if c.kind == "calendar"}
    assert tokens[first] and not tokens[second]

    restart(server, tmp_path)
    report = engine.sync_account("office")
    assert report.received == 5 and report.conflicts == 0
    assert sorted(e.uid for e in Event.alive()) == sorted([f"a-{n}" for n in range(5)] + [f"b-{n}" for n in range(5)])
