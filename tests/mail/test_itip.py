"""iTIP messages parsed by icalendar and held against RFC 5546 §3.2's required-property tables per method."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from opsassistant.errors import UserError

CPH = ZoneInfo("Europe/Copenhagen")

# RFC 5546 §3.2: properties of VCALENDAR and VEVENT per method. "1" exactly once, "1+" at least once,
# "0" must not appear; "0/1" at most once (listed so a duplicate is caught).
CALENDAR = {"PRODID": "1", "VERSION": "1", "METHOD": "1"}
TABLES = {
    "REQUEST": {  # §3.2.2
        "ATTENDEE": "1+", "DTSTAMP": "1", "DTSTART": "1", "ORGANIZER": "1", "SUMMARY": "1", "UID": "1",
        "SEQUENCE": "0/1", "DTEND": "0/1", "LOCATION": "0/1", "DESCRIPTION": "0/1", "STATUS": "0/1",
        "RECURRENCE-ID": "0/1", "REQUEST-STATUS": "0",
    },
    "REPLY": {  # §3.2.3
        "ATTENDEE": "1", "DTSTAMP": "1", "ORGANIZER": "1", "UID": "1", "SEQUENCE": "0/1",
        "RECURRENCE-ID": "0/1", "SUMMARY": "0/1", "DTSTART": "0/1",
    },
    "DECLINECOUNTER": {  # §3.2.8
        "ATTENDEE": "1+", "DTSTAMP": "1", "ORGANIZER": "1", "UID": "1", "SEQUENCE": "0/1", "RECURRENCE-ID": "0/1",
        "DTSTART": "0/1", "SUMMARY": "0/1", "RRULE": "0",
    },
    "CANCEL": {  # §3.2.5
        "ATTENDEE": "1+", "DTSTAMP": "1", "ORGANIZER": "1", "SEQUENCE": "1", "UID": "1",
        "DTSTART": "0/1", "SUMMARY": "0/1", "STATUS": "0/1", "REQUEST-STATUS": "0",
    },
}


def conforms(text: str, method: str, events: int = 1) -> icalendar.Calendar:
    cal = icalendar.Calendar.from_ical(text)
    for name in CALENDAR:
        assert sum(1 for line in text.splitlines() if line.split(":")[0].split(";")[0] == name) == 1, name
    assert str(cal["METHOD"]) == method
    found = list(cal.walk("VEVENT"))
    assert len(found) == events
    for event in found:
        _event_conforms(event, method)
    return cal


def _event_conforms(event, method: str) -> None:
    for name, rule in TABLES[method].items():
        values = event.get(name)
        count = 0 if values is None else len(values) if isinstance(values, list) else 1
        if rule == "1":
            assert count == 1, f"{method}: {name} must appear once, appears {count}"
        elif rule == "1+":
            assert count >= 1, f"{method}: {name} must appear"
        elif rule == "0":
            assert count == 0, f"{method}: {name} must not appear"
        else:
            assert count <= 1, f"{method}: {name} at most once"
    if method == "CANCEL" and "STATUS" in event:
        assert str(event["STATUS"]) == "CANCELLED"
    if method == "REPLY":
        assert event["ATTENDEE"].params["PARTSTAT"] in ("ACCEPTED", "DECLINED", "TENTATIVE")


def attendee_lines(cal) -> list:
    event = next(iter(cal.walk("VEVENT")))
    found = event.get("ATTENDEE")
    return found if isinstance(found, list) else [found]


def test_request_for_three_attendees(meeting):
    from opsassistant.interop import itip
    from opsassistant.services.mail import invitations

    plan = invitations.plan_request(meeting.id)
    text = itip.message_text(plan, "sofie.bach@nordlys.dk")
    cal = conforms(text, "REQUEST")
    people = attendee_lines(cal)
    assert sorted(str(a) for a in people) == ["mailto:jens.hansen@example.dk", "mailto:lise@example.dk",
                                              "mailto:ole.berg@example.com"]
    assert all(a.params["RSVP"] == "TRUE" and a.params["PARTSTAT"] == "NEEDS-ACTION" for a in people)
    event = next(iter(cal.walk("VEVENT")))
    organizer = event["ORGANIZER"]
    assert str(organizer) == "mailto:karen.holm@nordlys.dk"
    assert organizer.params["CN"] == "Karen Holm"
    assert organizer.params["SENT-BY"] == "mailto:sofie.bach@nordlys.dk"
    assert int(event["SEQUENCE"]) == 0
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=1)
    assert event.decoded("DTSTART").hour == 10
    assert str(event["LOCATION"]) == "Mødelokale 1"
    assert text.count("\r\nATTENDEE") == 3  # one line per person, never a comma list
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Copenhagen" in text


def test_time_change_is_an_update_with_a_higher_sequence(meeting):
    from opsassistant.interop import itip
    from opsassistant.services.calendar import editing
    from opsassistant.services.mail import invitations

    first = invitations.plan_request(meeting.id)
    invitations.remember(first)
    again = invitations.plan_request(meeting.id)
    assert again.recipients == () and again.sequence == 0  # nothing changed: nobody needs a new message

    data = editing.load(meeting.id)
    data.start, data.end = data.start + timedelta(hours=1), data.end + timedelta(hours=1)
    editing.update(meeting.id, data)
    update = invitations.plan_request(meeting.id)
    assert update.update and update.sequence == 1 and len(update.recipients) == 3
    cal = conforms(itip.message_text(update, "sofie.bach@nordlys.dk"), "REQUEST")
    assert int(next(iter(cal.walk("VEVENT")))["SEQUENCE"]) == 1


def test_removed_attendee_gets_a_cancel_and_the_others_an_update(meeting):
    from opsassistant.interop import itip
    from opsassistant.services.calendar import editing
    from opsassistant.services.mail import invitations

    invitations.remember(invitations.plan_request(meeting.id))
    data = editing.load(meeting.id)
    data.attendees = [a for a in data.attendees if a.name != "Ole Berg"]
    editing.update(meeting.id, data)
    plan = invitations.plan_request(meeting.id)
    cancel = invitations.cancel_for_removed(plan)
    assert [p.email for p in cancel.recipients] == ["ole.berg@example.com"]
    cal = conforms(itip.message_text(cancel, "sofie.bach@nordlys.dk"), "CANCEL")
    assert [str(a) for a in attendee_lines(cal)] == ["mailto:ole.berg@example.com"]
    assert int(next(iter(cal.walk("VEVENT")))["SEQUENCE"]) == 1
    invitations.remember(plan)
    invitations.remember(cancel)
    assert invitations.invited_addresses(meeting.id) == ["jens.hansen@example.dk", "lise@example.dk"]


def test_deleted_event_cancel_names_everyone_invited(meeting):
    from opsassistant.interop import itip
    from opsassistant.services.calendar import editing
    from opsassistant.services.mail import invitations

    invitations.remember(invitations.plan_request(meeting.id))
    editing.trash(meeting.id)
    with pytest.raises(UserError, match="trash"):
        invitations.plan_request(meeting.id)
    plan = invitations.plan_cancel(meeting.id)
    cal = conforms(itip.message_text(plan, "sofie.bach@nordlys.dk"), "CANCEL")
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) == 1
    assert len(attendee_lines(cal)) == 3
    invitations.remember(plan)
    assert invitations.invited_addresses(meeting.id) == []


def test_reply_round_trip_updates_partstat(meeting, tmp_path):
    """Our REQUEST → the attendee's calendar answers (a REPLY as icalendar writes it) → imported."""
    from opsassistant.interop import ical, itip
    from opsassistant.services.calendar import answers, editing
    from opsassistant.services.mail import invitations

    request = icalendar.Calendar.from_ical(itip.message_text(invitations.plan_request(meeting.id), "s@nordlys.dk"))
    asked = next(iter(request.walk("VEVENT")))
    reply = icalendar.Calendar()
    reply.add("prodid", "-//Example//Their calendar//EN")
    reply.add("version", "2.0")
    reply.add("method", "REPLY")
    answer = icalendar.Event()
    for name in ("UID", "SEQUENCE", "ORGANIZER", "SUMMARY"):
        answer.add(name, asked[name])
    answer.add("dtstamp", datetime(2026, 12, 2, 9, 0))
    jens = icalendar.vCalAddress("mailto:Jens.Hansen@example.dk")
    jens.params["CN"] = "Jens Hansen"
    jens.params["PARTSTAT"] = "DECLINED"
    answer.add("attendee", jens)
    reply.add_component(answer)
    path = tmp_path / "reply.ics"
    path.write_bytes(reply.to_ical())
    conforms(path.read_text(), "REPLY")

    result = ical.import_file(path)
    assert (result.updated, result.skipped, result.imported) == (1, [], 0)
    statuses = {a.email: a.status for a in editing.load(meeting.id).attendees}
    assert statuses == {"jens.hansen@example.dk": "declined", "lise@example.dk": "needs-action",
                        "ole.berg@example.com": "needs-action"}
    recent = answers.recent(datetime(2000, 1, 1).astimezone())
    assert [(a.name, a.status, a.title) for a in recent] == [("Jens Hansen", "declined", "Bestyrelsesmøde")]


