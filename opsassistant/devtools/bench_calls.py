"""Calls benchmarks: ``seed(count)`` fills the open database fast; ``measure(workdir, scale)`` times "open the
call log and scroll to its end" on 1M calls (scaled). Never a test: nothing here asserts a time.

("match a number" is measured by ``bench_contacts``.)
"""

from __future__ import annotations

import json
import os
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from opsassistant.devtools.benchlib import BenchRow

CHUNK = 20_000
FULL = 1_000_000
FIRST = ("Anne", "Mette", "Søren", "Jens", "Lars", "Karen", "Bjørn", "Åse", "Mads", "Ida", "Niels", "Louise")
LAST = ("Jensen", "Nielsen", "Hansen", "Østergaard", "Kjær", "Lund", "Holm", "Bæk", "Møller", "Dahl")
MESSAGES = ("Ring venligst tilbage", "Vedr. budget", "Bekræfter mødet", "Ønsker et tilbud", "", "", "")
_COLUMNS = ("when_utc", "timezone", "direction", "typed_number", "e164", "digits", "name", "company",
            "principal_id", "telephoned", "please_call", "will_call_again", "returned_call", "came_to_see",
            "urgent", "message", "callback_by_utc", "status", "created_at", "updated_at")


def seed(count: int, rng: random.Random | None = None) -> int:
    """Bulk-insert ``count`` calls into the open database, spread over the last two years (oldest first, so the
    time index grows at its end); about 1 in 50 still owes an open call-back. The rows are made in SQL (a
    recursive count, each choice a multiplicative hash of the row's number), the call indexes dropped first and
    built once after (the bench file only, without fsync): 10M calls in a minute, not in ten."""
    from opsassistant.db.models import Principal, database

    rng = rng or random.Random(5)
    principals = [p.id for p in Principal.select(Principal.id)] or [None]
    now = datetime.now(UTC).replace(microsecond=0)
    span = int(timedelta(days=730).total_seconds())
    stamp = now.strftime("%Y-%m-%d %H:%M:%S")
    salt = rng.randrange(1, 1 << 20)
    names = [f"{first} {last}" for first in FIRST for last in LAST]
    lists = {"names": json.dumps(names, ensure_ascii=False), "messages": json.dumps(MESSAGES, ensure_ascii=False),
             "principals": json.dumps(principals)}
    h = "((n * 2654435761 + {k} * 40503 + :salt) % 4294967296)"  # a number's k-th choice, 0…2³²-1
    national = f"printf('%d%07d', 2 + {h.format(k=1)} % 8, {h.format(k=2)} % 10000000)"
    open_ = f"({h.format(k=3)} % 50 = 0)"
    rows = (f"SELECT n, {national} AS national, {open_} AS is_open, {h.format(k=4)} AS a, {h.format(k=5)} AS b "
            "FROM counter")
    sql = (f"WITH RECURSIVE counter(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM counter WHERE n + 1 < :count), "
           f"made AS ({rows}) "
           f"INSERT INTO call ({', '.join(_COLUMNS)}, change_count) SELECT "
           "strftime('%Y-%m-%d %H:%M:%S', :now - :span + (:span * n) / :count, 'unixepoch'), 'Europe/Copenhagen', "
           "CASE WHEN a % 10 < 6 THEN 'in' WHEN a % 10 < 9 THEN 'out' ELSE 'missed' END, "
           "substr(national, 1, 2) || ' ' || substr(national, 3, 2) || ' ' || substr(national, 5, 2) || ' ' || "
           "substr(national, 7), '+45' || national, national, "
           "json_extract(:names, '$[' || (a / 10 % json_array_length(:names)) || ']'), '', "
           "json_extract(:principals, '$[' || (b % json_array_length(:principals)) || ']'), 1, is_open, 0, 0, 0, "
           "is_open AND b / 7 % 5 = 0, json_extract(:messages, '$[' || (b / 3 % json_array_length(:messages)) || ']'), "
           "CASE WHEN is_open THEN strftime('%Y-%m-%d %H:%M:%S', :now - :span + (:span * n) / :count "
           "+ 3600 * (1 + b % 48), 'unixepoch') END, CASE WHEN is_open THEN 'open' ELSE 'done' END, :stamp, :stamp, 1 "
           "FROM made")
    indexes = database.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'call' "
                                   "AND sql IS NOT NULL").fetchall()
    cache = database.execute_sql("PRAGMA cache_size").fetchone()[0]
    database.execute_sql("PRAGMA synchronous = OFF")  # the bench file only
    database.execute_sql("PRAGMA cache_size = -262144")  # the index builds sort in memory, on both cores
    database.execute_sql("PRAGMA threads = 2")
    try:
        with database.atomic():
            for name, _sql in indexes:
                database.execute_sql(f'DROP INDEX "{name}"')
            database.execute_sql(sql, {"count": count, "now": int(now.timestamp()), "span": span, "salt": salt,
                                       "stamp": stamp, **lists})
            for _name, create in indexes:  # each index built once, from sorted rows
                database.execute_sql(create)
    finally:
        database.execute_sql("PRAGMA synchronous = NORMAL")
        database.execute_sql(f"PRAGMA cache_size = {cache}")
    database.execute_sql("PRAGMA analysis_limit = 1000")  # statistics from a sample, as the planner needs them
    database.execute_sql("ANALYZE")
    database.execute_sql("PRAGMA analysis_limit = 0")
    return count


