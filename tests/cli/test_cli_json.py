"""``list KIND --json`` on the demo database: one JSON array whose objects carry DESIGN.md's keys."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

KEYS = {
    "contacts": {"id", "name", "organisation", "phones", "emails", "groups"},
    "events": {"id", "title", "start", "end", "timezone", "all_day", "location", "principal"},
    "calls": {"id", "when", "direction", "name", "number", "for", "message", "callback_by", "urgent", "status"},
    "outings": {"id", "title", "kind", "start", "end", "budget", "spent", "currency", "participants"},
    "trips": {"id", "title", "traveller", "start", "end", "segments"},
}
SEGMENT_KEYS = {"kind", "start", "end", "start_timezone", "end_timezone", "from", "to"}


def _list(run, demo_db, kind: str, *extra: str) -> list[dict]:
    today = date.today()
    outcome = run("list", kind, "--json", "--from", today - timedelta(days=10), "--to", today + timedelta(days=40),
                  *extra, "--database", demo_db)
    assert outcome.code == 0, outcome.err
    records = json.loads(outcome.out)
    assert isinstance(records, list) and records
    return records


@pytest.mark.parametrize("kind", sorted(KEYS))
def test_keys(run, demo_db, kind):
    for record in _list(run, demo_db, kind):
        assert KEYS[kind] <= set(record), (kind, KEYS[kind] - set(record))
        assert isinstance(record["id"], int)


def test_contact_phones_are_e164(run, demo_db):
    records = _list(run, demo_db, "contacts")
    phones = [p for r in records for p in r["phones"]]
    assert all({"kind", "number"} <= set(p) for p in phones)
    assert all(p["number"].startswith("+") for p in phones)
    yamada = next(r for r in records if "山田" in r["name"])
    assert yamada["phones"][0]["number"].startswith("+81")
    assert "Kunder" in yamada["groups"]


def test_event_times_carry_their_own_offset(run, demo_db):
    records = _list(run, demo_db, "events")
    for record in records:
        if record["all_day"]:
            continue
        start = datetime.fromisoformat(record["start"])
        assert start.utcoffset() == start.astimezone(ZoneInfo(record["timezone"])).utcoffset()
    new_york = [r for r in records if r["timezone"] == "America/New_York"]
    assert new_york and all(r["start"].endswith(("-05:00", "-04:00")) for r in new_york)


def test_outing_money_is_decimal_text(run, demo_db):
    for record in _list(run, demo_db, "outings"):
        Decimal(record["budget"])
        Decimal(record["spent"])
        assert record["currency"] == "DKK"


def test_trip_segments_cross_zones(run, demo_db):
    trips = _list(run, demo_db, "trips")
    assert len(trips) == 2
    flights = [s for t in trips for s in t["segments"] if s["kind"] == "flight"]
    assert all(set(s) >= SEGMENT_KEYS for t in trips for s in t["segments"])
    assert any(s["start_timezone"] == "Europe/Copenhagen" and s["end_timezone"] == "Asia/Tokyo" for s in flights)
    assert any(s["end_timezone"] == "America/New_York" for s in flights)


def test_calls_json_fields(run, demo_db):
    records = _list(run, demo_db, "calls")
    assert {r["direction"] for r in records} <= {"in", "out", "missed"}
    assert any(r["urgent"] is True for r in records)
    assert any(r["callback_by"] for r in records if r["status"] == "open")
