"""The demo office: what it creates, that it refuses a used database, and that every list works on it."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from opsassistant.commands.common import load
from opsassistant.commands.registry import LISTS
from opsassistant.db.models import (
    Call,
    Contact,
    ContactPhone,
    Event,
    Expense,
    Outing,
    Principal,
    Trip,
    TripSegment,
)
from opsassistant.services.demo import DatabaseNotEmptyError, fill_demo


@pytest.fixture
def demo(db):
    summary = fill_demo()
    return summary


def test_counts(demo):
    assert "80" in demo
    assert Principal.select().count() == 4
    assert Principal.select().where(Principal.role == "executive").count() == 1
    assert 75 <= Contact.select().count() <= 90
    assert 35 <= Call.select().count() <= 50
    assert Outing.select().count() >= 3
    assert len({o.kind for o in Outing.select()}) >= 3
    assert Trip.select().count() == 2


def test_contacts_are_danish_and_foreign(demo):
    e164 = [p.e164 for p in ContactPhone.select()]
    assert all(e164), "every demo number parses"
    assert sum(n.startswith("+45") and len(n) == 11 for n in e164) > 60
    for prefix in ("+49", "+48", "+30", "+81", "+1"):
        assert any(n.startswith(prefix) for n in e164), prefix
    names = " ".join(c.display_name for c in Contact.select())
    for piece in ("Ł", "ś", "Γιώργος", "山田", "Walsh", "ø"):
        assert piece in names
    assert Contact.select().where(Contact.favourite).count() > 3
    assert Contact.select().where(Contact.vip).count() > 2
    soon = [c for c in Contact.select().where(Contact.birthday.is_null(False))
            if 0 < (c.birthday.replace(year=date.today().year) - date.today()).days % 366 <= 7]
    assert len(soon) >= 2
    fts = Contact._meta.database.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0]
    assert fts == Contact.select().count()


def test_recurring_meetings_and_calls(demo):
    rules = [e.rrule for e in Event.select().where(Event.rrule != "")]
    assert "FREQ=WEEKLY;BYDAY=MO" in rules
    assert any("MO,TU,WE,TH,FR" in r for r in rules)
    open_calls = list(Call.select().where(Call.status == "open"))
    assert open_calls
    now = datetime.now().astimezone()
    assert any(c.callback_by_utc and c.callback_by_utc < now for c in open_calls), "some call-backs overdue"
    assert any(c.callback_by_utc and c.callback_by_utc > now for c in open_calls)
    assert Call.select().where(Call.please_call).count() > 3


def test_outings_and_trips(demo):
    assert Expense.select().where(Expense.currency != "DKK").count() >= 2
    assert all(Event.get_or_none(Event.source == f"outing:{o.id}") for o in Outing.select())
    flights = list(TripSegment.select().where(TripSegment.kind == "flight"))
    assert {(f.from_code, f.to_code) for f in flights} >= {("CPH", "NRT"), ("CPH", "EWR")}
    assert all(f.start_timezone != f.end_timezone for f in flights)
    assert all(Event.get_or_none(Event.source == f"segment:{s.id}") for s in TripSegment.select())
    kinds = {s.kind for s in TripSegment.select()}
    assert {"flight", "hotel", "meeting"} <= kinds


def test_refuses_a_database_that_is_not_empty(db, executive):
    with pytest.raises(DatabaseNotEmptyError) as raised:
        fill_demo()
    assert "not empty" in str(raised.value)
    assert Principal.select().count() == 1
    assert Contact.select().count() == 0


def test_refusal_message_in_danish(db, executive):
    from opsassistant.i18n.language import set_current_language

    set_current_language("da")
    with pytest.raises(DatabaseNotEmptyError) as raised:
        fill_demo()
    assert "tom" in str(raised.value)


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_every_list_works_on_the_demo(demo, kind):
    today = date.today()
    records = load(LISTS[kind])(search=None, date_from=today - timedelta(days=7),
                                date_to=today + timedelta(days=40), open_only=False)
    assert records, kind
    assert all("id" in r for r in records)


def test_demo_contacts_are_stored_as_the_editor_stores_them(db):
    from opsassistant.db.models import Contact
    from opsassistant.services.contacts.search import search_ids
    from opsassistant.services.demo import fill_demo

    fill_demo()
    without_phone = Contact.alive().where(Contact.primary_phone == "").count()
    assert without_phone == 0
    assert Contact.alive().where(Contact.primary_email != "").count() >= 70
    someone = Contact.alive().where(Contact.organisation != "").first()
    assert someone.id in search_ids(someone.primary_phone[-8:])
