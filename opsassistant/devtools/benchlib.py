"""Small tools for the benchmark modules: a result row and a median timer. Benchmarks are never tests."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class BenchRow:
    what: str  # as in DESIGN.md's budget table
    data: str  # e.g. "100k contacts"
    budget: str  # e.g. "≤ 16 ms"
    median_ms: float | None  # None: not measured ("—")
    memory_mb: float | None = None
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def median_ms(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 2)
