"""Who is where: the states of the Today strip, computed without a screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from opsassistant.services import principals, whereabouts
from opsassistant.services.calendar import editing
from opsassistant.services.calls.logging import CallData, log_call
from opsassistant.services.outings import editing as outing_editing
from opsassistant.services.outings import tasks
from opsassistant.services.travel import segments, trips

CPH = ZoneInfo("Europe/Copenhagen")
# Tuesday 1 December 2026, 10.15 in Copenhagen
NOW = datetime(2026, 12, 1, 10, 15, tzinfo=CPH)


def _person(name: str, role: str = "team", **kw) -> int:
    return principals.save(principals.PrincipalData(name=name, role=role, work_start="08:00", work_end="17:00",
                                                    **kw)).id


def _meeting(title: str, start: datetime, end: datetime, people: list[int], **kw) -> int:
    return editing.create(editing.EventData(title=title, start=start, end=end, principal_ids=people, **kw)).id


def _state(pid: int, now: datetime = NOW) -> whereabouts.Whereabouts:
    return next(w for w in whereabouts.everyone(now) if w.principal_id == pid)


def test_office_meeting_until_and_next_appointment(db):
    karen = _person("Karen Holm", "executive")
    _meeting("Board", NOW.replace(hour=10, minute=0), NOW.replace(hour=11, minute=0), [karen])
    _meeting("Lunch", NOW.replace(hour=12, minute=0), NOW.replace(hour=13, minute=0), [karen], location="Kantinen")
    state = _state(karen)
    assert state.state == "meeting"
    assert state.activity == "Board"
    assert state.busy_until == NOW.replace(hour=11, minute=0).astimezone(UTC)
    assert state.next_appointment.title == "Lunch"
    later = _state(karen, NOW.replace(hour=11, minute=30))
    assert later.state == "office" and later.busy_until is None


def test_travelling_shows_the_city_and_its_zone(db):
    mads = _person("Mads Kjær")
    trip = trips.save(trips.TripData(title="Tokyo", traveller_ids=[mads], destination="Japan",
                                     start_date=date(2026, 11, 30), end_date=date(2026, 12, 4)))
    segments.save(trip.id, segments.SegmentData(
        kind="flight", start=datetime(2026, 11, 30, 9, 0, tzinfo=CPH), start_timezone="Europe/Copenhagen",
        end=datetime(2026, 12, 1, 6, 0, tzinfo=ZoneInfo("Asia/Tokyo")), end_timezone="Asia/Tokyo",
        from_place="København", to_place="Tokyo", carrier="SK", number="983"))
    state = _state(mads)
    assert (state.state, state.place, state.local_zone) == ("travelling", "Tokyo", "Asia/Tokyo")
    assert state.abroad


def test_away_by_absence_and_outside_working_hours(db):
    louise = _person("Louise Bech")
    jonas = _person("Jonas Friis")
    editing.create(editing.EventData(title="Ferie", all_day=True, start_date=date(2026, 11, 30),
                                     end_date=date(2026, 12, 5), principal_ids=[louise]))
    away = _state(louise)
    assert (away.state, away.reason, away.activity, away.away_until) == ("away", "absence", "Ferie", date(2026, 12, 4))
    assert _state(jonas).state == "office"
    evening = _state(jonas, NOW.replace(hour=19))
    assert (evening.state, evening.reason) == ("away", "off_hours")
    saturday = _state(jonas, datetime(2026, 12, 5, 10, 0, tzinfo=CPH))
    assert saturday.reason == "off_hours"


def test_deadlines_include_upcoming_not_only_overdue(db):
    karen = _person("Karen Holm", "executive")
    log_call(CallData(number="+45 33 12 34 56", name="Overdue Olsen", principal_id=karen,
                      callback_by=NOW - timedelta(hours=2), when=NOW - timedelta(hours=3)))
    log_call(CallData(number="+45 33 12 34 57", name="Friday Frandsen", principal_id=karen,
                      callback_by=NOW + timedelta(days=3), when=NOW - timedelta(hours=1)))
    log_call(CallData(number="+45 33 12 34 58", name="Far Future", principal_id=karen,
                      callback_by=NOW + timedelta(days=30), when=NOW - timedelta(hours=1)))
    outing = outing_editing.save(outing_editing.OutingData(
        title="Julefrokost", start=datetime(2026, 12, 11, 18, 0, tzinfo=CPH),
        end=datetime(2026, 12, 11, 23, 0, tzinfo=CPH), organiser_id=karen))
    tasks.save(outing.id, "Book the venue", date(2026, 12, 3))
    deadlines = _state(karen).deadlines
    assert [(d.kind, d.title, d.overdue) for d in deadlines] == [
        ("callback", "Overdue Olsen", True), ("task", "Book the venue", False),
        ("callback", "Friday Frandsen", False)]


def test_absence_words():
    assert whereabouts.is_absence("Ferie i Spanien", "")
    assert whereabouts.is_absence("Lunch", "away")
    assert not whereabouts.is_absence("Budget meeting", "meeting")


def test_a_red_principal_is_recoloured_by_the_migration(db):
    from opsassistant.db.migrations import MIGRATIONS
    from opsassistant.db.models import Principal
    from opsassistant.db.principal_colours import is_reddish

    karen = _person("Karen Holm", "executive", colour="#c0392b")
    mads = _person("Mads Kjær", colour="#2980b9")
    MIGRATIONS[1](db)
    assert not is_reddish(Principal.get_by_id(karen).colour)
    assert Principal.get_by_id(karen).colour != "#2980b9"  # a colour nobody has yet
    assert Principal.get_by_id(mads).colour == "#2980b9"


def test_not_travelling_before_the_first_leg_or_after_the_flight_home(db):
    mads = _person("Mads Kjær")
    trip = trips.save(trips.TripData(title="Oslo", traveller_ids=[mads], destination="Oslo",
                                     start_date=date(2026, 12, 1), end_date=date(2026, 12, 1)))
    segments.save(trip.id, segments.SegmentData(
        kind="flight", start=datetime(2026, 12, 1, 12, 0, tzinfo=CPH), start_timezone="Europe/Copenhagen",
        end=datetime(2026, 12, 1, 13, 10, tzinfo=CPH), end_timezone="Europe/Oslo",
        from_place="København", to_place="Oslo"))
    segments.save(trip.id, segments.SegmentData(
        kind="flight", start=datetime(2026, 12, 1, 18, 0, tzinfo=CPH), start_timezone="Europe/Oslo",
        end=datetime(2026, 12, 1, 19, 10, tzinfo=CPH), end_timezone="Europe/Copenhagen",
        from_place="Oslo", to_place="København"))
    assert _state(mads).state == "office"  # 10.15: the flight leaves at 12.00
    flying = _state(mads, NOW.replace(hour=12, minute=30))
    assert (flying.place, flying.arrives) == ("Oslo", datetime(2026, 12, 1, 12, 10, tzinfo=UTC))
    at_oslo = _state(mads, NOW.replace(hour=15))
    assert (at_oslo.state, at_oslo.place, at_oslo.local_zone) == ("travelling", "Oslo", "Europe/Oslo")
    assert _state(mads, NOW.replace(hour=19, minute=30)).state == "away"  # home, after working hours


def test_a_hotel_stay_is_not_a_meeting(db):
    mads = _person("Mads Kjær")
    trip = trips.save(trips.TripData(title="Aarhus", traveller_ids=[mads], destination="Aarhus",
                                     start_date=date(2026, 11, 30), end_date=date(2026, 12, 2)))
    segments.save(trip.id, segments.SegmentData(
        kind="train", start=datetime(2026, 11, 30, 8, 0, tzinfo=CPH), start_timezone="Europe/Copenhagen",
        end=datetime(2026, 11, 30, 11, 0, tzinfo=CPH), end_timezone="Europe/Copenhagen",
        from_place="København H", to_place="Aarhus H"))
    segments.save(trip.id, segments.SegmentData(
        kind="hotel", title="Hotel Royal", start=datetime(2026, 11, 30, 15, 0, tzinfo=CPH),
        start_timezone="Europe/Copenhagen", end=datetime(2026, 12, 2, 11, 0, tzinfo=CPH),
        end_timezone="Europe/Copenhagen", from_place="Hotel Royal"))
    state = _state(mads)
    assert (state.state, state.place, state.busy_until) == ("travelling", "Aarhus H", None)


def test_the_next_appointment_days_ahead_and_the_sooner_one_wins(db):
    karen, mads = _person("Karen Holm", "executive"), _person("Mads Berg")
    later = NOW + timedelta(days=9)
    _meeting("Quarterly review", later, later + timedelta(hours=2), [karen], rrule="FREQ=WEEKLY")
    _meeting("Cancelled call", NOW + timedelta(hours=20), NOW + timedelta(hours=21), [mads], status="cancelled")
    _meeting("Supplier", NOW + timedelta(days=3), NOW + timedelta(days=3, hours=1), [mads])
    _meeting("Early train", NOW + timedelta(hours=23), NOW + timedelta(hours=25), [karen, mads])
    _meeting("Too far", NOW + timedelta(days=19), NOW + timedelta(days=19, hours=1), [mads])
    assert _state(karen).next_appointment.title == "Early train"
    assert _state(mads).next_appointment.title == "Early train"
    assert _state(karen, NOW + timedelta(days=1)).next_appointment.title == "Quarterly review"
    assert _state(mads, NOW + timedelta(days=1)).next_appointment.title == "Supplier"
    assert _state(mads, NOW + timedelta(days=4)).next_appointment is None  # "Too far" is past NEXT_DAYS
