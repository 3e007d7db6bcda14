"""Moving a series takes its exceptions along: EXDATEs, RDATEs and the RECURRENCE-IDs of its edited occurrences.

Each key names an occurrence by its original start, so when the series' start moves every key must move with
it, or a deleted occurrence comes back and a moved one appears twice. A key moves by the wall-clock shift of
the series' start in its zone (09:00 → 10:00 moves every key one hour of wall-clock time, summer or winter);
when the rule is unchanged and the shifted key is not an occurrence of the moved series (a "last weekday of
the month" series moved by a day), the n-th occurrence maps to the n-th.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from opsassistant.db.fields import utc_text
from opsassistant.db.models import Event
from opsassistant.services.calendar import rules
from opsassistant.services.calendar.occurrences import _localise, _naive_local
from opsassistant.services.calendar.rules import date_key as _date_key
from opsassistant.services.calendar.rules import moment_key as _moment_key

_MAX_MAPPED = 20_000  # occurrences compared index by index; further keys move by the shift alone


def rekey_series(event: Event, was_all_day: bool, old_start_utc: datetime | None, old_start_date: date | None,
                 old_zone: str, old_rule: str) -> None:
    """Re-key ``event`` (a master, new times applied, not yet saved) and its override rows after a move."""
    if was_all_day != event.all_day:
        return  # all-day ⇄ timed: the keys change kind; the old ones no longer name anything
    if event.all_day:
        if old_start_date is None or old_start_date == event.start_date:
            return
        mapper = _AllDay(old_start_date, event.start_date, old_rule, event.rrule, event.start_timezone)
    else:
        if old_start_utc is None or (old_start_utc == event.start_utc and old_zone == event.start_timezone):
            return
        mapper = _Timed(old_start_utc, old_zone, event.start_utc, event.start_timezone, old_rule, event.rrule)
    rows = list(Event.select(Event.id, Event.recurrence_id).where(Event.series == event.id))
    mapper.latest = max((k for k in (*event.exdates, *(r.recurrence_id or "" for r in rows))), default="")
    event.exdates = [mapper.key(k) for k in event.exdates]
    event.rdates = [mapper.key(k) for k in event.rdates]
    for row in rows:
        new = mapper.key(row.recurrence_id) if row.recurrence_id else row.recurrence_id
        if new != row.recurrence_id:
            Event.update(recurrence_id=new, change_count=Event.change_count + 1).where(Event.id == row.id).execute()


class _Timed:
    def __init__(self, old_utc: datetime, old_zone: str, new_utc: datetime, new_zone: str, old_rule: str,
                 new_rule: str):
        self.old_zone, self.new_zone = old_zone, new_zone
        self.old_local, self.new_local = _naive_local(old_utc, old_zone), _naive_local(new_utc, new_zone)
        self.shift = self.new_local - self.old_local
        self.same_rule = bool(old_rule) and old_rule == new_rule
        self.rule = new_rule
        self.latest = ""  # the latest key to map (UTC text sorts by time)
        self._old: dict[str, int] | None = None
        self._new: list[str] = []
        self._new_set: set[str] = set()

    def _moved(self, moment: datetime) -> datetime:
        return _localise(_naive_local(moment, self.old_zone) + self.shift, self.new_zone).astimezone(UTC)

    def _lists(self, upto: datetime) -> dict[str, int]:
        if self._old is None:
            upto = max(upto, _moment_key(self.latest[:19]) or upto)
            limit = _naive_local(upto, self.old_zone) + abs(self.shift) + timedelta(days=400)
            old = rules.bounded(rules.parse(self.rule, self.old_local, self.old_zone, False), limit)
            self._old = {utc_text(_localise(m, self.old_zone)): i for i, m in enumerate(old) if i < _MAX_MAPPED}
            new = rules.bounded(rules.parse(self.rule, self.new_local, self.new_zone, False), limit + self.shift)
            self._new = [utc_text(_localise(m, self.new_zone)) for _, m in zip(range(_MAX_MAPPED), new, strict=False)]
            self._new_set = set(self._new)
        return self._old

    def key(self, key: str) -> str:
        if "/" in key:  # a PERIOD moves whole
            first, _, second = key.partition("/")
            a, b = _moment_key(first), _moment_key(second)
            return f"{utc_text(self._moved(a))}/{utc_text(self._moved(b))}" if a and b else key
        day = _date_key(key)
        if day is not None:
            return (datetime.combine(day, self.old_local.time()) + self.shift).date().isoformat()
        moment = _moment_key(key)
        if moment is None:
            return key
        moved = utc_text(self._moved(moment))
        if self.same_rule:
            index = self._lists(moment).get(key)
            if index is not None and moved not in self._new_set and index < len(self._new):
                return self._new[index]
        return moved


class _AllDay:
    def __init__(self, old_start: date, new_start: date, old_rule: str, new_rule: str, zone_name: str):
        self.old_start, self.new_start = old_start, new_start
        self.shift = new_start - old_start
        self.same_rule = bool(old_rule) and old_rule == new_rule
        self.rule, self.zone_name = new_rule, zone_name

    def key(self, key: str) -> str:
        day = _date_key(key)
        if day is None:
            return key
        moved = (day + self.shift).isoformat()
        if self.same_rule:
            limit = datetime.combine(max(day, day + self.shift) + timedelta(days=400), time())
            old = [m.date().isoformat() for m in rules.bounded(rules.parse(
                self.rule, datetime.combine(self.old_start, time()), self.zone_name, True), limit)]
            new = [m.date().isoformat() for m in rules.bounded(rules.parse(
                self.rule, datetime.combine(self.new_start, time()), self.zone_name, True), limit)]
            if key in old and moved not in new and old.index(key) < len(new):
                return new[old.index(key)]
        return moved
