"""What the scheduling inbox (RFC 6638) left here: each account's inbox URL, the notes already logged once, and
the iTIP messages waiting for the user — invitations (REQUEST) for the executive's answer, and attendees'
counter-proposals (COUNTER) and requests for the current invitation (REFRESH), from the inbox or from files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from opsassistant.db.models import Event, database
from opsassistant.db.models.inbox import InboxRequest, ScheduleInbox


@dataclass(frozen=True)
class InboxState:
    account_id: int
    url: str
    none_noted: bool
    noted: tuple[str, ...]
    handled: tuple[str, ...]  # "ETag href": committed here, still to be deleted on the server


@dataclass(frozen=True)
class Waiting:
    """An invitation or counter-proposal read from a server's inbox, not yet answered."""

    id: int
    account_id: int | None
    principal_id: int | None
    uid: str
    sequence: int
    method: str
    summary: str
    organizer: str
    text: str
    received_at: datetime


def _row(account_id: int) -> ScheduleInbox:
    row = ScheduleInbox.get_or_none(ScheduleInbox.account == account_id)
    return row or ScheduleInbox.create(account=account_id)


def state(account_id: int) -> InboxState:
    row = ScheduleInbox.get_or_none(ScheduleInbox.account == account_id)
    if row is None:
        return InboxState(account_id, "", False, (), ())
    return InboxState(account_id, row.url, bool(row.none_noted), tuple(row.noted or ()), tuple(row.handled or ()))


def set_url(account_id: int, url: str) -> None:
    with database.atomic():
        row = _row(account_id)
        row.url = url
        if url:
            row.none_noted = False
        row.save()


def mark_none_noted(account_id: int) -> None:
    with database.atomic():
        row = _row(account_id)
        row.none_noted = True
        row.save()


def set_noted(account_id: int, hrefs: list[str]) -> None:
    """The hrefs left in the inbox whose reason is in the log (a href gone from the inbox is forgotten)."""
    with database.atomic():
        row = _row(account_id)
        row.noted = sorted(set(hrefs))
        row.save()


def set_handled(account_id: int, keys: list[str]) -> None:
    """Remember the objects handled here whose deletion on the server is still due (call it in the same
    transaction as the handling, so a retry never applies an object twice)."""
    with database.atomic():
        row = _row(account_id)
        row.handled = sorted(set(keys))
        row.save()


def _waiting(row: InboxRequest) -> Waiting:
    return Waiting(row.id, row.account_id, row.principal_id, row.uid, row.sequence, row.method, row.summary,
                   row.organizer, row.text, row.received_at)


def keep(*, account_id: int, principal_id: int | None, uid: str, sequence: int, method: str, summary: str,
         organizer: str, text: str) -> Waiting:
    """Keep an incoming REQUEST/COUNTER; a newer one (same UID and method, SEQUENCE not lower) replaces it."""
    with database.atomic():
        row = InboxRequest.get_or_none((InboxRequest.uid == uid) & (InboxRequest.method == method))
        if row is not None and row.sequence > sequence:
            return _waiting(row)
        if row is None:
            row = InboxRequest(uid=uid, method=method)
        row.account, row.principal, row.sequence = account_id, principal_id, sequence
        row.summary, row.organizer, row.text = summary, organizer, text
        row.save()
    return _waiting(row)


def waiting() -> list[Waiting]:
    return [_waiting(r) for r in InboxRequest.select().order_by(InboxRequest.received_at, InboxRequest.id)]


def find(waiting_id: int) -> Waiting | None:
    row = InboxRequest.get_or_none(InboxRequest.id == waiting_id)
    return _waiting(row) if row else None


def done(waiting_id: int) -> None:
    """The executive answered (or the user dismissed it): it no longer waits."""
    with database.atomic():
        InboxRequest.delete().where(InboxRequest.id == waiting_id).execute()


def cancelled(uid: str) -> int:
    """The organizer cancelled ``uid`` (iTIP CANCEL): drop what waits for it and mark the appointment cancelled.

    Returns how many records changed."""
    with database.atomic():
        dropped = InboxRequest.delete().where(InboxRequest.uid == uid).execute()
        marked = Event.update(status="cancelled").where(
            (Event.uid == uid) & Event.deleted_at.is_null() & (Event.status != "cancelled")).execute()
    return dropped + marked


_OWN_UID = re.compile(r"event-(\d+)@opsassistant")


def event_id_of(uid: str) -> int | None:
    """The appointment ``uid`` names (one sent without a UID went out as ``event-ID@opsassistant``)."""
    row = Event.select(Event.id).where((Event.uid == uid) & Event.series.is_null() & Event.deleted_at.is_null()
                                       ).order_by(Event.id).first()
    own = _OWN_UID.fullmatch(uid.strip())
    if row is None and own:
        row = Event.select(Event.id).where((Event.id == int(own.group(1))) & Event.deleted_at.is_null()).first()
    return row.id if row else None


def title_of(uid: str) -> str:
    found = event_id_of(uid)
    return Event.get_by_id(found).title if found else ""
