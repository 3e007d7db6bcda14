"""Calls services: logging and matching, call-backs, the call log's paged source, listing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from opsassistant.db.models import Call
from opsassistant.services.calls import listing, queries
from opsassistant.services.calls.logging import (
    CallData,
    CallError,
    create_contact_for_call,
    link_contact,
    log_call,
    mark_done,
    move_to_trash,
    restore,
)
from opsassistant.services.calls.matching import candidates, exact_contact_for_number
from opsassistant.services.contacts import editing

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def soren(db):
    return editing.save(editing.ContactData(first_name="Søren", last_name="Østergaard", organisation="Ørsted A/S",
                                            phones=[editing.PhoneData("+45 33 12 34 56", "work")]))


def test_log_call_matches_contact_whatever_the_formatting(soren):
    for typed in ("33123456", "0045 3312 3456", "+45 33-12-34-56", "(+45) 33 12 34 56"):
        call = log_call(CallData(number=typed, message="Ring"))
        assert call.contact_id == soren.id, typed
        assert call.name == "Søren Østergaard"
        assert call.company == "Ørsted A/S"
        assert call.e164 == "+4533123456"
        assert call.typed_number == typed


def test_unknown_and_withheld_numbers(db):
    unknown = log_call(CallData(number="70 11 22 33", name="Jens Berg"))
    assert unknown.contact_id is None and unknown.name == "Jens Berg" and unknown.digits == "70112233"
    withheld = log_call(CallData(number=""))
    assert withheld.typed_number == "" and withheld.e164 is None and withheld.contact_id is None


def test_two_contacts_sharing_a_number_are_not_guessed(soren):
    editing.save(editing.ContactData(first_name="Reception", organisation="Ørsted A/S",
                                     phones=[editing.PhoneData("33123456", "work")]))
    assert exact_contact_for_number("33 12 34 56") is None
    assert log_call(CallData(number="33123456")).contact_id is None


def test_candidates_for_partial_number_and_name(soren):
    assert [c.contact_id for c in candidates("+45 33 12")] == [soren.id]
    assert candidates("3312")[0].number == "+4533123456"
    assert candidates("Søren")[0].contact_id == soren.id
    assert candidates("") == []


def test_callback_makes_the_call_open_and_flags_please_call(db, executive):
    call = log_call(CallData(number="70112233", callback_by=NOW + timedelta(hours=1), principal_id=executive.id))
    assert call.status == "open" and call.please_call
    assert log_call(CallData(number="70112233")).status == "done"
    assert log_call(CallData(number="70112233", please_call=True)).status == "open"


def test_invalid_call_writes_nothing(db):
    with pytest.raises(CallError) as caught:
        log_call(CallData(number="abc", direction="sideways", duration_seconds=-5))
    assert set(caught.value.problems) == {"number", "direction", "duration"}
    assert Call.select().count() == 0


def test_open_callbacks_overdue_first(db, executive, team_member):
    later = log_call(CallData(number="1", please_call=True, callback_by=NOW + timedelta(days=1),
                              principal_id=executive.id))
    overdue = log_call(CallData(number="2", callback_by=NOW - timedelta(hours=2), principal_id=executive.id))
    no_deadline = log_call(CallData(number="3", please_call=True, principal_id=executive.id))
    other = log_call(CallData(number="4", callback_by=NOW, principal_id=team_member.id))
    log_call(CallData(number="5"))
    assert [c.id for c in queries.open_callbacks(executive.id)] == [overdue.id, later.id, no_deadline.id]
    assert [c.id for c in queries.open_callbacks()] == [overdue.id, other.id, later.id, no_deadline.id]


def test_mark_done_with_returned_call_linked(db, soren):
    first = log_call(CallData(number="33123456", callback_by=NOW, message="Budget"))
    assert mark_done(first.id) is None
    assert Call.get_by_id(first.id).status == "done"
    second = log_call(CallData(number="33123456", callback_by=NOW))
    returned = mark_done(second.id, log_return=True, message="Talte om budget", duration_seconds=300)
    assert returned.direction == "out" and returned.follow_up_of_id == second.id
    assert returned.contact_id == soren.id and returned.status == "done"
    assert Call.get_by_id(second.id).done_at is not None
    assert queries.open_callbacks() == []


def test_create_contact_from_unknown_caller_links_all_their_calls(db):
    one = log_call(CallData(number="70 11 22 33", company="Berg ApS"))
    two = log_call(CallData(number="+4570112233"))
    contact = create_contact_for_call(one.id, "Jens Berg")
    assert contact.display_name == "Jens Berg" and contact.organisation == "Berg ApS"
    assert contact.phones[0].e164 == "+4570112233"
    assert {c.contact_id for c in Call.select()} == {contact.id}
    assert Call.get_by_id(two.id).name == "Jens Berg"
    assert link_contact(one.id, contact.id) == 1


def test_earlier_calls_by_contact_or_number(db, soren):
    a = log_call(CallData(number="33123456", when=NOW - timedelta(days=2)))
    b = log_call(CallData(number="0045 33123456", when=NOW))
    c = log_call(CallData(number="70112233", when=NOW))
    d = log_call(CallData(number="70 11 22 33", when=NOW + timedelta(hours=1)))
    assert [x.id for x in queries.earlier_calls(b)] == [a.id]
    assert [x.id for x in queries.earlier_calls(d)] == [c.id]
    assert queries.earlier_calls(log_call(CallData(number=""))) == []


def _seed(count: int, executive=None):
    ids = []
    for n in range(count):
        ids.append(log_call(CallData(
            number=f"7011{n:04d}", name=f"Caller {n:03d}", when=NOW - timedelta(minutes=n),
            direction=("in", "out", "missed")[n % 3], principal_id=executive.id if executive and n % 2 else None,
            callback_by=NOW + timedelta(hours=n - 5) if n % 4 == 0 else None,
            message="budget" if n % 5 == 0 else "")).id)
    return ids


@pytest.mark.parametrize("sort_key", sorted(queries.SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_paged_source_pages_agree_with_one_query_in_every_order(db, executive, sort_key, descending):
    _seed(53, executive)
    source = queries.CallSource()
    filters = queries.CallFilters(now=NOW)
    total = source.count(filters)
    assert total == 53
    paged = []
    for offset in range(0, total, 10):
        paged += [r.id for r in source.fetch(filters, sort_key, descending, offset, 10)]
    order = [f.desc() if descending else f.asc() for f in queries.SORT_KEYS[sort_key]]
    expected = [c.id for c in Call.select(Call.id).order_by(*order)]
    assert paged == expected


def test_filters(db, executive):
    _seed(40, executive)
    source = queries.CallSource()

    def count(**kw):
        return source.count(queries.CallFilters(now=NOW, **kw))

    assert count() == 40
    assert count(open_only=True) == 10
    assert count(overdue=True) == 2  # n = 0 and 4: callback at NOW-5h and NOW-1h
    assert count(direction="missed") == 13
    assert count(principal_id=executive.id) == 20
    assert count(search="budget") == 8
    assert count(search="Caller 01") == 10
    assert count(search="7011 0012") == 1
    assert count(search="+45 7011") == 40
    assert count(today=True, zone="Europe/Copenhagen") == 40


def test_today_filter_uses_local_midnight(db):
    late = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 March in Copenhagen
    log_call(CallData(number="1", when=late))
    log_call(CallData(number="2", when=late - timedelta(hours=1)))  # 23:30 on 1 March locally
    filters = queries.CallFilters(today=True, now=NOW, zone="Europe/Copenhagen")
    assert queries.CallSource().count(filters) == 1


def test_trash_and_restore_hide_calls(db):
    ids = _seed(5)
    move_to_trash(ids[:2])
    assert queries.CallSource().count(queries.CallFilters()) == 3
    restore(ids[:2])
    assert queries.CallSource().count(queries.CallFilters()) == 5


def test_due_between_for_the_notifier(db):
    due = log_call(CallData(number="1", callback_by=NOW))
    log_call(CallData(number="2", callback_by=NOW + timedelta(hours=1)))
    assert [c.id for c in queries.due_between(NOW - timedelta(minutes=1), NOW)] == [due.id]
    mark_done(due.id)
    assert queries.due_between(NOW - timedelta(minutes=1), NOW) == []


def test_listing_records_contract(db, executive, soren):
    log_call(CallData(number="33123456", principal_id=executive.id, urgent=True, message="Haster",
                      callback_by=datetime(2026, 7, 1, 12, 0, tzinfo=UTC), when=NOW))
    log_call(CallData(number="", direction="missed", when=NOW + timedelta(minutes=1)))
    rows = listing.records(search=None, date_from=None, date_to=None, open_only=False)
    assert [r["direction"] for r in rows] == ["missed", "in"]
    first = rows[1]
    assert {"id", "when", "direction", "name", "number", "for", "message", "callback_by", "urgent",
            "status"} <= set(first)
    assert first["when"] == "2026-03-02T11:00:00+01:00"
    assert first["callback_by"] == "2026-07-01T14:00:00+02:00"
    assert first["for"] == "Karen Holm" and first["urgent"] is True and first["status"] == "open"
    assert first["number"] == "+4533123456" and first["name"] == "Søren Østergaard"
    assert rows[0]["number"] is None
    opened = listing.records(search=None, date_from=None, date_to=None, open_only=True)
    assert [r["id"] for r in opened] == [first["id"]]
    from datetime import date

    assert listing.records(search=None, date_from=date(2026, 3, 3), date_to=None, open_only=False) == []