def seed_open(count: int, rng: random.Random | None = None) -> int:
    """Bulk-insert ``count`` open call-backs (a third overdue, some urgent, every tenth without a deadline) and
    as many done calls of today, for the call sheet."""
    from opsassistant.db.models import Principal, database

    rng = rng or random.Random(11)
    principals = [p.id for p in Principal.select(Principal.id)] or [None]
    now = datetime.now(UTC).replace(microsecond=0)
    fmt = "%Y-%m-%d %H:%M:%S"
    stamp = now.strftime(fmt)
    sql = f"INSERT INTO call ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
    with database.atomic():
        for start in range(0, count, CHUNK):
            rows = []
            for n in range(start, min(count, start + CHUNK)):
                when = now - timedelta(minutes=rng.randint(1, 60 * 24 * 20))
                national = f"{rng.randint(2, 9)}{rng.randint(0, 9_999_999):07d}"
                callback = None if n % 10 == 0 else (now + timedelta(hours=rng.randint(-48, 96))).strftime(fmt)
                principal = principals[n % len(principals)] if n % 7 else None
                for status, moment in (("open", when), ("done", now - timedelta(minutes=rng.randint(0, 600)))):
                    rows.append((moment.strftime(fmt), "Europe/Copenhagen", "in",
                                 f"{national[:2]} {national[2:4]} {national[4:6]} {national[6:]}", f"+45{national}",
                                 national, f"{rng.choice(FIRST)} {rng.choice(LAST)}", "", principal, 1,
                                 int(status == "open"), 0, 0, 0, int(n % 5 == 0), rng.choice(MESSAGES),
                                 callback if status == "open" else None, status, stamp, stamp))
            database.cursor().executemany(sql, rows)
    return count


def call_sheet_row(workdir: Path, scale: float) -> BenchRow:
    """``report calls`` in a fresh process per size, on 2k and 4k open call-backs at scale 1 (× scale)."""
    import sys

    from opsassistant.db.database import close_database, open_database
    from opsassistant.devtools.benchlib import data_mb, run_process, scaling_row, slope_scale
    from opsassistant.services import principals

    workdir = Path(workdir)
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["XDG_DATA_HOME"] = str(workdir / "data")
    first = max(100, round(2_000 * slope_scale(scale)))
    sizes = [first, 2 * first]

    def run_at(size: int):
        path = workdir / f"callsheet-{size}.db"
        if not path.exists():
            open_database(path)
            for name in ("Karen Holm", "Mads Kjær"):
                principals.save(principals.PrincipalData(name=name, role="executive" if name == "Karen Holm" else "team"))
            seed_open(size)
            close_database()
        out = workdir / f"callsheet-{size}.pdf"
        done = run_process([sys.executable, "-m", "opsassistant", "--database", str(path), "report", "calls",
                            "-o", str(out)], env)
        out.unlink(missing_ok=True)
        return done

    return scaling_row("call sheet PDF, open call-backs (cold process)", "open call-backs", "≤ 150 MB at 1M",
                       sizes, run_at, footprint=lambda size: data_mb(workdir / f"callsheet-{size}.db", ("call",)))


SHEET_TIMEOUT_S = 60  # the call sheet on the call log's file: stopped then (200k open call-backs at scale 10)


