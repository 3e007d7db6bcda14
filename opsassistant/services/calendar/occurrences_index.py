"""The materialised occurrences of recurring series (tables and triggers: ``db/models/occurrence_index.py``).

Before each range read, :func:`refresh` re-expands the series the triggers marked dirty (from DTSTART to the
horizon, once per change) and extends open series whose rows end before the range, from their stored resume
point. :func:`rows_between` is then one index range, like the single events. A read-only file cannot be
written: :func:`uncovered` names the series whose rows are missing or stale, and the caller expands those
for that read only.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from peewee import OperationalError

from opsassistant.db.fields import utc_text
from opsassistant.db.models import database
from opsassistant.db.models.calendar import LONG_SPAN
from opsassistant.services.calendar import rules
from opsassistant.services.calendar.occurrences_expand import expand, rule_start
from opsassistant.services.calendar.occurrences_model import EARLIEST, LATEST, future_for, naive_local
from opsassistant.services.calendar.occurrences_resume import RuleSource
from opsassistant.services.calendar.occurrences_sql import MasterRow, masters_by_id, overrides_of
from opsassistant.services.calendar.rules import rdate as _rdate
from opsassistant.services.home import home_zone

HORIZON = timedelta(days=548)  # a series is materialised to today + 18 months
EXTEND_BY = timedelta(days=183)  # a read past a series' rows extends it this far beyond the range
PERSIST_LIMIT = timedelta(days=3660)
CHUNK = 300  # series expanded per transaction  # rows are stored up to today + 10 years; further ranges are expanded per read
# An all-day series also depends on the home zone (its RDATE and EXDATE moments fall on the home zone's days).
STAMP_OF = ("event.change_count || '/' || (SELECT total(o.change_count) || '/' || count(*) FROM event o "
            "WHERE o.series_id = event.id) || CASE WHEN event.all_day THEN '/' || coalesce((SELECT home_timezone "
            "FROM principal WHERE role = 'executive' AND deleted_at IS NULL ORDER BY position, id LIMIT 1), '') "
            "ELSE '' END")
STAMP = f"SELECT event.id, {STAMP_OF} FROM event WHERE event.id IN ({{marks}})"
_INSERT = ("INSERT OR IGNORE INTO event_occurrence (series_id, okey, start_utc, end_utc, long_span, texts_id) "
           "VALUES (?, ?, ?, ?, ?, ?)")
_STATE = ("INSERT OR REPLACE INTO event_occurrence_series (series_id, stamp, covered_to, complete, resume_at, "
          "resume_made) VALUES (?, ?, ?, ?, ?, ?)")
# Short rows by start (looking back LONG_SPAN), long ones by end: a week is an index range at any size.
ROWS = ("SELECT series_id, okey, start_utc, end_utc, texts_id FROM event_occurrence o "
        "WHERE long_span = 0 AND start_utc >= ? AND start_utc < ? AND end_utc > ?{p} UNION ALL "
        "SELECT series_id, okey, start_utc, end_utc, texts_id FROM event_occurrence o "
        "WHERE long_span = 1 AND end_utc > ? AND start_utc < ?{p}")
# The rows of a few named series (a search's hits): each series' rows by its primary key, never a walk of the
# range index over every series (which SQLite may choose for a long range once that index covers the columns).
ROWS_OF_SERIES = ROWS.replace("start_utc >= ?", "+start_utc >= ?").replace("end_utc > ?", "+end_utc > ?")


def _chunks(ids: list[int], size: int = 900):
    for first in range(0, len(ids), size):
        yield ids[first:first + size]


def stamps(ids: list[int]) -> dict[int, str]:
    """The change stamp of each series: the master's change_count, the sum and number of its overrides'."""
    out: dict[int, str] = {}
    for chunk in _chunks(ids):
        out.update(database.execute_sql(STAMP.format(marks=", ".join("?" for _ in chunk)), chunk).fetchall())
    return out


def _margin(master: MasterRow, futures) -> timedelta:
    """How far before a range a series' moments are looked at (its longest length and shift, and a few days)."""
    if master.all_day:
        length = master.end_date - master.start_date
    else:
        length = master.end_utc - master.start_utc
        nominal = rules.parse_duration(master.duration) if master.duration else None
        if nominal is not None:
            length = max(length, timedelta(days=abs(nominal[0])) + abs(nominal[1]))
    longest = max([length, *(f.length for f in futures)])
    return longest + max((abs(f.shift) for f in futures), default=timedelta()) + timedelta(days=3)


def _rows(master: MasterRow, occurrences, futures) -> list[tuple]:
    ordered = sorted(futures, key=lambda f: f.recurrence_id)
    out = []
    for o in occurrences:
        if o.all_day:
            s, e = f"{o.start_date.isoformat()} 00:00:00", f"{o.end_date.isoformat()} 00:00:00"
            long_span = (o.end_date - o.start_date) > LONG_SPAN
        else:
            start, end = o.start.astimezone(UTC), o.end.astimezone(UTC)
            s, e = start.replace(tzinfo=None).isoformat(" ")[:19], end.replace(tzinfo=None).isoformat(" ")[:19]
            long_span = (end - start) > LONG_SPAN
        future = future_for(ordered, o.recurrence_id) if ordered else None
        texts_id = future.texts_id if future is not None else None
        out.append((master.id, o.recurrence_id, s, e, int(long_span), texts_id))
    return out


