"""The scheduling inbox (RFC 6638) against real servers started here.

Xandikos 0.4.10 (xandikos/scheduling.py, web.py) gives its principal a CALDAV:schedule-inbox-URL (/user/inbox,
made by ``--defaults`` with the schedule-inbox resource type), lets a client PUT into it, and on each object
PUT there applies a REPLY/REQUEST/CANCEL to the principal's default calendar itself (its
``post_create_member_hook``). Its own implicit scheduling on an organizer's PUT delivers only to *local*
principals, and a single-user Xandikos has no second principal to answer — so the tests deliver the iTIP
object into the inbox with a raw PUT, as a scheduling server does when an attendee's answer arrives.
Radicale has no scheduling inbox at all.
"""

from __future__ import annotations

import urllib.request
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from opsassistant.services.sync import state
from opsassistant.sync import engine
from tests.sync.conftest import start_radicale, start_xandikos

CPH = ZoneInfo("Europe/Copenhagen")

REPLY = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Xandikos-delivered//EN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
         "UID:{uid}\r\nDTSTAMP:20261202T080000Z\r\nSEQUENCE:0\r\nSUMMARY:{title}\r\n"
         "ORGANIZER;CN=Karen Holm:mailto:karen.holm@nordlys.dk\r\n"
         "ATTENDEE;CN=Jens Hansen;PARTSTAT={partstat}:mailto:jens.hansen@example.dk\r\n"
         "END:VEVENT\r\nEND:VCALENDAR\r\n")
REQUEST = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
           "METHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:lunch-77@bank.example\r\nDTSTAMP:20261201T080000Z\r\n"
           "SEQUENCE:0\r\nSUMMARY:Frokostmøde hos Danske Bank\r\nDTSTART:20261210T110000Z\r\n"
           "DTEND:20261210T120000Z\r\nORGANIZER;CN=Anne Lind:mailto:anne.lind@bank.example\r\n"
           "ATTENDEE;CN=Karen Holm;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{to}\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.fixture
def office(db, memory_keyring):
    from opsassistant.services import principals
    from opsassistant.services.mail import settings

    boss = principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør",
                                                    email="karen.holm@nordlys.dk"))
    team = principals.save(principals.PrincipalData(name="Ole Dam", role="team", email="ole.dam@nordlys.dk"))
    settings.save(settings.MailSettings(assistant_name="Sofie Bach", assistant_email="sofie.bach@nordlys.dk"))
    return boss, team


def meeting(principal_id: int, title: str):
    from opsassistant.services.calendar import editing
    from opsassistant.services.calendar.editing import Attendee, EventData

    return editing.create(EventData(
        title=title, start=datetime(2026, 12, 8, 10, 0, tzinfo=CPH), end=datetime(2026, 12, 8, 12, 0, tzinfo=CPH),
        principal_ids=[principal_id], attendees=[Attendee("Jens Hansen", "jens.hansen@example.dk"),
                                                  Attendee("Lise Mørk", "lise@example.dk")]))


