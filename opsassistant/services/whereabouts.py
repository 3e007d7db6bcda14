"""Who is where right now: one frozen record per principal for the Today page's strip.

The states, decided in this order (the first that applies wins):

- ``travelling`` — a trip of theirs is under way today (its dates include today in their home zone). The place
  is where the latest started leg arrives (a flight to Tokyo: "Tokyo", in Asia/Tokyo), else the trip's
  destination; the local time is the time in that zone.
- ``away`` — an appointment of theirs covering now whose category or title says absence ("away", "absence",
  "holiday", "vacation", "sick", "ferie", "fravær", "fridag", "syg" …), all-day or timed; or it is outside their
  working hours or working days (``reason`` tells which: ``absence`` or ``off_hours``).
- ``meeting`` — a timed, not cancelled appointment of theirs covers now: ``busy_until`` is its end.
- ``office`` — none of the above: within their working hours and free.

A travelling principal in a meeting keeps ``travelling`` and gets ``busy_until`` too.
Deadlines are a principal's open call-backs due within ``DEADLINE_DAYS`` (overdue ones included) and the open
tasks due within ``DEADLINE_DAYS`` of outings they organise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from opsassistant.db.models import Call, Outing, OutingTask, Principal, Trip, TripSegment, TripTraveller
from opsassistant.services import principals as principal_service
from opsassistant.services.home import DEFAULT_ZONE

DEADLINE_DAYS = 7
NEXT_DAYS = 14  # how far ahead "next appointment" looks
AWAY_WORDS = ("away", "absence", "absent", "holiday", "vacation", "sick", "out of office", "ferie", "fravær",
              "fridag", "syg", "afspadsering", "barsel")
ARRIVING_KINDS = ("flight", "train")  # the legs that take someone to another city
NOT_BUSY_KINDS = ("hotel", "note")  # trip segments in the calendar that are not appointments


@dataclass(frozen=True)
class Deadline:
    kind: str  # "callback" | "task"
    title: str  # the caller to call back, or the task
    context: str  # the call's message, or the outing's title
    due: datetime | date  # aware UTC moment (call-back) or a date (task)
    overdue: bool
    area: str  # where Enter opens it: "calls" | "outings"
    record_id: int


@dataclass(frozen=True)
class NextAppointment:
    event_id: int
    title: str
    location: str
    start: datetime  # aware UTC
    all_day: bool


@dataclass(frozen=True)
class Whereabouts:
    principal_id: int
    name: str
    role: str
    colour: str
    state: str  # "office" | "meeting" | "travelling" | "away"
    reason: str = ""  # away: "absence" | "off_hours"
    activity: str = ""  # the meeting's or the absence's title
    busy_until: datetime | None = None  # aware UTC end of the current meeting
    away_until: date | datetime | None = None  # absence: its last day (all-day) or end moment (UTC)
    place: str = ""  # travelling: the city (on the way: where they are going)
    arrives: datetime | None = None  # on the way: the leg's arrival (aware UTC), in ``local_zone`` = arrival zone
    local_zone: str = DEFAULT_ZONE  # the zone they are in now (home unless travelling)
    home_zone: str = DEFAULT_ZONE
    work_start: str = "08:30"
    work_end: str = "16:30"
    next_appointment: NextAppointment | None = None
    deadlines: tuple[Deadline, ...] = ()

    @property
    def abroad(self) -> bool:
        return self.local_zone != self.home_zone


def is_absence(title: str, category: str) -> bool:
    """An absence by its category ("away") or a word of its title ("Ferie", "Sick leave")."""
    if category.strip().casefold() in AWAY_WORDS:
        return True
    words = " " + re.sub(r"\W+", " ", title.casefold()) + " "
    return any(f" {word} " in words for word in AWAY_WORDS)


def everyone(now: datetime | None = None) -> list[Whereabouts]:
    """The strip's records, in the principals' order (hidden principals included: they are still people)."""
    from opsassistant.services.calendar.occurrences import between

    now = (now or datetime.now(UTC)).astimezone(UTC)
    people = principal_service.list_principals()
    if not people:
        return []
    # Today first (what covers now, and most next appointments); the rest of NEXT_DAYS only for those without
    # one: the strip is on the first paint, and a fortnight of everyone's occurrences is most of its cost.
    window = _appointments(between(now - timedelta(days=1), now + timedelta(days=1)))
    waiting = [p.id for p in people if not any(p.id in o.principal_ids and _next_candidate(o, now) for o in window)]
    if waiting:
        window += _appointments(between(now + timedelta(days=1), now + timedelta(days=NEXT_DAYS), waiting))
    deadlines = _deadlines(now, [p.id for p in people])
    return [_one(person, now, [o for o in window if person.id in o.principal_ids], deadlines.get(person.id, ()))
            for person in people]


def _appointments(items: list) -> list:
    """Leave out the calendar rows of hotel stays and notes of a trip: nobody is "in a meeting" at a hotel."""
    segment_ids = [int(o.source.split(":", 1)[1]) for o in items
                   if o.source.startswith("segment:") and o.source.split(":", 1)[1].isdigit()]
    if not segment_ids:
        return items
    quiet = {f"segment:{row.id}" for row in TripSegment.select(TripSegment.id).where(
        TripSegment.id.in_(segment_ids) & TripSegment.kind.in_(NOT_BUSY_KINDS))}
    return [o for o in items if o.source not in quiet]


def _one(person: Principal, now: datetime, items: list, deadlines: tuple[Deadline, ...]) -> Whereabouts:
    home = _zone(person.home_timezone)
    common = dict(principal_id=person.id, name=person.name, role=person.role, colour=person.colour,
                  home_zone=home.key, local_zone=home.key, work_start=person.work_start, work_end=person.work_end,
                  deadlines=deadlines)
    current = [o for o in items if _covers(o, now, home)]
    absence = next((o for o in current if is_absence(o.title, o.category)), None)
    meeting = next((o for o in sorted(current, key=lambda o: o.end_utc)
                    if not o.all_day and o.status != "cancelled" and not is_absence(o.title, o.category)), None)
    later = [o for o in items if _next_candidate(o, now)]
    upcoming = min(later, key=lambda o: o.start_utc, default=None)
    common["next_appointment"] = (NextAppointment(upcoming.event_id, upcoming.title, upcoming.location,
                                                  upcoming.start_utc, False) if upcoming else None)
    busy = dict(activity=meeting.title, busy_until=meeting.end_utc) if meeting else {}
    trip = _travelling(person.id, now, home)
    if trip is not None:
        place, zone_name, arrives = trip
        return Whereabouts(state="travelling", place=place, arrives=arrives, **{**common, "local_zone": zone_name},
                           **busy)
    if absence is not None:
        until = (absence.end_date - timedelta(days=1)) if absence.all_day and absence.end_date else absence.end_utc
        return Whereabouts(state="away", reason="absence", activity=absence.title, away_until=until, **common)
    if not _working(person, now.astimezone(home)):
        return Whereabouts(state="away", reason="off_hours", **common)
    if meeting is not None:
        return Whereabouts(state="meeting", **common, **busy)
    return Whereabouts(state="office", **common)


def _next_candidate(occ, now: datetime) -> bool:
    """Whether ``occ`` can be someone's next appointment: timed, later than now, not cancelled, not an absence."""
    return not occ.all_day and occ.start_utc > now and occ.status != "cancelled" and not is_absence(occ.title,
                                                                                                  occ.category)