def _rdates_after(master: MasterRow, moment: datetime) -> bool:
    for key in master.rdates:
        found = _rdate(key, master.all_day)
        if found is None:
            continue
        first = found[0]
        when = first if isinstance(first, datetime) else datetime.combine(first, datetime.min.time(), UTC)
        if when >= moment - timedelta(days=2):
            return True
    return False


def _store(master: MasterRow, lo: datetime, hi: datetime, skip, futures, stamp: str,
           resume: tuple[datetime, int] | None, home: str, batch: _Batch) -> None:
    """Expand ``master`` over [lo, hi) (from ``resume`` when given) into ``batch``: its rows and its state."""
    source = None
    if master.rrule:
        source = RuleSource(master.rrule, rule_start(master), master.start_timezone, master.all_day, resume)
    found = expand(master, lo, hi, (), frozenset(skip), tuple(futures), home, source=source,
                   cap=rules.MAX_GENERATED)
    batch.rows += _rows(master, found, futures)
    margin = _margin(master, futures)
    complete = (source is None or source.exhausted) and not _rdates_after(master, hi)
    new_resume = resume
    if source is not None:
        before = naive_local(hi - margin, master.start_timezone) if not master.all_day else (
            datetime.combine((hi - margin).date(), datetime.min.time()))
        new_resume = source.resume_point(before) or resume
        # The expansion looks a margin past ``hi``: a rule can end in there, with its last moments not stored
        # (they start after ``hi``). Complete only when every moment it made lies safely before ``hi``.
        complete = complete and (not source.items or source.items[-1] < before)
    batch.states.append((master.id, stamp, utc_text(hi), int(complete),
                         new_resume[0].isoformat(" ") if new_resume else None, new_resume[1] if new_resume else 0))
    if len(batch.rows) > 20_000:
        batch.flush()


class _Batch:
    """Rows and states written together (one executemany each, not two statements per series)."""

    def __init__(self):
        self.rows: list[tuple] = []
        self.states: list[tuple] = []

    def flush(self) -> None:
        cursor = database.cursor()
        if self.rows:
            cursor.executemany(_INSERT, self.rows)
        if self.states:
            cursor.executemany(_STATE, self.states)
        self.rows, self.states = [], []


def materialise(ids: list[int], until: datetime) -> None:
    """Expand these series again from their start to ``until`` (inside the caller's transaction)."""
    if not ids:
        return
    for chunk in _chunks(ids):
        marks = ", ".join("?" for _ in chunk)
        for table in ("event_occurrence", "event_occurrence_series", "event_occurrence_dirty"):
            database.execute_sql(f"DELETE FROM {table} WHERE series_id IN ({marks})", chunk)
    masters = masters_by_id(ids)
    overridden, futures = overrides_of(masters)
    stamp_of = stamps([m.id for m in masters])
    home = home_zone()
    batch = _Batch()
    for master in masters:
        _store(master, EARLIEST, until, overridden.get(master.id, ()), futures.get(master.id, ()),
               stamp_of[master.id], None, home, batch)
    batch.flush()


def extend(ids: list[int], until: datetime) -> None:
    """Extend open series to ``until`` from their stored resume point (a changed one is expanded again)."""
    states = {}
    for chunk in _chunks(ids):
        states.update((row[0], row[1:]) for row in database.execute_sql(
            "SELECT series_id, stamp, covered_to, resume_at, resume_made FROM event_occurrence_series "
            f"WHERE complete = 0 AND series_id IN ({', '.join('?' for _ in chunk)})", chunk).fetchall())
    masters = masters_by_id(list(states))
    current = stamps([m.id for m in masters])
    stale = [m.id for m in masters if current.get(m.id) != states[m.id][0]]
    gone = set(states) - {m.id for m in masters}
    materialise(stale + sorted(gone), until)
    fresh = [m for m in masters if m.id not in set(stale)]
    overridden, futures = overrides_of(fresh)
    home = home_zone()
    batch = _Batch()
    for master in fresh:
        stamp, covered_to, resume_at, made = states[master.id]
        covered = datetime.fromisoformat(covered_to).replace(tzinfo=UTC)
        if covered >= until:
            continue
        resume = (datetime.fromisoformat(resume_at), made) if resume_at else None
        _store(master, covered, until, overridden.get(master.id, ()), futures.get(master.id, ()), stamp, resume,
               home, batch)
    batch.flush()


def _target(until: datetime, now: datetime) -> datetime:
    return min(max(now + HORIZON, min(until, LATEST - EXTEND_BY) + EXTEND_BY), now + PERSIST_LIMIT, LATEST)


