"""``python -m opsassistant.devtools bench``: seed a large database and print DESIGN.md's budget table.

The start-up row is measured here: the app is launched ``STARTUP_RUNS`` times on the bench database with
``OPSASSISTANT_BENCH_EXIT_AFTER_PAINT=1`` and prints ``painted-ms: <ms since process start>`` after its first
paint. The other rows come from the area modules ``bench_<area>.measure(workdir, scale)``, each called with the
seeded bench database open (an area may open files of its own, e.g. 100k contacts, and says so in its rows);
a module that is missing (or fails) leaves its rows at "—". Every row gives the median, min–max and peak memory.
Benchmarks are never tests: nothing here asserts a time.

At ``--scale N`` a row is one of three kinds (``BenchRow.kind``, the table's ``kind`` column):

- *job* rows (import an .ics of 10k events or a .vcf of 10k contacts, the itinerary PDF of 30 segments, the
  phone list PDF of 5k contacts, a first sync of 10k events, an incremental sync of one change) keep DESIGN's
  job size: a user's job does not grow with their database. They run against the N × larger bench database
  (a copy of it where they write) and are held to DESIGN's budget as written.
- *database* rows (start-up, a keystroke of contact search, the call log, the week and month views, event
  search) scale their data by N and are allowed DESIGN's budget × ln N (at least × 1).
- *slope* rows (exports, reports of every row, the large .ics) measure a memory slope at two sizes of scale 1
  (``--full-size`` for N) and extrapolate it when both sizes read more data than SQLite's page cache holds
  (below it the growth is mostly the cache filling: the note says so instead); their bars are memory.

Set-up is kept small: the seeded files (and Radicale's index of the sync objects, and the file the writers-at-once
row re-imports into) are cached above scale 1; the 2.4 GB bench file is copied only for the areas that use it
(:data:`USES_BENCH`); a row whose work another row has just done takes that run (saying so) rather than
repeating it.
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
import traceback
from importlib import import_module
from pathlib import Path

from opsassistant.devtools.benchlib import (
    DATABASE,
    JOB,
    ROW_TIMES,
    BenchRow,
    Timing,
    bulk_writes,
    cache_report,
    cached_database,
    copied,
    row_clock_reset,
)

STARTUP_RUNS = 5
LARGE_SCALE_RUNS = 3  # launches of the start-up rows above scale 1 (each takes seconds there)
STARTUP_TIMEOUT_S = 120
BENCH_ENV = "OPSASSISTANT_BENCH_EXIT_AFTER_PAINT"
SEEDERS = (("contacts", 20_000), ("calendar", 100_000), ("calls", 200_000))  # module, rows at scale 1
MEASURERS = ("contacts", "calendar", "calls", "travel", "sync", "concurrency")
AREAS = ("startup", *MEASURERS)  # what --only may name
# The areas that read or write the seeded bench database; the others (the call log on a file of its own, the
# syncs and the writers at once on theirs) run without it, so a run of only those neither copies nor opens it.
USES_BENCH = ("startup", "contacts", "calendar", "travel")
STARTUP = "start to main window painted"
# The start-up row's launches in this run, by database file: (timing, note, bare window, events then). The
# calendar area's "Today start-up" launches the same program on the same file to the same first paint, so
# it takes these (saying so) rather than launching it all again.
STARTED: dict[Path, tuple] = {}

# DESIGN.md's performance budget, in its order: (what, data, budget).
BUDGET: tuple[tuple[str, str, str], ...] = (
    (STARTUP, "20k contacts, 100k events, 200k calls", "≤ 600 ms"),
    ("contact search, per keystroke", "100k contacts", "≤ 16 ms"),
    ("open the call log and scroll to its end", "1M calls", "≤ 100 ms, ≤ 60 MB extra memory"),
    ("paint the week view", "500 events that week", "≤ 30 ms"),
    ("import an .ics", "10k events", "≤ 1.5 s"),
    ("import a .vcf", "10k contacts", "≤ 2 s"),
    ("itinerary PDF", "30 segments", "≤ 200 ms"),
    ("phone list PDF", "5k contacts", "≤ 3 s"),
    ("first sync from a local CalDAV server", "10k events", "≤ 20 s"),
    ("incremental sync, one change", "10k events synced", "≤ 300 ms"),
    ("GUI frame time while a sync runs", "—", "≤ 50 ms"),
)


def _module(area: str):
    try:
        return import_module(f"opsassistant.devtools.bench_{area}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.endswith(f"bench_{area}"):
            return None
        raise


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def seed(path: Path, scale: float) -> dict[str, int]:
    """Fill an empty bench database through each area's ``seed(count)``; returns the rows per area."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import database

    open_database(path)
    try:
        with bulk_writes(database):  # the bench file only
            return _seed_areas(scale)
    finally:
        close_database()


