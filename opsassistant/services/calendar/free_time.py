"""Find a time: the first slots where all chosen principals are free, inside working hours, no holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from opsassistant.db.models import Principal
from opsassistant.services.calendar.holidays_ import is_holiday
from opsassistant.services.calendar.occurrences import between, home_zone, zone


def _hm(text: str) -> time:
    hours, minutes = text.replace(".", ":").split(":")
    return time(int(hours), int(minutes))


def _working_window(principal: Principal, day: date) -> tuple[datetime, datetime] | None:
    if str(day.isoweekday()) not in (principal.work_days or "12345"):
        return None
    tz = zone(principal.home_timezone)
    return (datetime.combine(day, _hm(principal.work_start), tz), datetime.combine(day, _hm(principal.work_end), tz))


def search_window(principal_ids: list[int], *, after: datetime | None = None,
                  days: int = 14) -> tuple[datetime, datetime]:
    """The period find_slots looks at, for reading the attendees' free/busy before it."""
    people = list(Principal.select().where(Principal.id.in_(principal_ids))) if principal_ids else []
    home = zone(people[0].home_timezone if people else home_zone())
    first_day = (after or datetime.now(home)).astimezone(home).date()
    return (datetime.combine(first_day, time(), home),
            datetime.combine(first_day + timedelta(days=days + 1), time(), home))


def find_slots(principal_ids: list[int], duration: timedelta, *, after: datetime | None = None,
               days: int = 14, limit: int = 5, step: timedelta = timedelta(minutes=15),
               busy: list[tuple[datetime, datetime]] | None = None) -> list[tuple[datetime, datetime]]:
    """Up to ``limit`` free slots of ``duration`` (one per stretch of free time), earliest first.

    ``busy`` adds other people's busy times (aware datetimes), e.g. attendees' free/busy from a server."""
    people = list(Principal.select().where(Principal.id.in_(principal_ids))) if principal_ids else []
    home = zone(people[0].home_timezone if people else home_zone())
    now = after or datetime.now(home)
    first_day = now.astimezone(home).date()
    slots: list[tuple[datetime, datetime]] = []
    busy_all = [(o.start_utc, o.end_utc) for o in between(
        datetime.combine(first_day, time(), home), datetime.combine(first_day + timedelta(days=days + 1), time(), home),
        principal_ids or None) if not o.all_day and o.status != "cancelled"]
    busy_all += [(s.astimezone(UTC), e.astimezone(UTC)) for s, e in busy or []]
    for offset in range(days + 1):
        day = first_day + timedelta(days=offset)
        if is_holiday(day):
            continue
        windows = [_working_window(p, day) for p in people] if people else [
            (datetime.combine(day, time(8, 30), home), datetime.combine(day, time(16, 30), home))]
        if any(w is None for w in windows):
            continue
        lo = max(w[0] for w in windows)
        hi = min(w[1] for w in windows)
        if lo < now:
            minutes = (now - lo).total_seconds() / 60
            lo = lo + timedelta(minutes=-(-minutes // 15) * 15)
        candidate = lo
        while candidate + duration <= hi:
            clash = [e for s, e in busy_all if s < candidate + duration and e > candidate]
            if clash:
                candidate = max(max(clash), candidate + step)
                continue
            slots.append((candidate.astimezone(home), (candidate + duration).astimezone(home)))
            if len(slots) >= limit:
                return slots
            nxt = [s for s, _e in busy_all if s >= candidate + duration]
            following = min(nxt) if nxt else hi
            candidate = max(following, candidate + duration)
    return slots
