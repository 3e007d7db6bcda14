"""Event search in SQL: FTS5 over titles, locations and notes (``event_fts``, kept by triggers), then the
occurrences of the hits only, inside the range asked for.

Each word is a prefix query, looked up as typed (casefolded; unicode61 removes accents such as é) and folded
(ø→o, æ→ae, å→aa, as the contacts search), so "Oresund" finds "Øresund" and "bestyr" finds "Bestyrelsesmøde".
A series is shown when its master matches; an occurrence moved by a THISANDFUTURE override shows when that
override's texts match; an edited occurrence when its own row matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from opsassistant.db.models import database
from opsassistant.services.calendar.occurrences import Occurrence, between
from opsassistant.services.contacts.indexing import fold

_WORDS = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when nothing searchable is left."""
    parts = []
    for word in _WORDS.findall(text or ""):
        variants = dict.fromkeys((word.casefold(), fold(word)))
        alternatives = " OR ".join(f'"{v}"*' for v in variants if v)
        if alternatives:
            parts.append(f"({alternatives})")
    return " AND ".join(parts) or None


def matching(text: str) -> list[tuple[int, int | None, str, bool]]:
    """(id, series id, recurrence range, is a series master) of the live events whose texts match ``text``."""
    query = fts_query(text)
    if query is None:
        return []
    return [(row[0], row[1], row[2] or "", bool(row[3])) for row in database.execute_sql(
        "SELECT id, series_id, recurrence_range, rrule != '' OR rdates != '[]' FROM event "
        "WHERE id IN (SELECT rowid FROM event_fts WHERE event_fts MATCH ?) AND deleted_at IS NULL",
        (query,)).fetchall()]


@dataclass(frozen=True)
class Plan:
    """What a search reads: ``only`` the hit events and the series they show in, and of a series ``texts`` only
    the occurrences whose texts come from a hit row (its master or a THISANDFUTURE override)."""

    only: set[int]
    texts: set[int]


def plan(text: str) -> Plan:
    """The events and series :func:`search` reads for ``text`` (empty when nothing matches)."""
    only: set[int] = set()
    texts: set[int] = set()
    for event_id, series_id, recurrence_range, master in matching(text):
        only.add(event_id)
        if master:
            texts.add(event_id)
        elif series_id is not None and recurrence_range.upper() == "THISANDFUTURE":
            only.add(series_id)  # the later occurrences it moves carry its texts
            texts.add(event_id)
    return Plan(only, texts)


def search(text: str, start: datetime, end: datetime, principal_ids: list[int] | None = None, *,
           stored_only: bool = False) -> list[Occurrence]:
    """The occurrences in [start, end) of the events matching ``text`` (see the module), sorted by start
    (``stored_only``: as :func:`occurrences.between`)."""
    wanted = plan(text)
    if not wanted.only:
        return []
    return between(start, end, principal_ids, only=wanted.only, texts=wanted.texts, stored_only=stored_only)
