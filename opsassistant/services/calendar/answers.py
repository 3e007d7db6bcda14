"""Attendees' answers to invitations (iTIP REPLY): stored on the attendee row, and logged with the time received
so Today can say "Jens has declined the board meeting"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from peewee import SQL, fn

from opsassistant.db.models import Event, EventAttendee, database
from opsassistant.db.models.base import utcnow
from opsassistant.db.models.mail import AttendeeAnswer
from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate

STATUSES = ("accepted", "declined", "tentative", "needs-action")


@dataclass(frozen=True)
class Answer:
    event_id: int
    title: str
    name: str
    address: str
    status: str
    received_at: datetime


_OWN_UID = re.compile(r"event-(\d+)@opsassistant")


def _event_by_uid(uid: str) -> Event | None:
    """By UID; an event without one went out as ``event-ID@opsassistant`` (as the calendar export names it)."""
    found = Event.alive().where((Event.uid == uid) & Event.series.is_null()).order_by(Event.id).first()
    own = _OWN_UID.fullmatch(uid.strip())
    if found is None and own:
        found = Event.alive().where((Event.id == int(own.group(1))) & Event.uid.is_null()).first()
    return found


def apply(uid: str, address: str, status: str, name: str = "") -> Answer:
    """Record ``address``'s answer to the event ``uid``; raises UserError naming what does not fit."""
    if status not in STATUSES:
        raise UserError(translate("Answers", "The answer “{status}” is not one Ops Assistant records.").format(
            status=status))
    event = _event_by_uid(uid)
    if event is None:
        raise UserError(translate("Answers", "The answer is to an appointment that is not in the calendar."))
    wanted = address.strip().casefold()
    with database.atomic():
        rows = [a for a in EventAttendee.select().where(EventAttendee.event == event.id)
                if a.email.strip().casefold() == wanted]
        if not rows:
            raise UserError(translate("Answers", "{address} is not an attendee of “{title}”.").format(
                address=address, title=event.title))
        for row in rows:
            row.status = status
            row.save()
        shown = rows[0].name or name or address
        answer = AttendeeAnswer.create(event=event.id, address=wanted, name=shown, status=status,
                                       received_at=utcnow())
    return Answer(event.id, event.title, shown, wanted, status, answer.received_at)


def recent(since: datetime, limit: int = 20) -> list[Answer]:
    """Answers received since ``since``, newest first, for events still in the calendar.

    "Still in the calendar" is a correlated EXISTS rather than a filter on the join: with the filter SQLite
    starts from the events index of every live event (the whole calendar) and sorts; this way it walks the
    answers' ``received_at`` index backwards and stops after ``limit``.
    """
    return [Answer(a.event_id, a.event.title, a.name, a.address, a.status, a.received_at)
            for a in recent_query(since, limit)]


def recent_query(since: datetime, limit: int):
    """The query behind :func:`recent` (its own function so a test can read SQLite's plan for it)."""
    alive = Event.alias()
    still_there = fn.EXISTS(alive.select(SQL("1")).where((alive.id == AttendeeAnswer.event)
                                                          & alive.deleted_at.is_null()))
    return (AttendeeAnswer.select(AttendeeAnswer, Event.title).join(Event)
            .where((AttendeeAnswer.received_at >= since) & still_there)
            .order_by(AttendeeAnswer.received_at.desc(), AttendeeAnswer.id.desc()).limit(limit))


def attendees_of(event_ids: list[int]) -> dict[int, list[dict]]:
    """``{event_id: [{"name", "email", "status"}, …]}`` for ``list events --json``."""
    found: dict[int, list[dict]] = {}
    ids = list(dict.fromkeys(event_ids))
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for row in EventAttendee.select().where(EventAttendee.event.in_(chunk)).order_by(EventAttendee.id):
            status = row.status if row.status in STATUSES else "needs-action"
            found.setdefault(row.event_id, []).append({"name": row.name, "email": row.email, "status": status})
    return found