def call_sheet_on_log(workdir: Path, database: Path, data: str, open_callbacks: int) -> BenchRow:
    """``report calls`` in a cold process on the call log's own file (at ``--scale 10`` the cached 10M calls,
    one in fifty an open call-back): its wall time and peak RSS. A sheet not done in :data:`SHEET_TIMEOUT_S`
    is stopped there; the row then has no time and the peak up to the stop (the bar is memory)."""
    import sys

    from opsassistant.devtools.benchlib import run_process

    workdir = Path(workdir)
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(workdir / "config")
    env["XDG_DATA_HOME"] = str(workdir / "data")
    out = workdir / "callsheet-log.pdf"
    done = run_process([sys.executable, "-m", "opsassistant", "--database", str(database), "report", "calls",
                        "-o", str(out)], env, timeout_s=SHEET_TIMEOUT_S)
    size = out.stat().st_size if out.exists() else 0
    out.unlink(missing_ok=True)
    what, text = "call sheet PDF on the call log's file (cold process)", f"{data} ({open_callbacks} open call-backs)"
    if done.timed_out:
        return BenchRow(what, text, "≤ 150 MB at 1M", None, done.peak_mb,
                        f"stopped after {SHEET_TIMEOUT_S} s, not done (every open call-back is printed); peak RSS "
                        f"up to then {done.peak_mb:g} MB")
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [""])[-1]
        return BenchRow(what, text, "≤ 150 MB at 1M", None, None, f"exit {done.returncode}: {last}")
    return BenchRow(what, text, "≤ 150 MB at 1M", done.wall_ms, done.peak_mb,
                    f"one cold `report calls` process: wall time and its peak RSS; PDF {size >> 10} kB")


def _rss_mb() -> float:
    """Resident memory from /proc/self/statm (Linux); 0 elsewhere."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _open_and_scroll(app) -> None:
    from PySide6.QtWidgets import QTableView

    from opsassistant.gui.calls.models import CallLogModel

    model = CallLogModel()
    view = QTableView()
    view.resize(1100, 700)
    view.setModel(model)
    view.show()
    app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    view.close()
    view.deleteLater()
    model.deleteLater()


def measure(workdir: Path, scale: float) -> list[BenchRow]:
    import statistics

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import Call

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    count = max(1000, round(FULL * scale))
    path = Path(workdir) / f"calls-{count}.db"

    def fill(target: Path) -> None:
        from opsassistant.db.models import database
        from opsassistant.devtools.benchlib import bulk_writes

        open_database(target)
        try:
            with bulk_writes(database):  # the bench file only
                seed(count)
        finally:
            close_database()

    from opsassistant.devtools.benchlib import cached_database

    path = cached_database("calls", scale, fill) or path  # the row only reads the log: the cached file itself
    open_database(path)
    try:
        if Call.select().count() != count:
            seed(count - Call.select().count())
        app = QApplication.instance() or QApplication([])
        import opsassistant.gui.calls.models  # noqa: F401 - imports are start-up cost, not the log's memory

        app.processEvents()
        before = _rss_mb()
        started = time.perf_counter()
        _open_and_scroll(app)  # cold: first pages from disk
        cold_ms = (time.perf_counter() - started) * 1000
        samples, peak = [], _rss_mb() - before
        for _ in range(7):
            started = time.perf_counter()
            _open_and_scroll(app)
            samples.append((time.perf_counter() - started) * 1000)
            peak = max(peak, _rss_mb() - before)
            QCoreApplication.sendPostedEvents(None, 0)
        data = f"{count // 1000}k calls" if count < FULL else f"{count // 1_000_000}M calls"
        open_callbacks = Call.alive().where(Call.status == "open").count()
        close_database()
        sheet = call_sheet_row(Path(workdir), scale)
        on_log = call_sheet_on_log(Path(workdir), path, data, open_callbacks)
        return [sheet, on_log, BenchRow("open the call log and scroll to its end", data, "≤ 100 ms, ≤ 60 MB extra memory",
                         round(statistics.median(samples), 2), round(max(peak, 0.0), 1),
                         f"model + QTableView offscreen, shown, scrollToBottom; first (cold) {cold_ms:.0f} ms; "
                         "memory = RSS growth over all runs")]
    finally:
        close_database()