def put(url: str, text: str) -> None:
    request = urllib.request.Request(url, data=text.encode(), method="PUT",
                                     headers={"Content-Type": "text/calendar; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=20) as response:
        assert response.status in (201, 204)


def inbox_names(server) -> list[str]:
    from opsassistant.sync.dav import DavSession

    session = DavSession(server.url, server.user, server.password)
    return sorted(h.rsplit("/", 1)[-1] for h in session.listing(server.url + "user/inbox/").etags)


def status_of(event_id: int, address: str) -> str:
    from opsassistant.db.models import EventAttendee

    return EventAttendee.get((EventAttendee.event == event_id) & (EventAttendee.email == address)).status


@pytest.fixture
def xandikos(tmp_path_factory, office):
    from opsassistant.services.sync import accounts

    server = start_xandikos(tmp_path_factory.mktemp("xandikos"))
    accounts.add("office", server.url, server.user, server.password)
    engine.discover("office")
    yield server
    server.stop()


def test_xandikos_names_its_inbox_and_a_reply_there_becomes_the_answer(xandikos, office):
    """The meeting is Ole's, whose calendar is not on this server: only the inbox can carry Jens's answer."""
    from opsassistant.services.calendar import answers
    from opsassistant.services.sync import inbox as store
    from opsassistant.sync.dav import DavSession

    assert DavSession(xandikos.url, "user", "unused").schedule_inbox_url() == xandikos.url + "user/inbox/"
    _boss, ole = office
    event = meeting(ole.id, "Driftsmøde")
    put(xandikos.url + "user/inbox/reply-1.ics", REPLY.format(uid=event.uid, title="Driftsmøde",
                                                               partstat="DECLINED"))
    assert inbox_names(xandikos) == ["reply-1.ics"]
    engine.sync_account("office")
    assert status_of(event.id, "jens.hansen@example.dk") == "declined"
    assert status_of(event.id, "lise@example.dk") == "needs-action"
    assert [(a.name, a.status, a.title) for a in answers.recent(datetime(2026, 1, 1, tzinfo=CPH))] == [
        ("Jens Hansen", "declined", "Driftsmøde")]
    assert inbox_names(xandikos) == []  # deleted there once committed here
    assert store.state(1).url == xandikos.url + "user/inbox/"
    assert any("Scheduling inbox: answers received: 1" in e.message for e in state.log_entries())


def test_a_reply_to_a_synced_meeting_leaves_both_sides_agreeing(xandikos, office):
    """Xandikos also applies the REPLY to its copy of the meeting; the next syncs find nothing to fight over."""
    boss, _ole = office
    event = meeting(boss.id, "Bestyrelsesmøde")
    engine.sync_account("office")
    put(xandikos.url + "user/inbox/reply-2.ics", REPLY.format(uid=event.uid, title="Bestyrelsesmøde",
                                                               partstat="ACCEPTED"))
    report = engine.sync_account("office")
    assert status_of(event.id, "jens.hansen@example.dk") == "accepted"
    assert inbox_names(xandikos) == []
    again = engine.sync_account("office")
    assert (report.conflicts, again.conflicts, again.received, again.sent) == (0, 0, 0, 0)
    calendar = xandikos.client().principal().calendars()[0]
    server_copy = next(o.data for o in calendar.objects(load_objects=True) if event.uid in o.data)
    assert "PARTSTAT=ACCEPTED" in server_copy.replace("\r\n ", "").split("jens.hansen@example.dk")[0][-80:]


def test_an_invitation_in_the_inbox_waits_for_the_executives_answer(xandikos, office):
    from opsassistant.db.models import Event
    from opsassistant.interop import itip_answer
    from opsassistant.services.sync import inbox as store

    boss, _ole = office
    put(xandikos.url + "user/inbox/invite.ics", REQUEST.format(to="karen.holm@nordlys.dk"))
    engine.sync_account("office")
    waiting = store.waiting()
    assert [(w.method, w.summary, w.organizer, w.principal_id) for w in waiting] == [
        ("REQUEST", "Frokostmøde hos Danske Bank", "Anne Lind <anne.lind@bank.example>", boss.id)]
    assert inbox_names(xandikos) == []
    answered = itip_answer.answer_text(waiting[0].text, "accepted", boss)
    store.done(waiting[0].id)
    reply = answered.reply.replace("\r\n ", "")
    assert "PARTSTAT=ACCEPTED" in reply and 'SENT-BY="mailto:sofie.bach@nordlys.dk"' in reply
    event = Event.get_by_id(answered.event_id)
    assert (event.title, event.status, event.uid) == ("Frokostmøde hos Danske Bank", "confirmed",
                                                      "lunch-77@bank.example")
    assert store.waiting() == []


def test_an_object_that_cannot_be_used_stays_in_the_inbox_and_is_noted_once(xandikos, office):
    from opsassistant.services.sync import inbox as store

    put(xandikos.url + "user/inbox/stranger.ics", REQUEST.format(to="someone.else@example.dk"))
    engine.sync_account("office")
    engine.sync_account("office")
    assert inbox_names(xandikos) == ["stranger.ics"]
    left = [e.message for e in state.log_entries() if "stranger.ics" in e.message]
    assert left == ["Scheduling inbox: stranger.ics was left there: The invitation is not addressed to "
                    "Karen Holm <karen.holm@nordlys.dk>."]
    assert store.waiting() == []


def test_a_failed_delete_leaves_the_reply_for_the_next_run(xandikos, office, monkeypatch, tmp_path):
    """The server goes away after the answer is committed here, before the DELETE: the object is still in its
    storage when it comes back (on another port), and the next run takes it and deletes it."""
    from opsassistant.db.models.sync import SyncAccount, SyncCollection
    from opsassistant.sync import dav

    _boss, ole = office
    event = meeting(ole.id, "Driftsmøde")
    put(xandikos.url + "user/inbox/reply-3.ics", REPLY.format(uid=event.uid, title="Driftsmøde",
                                                               partstat="TENTATIVE"))
    original = dav.DavSession.delete

    def server_gone(self, href, *, etag):
        xandikos.stop()
        return original(self, href, etag=etag)

    monkeypatch.setattr(dav.DavSession, "delete", server_gone)
    report = engine.sync_account("office")
    monkeypatch.setattr(dav.DavSession, "delete", original)
    assert status_of(event.id, "jens.hansen@example.dk") == "tentative"  # committed before the DELETE
    assert [p for p in report.problems if p.startswith("The scheduling inbox could not be read")]
    back = restart_xandikos(xandikos, tmp_path)
    try:
        assert inbox_names(back) == ["reply-3.ics"]
        SyncAccount.update(url=back.url).execute()  # the office moved the server: same data, new address
        for row in SyncCollection.select():
            SyncCollection.update(url=row.url.replace(xandikos.url, back.url)).where(
                SyncCollection.id == row.id).execute()
        engine.sync_account("office")
        assert inbox_names(back) == []
        from opsassistant.services.calendar import answers

        assert [a.status for a in answers.recent(datetime(2026, 1, 1, tzinfo=CPH))] == ["tentative"]  # once
    finally:
        back.stop()


def restart_xandikos(old, folder):
    """The same Xandikos data folder served again by a new process on a new free port."""
    import subprocess
    import sys

    from tests.sync.conftest import Server, _wait, free_port

    data = old.process.args[old.process.args.index("-d") + 1]
    port = free_port()
    log = folder / "xandikos-again.log"
    process = subprocess.Popen([sys.executable, "-m", "xandikos", "serve", "-d", data, "-l", "127.0.0.1", "-p",
                                str(port), "--state-dir", str(folder / "state"), "--no-detect-systemd"],
                               stdout=log.open("w"), stderr=subprocess.STDOUT)
    _wait(port, process, log)
    return Server("xandikos", f"http://127.0.0.1:{port}/", "user", "unused", process,
                  f"http://127.0.0.1:{port}/user/")


def test_radicale_has_no_inbox_noted_once_and_sync_still_succeeds(tmp_path_factory, office):
    from opsassistant.services.sync import accounts

    server = start_radicale(tmp_path_factory.mktemp("radicale"))
    try:
        accounts.add("office", server.url, server.user, server.password)
        boss, _ole = office
        meeting(boss.id, "Bestyrelsesmøde")
        first = engine.sync_account("office")
        engine.sync_account("office")
        assert first.sent == 1 and not first.problems
        notes = [e for e in state.log_entries() if "scheduling inbox" in e.message]
        assert [(e.level, e.message) for e in notes] == [
            ("info", "office: this server has no scheduling inbox; answers to invitations come by e-mail.")]
        assert accounts.find("office").last_error == ""
    finally:
        server.stop()


def test_a_cancel_in_the_inbox_drops_the_waiting_invitation_and_cancels_the_appointment(xandikos, office):
    from opsassistant.db.models import Event
    from opsassistant.services.sync import inbox as store

    put(xandikos.url + "user/inbox/invite.ics", REQUEST.format(to="karen.holm@nordlys.dk"))
    engine.sync_account("office")
    assert len(store.waiting()) == 1
    cancel = (REQUEST.format(to="karen.holm@nordlys.dk").replace("METHOD:REQUEST", "METHOD:CANCEL")
              .replace("SEQUENCE:0", "SEQUENCE:1").replace("END:VEVENT", "STATUS:CANCELLED\r\nEND:VEVENT"))
    put(xandikos.url + "user/inbox/cancel.ics", cancel)
    engine.sync_account("office")
    assert store.waiting() == []
    assert inbox_names(xandikos) == []
    assert [e.status for e in Event.select().where(Event.uid == "lunch-77@bank.example")] == ["cancelled"]
    assert any("“Frokostmøde hos Danske Bank” was cancelled by Anne Lind" in e.message for e in state.log_entries())


def test_a_refresh_in_the_inbox_waits_for_the_user(xandikos, office):
    from opsassistant.services.sync import inbox as store
    from tests.mail.test_attendee_messages import REFRESH

    boss, _ole = office
    event = meeting(boss.id, "Bestyrelsesmøde")
    put(xandikos.url + "user/inbox/refresh.ics", REFRESH.format(uid=event.uid))
    engine.sync_account("office")
    assert [(w.method, w.organizer, w.summary) for w in store.waiting()] == [
        ("REFRESH", "Jens Hansen <jens.hansen@example.dk>", "Bestyrelsesmøde")]
    assert inbox_names(xandikos) == []


def test_our_synced_meeting_sets_off_no_implicit_scheduling_on_xandikos(xandikos, office):
    """Xandikos schedules implicitly on a PUT whose ORGANIZER is one of the principal's calendar-user addresses
    (RFC 6638 §3.2.1; tried by hand: attendees outside the server then get SCHEDULE-STATUS 3.7 and no message,
    it has no iMIP). The copy sync sends has ATTENDEEs but no ORGANIZER, so even with the executive's address
    set on the principal the server schedules nothing: the invitations stay the ones this program mails, never
    a second set from the server. Nothing lands in the inbox, nothing conflicts."""
    boss, _ole = office
    body = ('<?xml version="1.0" encoding="utf-8"?><d:propertyupdate xmlns:d="DAV:" '
            'xmlns:c="urn:ietf:params:xml:ns:caldav"><d:set><d:prop><c:calendar-user-address-set>'
            "<d:href>mailto:karen.holm@nordlys.dk</d:href></c:calendar-user-address-set></d:prop></d:set>"
            "</d:propertyupdate>")
    request = urllib.request.Request(xandikos.url + "user/", data=body.encode(), method="PROPPATCH",
                                     headers={"Content-Type": "application/xml"})
    with urllib.request.urlopen(request, timeout=20) as response:
        assert response.status == 207
    event = meeting(boss.id, "Bestyrelsesmøde")
    first = engine.sync_account("office")
    calendar = xandikos.client().principal().calendars()[0]
    server_copy = next(o.data for o in calendar.objects(load_objects=True) if event.uid in o.data)
    assert "ATTENDEE" in server_copy and "ORGANIZER" not in server_copy and "SCHEDULE-STATUS" not in server_copy
    assert inbox_names(xandikos) == []
    again = engine.sync_account("office")
    assert (first.sent, first.conflicts, again.conflicts, again.sent, again.received) == (1, 0, 0, 0, 0)
