"""Small tools for the benchmark modules: a result row, a timer (median, min, max, peak memory) and a cold
subprocess timer. Benchmarks are never tests."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

# What a row's size follows at ``--scale N`` (see bench.py's module docstring):
JOB = "job"  # DESIGN's job size at every scale, run against the N × larger bench database; allowed = the budget
DATABASE = "database"  # its data scaled by N; allowed = the budget × ln N
SLOPE = "slope"  # a memory slope at two sizes of scale 1 (unless --full-size), extrapolated; allowed = the budget


@dataclass
class BenchRow:
    what: str  # as in DESIGN.md's budget table
    data: str  # e.g. "100k contacts"
    budget: str  # e.g. "≤ 16 ms"
    median_ms: float | None  # None: not measured ("—")
    memory_mb: float | None = None  # peak memory of the action (extra RSS in-process; a subprocess's own peak)
    note: str = ""
    min_ms: float | None = None
    max_ms: float | None = None
    kind: str = DATABASE  # JOB, DATABASE or SLOPE: what its size and its allowed time follow at a scale

    def __post_init__(self) -> None:
        row_done(self.what)

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def of(cls, what: str, data: str, budget: str, timing: Timing, note: str = "", kind: str = DATABASE) -> BenchRow:
        return cls(what, data, budget, timing.median_ms, timing.peak_mb, note, timing.min_ms, timing.max_ms, kind)


_row_clock = [time.perf_counter()]
ROW_TIMES: list[tuple[str, float]] = []  # (row, seconds since the previous row or the area's start)


def row_clock_reset() -> None:
    """The next row's time counts from now (an area's start)."""
    _row_clock[0] = time.perf_counter()


def row_done(what: str) -> None:
    """The per-row timing log: each row made, with the seconds it took since the last one (its set-up included),
    on stderr and in :data:`ROW_TIMES`."""
    now = time.perf_counter()
    took = now - _row_clock[0]
    _row_clock[0] = now
    ROW_TIMES.append((what, took))
    print(f"    {took:6.1f} s  {what}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Timing:
    median_ms: float
    min_ms: float
    max_ms: float
    peak_mb: float | None = None
    samples: int = 0

    @classmethod
    def of(cls, samples_ms: Sequence[float], peak_mb: float | None = None) -> Timing:
        return cls(round(statistics.median(samples_ms), 2), round(min(samples_ms), 2), round(max(samples_ms), 2),
                   peak_mb, len(samples_ms))


_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


def _status_kb(field: str) -> int | None:
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


class PeakMemory:
    """Extra resident memory at the peak of a block, in MB (Linux: the high-water mark is reset on entry by
    writing 5 to /proc/self/clear_refs); ``mb`` stays None where that is not available."""

    def __enter__(self) -> PeakMemory:
        self.mb: float | None = None
        self._before = _status_kb("VmRSS")
        try:
            _CLEAR_REFS.write_text("5")
        except OSError:
            self._before = None
        return self

    def __exit__(self, *_exc) -> None:
        peak = _status_kb("VmHWM")
        if self._before is not None and peak is not None:
            self.mb = round(max(peak - self._before, 0) / 1024, 1)


def timed(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> Timing:
    """Run ``action`` ``warmup`` times untimed, then ``repeat`` times: median, min, max and peak extra memory."""
    for _ in range(warmup):
        action()
    samples = []
    with PeakMemory() as memory:
        for _ in range(repeat):
            started = time.perf_counter()
            action()
            samples.append((time.perf_counter() - started) * 1000)
    return Timing.of(samples, memory.mb)


def median_ms(action: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    return timed(action, repeat, warmup).median_ms


@dataclass(frozen=True)
class ProcessRun:
    wall_ms: float
    peak_mb: float
    returncode: int
    stderr: str
    timed_out: bool = False  # stopped (SIGKILL) at run_process's timeout_s: wall and peak are up to then


# A small interpreter starts the command and reports its peak memory. Linux keeps a process's RSS high-water
# mark across exec, counting the pages it had at fork: a child forked straight from the bench (which holds the
# seeded data, hundreds of MB at --scale 10) would report at least the bench's own peak. Forked from this
# launcher (a few MB) it reports its own. The launcher writes "peak exit-code wall-ms" on the descriptor given
# first; the wall time is the command's own, from spawn to exit (the launcher's start is not in it).
# With a timeout (seconds, 0 for none) the launcher stops the command then and still reports its peak so far
# (wait4 gives a stopped child's usage too; "killed" is then the fourth word): SIGINT first, so the program
# closes its database as on Ctrl+C (a killed reader leaves -wal and -shm files beside it), SIGKILL 5 s later.
_LAUNCHER = """
import os, signal, sys, time
report, timeout, command = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
started = time.perf_counter()
pid = os.posix_spawnp(command[0], command, os.environ)
killed = []
def stop(*_args):
    killed.append(1)
    os.kill(pid, signal.SIGINT if len(killed) == 1 else signal.SIGKILL)
    if len(killed) == 1:
        signal.setitimer(signal.ITIMER_REAL, 5)
