"""A rule's moments from a point it already reached: materialised series are extended from their last
materialised moment, never from the series' first date.

dateutil always walks a rule from its DTSTART. A rule restarted at one of its own moments makes the same moments
from there on, provided that everything dateutil derives from DTSTART is given explicitly: the weekday of a
weekly rule, the day of a monthly one, month and day of a yearly one, the time of day. dateutil keeps what it
derived (``_byweekday``, ``_bymonthday``, ``_byhour`` …), so the restarted rule is built from those. The
interval's phase is kept because the new start is one of the rule's moments; COUNT, the horizon and the cap
count from the original start (:mod:`opsassistant.services.calendar.rules`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import datetime
from itertools import chain, islice
from typing import TYPE_CHECKING

from opsassistant.services.calendar import rules

if TYPE_CHECKING:
    from dateutil.rrule import rrule  # imported when a rule is first restarted (see rules.py)


def restarted(rule: rrule, at: datetime, until: datetime) -> rrule:
    """``rule`` started again at ``at`` (one of its moments), ending at ``until``, with no COUNT."""
    from dateutil.rrule import rrule, weekday

    monthdays = tuple(chain(rule._bymonthday or (), rule._bynmonthday or ()))
    weekdays = [weekday(day) for day in rule._byweekday or ()] + [weekday(*pair) for pair in rule._bynweekday or ()]
    return rrule(rule._freq, dtstart=at, interval=rule._interval, wkst=rule._wkst, until=until,
                 bysetpos=rule._bysetpos, bymonth=rule._bymonth, bymonthday=monthdays or None,
                 byyearday=rule._byyearday, byeaster=rule._byeaster, byweekno=rule._byweekno,
                 byweekday=weekdays or None, byhour=rule._byhour, byminute=rule._byminute,
                 bysecond=rule._bysecond, cache=False)


class RuleSource:
    """The moments (naive wall-clock) of one stored rule, generated lazily from DTSTART or from ``resume``
    (a moment the rule made and how many it had made up to and including it). Not cached: the materialised
    rows are the cache."""

    __slots__ = ("_done", "_iterator", "first_made", "items")

    def __init__(self, rule_text: str, dtstart: datetime, zone_name: str, all_day: bool,
                 resume: tuple[datetime, int] | None = None):
        self.items: list[datetime] = []
        self._done = False
        rule = rules.parse(rule_text, dtstart, zone_name, all_day)
        stop = rules._horizon(dtstart)
        if rule._until is not None:
            stop = min(stop, rule._until)
        limit = min(rule._count or rules.MAX_GENERATED, rules.MAX_GENERATED)
        if (rule._count is not None and rule._count <= 0) or not rules._possible(rule_text, rule):
            limit = 0
        if resume is None:
            self.first_made = 0  # items[i] is moment number first_made + i + 1
            self._iterator = islice(iter(rule.replace(until=stop, count=None)), limit)
        else:
            at, made = resume
            self.first_made = made - 1
            self._iterator = islice(iter(restarted(rule, at, stop)), max(0, limit - made + 1))

    def between(self, lo: datetime, hi: datetime) -> list[datetime]:
        """Moments in [lo, hi], both inclusive (no per-range cap: the caller caps)."""
        items = self.items
        if not self._done and (not items or items[-1] <= hi):
            for moment in self._iterator:
                items.append(moment)
                if moment > hi:
                    break
            else:
                self._done = True
        return items[bisect_left(items, lo):bisect_right(items, hi)]

    @property
    def exhausted(self) -> bool:
        return self._done

    def resume_point(self, before: datetime) -> tuple[datetime, int] | None:
        """The last generated moment before ``before`` and its number, to restart from later; None when there is
        none (start from DTSTART again, which is then near)."""
        index = bisect_left(self.items, before) - 1
        if index < 0:
            return None
        return self.items[index], self.first_made + index + 1
