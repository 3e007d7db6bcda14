"""``opsassistant demo``: fill an EMPTY database with a realistic Danish office, dated around today.

Deterministic for a given day (``random.Random(SEED)``), and all of it in one transaction.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from opsassistant.db.models import ALL_MODELS, Outing, Setting, database
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.language import current_language, set_current_language
from opsassistant.i18n.messages import translate

SEED = 2026


class DatabaseNotEmptyError(Exception):
    def __init__(self) -> None:
        super().__init__(translate(
            "Demo", "The database is not empty. The demo only fills an empty database; nothing was changed."))


def is_empty() -> bool:
    return not any(model.select().exists() for model in ALL_MODELS if model is not Setting)


def fill_demo(today: date | None = None, now: datetime | None = None) -> str:
    """Create the demo office; returns a one-line summary. Raises DatabaseNotEmptyError on a used database."""
    from opsassistant.services.demo import events, invitations, people, reception, schedule

    now = now or utcnow()
    today = today or date.today()
    rng = random.Random(SEED)
    if not is_empty():
        raise DatabaseNotEmptyError()
    language = current_language()
    set_current_language("da")  # a Danish office: titles the services write (e.g. "Fly SK 983") are Danish
    try:
        with database.atomic():
            if not is_empty():
                raise DatabaseNotEmptyError()
            principals = people.create_principals()
            contacts = people.create_contacts(rng, today)
            appointments = schedule.create_events(rng, today, principals, contacts, events.plan(today))
            calls = schedule.create_calls(rng, now, principals, contacts)
            events.create_outings(rng, today, principals, contacts)
            trips = events.create_trips(today, principals, contacts)
            reception.create_visitors(today, now, principals, contacts)
            reception.create_travel_bookkeeping(today, principals)
            reception.mark_entertainment()
            appointments += invitations.create_invitations(today, now, principals, contacts)
            outings = Outing.select().count()
    finally:
        set_current_language(language)
    return translate(
        "Demo", "Demo office created: {principals} principals, {contacts} contacts, {events} appointments, "
        "{calls} calls, {outings} outings and {trips} trips."
    ).format(principals=len(principals), contacts=len(contacts), events=appointments, calls=calls,
             outings=outings, trips=trips)
