"""A sync keeps the cyclic collector to what it made itself (``engine.young_collections_only``): a full
collection on the sync's worker thread would scan every object of the process while holding the interpreter
lock, and the window could not paint meanwhile. Checked by where the objects are, never by a clock."""

from __future__ import annotations

import gc
import weakref

from opsassistant.devtools import sync_objects as so
from opsassistant.sync import engine
from tests.sync.test_two_way import calendar_of


class Cycle:
    def __init__(self):
        self.me = self


def in_collected_generations(thing) -> bool:
    return any(o is thing for generation in range(3) for o in gc.get_objects(generation))


def test_a_sync_freezes_what_lived_before_and_each_batch_then_unfreezes_everything(account, monkeypatch):
    cal = calendar_of(account)
    for n in range(5):
        cal.save_event(so.event_text(n))
    monkeypatch.setattr(engine, "MULTIGET_BATCH", 2)  # three batches of the five objects
    before = [[]]  # a tracked object that lives through the sync
    garbage = Cycle()
    gone = weakref.ref(garbage)
    del garbage  # cyclic garbage left before the sync: frozen with the rest, so it must be freed after
    assert in_collected_generations(before)
    seen: list[tuple[int, bool, bool]] = []
    made: list[list] = []  # an object made during the sync, at each batch's progress report

    def progress(text: str) -> None:
        if "of 5" not in text:  # not one of the calendar's batch reports ("Syncing Calendar: 2 of 5…")
            return
        earlier = made[-1] if made else None
        seen.append((gc.get_freeze_count(), in_collected_generations(before),
                     earlier is not None and in_collected_generations(earlier)))
        made.append([[]])

    report = engine.sync_account("office", progress=progress)
    assert report.received == 5
    assert len(seen) >= 3 and all(count for count, _before, _earlier in seen)  # frozen at every batch
    assert not any(scanned for _count, scanned, _earlier in seen)  # what lived before is out of every collection
    assert not any(scanned for _count, _before, scanned in seen)  # so is what survived the batch before
    assert gc.get_freeze_count() == 0  # nothing stays frozen after the sync
    assert in_collected_generations(before)
    gc.collect()
    assert gone() is None


def test_nested_use_unfreezes_only_at_the_outermost_end():
    with engine.young_collections_only():
        with engine.young_collections_only():
            pass
        assert gc.get_freeze_count() > 0  # the worker's syncs and what follows them stay frozen
    assert gc.get_freeze_count() == 0