def _seed_areas(scale: float) -> dict[str, int]:
    from opsassistant.db.models import Call, Contact, Event

    existing = {"contacts": Contact.select().count(), "calendar": Event.select().count(),
                "calls": Call.select().count()}
    for area, full in SEEDERS:
        count = max(1, round(full * scale))
        module = _module(area)
        if existing[area]:
            continue
        _say(f"seeding {count} {area} …")
        started = time.perf_counter()
        if module is None:
            _fallback_seed(area, count)
        else:
            module.seed(count)
        _say(f"    {time.perf_counter() - started:6.1f} s  seeding {area}")
    return {"contacts": Contact.select().count(), "calendar": Event.select().count(),
            "calls": Call.select().count()}


def _fallback_seed(area: str, count: int) -> None:
    """Plain rows for an area whose own seeder is not written yet, so start-up is still measured on volume."""
    import random
    from datetime import UTC, datetime, timedelta

    from opsassistant.db.models import Call, Contact, Event, database

    rng = random.Random(7)
    now = datetime.now(UTC).replace(microsecond=0, second=0)
    batch = 500
    with database.atomic():
        for first in range(0, count, batch):
            numbers = range(first, min(count, first + batch))
            if area == "contacts":
                Contact.insert_many([{"first_name": f"Navn{n}", "last_name": f"Efternavn{n % 997}",
                                      "display_name": f"Navn{n} Efternavn{n % 997}",
                                      "sort_name": f"efternavn{n % 997} navn{n}", "organisation": f"Firma {n % 301}"}
                                     for n in numbers]).execute()
            elif area == "calendar":
                rows = []
                for n in numbers:
                    start = now + timedelta(hours=rng.randint(-24 * 365, 24 * 365))
                    rows.append({"title": f"Aftale {n}", "start_utc": start, "end_utc": start + timedelta(hours=1)})
                Event.insert_many(rows).execute()
            else:
                Call.insert_many([{"when_utc": now - timedelta(minutes=7 * n), "typed_number": f"+45 20{n % 1000000:06d}",
                                   "digits": f"20{n % 1000000:06d}", "name": f"Opkalder {n}"} for n in numbers]).execute()
    database.execute_sql("ANALYZE")


def _child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env[BENCH_ENV] = "1"
    env["XDG_CONFIG_HOME"] = str(home / "config")  # the bench never touches the developer's settings
    env["XDG_DATA_HOME"] = str(home / "data")
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def measure_startup(path: Path, runs: int | None = None) -> tuple[Timing | None, str]:
    """(timing with the app's peak memory in MB, note) over ``runs`` launches of the real program."""
    runs = runs or STARTUP_RUNS
    samples: list[float] = []
    peak_mb = None
    note = ""
    with tempfile.TemporaryDirectory(prefix="opsassistant-bench-home-") as home:
        env = _child_env(Path(home))
        command = [sys.executable, "-c", _CHILD, str(path)]
        for _ in range(runs):
            try:
                done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=STARTUP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                note = "the app did not report its first paint"
                break
            values = dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)
            if "painted-ms" not in values:
                note = f"the app exited with {done.returncode} without reporting a paint: " + \
                    (done.stderr.strip().splitlines() or [""])[-1]
                break
            samples.append(float(values["painted-ms"]))
            if "maxrss-kb" in values:
                peak_mb = max(peak_mb or 0.0, round(float(values["maxrss-kb"]) / 1024, 1))
    if not samples:
        return None, note
    return Timing.of(samples, peak_mb), note or f"{len(samples)} launches"


