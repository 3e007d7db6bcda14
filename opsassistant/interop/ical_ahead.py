"""Reading an .ics file on a thread of its own while the importer writes the batches read before.

SQLite lets go of the GIL while it executes a statement, so the parsing of the next events (pure Python) runs
while a batch's INSERTs (indexes, triggers, FTS5) run in C: on two cores a cold import of 50k events waits for
the slower of the two instead of their sum. Nothing else changes: :func:`read_ahead` yields the same events as
``iter_events`` and makes the same ``result.skip``/``result.note`` calls and ``seen`` counts at the same points
of the stream (the reading thread hands them over as items, applied in order by the importing thread), so the
result, its order and every progress report are what the sequential reader gives. The reading thread is at most
:data:`AHEAD` chunks of :data:`CHUNK` events ahead (memory stays flat in the file size), never touches the
database, and stops when the importer stops (a cancelled import, an error).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator

CHUNK = 250  # events per hand-over between the threads
AHEAD = 6  # chunks the reading thread may be ahead of the writer
_WAIT = 0.1  # seconds between looks at the stop flag while the writer is behind

_EVENT, _SKIP, _NOTE, _END, _ERROR = range(5)


class _Recorder:
    """Stands in for the ImportResult on the reading thread: its skip/note calls become items of the stream."""

    def __init__(self) -> None:
        self.items: list[tuple] = []

    def skip(self, place: str, reason: str) -> None:
        self.items.append((_SKIP, place, reason))

    def note(self, place: str, reason: str) -> None:
        self.items.append((_NOTE, place, reason))


def _put(channel: queue.Queue, items: list, stop: threading.Event) -> bool:
    while not stop.is_set():
        try:
            channel.put(items, timeout=_WAIT)
            return True
        except queue.Full:
            continue
    return False


def read_ahead(read: Callable[[object, list[int]], Iterator], result, seen: list[int]) -> Iterator:
    """The events of ``read(recorder, count)`` (``iter_events`` with its result and counter), read on a thread;
    ``result`` and ``seen`` get what the sequential reader would give them, at the same points."""
    channel: queue.Queue = queue.Queue(AHEAD)
    stop = threading.Event()

    def run() -> None:
        recorder, count = _Recorder(), [0]
        try:
            for event in read(recorder, count):
                recorder.items.append((_EVENT, event, count[0]))
                if len(recorder.items) >= CHUNK:
                    items, recorder.items = recorder.items, []
                    if not _put(channel, items, stop):
                        return
            recorder.items.append((_END, None, count[0]))
        except BaseException as exc:  # handed to the importing thread, raised there where it came
            recorder.items.append((_ERROR, exc, count[0]))
        _put(channel, recorder.items, stop)

    thread = threading.Thread(target=run, name="ics-reader", daemon=True)
    thread.start()
    try:
        while True:
            for kind, first, second in channel.get():
                if kind == _EVENT:
                    seen[0] = second
                    yield first
                elif kind == _SKIP:
                    result.skip(first, second)
                elif kind == _NOTE:
                    result.note(first, second)
                else:
                    seen[0] = second
                    if kind == _ERROR:
                        raise first
                    return
    finally:
        stop.set()
        thread.join()


__all__ = ["read_ahead"]