def test_reply_from_a_stranger_is_skipped_with_the_reason(meeting, tmp_path):
    from opsassistant.interop import ical, itip
    from opsassistant.services.mail import invitations

    request = itip.message_text(invitations.plan_request(meeting.id), "s@nordlys.dk")
    uid = next(iter(icalendar.Calendar.from_ical(request).walk("VEVENT")))["UID"]
    path = tmp_path / "reply.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
                    f"UID:{uid}\r\nDTSTAMP:20261202T090000Z\r\nORGANIZER:mailto:karen.holm@nordlys.dk\r\n"
                    "ATTENDEE;PARTSTAT=ACCEPTED:mailto:someone@else.dk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    result = ical.import_file(path)
    assert result.updated == 0
    assert [s.reason for s in result.skipped] == ["someone@else.dk is not an attendee of “Bestyrelsesmøde”."]


def test_incoming_request_answered_on_the_executives_behalf(office, tmp_path):
    from opsassistant.interop import itip_answer
    from opsassistant.services.calendar import editing

    path = tmp_path / "invite.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\n"
        "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:040000008200E00074C5B7101A82E0080000000@outlook\r\n"
        "DTSTAMP:20261201T080000Z\r\nSEQUENCE:2\r\nSUMMARY:Kvartalsmøde hos Vestas\r\n"
        "DTSTART:20261210T090000Z\r\nDTEND:20261210T100000Z\r\n"
        "ORGANIZER;CN=Peter Lund:mailto:peter.lund@vestas.example\r\n"
        "ATTENDEE;CN=Karen Holm;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:Karen.Holm@nordlys.dk\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
    done = itip_answer.answer(path, "tentative", office)
    cal = conforms(done.reply, "REPLY")
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["ATTENDEE"]) == "mailto:Karen.Holm@nordlys.dk"
    assert event["ATTENDEE"].params["PARTSTAT"] == "TENTATIVE"
    assert event["ATTENDEE"].params["SENT-BY"] == "mailto:sofie.bach@nordlys.dk"
    assert int(event["SEQUENCE"]) == 2 and str(event["ORGANIZER"]) == "mailto:peter.lund@vestas.example"
    data = editing.load(done.event_id)
    assert data.title == "Kvartalsmøde hos Vestas" and data.status == "tentative"
    assert office.id in data.principal_ids


