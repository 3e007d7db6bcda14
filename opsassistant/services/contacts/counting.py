"""The exact number of contacts a search matches, counted on a thread of its own.

A ``count(*)`` over 100k contacts costs 5–80 ms, more than a keystroke may take: the contacts table shows its
first rows at once and asks a ``Counter`` for the total once typing pauses. One long-lived thread counts the
latest request on a fresh read-only SQLite connection (WAL: it never blocks a writer nor waits for one); a new
request or ``cancel()`` interrupts the count in flight, so a stale count never competes with the next keystroke.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from opsassistant.db.models import database
from opsassistant.services.contacts.search import ContactFilters, count_sql

Done = Callable[[int], None]


def _read_only_target() -> str | None:
    """A URI opening the current database file read-only, or None when there is no file (in-memory)."""
    name = database.database
    if not name or name == ":memory:" or database.is_closed():
        return None
    if database.connect_params.get("uri"):
        return name if "mode=ro" in name else None
    return f"{Path(name).resolve().as_uri()}?mode=ro"


class Counter:
    """``request(filters, done)``: ``done(total)`` is called on the counting thread with the exact count —
    never after a later ``request`` or ``cancel()``, never for a count that failed (interrupted, or the file
    gone)."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._job: tuple[str, ContactFilters, Done] | None = None
        self._ticket = 0  # the request being served; a later request or cancel() moves it on
        self._connection: sqlite3.Connection | None = None
        self._thread: threading.Thread | None = None

    @staticmethod
    def possible() -> bool:
        """Whether the open database can be counted from another connection (a file, not ``:memory:``)."""
        return _read_only_target() is not None

    def request(self, filters: ContactFilters, done: Done) -> None:
        target = _read_only_target()  # read here, on the caller's thread, where the database was opened
        with self._lock:
            self._interrupt()
            if target is None:
                return
            self._job = (target, filters, done)
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="contact-count", daemon=True)
                self._thread.start()
            self._lock.notify()

    def cancel(self) -> None:
        with self._lock:
            self._interrupt()

    def _interrupt(self) -> None:
        self._ticket += 1
        self._job = None
        if self._connection is not None:
            self._connection.interrupt()

    def _serve(self) -> None:
        while True:
            with self._lock:
                while self._job is None:
                    self._lock.wait()
                (target, filters, done), ticket = self._job, self._ticket
                self._job = None
            total = self._count(target, filters, ticket)
            with self._lock:  # held while reporting, so once cancel() returned no report follows
                if total is not None and ticket == self._ticket:
                    with contextlib.suppress(Exception):  # a receiver that is gone must not end this thread
                        done(total)

    def _count(self, target: str, filters: ContactFilters, ticket: int) -> int | None:
        query = count_sql(filters)
        if query is None:
            return 0
        try:
            connection = sqlite3.connect(target, uri=True, timeout=5, check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            with self._lock:
                if ticket != self._ticket:
                    return None
                self._connection = connection
            return connection.execute(*query).fetchone()[0]
        except sqlite3.Error:  # interrupted by a newer request, or the file went away: nothing to report
            return None
        finally:
            with self._lock:
                self._connection = None
            connection.close()


_shared: Counter | None = None


def counter() -> Counter:
    """The process's one counting thread (started at the first request)."""
    global _shared
    if _shared is None:
        _shared = Counter()
    return _shared