# The child is the real program (``python -m opsassistant --database FILE``); it reports its own peak memory.
_CHILD = """
import atexit, resource, sys
def peak_kb():  # VmHWM is this program's own; ru_maxrss also counts the bench's pages at fork (Linux)
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
atexit.register(lambda: print(f"maxrss-kb: {peak_kb()}", flush=True))
from opsassistant.cli import main
code = main(["--database", sys.argv[1]])
sys.exit(code)
"""


def _area_rows(workdir: Path, scale: float, database: Path, areas=MEASURERS,
               took: dict[str, float] | None = None) -> tuple[list[BenchRow], list[str]]:
    from opsassistant.db.database import close_database, open_database

    rows: list[BenchRow] = []
    notes: list[str] = []
    took = took if took is not None else {}
    _offscreen_without_display()
    for area in (a for a in MEASURERS if a in areas):
        module = _module(area)
        if module is None or not hasattr(module, "measure"):
            notes.append(f"bench_{area}: not written yet")
            continue
        folder = workdir / area
        folder.mkdir(parents=True, exist_ok=True)
        _say(f"measuring {area} …")
        started = time.perf_counter()
        row_clock_reset()
        close_database()
        if area in USES_BENCH:
            open_database(database)  # each area starts on the seeded bench database, whatever the last one opened
        try:
            rows.extend(module.measure(folder, scale))
        except Exception as exc:  # a broken area bench must not hide the others
            traceback.print_exc()
            notes.append(f"bench_{area}: failed ({exc.__class__.__name__}: {exc})")
        finally:
            close_database()
            took[area] = time.perf_counter() - started
            _say(f"  {area}: {took[area]:.0f} s")
    return rows, notes