def test_attendee_without_an_address_is_named_not_invited(office):
    from opsassistant.services.calendar import editing
    from opsassistant.services.calendar.editing import Attendee, EventData
    from opsassistant.services.mail import invitations

    event = editing.create(EventData(title="Frokost", start=datetime(2026, 12, 9, 12, tzinfo=CPH),
                                     end=datetime(2026, 12, 9, 13, tzinfo=CPH), principal_ids=[office.id],
                                     attendees=[Attendee("Bo Vestergaard", "")]))
    with pytest.raises(UserError) as error:
        invitations.plan_request(event.id)
    assert str(error.value) == "No attendee of “Frokost” has an e-mail address: Bo Vestergaard."


@pytest.fixture
def weekly(office):
    """A weekly board meeting (four Tuesdays) with three attendees; the third week is moved and held elsewhere,
    the fourth is cancelled (EXDATE)."""
    from dataclasses import replace

    from opsassistant.services.calendar import editing, occurrences
    from opsassistant.services.calendar.editing import Attendee, EventData

    start = datetime(2026, 12, 1, 10, 0, tzinfo=CPH)
    series = editing.create(EventData(
        title="Ugemøde", start=start, end=start + timedelta(hours=1), location="Mødelokale 1",
        principal_ids=[office.id], rrule="FREQ=WEEKLY;COUNT=4",
        attendees=[Attendee("Jens Hansen", "jens.hansen@example.dk"), Attendee("Lise Mørk", "lise@example.dk"),
                   Attendee("Ole Berg", "ole.berg@example.com")]))
    found = occurrences.between(datetime(2026, 11, 30, tzinfo=CPH), datetime(2027, 1, 1, tzinfo=CPH))
    third, fourth = found[2], found[3]
    moved = replace(editing.occurrence_data(third), start=third.start + timedelta(hours=3),
                    end=third.end + timedelta(hours=3), location="Hotel d'Angleterre")
    editing.update_occurrence(third, moved)
    editing.trash_occurrence(fourth)
    return series