def _pending(until: datetime, only: set[int] | None) -> tuple[list[int], list[int]]:
    cursor = database.cursor()
    dirty = [row[0] for row in cursor.execute("SELECT series_id FROM event_occurrence_dirty").fetchall()]
    short = [row[0] for row in cursor.execute(
        "SELECT series_id FROM event_occurrence_series WHERE complete = 0 AND covered_to < ?",
        (utc_text(until),)).fetchall()]
    if only is not None:
        dirty, short = [i for i in dirty if i in only], [i for i in short if i in only]
    return dirty, short


def refresh(until: datetime, now: datetime | None = None, only: set[int] | None = None) -> bool:
    """Bring the rows up to date for a read ending at ``until`` (of the series in ``only``, when given).
    False when the file cannot be written."""
    now = now or datetime.now(UTC)
    wanted = min(until, now + PERSIST_LIMIT)
    dirty, short = _pending(wanted, only)
    if not dirty and not short:
        return True
    target = _target(until, now)
    try:
        while dirty or short:
            # A few hundred series a transaction: a bulk import's thousands never hold the write lock for long
            # (a softphone's log-call waits at most that long).
            with database.atomic():
                dirty, short = _pending(wanted, only)  # again under the write lock: another process may have begun
                dirty, short = dirty[:CHUNK], [i for i in short if i not in set(dirty)][:max(0, CHUNK - len(dirty))]
                materialise(dirty, target)
                extend(short, target)
            before = (dirty, short)
            dirty, short = _pending(wanted, only)
            if (dirty[:CHUNK], short[:CHUNK]) == before and before != ([], []):
                break  # no progress (cannot happen: each round clears or extends what it took); never spin
    except OperationalError as exc:
        if _writable(exc):
            raise
        return False
    return True


def _writable(exc: OperationalError) -> bool:
    text = str(exc).lower()
    return "readonly" not in text.replace(" ", "") and "read-only" not in text


def materialise_now(ids: list[int], until: datetime) -> bool:
    """Expand these (stale) series again in a transaction of their own; False when the file cannot be written."""
    try:
        with database.atomic():
            materialise(ids, _target(until, datetime.now(UTC)))
    except OperationalError as exc:
        if _writable(exc):
            raise
        return False
    return True


def uncovered(until: datetime, only: set[int] | None = None,
              ) -> dict[int, tuple[datetime, tuple[datetime, int] | None] | None]:
    """Series whose rows do not reach ``until`` or are stale: id → (rows end, resume point), or None when it
    has no usable rows at all (expand it from its start). ``only``: of these series alone (a search's)."""
    out: dict[int, tuple[datetime, tuple[datetime, int] | None] | None] = {}
    cursor = database.cursor()
    out.update((row[0], None) for row in cursor.execute("SELECT series_id FROM event_occurrence_dirty").fetchall()
               if only is None or row[0] in only)
    for series_id, covered_to, resume_at, made in cursor.execute(
            "SELECT series_id, covered_to, resume_at, resume_made FROM event_occurrence_series "
            "WHERE complete = 0 AND covered_to < ?", (utc_text(until),)).fetchall():
        if series_id not in out and (only is None or series_id in only):
            resume = (datetime.fromisoformat(resume_at), made) if resume_at else None
            out[series_id] = (datetime.fromisoformat(covered_to).replace(tzinfo=UTC), resume)
    return out


def safe_refresh(until: datetime, only: set[int] | None = None) -> None:
    """:func:`refresh`, for readers: a busy or read-only file is read as it is (the rest is expanded per read)."""
    try:
        refresh(until, only=only)
    except OperationalError as exc:
        if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
            raise


BACKGROUND_OVER = 50  # series waiting: above this a window brings the rows up to date off its GUI thread


def waiting(until: datetime) -> int:
    """How many series a read ending at ``until`` would expand first (dirty, or rows ending before it)."""
    cursor = database.cursor()
    dirty = cursor.execute("SELECT count(*) FROM event_occurrence_dirty").fetchone()[0]
    short = cursor.execute("SELECT count(*) FROM event_occurrence_series WHERE complete = 0 AND covered_to < ?",
                           (utc_text(min(until, datetime.now(UTC) + PERSIST_LIMIT)),)).fetchone()[0]
    return dirty + short


def refresh_on_worker(until: datetime) -> bool:
    """:func:`refresh` on a worker thread's own connection, closed after; False when the file could not be
    written (read-only, or busy past the timeout): the window's reads then expand what they need themselves."""
    try:
        return refresh(until)
    except OperationalError as exc:
        if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
            raise
        return False
    finally:
        if not database.is_closed():
            database.close()  # the calling thread's connection only (Peewee keeps one per thread)


def prepare(now: datetime | None = None) -> None:
    """Expand now, up to the horizon, what writes have left dirty. The GUI's import and sync workers call it when
    they are done, so the window's next read does not expand thousands of series on the GUI thread."""
    safe_refresh((now or datetime.now(UTC)) + HORIZON)


__all__ = ["BACKGROUND_OVER", "HORIZON", "ROWS", "ROWS_OF_SERIES", "extend", "materialise", "prepare", "refresh", "refresh_on_worker",
           "safe_refresh", "stamps", "uncovered", "waiting"]
