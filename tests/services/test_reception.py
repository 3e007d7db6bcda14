"""Visitors: expected, checked in and out, taken from appointments, and the visitor log's retention."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from opsassistant.db.models.reception import Visitor
from opsassistant.errors import UserError
from opsassistant.services.reception import retention, visitors
from opsassistant.services.reception.visitors import VisitorData

CPH = ZoneInfo("Europe/Copenhagen")


def _visitor(host, name="Ana Souza", when=datetime(2026, 12, 1, 10, 0), **extra):
    return visitors.save(VisitorData(name=name, expected=when, company="Nordlys A/S", host_id=host.id, **extra))


def test_check_in_and_out_and_the_roll_call(executive):
    guest = _visitor(executive)
    other = _visitor(executive, "Γιώργος Παπαδόπουλος", datetime(2026, 12, 1, 11, 0))
    assert guest.expected == datetime(2026, 12, 1, 10, 0, tzinfo=CPH) and guest.host == "Karen Holm"
    arrived = visitors.check_in(guest.id, datetime(2026, 12, 1, 9, 55, tzinfo=UTC))
    assert arrived.arrived == datetime(2026, 12, 1, 10, 55, tzinfo=CPH) and arrived.in_building
    again = visitors.check_in(guest.id, datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    assert again.arrived == arrived.arrived  # the first arrival stands
    assert [v.id for v in visitors.in_building()] == [guest.id]
    with pytest.raises(UserError, match="has not arrived"):
        visitors.check_out(other.id)
    left = visitors.check_out(guest.id, datetime(2026, 12, 1, 13, 0, tzinfo=UTC))
    assert left.left is not None and not left.in_building
    assert visitors.in_building() == []
    assert Visitor.get_by_id(guest.id).left_utc == datetime(2026, 12, 1, 13, 0, tzinfo=UTC)


def test_a_visitor_needs_a_name(executive):
    with pytest.raises(UserError, match="name"):
        visitors.save(VisitorData(name="  ", expected=datetime(2026, 12, 1, 10, 0)))
    assert Visitor.select().count() == 0


def test_list_records_in_a_range(executive):
    _visitor(executive, "Early", datetime(2026, 11, 30, 9, 0))
    _visitor(executive, "Today", datetime(2026, 12, 1, 23, 30))  # still 1 Dec in Copenhagen (22:30 UTC)
    records = visitors.records(date_from=date(2026, 12, 1), date_to=date(2026, 12, 1))
    assert [r["name"] for r in records] == ["Today"]
    assert set(records[0]) >= {"id", "name", "company", "host", "expected", "arrived", "left"}
    assert records[0]["expected"] == "2026-12-01T23:30:00+01:00" and records[0]["arrived"] is None


def test_retention_purges_everything_past_30_days_and_keeps_the_rest(executive):
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    old = _visitor(executive, "Old", datetime(2026, 10, 1, 10, 0))
    visitors.check_in(old.id, datetime(2026, 10, 1, 8, 0, tzinfo=UTC))
    visitors.check_out(old.id, datetime(2026, 10, 1, 9, 0, tzinfo=UTC))
    never_left = _visitor(executive, "Never checked out", datetime(2026, 10, 20, 10, 0))
    visitors.check_in(never_left.id, datetime(2026, 10, 20, 8, 0, tzinfo=UTC))
    recent = _visitor(executive, "Recent", datetime(2026, 11, 20, 10, 0))
    # expected long ago but checked out 29 days ago: its last moment is recent enough to keep
    late = _visitor(executive, "Late leaver", datetime(2026, 10, 1, 10, 0))
    visitors.check_in(late.id, datetime(2026, 10, 1, 8, 0, tzinfo=UTC))
    visitors.check_out(late.id, now - timedelta(days=29))
    assert [v.name for v in retention.due(now)] == ["Old", "Never checked out"]
    assert retention.check_lines(now)[0].endswith("to purge: 2")
    assert retention.purge(now) == 2
    limit = now - timedelta(days=30)
    for row in Visitor.select():
        last = max(m for m in (row.expected_utc, row.arrived_utc, row.left_utc) if m is not None)
        assert last >= limit
    assert {r.name for r in Visitor.select()} == {"Recent", "Late leaver"}
    assert recent.id in {r.id for r in Visitor.select()}
    retention.set_retention_days(20)
    assert retention.purge(now) == 1 and Visitor.select().count() == 1


def test_external_attendees_of_the_day_become_expected_visitors(executive):
    from opsassistant.services.calendar import editing

    data = editing.EventData(title="Strategimøde", start=datetime(2026, 12, 1, 14, 0, tzinfo=CPH),
                             end=datetime(2026, 12, 1, 15, 0, tzinfo=CPH), principal_ids=[executive.id],
                             attendees=[editing.Attendee(name="Yuki Tanaka", email="yuki@example.jp")])
    editing.create(data)
    assert visitors.from_appointments(date(2026, 12, 1)) == 1
    assert visitors.from_appointments(date(2026, 12, 1)) == 0  # not twice
    [guest] = visitors.of_day(date(2026, 12, 1))
    assert (guest.name, guest.host, guest.purpose) == ("Yuki Tanaka", "Karen Holm", "Strategimøde")


def test_retention_period_is_one_to_365_days(db):
    assert retention.retention_days() == 30
    retention.set_retention_days(365)
    assert retention.retention_days() == 365
    for wrong in (0, 366, -5):
        with pytest.raises(UserError, match=f"1 to 365 days, not {wrong}"):
            retention.set_retention_days(wrong)
    assert retention.retention_days() == 365  # nothing stored
    retention.set_retention_days(1)
    assert retention.retention_days() == 1


def test_a_visitor_without_a_zone_is_expected_in_the_executives_home_zone(db):
    from opsassistant.services import principals

    principals.save(principals.PrincipalData(name="Boss", role="executive", home_timezone="America/New_York"))
    guest = visitors.save(VisitorData(name="Ana Souza", expected=datetime(2026, 12, 1, 10, 0)))
    assert guest.timezone == "America/New_York"
    assert guest.expected.astimezone(UTC) == datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    assert [v.name for v in visitors.of_day(date(2026, 12, 1))] == ["Ana Souza"]
