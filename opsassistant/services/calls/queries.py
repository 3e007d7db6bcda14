"""Reading calls: open call-backs, a day's calls, a caller's history, and the call log's ``PagedSource``.

The call log pages with a deferred join — the inner query walks an index for ``LIMIT/OFFSET`` and only the
page's rows are read — and reads from the far end (``reverse_window``) past the middle, so the last page of a
million calls costs what the first does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from opsassistant.db.fields import utc_text
from opsassistant.db.models import Call
from opsassistant.services import phones
from opsassistant.services.home import DEFAULT_ZONE, home_zone


def reverse_window(total: int, offset: int, limit: int) -> tuple[bool, int, int]:
    """Same rule as ``gui.common.lazy_model.reverse_window`` (services must not import the GUI layer)."""
    end = min(offset + limit, total)
    if offset > total // 2:
        return True, max(total - end, 0), end - offset
    return False, offset, limit


def local_zone() -> str:
    """The office's zone: the executive's home zone."""
    return home_zone()


def day_bounds(day: date, zone: str) -> tuple[datetime, datetime]:
    tz = ZoneInfo(zone)
    start = datetime.combine(day, time(0), tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def open_callbacks(principal_id: int | None = None, limit: int | None = None) -> list[Call]:
    """Open call-backs, overdue first (earliest deadline first; those without a deadline last).

    Two queries rather than one ``ORDER BY callback_by_utc IS NULL``: each walks an index, so the Today page's
    first 50 of thousands cost well under a millisecond.
    """
    dated = (_open_query(principal_id).where(Call.callback_by_utc.is_null(False))
             .order_by(Call.callback_by_utc, Call.when_utc))
    found = list(dated.limit(limit) if limit else dated)
    if limit is None or len(found) < limit:
        undated = _open_query(principal_id).where(Call.callback_by_utc.is_null()).order_by(Call.when_utc)
        found += list(undated.limit(limit - len(found)) if limit else undated)
    return found


def count_open_callbacks(principal_id: int | None = None) -> int:
    return _open_query(principal_id).count()


def _open_query(principal_id: int | None):
    query = Call.alive().where(Call.status == "open")
    if principal_id is not None:
        query = query.where(Call.principal == principal_id)
    return query


def due_between(start: datetime, end: datetime) -> list[Call]:
    """Open call-backs whose deadline falls in ``(start, end]`` — what the notifier announces."""
    return list(Call.alive().where(Call.status == "open", Call.callback_by_utc > start,
                                   Call.callback_by_utc <= end).order_by(Call.callback_by_utc))


def calls_on(day: date, principal_id: int | None = None, zone: str | None = None) -> list[Call]:
    start, end = day_bounds(day, zone or local_zone())
    query = Call.alive().where(Call.when_utc >= start, Call.when_utc < end)
    if principal_id is not None:
        query = query.where(Call.principal == principal_id)
    return list(query.order_by(Call.when_utc, Call.id))


def earlier_calls(call: Call, limit: int = 20) -> list[Call]:
    """Other calls with the same caller (same contact, else same number), newest first."""
    if call.contact_id:
        same = Call.contact == call.contact_id
    elif call.digits:
        same = Call.digits == call.digits
    else:
        return []
    return list(Call.alive().where(same, Call.id != call.id).order_by(Call.when_utc.desc()).limit(limit))


def get(call_id: int) -> Call | None:
    return Call.get_or_none(Call.id == call_id)


# --- the call log -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CallFilters:
    open_only: bool = False
    overdue: bool = False
    today: bool = False
    principal_id: int | None = None
    direction: str | None = None  # in | out | missed
    search: str = ""
    now: datetime | None = field(default=None, compare=False)  # for tests; None = the clock
    zone: str = DEFAULT_ZONE

    @property
    def active(self) -> bool:
        """True when something narrows the log (an empty result then means "nothing matches")."""
        return bool(self.open_only or self.overdue or self.today or self.principal_id is not None
                    or self.direction or self.search.strip())

    def with_(self, **changes) -> CallFilters:
        return replace(self, **changes)


@dataclass(slots=True)
class CallRow:
    """One line of the call log, read as a tuple (cheaper than a model instance)."""

    id: int
    when_utc: datetime
    timezone: str
    direction: str
    typed_number: str
    e164: str | None
    name: str
    company: str
    contact_id: int | None
    principal_id: int | None
    please_call: bool
    urgent: bool
    message: str
    callback_by_utc: datetime | None
    status: str

    cache: dict = field(default_factory=dict)  # formatted cells, kept by the table model for this row

    def overdue(self, now: datetime) -> bool:
        return self.status == "open" and self.callback_by_utc is not None and self.callback_by_utc < now

    @property
    def number_for_reading(self) -> str:
        return phones.format_for_reading(self.e164, self.typed_number)


_ROW_FIELDS = (Call.id, Call.when_utc, Call.timezone, Call.direction, Call.typed_number, Call.e164, Call.name,
               Call.company, Call.contact, Call.principal, Call.please_call, Call.urgent, Call.message,
               Call.callback_by_utc, Call.status)

# sort key → columns (each served by an index on (deleted_at, …) in db/models/calls.py)
SORT_KEYS = {
    "when": (Call.when_utc, Call.id),
    "name": (Call.name, Call.when_utc, Call.id),
    "direction": (Call.direction, Call.when_utc, Call.id),
    "principal": (Call.principal, Call.when_utc, Call.id),
    "callback": (Call.callback_by_utc, Call.id),
    "status": (Call.status, Call.callback_by_utc, Call.id),
}
_DIGITS_ONLY = re.compile(r"^[\d\s+()./-]+$")


def _where(filters: CallFilters):
    conditions = [Call.deleted_at.is_null()]
    now = filters.now or datetime.now(UTC)
    if filters.open_only or filters.overdue:
        conditions.append(Call.status == "open")
    if filters.overdue:
        conditions.append(Call.callback_by_utc < utc_text(now))
    if filters.today:
        start, end = day_bounds(now.astimezone(ZoneInfo(filters.zone)).date(), filters.zone)
        conditions += [Call.when_utc >= start, Call.when_utc < end]
    if filters.principal_id is not None:
        conditions.append(Call.principal == filters.principal_id)
    if filters.direction:
        conditions.append(Call.direction == filters.direction)
    text = filters.search.strip()
    if text:
        if _DIGITS_ONLY.match(text) and any(ch.isdigit() for ch in text):
            digits = phones.match_digits(text)
            conditions.append(Call.digits.contains(digits) | Call.typed_number.contains(text))
        else:
            conditions.append(Call.name.contains(text) | Call.company.contains(text) | Call.message.contains(text))
    return conditions


def _moment(text: str | None) -> datetime | None:
    # fromisoformat is ~10x faster than the field's strptime; a page is 200 rows, two moments each.
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text else None


def _row(values: tuple) -> CallRow:
    (call_id, when, zone, direction, typed, e164, name, company, contact_id, principal_id, please_call, urgent,
     message, callback_by, status) = values
    return CallRow(call_id, _moment(when), zone, direction, typed, e164, name, company, contact_id, principal_id,
                   bool(please_call), bool(urgent), message, _moment(callback_by), status)


class CallSource:
    """The call log's ``PagedSource`` (see ``gui.common.lazy_model``)."""

    def __init__(self) -> None:
        self._counts: dict[CallFilters, int] = {}

    def count(self, filters: CallFilters | None) -> int:
        filters = filters or CallFilters()
        if filters.active:
            total = Call.select().where(*_where(filters)).count()
        else:
            # count(*) of a whole table is SQLite's fast path; minus the (few) calls in the trash.
            db = Call._meta.database
            total = db.execute_sql("SELECT count(*) FROM call").fetchone()[0] - \
                db.execute_sql("SELECT count(*) FROM call WHERE deleted_at IS NOT NULL").fetchone()[0]
        self._counts = {filters: total}
        return total

    def fetch(self, filters: CallFilters | None, sort_key: str | None, descending: bool, offset: int,
              limit: int) -> list[CallRow]:
        filters = filters or CallFilters()
        if sort_key is None:
            sort_key, descending = "when", True
        total = self._counts.get(filters)
        if total is None:
            total = self.count(filters)
        reverse, offset, limit = reverse_window(total, offset, limit)
        if limit <= 0:
            return []
        backwards = descending != reverse
        order = [f.desc() if backwards else f.asc() for f in SORT_KEYS.get(sort_key, SORT_KEYS["when"])]
        conditions = _where(filters)
        page = Call.select(Call.id).where(*conditions).order_by(*order).limit(limit).offset(offset)
        query = Call.select(*_ROW_FIELDS).where(Call.id.in_(page)).order_by(*order)
        sql, params = query.sql()
        rows = [_row(values) for values in Call._meta.database.execute_sql(sql, params)]
        if reverse:
            rows.reverse()
        return rows

    def position_of(self, filters: CallFilters | None, call_id: int) -> int | None:
        """The row of a call in the default order (newest first), for selecting it after a write."""
        filters = filters or CallFilters()
        call = Call.get_or_none(Call.id == call_id)
        if call is None:
            return None
        newer = Call.select().where(*_where(filters), (Call.when_utc > call.when_utc) |
                                    ((Call.when_utc == call.when_utc) & (Call.id > call.id))).count()
        return newer
