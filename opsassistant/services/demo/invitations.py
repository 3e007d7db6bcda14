"""The demo office's invitations: the assistant who sends them, a board meeting invited with answers received
(one declined, for Today's "answers" list), and every other meeting's attendees counted as invited."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from opsassistant.db.fields import utc_text
from opsassistant.db.models import Contact, Event, EventAttendee, Principal, Setting
from opsassistant.db.models.mail import AttendeeAnswer, Invitation
from opsassistant.services.demo.schedule import add_event, at

ASSISTANT = ("Sofie Lund", "sofie.lund@nordkystgruppen.dk")
ANSWERS = ("accepted", "declined", "needs-action")  # Henning, Birthe, Palle


def create_invitations(today: date, now: datetime, principals: list[Principal], contacts: list[Contact]) -> int:
    """Returns the number of appointments added (the board meeting)."""
    for key, value in (("assistant.name", ASSISTANT[0]), ("assistant.email", ASSISTANT[1])):
        Setting.insert(key=key, value=value).on_conflict_ignore().execute()
    karen, louise = principals[0], principals[2]
    board = [c for c in contacts if c.title.startswith("Bestyrelses")]
    day = today + timedelta(days=3)
    meeting = add_event("Bestyrelsesmøde", at(day, 13), at(day, 16), [karen, louise],
                        location="Mødelokale Kronborg", attendees=[], category="meeting",
                        notes="Årsregnskab, budget for næste år og strategi.")
    for person, status in zip(board, ANSWERS, strict=False):
        email = person.emails.first()
        EventAttendee.create(event=meeting, contact=person, name=person.display_name,
                             email=email.address if email else "", status=status)
    yamada = EventAttendee.select().where(EventAttendee.name == "山田 太郎 (Tarō Yamada)").first()
    if yamada is not None:  # the Tokyo preparation call: Mr Yamada has answered "maybe"
        yamada.status = "tentative"
        yamada.save()
    for event in Event.select().where(Event.id.in_(EventAttendee.select(EventAttendee.event))):
        people = [a for a in event.attendees if a.email]
        if not people:
            continue
        start = utc_text(event.start_utc) if not event.all_day else event.start_date.isoformat()
        end = utc_text(event.end_utc) if not event.all_day else event.end_date.isoformat()
        Invitation.create(event=event, sequence=0, start_key=f"{start}|{event.rrule}", end_key=end,
                          location=event.location, addresses=[a.email.casefold() for a in people],
                          sent_at=now - timedelta(days=7))
        for hours, person in enumerate(a for a in people if a.status != "needs-action"):
            if event.id == meeting.id or person.status == "tentative":  # Today shows these as news
                AttendeeAnswer.create(event=event, address=person.email.casefold(), name=person.name,
                                      status=person.status, received_at=now - timedelta(hours=2 + hours * 5))
    return 1