def test_request_for_a_series_names_its_edited_occurrence_by_recurrence_id(weekly):
    from opsassistant.interop import itip
    from opsassistant.services.mail import invitations

    plan = invitations.plan_request(weekly.id)
    text = itip.message_text(plan, "sofie.bach@nordlys.dk")
    cal = conforms(text, "REQUEST", events=2)  # §3.2.2 holds for the master and for the instance
    master, instance = cal.walk("VEVENT")
    assert str(master["UID"]) == str(instance["UID"]) == weekly.uid
    assert "RECURRENCE-ID" not in master and str(master["RRULE"].to_ical().decode()) == "FREQ=WEEKLY;COUNT=4"
    assert [d.dt for d in master["EXDATE"].dts] == [datetime(2026, 12, 22, 10, 0, tzinfo=CPH)]
    assert instance.decoded("RECURRENCE-ID") == datetime(2026, 12, 15, 10, 0, tzinfo=CPH)
    assert instance["RECURRENCE-ID"].params["TZID"] == "Europe/Copenhagen"
    assert instance.decoded("DTSTART") == datetime(2026, 12, 15, 13, 0, tzinfo=CPH)
    assert str(instance["LOCATION"]) == "Hotel d'Angleterre" and str(master["LOCATION"]) == "Mødelokale 1"
    assert int(instance["SEQUENCE"]) == int(master["SEQUENCE"]) == 0
    assert str(instance["ORGANIZER"]) == "mailto:karen.holm@nordlys.dk"
    assert sorted(str(a) for a in instance["ATTENDEE"]) == ["mailto:jens.hansen@example.dk",
                                                            "mailto:lise@example.dk", "mailto:ole.berg@example.com"]
    assert text.count("BEGIN:VTIMEZONE") == 1


def test_moving_an_invited_occurrence_again_is_an_update(weekly):
    from dataclasses import replace

    from opsassistant.interop import itip
    from opsassistant.services.calendar import editing, occurrences
    from opsassistant.services.mail import invitations

    invitations.remember(invitations.plan_request(weekly.id))
    assert invitations.plan_request(weekly.id).recipients == ()
    moved = next(o for o in occurrences.between(datetime(2026, 12, 15, tzinfo=CPH), datetime(2026, 12, 16, tzinfo=CPH)))
    editing.update_occurrence(moved, replace(editing.occurrence_data(moved), location="Mødelokale 3"))
    update = invitations.plan_request(weekly.id)
    assert update.update and update.sequence == 1 and len(update.recipients) == 3
    cal = conforms(itip.message_text(update, "sofie.bach@nordlys.dk"), "REQUEST", events=2)
    instance = list(cal.walk("VEVENT"))[1]
    assert int(instance["SEQUENCE"]) == 1 and str(instance["LOCATION"]) == "Mødelokale 3"


def test_recent_answers_leave_out_a_deleted_appointment_and_read_the_newest_first(meeting, office):
    """The Today section's query walks the answers' time index and checks each event, instead of starting from
    every live event in the calendar (which at scale is the whole table, sorted for 20 rows)."""
    from opsassistant.db.models import database
    from opsassistant.services.calendar import answers, editing
    from opsassistant.services.calendar.editing import EventData

    other = editing.create(EventData(title="Budgetmøde", start=datetime(2026, 12, 9, 10, 0, tzinfo=CPH),
                                     end=datetime(2026, 12, 9, 11, 0, tzinfo=CPH), principal_ids=[office.id],
                                     attendees=[editing.Attendee("Jens Hansen", "jens.hansen@example.dk")]))
    from opsassistant.db.models import Event

    answers.apply(Event.get_by_id(meeting.id).uid, "jens.hansen@example.dk", "declined")
    answers.apply(Event.get_by_id(other.id).uid, "jens.hansen@example.dk", "accepted")
    since = datetime(2000, 1, 1, tzinfo=CPH)
    assert [(a.title, a.status) for a in answers.recent(since)] == [("Budgetmøde", "accepted"),
                                                                   ("Bestyrelsesmøde", "declined")]
    editing.trash(other.id)
    assert [(a.title, a.status) for a in answers.recent(since)] == [("Bestyrelsesmøde", "declined")]

    sql, params = answers.recent_query(since, 20).sql()
    plan = [row[-1] for row in database.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
    assert "attendee_answer" in plan[0] and "received_at" in plan[0], plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
