"""UTC offsets that hold over a whole window, so thousands of starts can be moved between zones by adding a
timedelta instead of each calling ``astimezone`` (the month grid converts every start of its six weeks).

A zone is *steady* over a window when its offset is the same at every sample taken each ``STEP`` across it and
at its ends; tzdata has no zone that changes its offset and back within ``STEP``. A moment is converted through a
steady zone only when it lies inside the window; anything else (a zone with a clock change in the window, a
moment outside it) keeps the exact ``astimezone`` path, so the results are those of ``astimezone`` everywhere.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache

STEP = timedelta(hours=1)  # cached per zone and window: ~1,000 offsets for a month grid, well under a millisecond
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # keys are the UTC moment minus this (timedeltas: comparable across zones)


@lru_cache(maxsize=256)
def steady_offset(zone: tzinfo, lo: datetime, hi: datetime) -> timedelta | None:
    """``zone``'s UTC offset if it is the same over [lo, hi] (UTC moments), else None."""
    offset = lo.astimezone(zone).utcoffset()
    moment = lo
    while moment < hi:
        moment = min(moment + STEP, hi)
        if moment.astimezone(zone).utcoffset() != offset:
            return None
    return offset


class Steady:
    """Per zone of the moments given: what turns them into UTC keys and home-zone wall times by addition."""

    def __init__(self, home: tzinfo, lo: datetime, hi: datetime):
        self.home, self.lo, self.hi = home, lo, hi
        self.lo_key, self.hi_key = lo - EPOCH, hi - EPOCH
        self.home_offset = steady_offset(home, lo, hi)
        self._zones: dict[tzinfo | None, tuple[datetime, timedelta] | None] = {}

    def of(self, zone: tzinfo | None) -> tuple[datetime, timedelta] | None:
        """(base, shift) for ``zone``: ``moment - base`` is its UTC key and ``moment + shift`` its home wall time
        (both exact for a moment of ``zone`` whose key lies in [lo_key, hi_key]); None: not steady here."""
        try:
            return self._zones[zone]
        except KeyError:
            pass
        steady = zone is not None and self.home_offset is not None  # a naive moment: its meaning is the machine's
        offset = steady_offset(zone, self.lo, self.hi) if steady else None
        found = None
        if offset is not None:
            # A moment of ``zone`` minus this aware base (same tzinfo: wall times subtracted) is UTC − EPOCH.
            base = (EPOCH.replace(tzinfo=None) + offset).replace(tzinfo=zone)
            found = (base, self.home_offset - offset)
        self._zones[zone] = found
        return found
