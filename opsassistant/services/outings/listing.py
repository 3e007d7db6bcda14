"""``list outings [--json]`` and the outings table of the panel (a PagedSource, sorted and filtered in SQL).

JSON objects: ``id``, ``title``, ``kind``, ``status``, ``start``/``end`` (ISO 8601 with the offset, in the
outing's zone), ``timezone``, ``venue``, ``budget``/``spent`` (decimal strings in ``currency``, e.g.
``"12500.00"``; ``spent`` is net of refunds, foreign lines converted with their entered rate), ``currency``,
``participants``: a list of ``{"name", "email", "rsvp"}`` objects, ``rsvp`` one of
``accepted``/``declined``/``no_reply``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from peewee import Case, fn

from opsassistant.db.fields import utc_text
from opsassistant.db.models import Expense, Outing, OutingParticipant
from opsassistant.services.home import home_zone
from opsassistant.services.outings import money

SORT_KEYS = {
    "start": Outing.start_utc,
    "title": fn.lower(Outing.title),
    "kind": Outing.kind,
    "status": Outing.status,
    "budget": Outing.budget_minor,
}


@dataclass
class Filters:
    search: str = ""
    date_from: date | None = None
    date_to: date | None = None
    open_only: bool = False  # not done and not cancelled


@dataclass
class OutingRow:
    id: int
    title: str
    kind: str
    status: str
    start: datetime  # in the outing's zone
    end: datetime
    timezone: str
    venue: str
    budget_minor: int
    spent_minor: int
    currency: str
    accepted: int
    participants: int


def _local_midnight_utc(day: date) -> str:
    return utc_text(datetime.combine(day, time(0), ZoneInfo(home_zone())).astimezone(UTC))


def _query(filters: Filters):
    query = Outing.alive()
    if filters.search.strip():
        pattern = f"%{filters.search.strip()}%"
        query = query.where((Outing.title ** pattern) | (Outing.venue ** pattern) | (Outing.description ** pattern))
    if filters.date_from:
        query = query.where(Outing.end_utc > _local_midnight_utc(filters.date_from))
    if filters.date_to:
        query = query.where(Outing.start_utc < _local_midnight_utc(filters.date_to + timedelta(days=1)))
    if filters.open_only:
        query = query.where(Outing.status.not_in(["done", "cancelled"]))
    return query


def _spent_and_counts(outings: list[Outing]) -> tuple[dict[int, int], dict[int, tuple[int, int]]]:
    """Per outing: spent (minor units of its currency) and (accepted, participants), read as plain tuples."""
    ids = [o.id for o in outings]
    currency = {o.id: o.currency for o in outings}
    spent: dict[int, int] = defaultdict(int)
    counts: dict[int, tuple[int, int]] = {}
    if not ids:
        return spent, counts
    rows = (Expense.select(Expense.outing, Expense.amount_minor, Expense.currency, Expense.exchange_rate,
                           Expense.is_refund).where(Expense.outing.in_(ids)).tuples())
    for outing_id, amount, line_currency, rate, refund in rows:
        if line_currency != currency[outing_id]:
            amount = money.convert(amount, line_currency, Decimal(rate), currency[outing_id])
        spent[outing_id] += -amount if refund else amount
    accepted = fn.SUM(Case(None, [(OutingParticipant.rsvp == "accepted", 1)], 0))
    query = (OutingParticipant.select(OutingParticipant.outing, accepted, fn.COUNT(OutingParticipant.id))
             .where(OutingParticipant.outing.in_(ids)).group_by(OutingParticipant.outing).tuples())
    for outing_id, yes, total in query:
        counts[outing_id] = (int(yes or 0), int(total))
    return spent, counts


def _rows(outings: list[Outing]) -> list[OutingRow]:
    spent, counts = _spent_and_counts(outings)
    rows = []
    for o in outings:
        zone = ZoneInfo(o.timezone)
        accepted, total = counts.get(o.id, (0, 0))
        rows.append(OutingRow(o.id, o.title, o.kind, o.status, o.start_utc.astimezone(zone),
                              o.end_utc.astimezone(zone), o.timezone, o.venue, o.budget_minor, spent[o.id],
                              o.currency, accepted, total))
    return rows


class OutingSource:
    """PagedSource over outings for ``LazyTableModel``."""

    def count(self, filters: Filters | None) -> int:
        return _query(filters or Filters()).count()

    def fetch(self, filters: Filters | None, sort_key: str | None, descending: bool, offset: int,
              limit: int) -> list[OutingRow]:
        column = SORT_KEYS.get(sort_key or "start", Outing.start_utc)
        order = [column.desc() if descending else column.asc(), Outing.id.desc() if descending else Outing.id]
        return _rows(list(_query(filters or Filters()).order_by(*order).offset(offset).limit(limit)))


def row(outing_id: int) -> OutingRow:
    return _rows([Outing.get_by_id(outing_id)])[0]


def records(*, search: str | None = None, date_from: date | None = None, date_to: date | None = None,
            open_only: bool = False) -> list[dict]:
    filters = Filters(search or "", date_from, date_to, open_only)
    outings = list(_query(filters).order_by(Outing.start_utc, Outing.id))
    people: dict[int, list[dict]] = defaultdict(list)
    if outings:
        query = (OutingParticipant.select(OutingParticipant.outing, OutingParticipant.name, OutingParticipant.email,
                                          OutingParticipant.rsvp)
                 .where(OutingParticipant.outing.in_([o.id for o in outings]))
                 .order_by(OutingParticipant.name, OutingParticipant.id).tuples())
        for outing_id, name, email, rsvp in query:
            people[outing_id].append({"name": name, "email": email, "rsvp": rsvp})
    result = []
    for r in _rows(outings):
        result.append({
            "id": r.id, "title": r.title, "kind": r.kind, "status": r.status,
            "start": r.start.isoformat(), "end": r.end.isoformat(), "timezone": r.timezone, "venue": r.venue,
            "budget": money.decimal_text(r.budget_minor, r.currency),
            "spent": money.decimal_text(r.spent_minor, r.currency),
            "currency": r.currency, "participants": people[r.id],
        })
    return result