def _covers(occ, now: datetime, home: ZoneInfo) -> bool:
    if occ.all_day:
        today = now.astimezone(home).date()
        return bool(occ.start_date and occ.end_date and occ.start_date <= today < occ.end_date)
    return occ.start_utc <= now < occ.end_utc


def _working(person: Principal, local: datetime) -> bool:
    if str(local.isoweekday()) not in (person.work_days or "12345"):
        return False
    start, end = _hm(person.work_start), _hm(person.work_end)
    return start <= local.time().replace(second=0, microsecond=0) < end


def _hm(text: str) -> time:
    hours, _, minutes = (text or "00:00").replace(".", ":").partition(":")
    return time(int(hours), int(minutes or 0))


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (KeyError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def _travelling(principal_id: int, now: datetime, home: ZoneInfo) -> tuple[str, str, datetime | None] | None:
    """(place, zone, arrival while on the way) when a trip of theirs is under way today, else None."""
    today = now.astimezone(home).date()
    trips = list(Trip.alive().join(TripTraveller).where(
        (TripTraveller.principal == principal_id) & (Trip.start_date <= today) & (Trip.end_date >= today)))
    if not trips:
        return None
    trip = trips[0]
    legs = list(TripSegment.select().where(TripSegment.trip.in_([t.id for t in trips])
                                           & (TripSegment.start_utc <= now))
                .order_by(TripSegment.start_utc.desc(), TripSegment.position.desc()))
    if not legs:
        return None  # the trip starts today, but its first leg has not: still at home
    first = next((leg for leg in reversed(legs) if leg.kind in ARRIVING_KINDS), None)
    for leg in legs:
        if leg.kind in ARRIVING_KINDS:
            arrived = leg.end_utc is None or leg.end_utc <= now
            if arrived and leg is not first and _same_place(leg, first):
                return None  # back where the trip started
            place = leg.to_place or trip.destination or _city(leg.end_timezone)
            return place, leg.end_timezone, None if arrived else leg.end_utc
    return trip.destination or _city(legs[0].end_timezone), legs[0].end_timezone, None


def _same_place(leg: TripSegment, first: TripSegment) -> bool:
    """Does ``leg`` arrive where ``first`` left from (same IATA code, or same place name)?"""
    if leg.to_code and first.from_code:
        return leg.to_code.upper() == first.from_code.upper()
    return bool(leg.to_place) and leg.to_place.casefold() == first.from_place.casefold()


def _city(zone_name: str) -> str:
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def _deadlines(now: datetime, principal_ids: list[int]) -> dict[int, tuple[Deadline, ...]]:
    horizon = now + timedelta(days=DEADLINE_DAYS)
    found: dict[int, list[Deadline]] = {pid: [] for pid in principal_ids}
    calls = (Call.alive().where((Call.status == "open") & Call.principal.in_(principal_ids)
                                & Call.callback_by_utc.is_null(False) & (Call.callback_by_utc <= horizon))
             .order_by(Call.callback_by_utc))
    for call in calls:
        who = call.name or call.typed_number or call.e164 or ""
        found[call.principal_id].append(Deadline("callback", who, call.message or "", call.callback_by_utc,
                                                 call.callback_by_utc < now, "calls", call.id))
    today = now.date()
    tasks = (OutingTask.select(OutingTask, Outing).join(Outing)
             .where((OutingTask.done == False) & OutingTask.due_date.is_null(False)  # noqa: E712
                    & (OutingTask.due_date <= today + timedelta(days=DEADLINE_DAYS))
                    & Outing.deleted_at.is_null() & (Outing.status != "cancelled")
                    & Outing.organiser.in_(principal_ids))
             .order_by(OutingTask.due_date, OutingTask.id))
    for task in tasks:
        found[task.outing.organiser_id].append(Deadline("task", task.title, task.outing.title, task.due_date,
                                                        task.due_date < today, "outings", task.outing_id))
    return {pid: tuple(sorted(items, key=_due_key)) for pid, items in found.items()}


def _due_key(deadline: Deadline) -> datetime:
    due = deadline.due
    if isinstance(due, datetime):
        return due
    return datetime.combine(due, time(23, 59), UTC)