def _offscreen_without_display() -> None:
    """The area benches build widgets in this process: offscreen where there is no display (as the launched
    children have, see :func:`_child_env`), so ``--only sync`` does not stop at a missing X server."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def needs_bench(areas) -> bool:
    """Whether any of ``areas`` reads or writes the seeded bench database (:data:`USES_BENCH`): only then is
    the cached 2.4 GB file (at scale 10) copied for the run."""
    return any(area in USES_BENCH for area in areas)


def _key(what: str) -> str:
    return " ".join(what.casefold().replace(".", "").split())


# DESIGN's rows whose size is the user's job, not their database (see the module's docstring).
JOB_ROWS = ("import an .ics", "import a .vcf", "itinerary PDF", "phone list PDF", "first sync from a local CalDAV server",
            "incremental sync, one change", "GUI frame time while a sync runs")


def table(measured: list[BenchRow]) -> list[BenchRow]:
    """Every budget row of DESIGN.md in order (unmeasured ones with ``median_ms=None``), then any extras."""
    by_key = {_key(row.what): row for row in measured}
    out = []
    for what, data, budget in BUDGET:
        row = by_key.pop(_key(what), None)
        kind = JOB if what in JOB_ROWS else DATABASE
        out.append(row if row is not None else BenchRow(what, data, budget, None, None, "not measured yet", kind=kind))
    return out + list(by_key.values())


_TIME = re.compile(r"≤\s*([\d.]+)\s*(ms|s)\b")


def log_factor(scale: float) -> float:
    """The issue's allowance at a scale: budget × ln(scale), never below the budget itself (so up to scale e
    the budget holds as written; at scale 10 it is × 2.303)."""
    return max(1.0, math.log(scale))


def allowed_ms(budget: str, scale: float, kind: str = DATABASE) -> float | None:
    """The first time in a budget ("≤ 1.5 s", "≤ 100 ms, ≤ 60 MB …") in ms, × :func:`log_factor` for a database
    row (its data grew N times), as written for a job or slope row (its size did not); None when the budget
    holds no time (a memory bar, "—")."""
    found = _TIME.search(budget)
    if found is None:
        return None
    value = float(found.group(1)) * (1000 if found.group(2) == "s" else 1)
    return round(value * (log_factor(scale) if kind == DATABASE else 1.0), 1)


def verdicts(rows: list[BenchRow], scale: float) -> list[tuple[str, str]]:
    """(allowed ms, within?) for each row: its median against its time budget (see :func:`allowed_ms`)."""
    out = []
    for row in rows:
        allowed = allowed_ms(row.budget, scale, row.kind)
        if allowed is None or row.median_ms is None:
            out.append(("—" if allowed is None else f"{allowed:g}", "—"))
        else:
            out.append((f"{allowed:g}", "yes" if row.median_ms <= allowed else "NO"))
    return out


def scale_notes(scale: float) -> list[str]:
    """What the kinds of rows mean at this scale (printed under the table)."""
    notes = [f"kind job: DESIGN's job size at every scale, run against the bench database of scale {scale:g} (a "
             f"copy where it writes); allowed = DESIGN's budget",
             f"kind database: data × {scale:g}; allowed = DESIGN's budget × max(1, ln {scale:g}) = × "
             f"{log_factor(scale):.3f}",
             "kind slope: memory at two sizes of scale 1 (--full-size: of the scale), extrapolated where both "
             "read past SQLite's page cache; allowed = the budget"]
    if scale > 1:
        notes.append(f"above scale 1 the slow rows repeat less: start-up {LARGE_SCALE_RUNS} launches, the cold "
                     "imports and a first sync 1 run, incremental syncs 3 rounds (each row's note gives its runs)")
    return notes


def _cell(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def _range(row: BenchRow) -> str:
    return "—" if row.min_ms is None or row.max_ms is None else f"{row.min_ms:g}–{row.max_ms:g}"


def render_text(rows: list[BenchRow], scale: float = 1.0) -> str:
    """The table; ``allowed ms`` is the row's time budget × ln(scale) (at least × 1), ``within`` its verdict."""
    header = ("what", "kind", "data", "budget", "median ms", "min–max ms", "peak MB", "allowed ms", "within",
              "note")
    judged = verdicts(rows, scale)
    cells = [header] + [(r.what, r.kind, r.data, r.budget, _cell(r.median_ms), _range(r), _cell(r.memory_mb),
                         *judged[i], r.note) for i, r in enumerate(rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(header))]
    lines = []
    for index, line in enumerate(cells):
        lines.append("  ".join(text.ljust(widths[i]) if i < 4 or i >= 8 else text.rjust(widths[i])
                               for i, text in enumerate(line)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run(scale: float = 1.0, as_json: bool = False, database: str | None = None,
        only: list[str] | None = None) -> int:
    """Seed, then measure start-up and every area (or only the ``only`` ones: names of :data:`AREAS`)."""
    if scale <= 0:
        print("bench: --scale must be positive", file=sys.stderr)
        return 2
    areas = tuple(only) if only else AREAS
    unknown = [a for a in areas if a not in AREAS]
    if unknown:
        print(f"bench: no area {', '.join(unknown)} (areas: {', '.join(AREAS)})", file=sys.stderr)
        return 2
    had_app = _has_app()
    before = _top_level_widgets()
    began = time.perf_counter()
    took: dict[str, float] = {}
    STARTED.clear()
    with tempfile.TemporaryDirectory(prefix="opsassistant-bench-") as scratch:
        workdir = Path(scratch)
        path = Path(database).expanduser() if database else workdir / "bench.db"
        started = time.perf_counter()
        data = ""
        if needs_bench(areas) or database:
            cached = None if database else cached_database("bench", scale, lambda target: seed(target, scale))
            counts = seed(copied(cached, path) if cached else path, scale)  # a cached file: counted, not seeded
            data = f"{counts['contacts']} contacts, {counts['calendar']} events, {counts['calls']} calls"
        took["seeding"] = time.perf_counter() - started
        _say(f"  seeding: {took['seeding']:.0f} s")
        startup = None
        if "startup" in areas:
            _say("measuring start-up …")
            started = time.perf_counter()
            from opsassistant.devtools.bench_window import bare_window
            from opsassistant.devtools.benchlib import bytecode_kept

            with bytecode_kept():  # as an installed program starts: its modules compiled once, not every launch
                bare_window(runs=1), measure_startup(path, runs=1)  # these first launches write the bytecode
                launches = None if scale <= 1 else LARGE_SCALE_RUNS
                timing, note = measure_startup(path, launches)
                bare = bare_window(runs=launches or STARTUP_RUNS) if timing else None
            if timing:
                STARTED[path.resolve()] = (timing, note, bare, counts["calendar"])
            if timing and bare:
                note += f" (bytecode kept); {timing.median_ms / bare.median_ms:.1f}× a bare PySide6 window " \
                        f"({bare.median_ms:g} ms, the issue's bar: ≤ 2.5×)"
            took["startup"] = time.perf_counter() - started
            row_clock_reset()
            startup = BenchRow.of(STARTUP, data, BUDGET[0][2], timing, note) if timing else \
                BenchRow(STARTUP, data, BUDGET[0][2], None, None, note)
        measured, notes = _area_rows(workdir / "areas", scale, path, areas, took)
        _close_widgets_since(before)  # before the scratch folder (and the database in it) is removed
        rows = table(([startup] if startup else []) + measured)
    wall = time.perf_counter() - began
    if as_json:
        json.dump([dict(row.as_dict(), allowed_ms=allowed_ms(row.budget, scale, row.kind)) for row in rows], sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
    else:
        print(f"Ops Assistant benchmark, scale {scale:g}: {data or 'the bench database not needed'}")
        print(render_text(rows, scale))
        for line in scale_notes(scale):
            print(f"  {line}")
        for line in notes:
            print(f"  {line}")
        print(f"  wall time {wall:.0f} s: " + ", ".join(f"{name} {seconds:.0f} s" for name, seconds in took.items()))
        if cache_report():
            print(f"  seeded files: {cache_report()}")
        print("  time per row (its set-up included): " + ", ".join(f"{what} {s:.0f} s" for what, s in ROW_TIMES))
    sys.stdout.flush()
    if not had_app:  # only a QApplication the area benches created here (never a test session's own)
        _release_qt()
    return 0


def _has_app() -> bool:
    if "PySide6.QtCore" not in sys.modules:
        return False
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None


def _top_level_widgets() -> set[int]:
    """The top-level widgets that exist now (a test session's own, which the bench leaves alone)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return set()
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    widgets = QApplication.topLevelWidgets() if QApplication.instance() else []
    return {getCppPointer(widget)[0] for widget in widgets}  # the C++ object's address: a wrapper may be renewed


def _close_widgets_since(before: set[int]) -> None:
    """Close and delete the windows and panels the area benches left, and let Qt delete them now: a window
    left open would run its timers (Today's clock, the change watcher's poll) on a database already removed."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    _close_top_level(keep=before)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def _close_top_level(keep: set[int] | frozenset[int] = frozenset()) -> None:
    """Close and schedule the deletion of every top-level widget but those in ``keep`` (C++ addresses)."""
    from PySide6.QtWidgets import QApplication
    from shiboken6 import getCppPointer

    for widget in QApplication.topLevelWidgets():
        if getCppPointer(widget)[0] not in keep:
            widget.close()
            widget.deleteLater()


def _release_qt() -> None:
    """The area benches leave a QApplication with many wrapped objects; freeing them now, not during
    interpreter shutdown, avoids a crash in shiboken's finalisation seen after full-scale runs."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    import gc

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    _close_top_level()
    QApplication.processEvents()
    gc.collect()
    if hasattr(app, "shutdown"):
        app.shutdown()
    # Even so, shiboken can still crash while the interpreter finalises the area benches' Qt wrappers
    # ("none_dealloc") after a full-scale run. Everything is written and the database closed: leave now.
    sys.stderr.flush()
    os._exit(0)
