"""Expanding one recurring series inside a range: RRULE (wall-clock), RDATEs, EXDATEs, overrides' keys and
THISANDFUTURE shifts; see :mod:`opsassistant.services.calendar.occurrences` for the conventions.

``source`` is where the rule's moments come from: by default the cached :func:`rules.moments` (from DTSTART);
the materialiser passes a :class:`~opsassistant.services.calendar.occurrences_resume.RuleSource` resumed at
its last materialised moment, and a ``cap`` of its own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from opsassistant.db.fields import utc_text
from opsassistant.services.calendar import rules
from opsassistant.services.calendar.occurrences_model import (
    LATEST,
    Future,
    Occurrence,
    all_day_bounds,
    future_for,
    localise,
    make,
    naive_local,
    template,
    zone,
)
from opsassistant.services.calendar.rules import date_key as _date_key
from opsassistant.services.calendar.rules import moment_key as _moment_key
from opsassistant.services.calendar.rules import rdate as _rdate
from opsassistant.services.home import home_zone


def series_end(rule_text: str, start: datetime | date, zone_name: str,
               rdates: list[str] | tuple[str, ...] = ()) -> datetime | None:
    """The last moment a series reaches (UTC), None when open-ended; stored in ``series_until_utc``.

    Bounded: never expands a rule further than ``rules`` allows (a cut-off rule counts as open-ended)."""
    all_day = not isinstance(start, datetime)
    first = datetime.combine(start, time(), UTC) if all_day else start.astimezone(UTC)
    ends: list[datetime] = [first]
    if rule_text:
        dtstart = datetime.combine(start, time()) if all_day else naive_local(start, zone_name)
        last = rules.last_moment(rule_text, dtstart, zone_name, all_day)
        if last is None:
            return None
        ends.append(datetime.combine(last.date() + timedelta(days=1), time(), UTC) if all_day
                    else localise(last, zone_name).astimezone(UTC))
    for key in rdates:
        found = _rdate(key, all_day)
        if found is not None:
            moment = found[1] or found[0]
            ends.append(datetime.combine(moment + timedelta(days=1), time(), UTC) if isinstance(moment, date)
                        and not isinstance(moment, datetime) else moment)
    return max(ends)


def expand(master, start: datetime, end: datetime, principals: tuple[int, ...] = (),
           skip_keys: frozenset[str] = frozenset(), futures: tuple[Future, ...] = (),
           home: str | None = None, *, source=None, cap: int = rules.MAX_PER_RANGE) -> list[Occurrence]:
    """The occurrences of one recurring master overlapping [start, end), minus exdates and ``skip_keys``
    (the keys that have an override row); at most ``cap`` of them."""
    ordered = sorted(futures, key=lambda f: f.recurrence_id)
    if master.all_day:
        return _expand_all_day(master, start, end, principals, skip_keys, ordered, home or home_zone(), source, cap)
    return _expand_timed(master, start, end, principals, skip_keys, ordered, source, cap)


def rule_start(master) -> datetime:
    """DTSTART as dateutil sees it: naive wall-clock time in the start zone (midnight for an all-day series)."""
    if master.all_day:
        return datetime.combine(master.start_date, time())
    return naive_local(master.start_utc, master.start_timezone)


def default_source(master):
    return rules.moments(master.rrule, rule_start(master), master.start_timezone, master.all_day)


def _expand_all_day(master, start, end, principals, skip_keys, futures, home, source, cap) -> list[Occurrence]:
    length = master.end_date - master.start_date
    longest = max([length, *(f.length for f in futures)])
    first = start.astimezone(zone(home)).date() - longest - timedelta(days=1)
    last = end.astimezone(zone(home)).date() + timedelta(days=1)
    days: set[date] = set()
    if master.rrule:
        moments = source or default_source(master)
        days.update(m.date() for m in moments.between(datetime.combine(first, time()), datetime.combine(last, time())))
    else:
        days.add(master.start_date)  # RDATEs alone: DTSTART is the first instance
    for key in master.rdates:
        found = _rdate(key, True)
        if found is not None:
            moment = found[0]
            day = moment.astimezone(zone(home)).date() if isinstance(moment, datetime) else moment
            if first <= day <= last:
                days.add(day)
    excluded = set()
    for key in master.exdates:
        day = _date_key(key)
        moment = _moment_key(key) if day is None else None
        excluded.add(day.isoformat() if day else moment.astimezone(zone(home)).date().isoformat() if moment else key)
    out: list[Occurrence] = []
    for day in sorted(days):
        key = day.isoformat()
        if key in excluded or key in skip_keys:
            continue
        future = future_for(futures, key)
        shown, span = (day + future.shift, future.length) if future else (day, length)
        s, e = all_day_bounds(shown, shown + span, home)
        if s < end and e > start:
            out.append(make(master, s, e, principals, series_id=master.id, recurrence_id=key,
                             start_date=shown, end_date=shown + span, future=future))
            if len(out) >= cap:
                break
    return out


def occurrence_end(master, start: datetime) -> datetime:
    """The end of an occurrence starting at ``start`` (aware): the master's exact length added in UTC, or its
    nominal DURATION (days keep the wall-clock time, the rest is exact)."""
    return _ender(master)(start)


def _ender(master):
    """start → end for one series: ``start + exact`` in UTC, or nominal days on the wall clock, then exact."""
    exact_length = master.end_utc - master.start_utc
    nominal = rules.parse_duration(master.duration) if getattr(master, "duration", "") else None
    if nominal is None:
        return lambda start: start.astimezone(UTC) + exact_length
    days, exact = nominal
    zone_name = master.start_timezone

    def end(start: datetime) -> datetime:
        try:
            local = naive_local(start, zone_name) + timedelta(days=days)
            return localise(local, zone_name).astimezone(UTC) + exact
        except OverflowError:  # past the year 9999
            return LATEST
    return end


def _expand_timed(master, start, end, principals, skip_keys, futures, source, cap) -> list[Occurrence]:
    zone_name = master.start_timezone
    tz = zone(zone_name)
    master_start = master.start_utc
    dtstart = naive_local(master_start, zone_name)
    ender = _ender(master)
    longest = max([ender(master_start) - master_start, *(f.length for f in futures)])
    longest += timedelta(days=1) + max((abs(f.shift) for f in futures), default=timedelta())
    starts: dict[datetime, datetime | None] = {}  # start (UTC) → end of a PERIOD, else None
    if master.rrule:
        lo = naive_local(start - longest, zone_name) - timedelta(days=1)
        hi = naive_local(end + longest, zone_name) + timedelta(days=1)
        for naive in (source or default_source(master)).between(lo, hi):
            starts.setdefault(localise(naive, zone_name).astimezone(UTC), None)
    else:
        starts[master_start] = None  # RDATEs alone: DTSTART is the first instance
    for key in master.rdates:
        found = _rdate(key, False)
        if found is None:
            continue
        moment, period_end = found
        if not isinstance(moment, datetime):  # a date: that day at DTSTART's wall-clock time
            moment = localise(datetime.combine(moment, dtstart.time()), zone_name).astimezone(UTC)
        if start - longest <= moment < end + longest:
            starts[moment] = period_end if period_end is not None else starts.get(moment)
    excluded_moments = {m for m in (_moment_key(k) for k in master.exdates) if m}
    excluded_days = {d for d in (_date_key(k) for k in master.exdates) if d}
    end_zone = zone(master.end_timezone)
    shared = template(master, principals)
    new = object.__new__
    out: list[Occurrence] = []
    for s in sorted(starts):
        future = future_for(futures, utc_text(s)) if futures else None
        if future is not None:
            shown = localise(naive_local(s, zone_name) + future.shift, zone_name).astimezone(UTC)
            e = shown + future.length
        else:
            shown = s
            e = starts[s] if starts[s] is not None else ender(s)
        if not (shown < end and e > start):
            continue
        if s in excluded_moments or (excluded_days and s.astimezone(tz).date() in excluded_days):
            continue
        key = utc_text(s)
        if key in skip_keys:
            continue
        if future is not None:
            out.append(make(master, shown.astimezone(tz), e.astimezone(end_zone), principals,
                             series_id=master.id, recurrence_id=key, future=future))
        else:  # Occurrence is frozen: fill its __dict__ directly (a year of a daily series is 365 of them)
            occurrence = new(Occurrence)
            occurrence.__dict__.update(shared, start=shown.astimezone(tz), end=e.astimezone(end_zone),
                                       recurrence_id=key)
            out.append(occurrence)
        if len(out) >= cap:
            break
    return out