if timeout > 0:
    signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, timeout)
_pid, status, usage = os.wait4(pid, 0)
wall = (time.perf_counter() - started) * 1000
os.write(report, f"{usage.ru_maxrss} {os.waitstatus_to_exitcode(status)} {wall}{' killed' if killed else ''}".encode())
"""


def run_process(command: Sequence[str], env: dict[str, str] | None = None,
                timeout_s: float | None = None) -> ProcessRun:
    """Start ``command`` as a fresh process: its wall time from launch to exit and its own peak RSS (both taken
    by a small launcher, see :data:`_LAUNCHER`). With ``timeout_s`` it is stopped then (``timed_out``; the
    wall time and peak are those up to the stop)."""
    read_end, write_end = os.pipe()
    try:
        with tempfile.TemporaryFile() as errors:
            started = time.perf_counter()
            launcher = subprocess.Popen([sys.executable, "-I", "-S", "-c", _LAUNCHER, str(write_end),
                                         str(timeout_s or 0), *command],
                                        stdout=subprocess.DEVNULL, stderr=errors, env=env, pass_fds=(write_end,))
            os.close(write_end)
            write_end = -1
            reported = b""
            while chunk := os.read(read_end, 64):
                reported += chunk
            launcher.wait()
            wall = (time.perf_counter() - started) * 1000  # kept only if the launcher reports nothing
            errors.seek(0)
            stderr = errors.read().decode("utf-8", "replace")
    finally:
        os.close(read_end)
        if write_end >= 0:
            os.close(write_end)
    if not reported:  # the launcher itself failed (the command could not be started)
        return ProcessRun(round(wall, 1), 0.0, launcher.returncode or 127, stderr)
    peak, returncode, wall_text, *killed = reported.split()
    wall = float(wall_text)
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, kB on Linux
    return ProcessRun(round(wall, 1), round(int(peak) * scale / 1024 / 1024, 1), int(returncode), stderr,
                      bool(killed))


def page_cache_mb() -> float:
    """The app's SQLite page cache cap in MB (its ``cache_size`` pragma: negative is KiB, positive pages of the
    default 4 KiB). A process that reads less data than this keeps all of it cached, so its memory grows with
    the data until the cap, and a slope taken there is mostly the cache filling."""
    from opsassistant.db.database import PRAGMAS

    size = int(PRAGMAS.get("cache_size", -2000))
    return round((-size * 1024 if size < 0 else size * 4096) / 2**20, 2)


def data_mb(path: Path, tables: Sequence[str]) -> float:
    """MB the b-trees of ``tables`` take in the database at ``path`` (SQLite's dbstat): the data a run that
    reads those tables whole goes through, to set against :func:`page_cache_mb`."""
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        marks = ", ".join("?" * len(tables))
        size = connection.execute(f"SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name IN ({marks})",
                                  tuple(tables)).fetchone()[0]
    finally:
        connection.close()
    return round(size / 2**20, 1)


def scaling_row(what: str, unit: str, budget: str, sizes: Sequence[int], run_at: Callable[[int], ProcessRun],
                target: int = 1_000_000, footprint: Callable[[int], float] | None = None) -> BenchRow:
    """One cold process per size (``run_at(n)``): the row holds the largest size's wall time and peak RSS; the
    note gives every size and the peak memory extrapolated linearly to ``target`` rows (from the last two
    sizes: a slope near 0 MB per 100k is what "flat in the data size" means). ``footprint(n)`` (MB of the data
    the run reads at size n, see :func:`data_mb`): where the smaller of the two sizes reads less than the page
    cache holds (:func:`page_cache_mb`), the growth between them is mostly the cache filling to its cap, so the
    note says so and gives no extrapolation (``--full-size`` measures at the full size)."""
    runs = []
    for size in sizes:
        done = run_at(size)
        if done.returncode not in (0, 3):
            last = (done.stderr.strip().splitlines() or [""])[-1]
            return BenchRow(what, f"{size} {unit}", budget, None, None, f"exit {done.returncode}: {last}")
        runs.append((size, done))
    parts = [f"{_size(size)}: {done.wall_ms / 1000:.1f} s, {done.peak_mb:g} MB" for size, done in runs]
    note = "cold process per size; " + "; ".join(parts)
    if len(runs) >= 2 and runs[-1][0] != runs[-2][0]:
        (n0, r0), (n1, r1) = runs[-2], runs[-1]
        slope = (r1.peak_mb - r0.peak_mb) / (n1 - n0)
        per_row_ms = r1.wall_ms / n1
        read = [footprint(n0), footprint(n1)] if footprint else None
        cache = page_cache_mb()
        if read is not None and read[0] < cache:
            note += (f"; data read {read[0]:g} and {read[1]:g} MB: the smaller within SQLite's {cache:g} MB page "
                     f"cache, so the growth between them is mostly the cache filling and is not extrapolated to "
                     f"{_size(target)} (--full-size: sizes past it); time {per_row_ms * 1000:.0f} µs a row")
        else:
            past = f" (data read {read[0]:g} and {read[1]:g} MB, both past the {cache:g} MB page cache)" if read \
                else ""
            note += (f"; memory slope {slope * 100_000:.1f} MB per 100k{past}, so ≈ "
                     f"{r1.peak_mb + slope * (target - n1):.0f} MB at {_size(target)} (linear); time "
                     f"{per_row_ms * 1000:.0f} µs a row")
    size, done = runs[-1]
    return BenchRow(what, f"{_size(size)} {unit}", budget, done.wall_ms, done.peak_mb, note, kind=SLOPE)


FULL_SIZE_ENV = "OPSASSISTANT_BENCH_FULL_SIZE"


def slope_scale(scale: float) -> float:
    """The scale of the rows that measure a memory slope and extrapolate it (exports, reports, the large .ics
    import, the writers at once): their sizes stop at scale 1 (two sizes give the slope; a million rows is the
    extrapolation), so ``--scale 10`` spends its minutes on the budget rows. ``bench --full-size`` (this
    environment variable set to 1) runs them at the full scale too."""
    return scale if os.environ.get(FULL_SIZE_ENV) == "1" else min(scale, 1.0)


def size_note(scale: float) -> str:
    """What a row's note says when :func:`slope_scale` held it at scale 1."""
    return f"; sizes of scale {slope_scale(scale):g} (--full-size for {scale:g})" if slope_scale(scale) < scale else ""


def _size(count: int) -> str:
    """200000 → "200k", 1000000 → "1M"; small counts exact."""
    if count >= 1_000_000 and count % 1_000_000 == 0:
        return f"{count // 1_000_000}M"
    return f"{count // 1000}k" if count >= 1000 and count % 1000 == 0 else str(count)


SEED_VERSION = 1  # raise when a seeder changes what it writes: older cached files are then not reused
CACHE_ENV = "OPSASSISTANT_BENCH_CACHE"  # a folder for the seeded files; "off" seeds afresh every run
CACHED_FROM_SCALE = 1.0  # smaller scales seed in seconds: they never use the cache
_cache_hits: list[str] = []
_cache_misses: list[str] = []


def cache_folder() -> Path | None:
    """Where seeded bench files of large scales are kept between runs ($XDG_CACHE_HOME/opsassistant-bench)."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "opsassistant-bench"


def cached_database(name: str, scale: float, fill: Callable[[Path], object]) -> Path | None:
    """The seeded database ``name`` at ``scale``, made once by ``fill(path)`` (which opens, seeds and closes it)
    and kept, keyed by name, scale and :data:`SEED_VERSION`; None below :data:`CACHED_FROM_SCALE` or with the
    cache off (the caller seeds as before). A file only counts once it is complete (written under a temporary
    name, renamed at the end). Callers that change the data work on a copy (:func:`copied`)."""
    folder = cache_folder()
    if folder is None or scale <= CACHED_FROM_SCALE or os.environ.get(FULL_SIZE_ENV) == "1":
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-scale{scale:g}-v{SEED_VERSION}.db"
    if path.exists():
        _cache_hits.append(name)
        return path
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    fill(partial)
    _checkpoint(partial)
    partial.rename(path)
    _cache_misses.append(name)
    return path


@contextmanager
def bulk_writes(database) -> Iterator[None]:
    """For a throwaway bench database while it is seeded, never the user's: no journal, no fsync, a large page
    cache and two sorter threads (the index builds); WAL and the usual sync restored after."""
    cache = database.execute_sql("PRAGMA cache_size").fetchone()[0]
    database.execute_sql("PRAGMA journal_mode = OFF")
    database.execute_sql("PRAGMA synchronous = OFF")
    database.execute_sql("PRAGMA cache_size = -262144")
    database.execute_sql("PRAGMA threads = 2")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {cache}")
        database.execute_sql("PRAGMA synchronous = NORMAL")
        database.execute_sql("PRAGMA journal_mode = WAL")


@contextmanager
def without_indexes(database, tables: Sequence[str], triggers: Sequence[str] = (),
                    keep: Sequence[str] = ()) -> Iterator[None]:
    """The explicit indexes of ``tables`` (but those in ``keep``: the bulk insert reads through them) and the
    named triggers dropped for a bulk insert and created again afterwards from their own SQL as stored in
    sqlite_master (the schema is the same after as before): each index built once from all the rows rather than
    kept up to date row by row."""
    marks = ", ".join("?" * len(tables))
    indexes = [(name, sql) for name, sql in database.execute_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
        tuple(tables)).fetchall() if name not in keep]
    found = database.execute_sql(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                 f"({', '.join('?' * len(triggers))})", tuple(triggers)).fetchall() if triggers else []
    for name, _sql in indexes:
        database.execute_sql(f'DROP INDEX "{name}"')
    for name, _sql in found:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _name, sql in indexes + found:
            database.execute_sql(sql)


def open_path() -> Path | None:
    """The file of the database open now (an area's ``measure`` is called with the seeded bench database open);
    None when none is."""
    from opsassistant.db.models import database

    return Path(database.database) if database.database and not database.is_closed() else None


def bench_copy(source: Path, target: Path) -> Path:
    """A private copy of the seeded bench database for a job row (it writes; the bench database stays as the
    database rows measure it): its WAL checkpointed into the file first, then the file copied."""
    _checkpoint(source, keep_wal=True)
    return copied(source, target)


def stamped_as_closed(path: Path, env: dict[str, str]) -> bool:
    """Leave ``path`` as the app leaves a database when it closes it: stamped verified (``db.verified``) in the
    data folder of ``env``, so a command started with ``env`` runs on it as on a user's file the app last had
    open, not on one changed outside the program (whose first write pays a ``quick_check`` of the whole file:
    seconds at 2.4 GB). The bench wrote the file itself, so nothing unverified is vouched for."""
    code = "import sys; from opsassistant.db import verified; sys.exit(0 if verified.write_stamp(sys.argv[1]) else 1)"
    return subprocess.run([sys.executable, "-c", code, str(path)], env=env, timeout=60).returncode == 0


def _checkpoint(path: Path, keep_wal: bool = False) -> None:
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if not keep_wal:
            connection.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        connection.close()


def copied(source: Path, target: Path) -> Path:
    """A private copy of a cached database (the measured rows add to it; the cached file stays as seeded)."""
    import shutil

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def cache_report() -> str:
    """"warm (cached: bench, calls)" / "cold (seeded and cached: …)" / "" when no cache was used."""
    parts = []
    if _cache_misses:
        parts.append("seeded and cached: " + ", ".join(_cache_misses))
    if _cache_hits:
        parts.append("reused from the cache: " + ", ".join(_cache_hits))
    if not parts:
        return ""
    return ("warm" if not _cache_misses else "cold") + f" ({'; '.join(parts)}; folder {cache_folder()})"


@contextmanager
def bytecode_kept() -> Iterator[None]:
    """Launches in this block write and reuse bytecode (in a folder of their own, never in the checkout), even
    where the environment says PYTHONDONTWRITEBYTECODE: a user's installed program has its .pyc files."""
    saved = {name: os.environ.get(name) for name in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    with tempfile.TemporaryDirectory(prefix="opsassistant-bench-pyc-") as folder:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = folder
        try:
            yield
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
