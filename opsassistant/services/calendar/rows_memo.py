"""Rows read by id, kept while the database provably has not changed: moving from one month to the next reads
the masters of the same weekly series again (thousands of them in a busy calendar, a third of the month's load),
though nothing was written in between.

The memo holds what one query returned for each id as of one state of the data: this connection (the object
itself, never an id that could be reused), SQLite's ``PRAGMA data_version`` (moves when another connection or
process commits) and this connection's ``total_changes`` (moves with every row it writes, committed or not).
When any of them differs, or the memo holds :data:`LIMIT` rows, it starts empty: a stale row is never returned.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from opsassistant.db.database import change_stamp
from opsassistant.db.models import database

LIMIT = 50_000  # rows per memo (about 5 MB of light tuples): past it the memo starts again

_MISSING = object()  # an id the query did not return (a deleted master): remembered as missing too


class RowsMemo:
    """``fetch(ids) -> {id: row}`` remembered per id while the data is unchanged (see the module)."""

    def __init__(self, fetch: Callable[[list[int]], dict[int, tuple]]):
        self._fetch = fetch
        self._state: tuple | None = None
        self._rows: dict[int, object] = {}
        self._lock = threading.Lock()  # each thread has a connection of its own: one state at a time

    def rows(self, ids: list[int]) -> dict[int, tuple]:
        with self._lock:
            return self._rows_of(ids)

    def _rows_of(self, ids: list[int]) -> dict[int, tuple]:
        stamp = change_stamp()
        if stamp is None:  # no database open: the query says so
            return self._fetch(ids)
        connection = database.connection()
        if self._state is None or self._state[0] is not connection or self._state[1:] != stamp \
                or len(self._rows) > LIMIT:
            self._rows, self._state = {}, (connection, *stamp)
        known = self._rows
        missing = [row_id for row_id in ids if row_id not in known]
        if missing:
            found = self._fetch(missing)
            for row_id in missing:
                known[row_id] = found.get(row_id, _MISSING)
        return {row_id: row for row_id in ids if (row := known[row_id]) is not _MISSING}

    def clear(self) -> None:
        with self._lock:
            self._rows, self._state = {}, None
