"""The .ics rows of the bench beyond the cold import: the import timed inside the process, the peak memory of a
large import and of a large export, and a folded 10 MB ATTACH. Each runs in a fresh process on a database of its
own (``python -m opsassistant.devtools.bench_ical MODE FILE DATABASE RESULT``), so the bench database and the
other rows' memory never count. Never a test: nothing here asserts a time.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import time
from datetime import date
from pathlib import Path

from opsassistant.devtools.benchlib import JOB, SLOPE, BenchRow, Timing, run_process, size_note, slope_scale

RUNS = 3
BIG = 200_000  # events of the memory row at scale 1 (issue 11: ≤ 400 MB peak)
ATTACH_BYTES = 7_500_000  # base64 of this is a 10 MB value


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env["XDG_DATA_HOME"] = str(home / "data")
    return env


def _child(workdir: Path, mode: str, source: Path, run: int) -> tuple[dict | None, float, str]:
    """(what the child measured, its peak RSS in MB, why it failed)."""
    target, result = workdir / f"ical-{mode}-{run}.db", workdir / f"ical-{mode}-{run}.json"
    done = run_process([sys.executable, "-m", "opsassistant.devtools.bench_ical", mode, str(source), str(target),
                        str(result)], _env(workdir))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    if done.returncode != 0 or not result.exists():
        return None, done.peak_mb, f"exit {done.returncode}: " + (done.stderr.strip().splitlines() or [""])[-1]
    measured = json.loads(result.read_text(encoding="utf-8"))
    result.unlink()
    return measured, done.peak_mb, ""


def _row(workdir: Path, what: str, data: str, budget: str, mode: str, source: Path, runs: int, note: str,
         memory: str = "process", kind: str = SLOPE) -> BenchRow:
    samples, peaks, notes = [], [], []
    for run in range(runs):
        measured, peak, failed = _child(workdir, mode, source, run)
        if measured is None:
            notes.append(failed)
            break
        samples.append(measured["ms"])
        # The child's own high-water mark: wait4's ru_maxrss also counts the parent's pages at fork (a bench
        # process that just wrote a 200k-event file reports its own size for every child it starts).
        peaks.append(measured["extra_mb"] if memory == "extra" else measured.get("peak_mb") or peak)
    if not samples:
        return BenchRow(what, data, budget, None, note="; ".join(notes), kind=kind)
    return BenchRow.of(what, data, budget, Timing.of(samples, max(peaks)), note, kind=kind)


def write_attach(path: Path, size: int = ATTACH_BYTES) -> None:
    value = base64.b64encode(os.urandom(size)).decode("ascii")
    line = "ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=image/png:" + value
    folded = "\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74))
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\nUID:attach@bench\r\n"
                    "SUMMARY:Foto\r\nDTSTART:20260301T090000Z\r\nDTEND:20260301T100000Z\r\n" + folded
                    + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="ascii", newline="")


def rows(workdir: Path, scale: float = 1.0) -> list[BenchRow]:
    from opsassistant.devtools.bench_calendar import write_ics

    workdir = Path(workdir)
    out = []
    ten = 10_000  # a job row: DESIGN's 10k events at every scale
    source = workdir / "ical-10k.ics"
    write_ics(source, ten, date.today(), seed=99, prefix="import")
    runs = RUNS if scale <= 1 else 1  # the cold row has the three runs of this file
    out.append(_row(workdir, "import an .ics, in-process", f"{ten} events (as the cold row)", "≤ 1.5 s", "import",
                    source, runs, "import_file() alone in a fresh process, empty database; its peak RSS (VmHWM)"
                    + ("" if runs == RUNS else f"; {runs} run"), kind=JOB))
    big = max(1, int(BIG * slope_scale(scale)))
    source = workdir / "ical-big.ics"
    write_ics(source, big, date.today(), seed=7, prefix="big")
    # One child imports the large file (its peak read before anything else runs) and then exports what it
    # imported: the export row needs a calendar of that size imported first, and this one is.
    measured, peak, failed = _child(workdir, "import-export", source, 0)
    size_mb = source.stat().st_size >> 20
    source.unlink()
    data = f"{big} events ({size_mb} MB)"
    if measured is None:
        out += [BenchRow("import a large .ics, peak memory", data, "≤ 400 MB", None, note=failed, kind=SLOPE),
                BenchRow("export an .ics, extra memory", f"{big} events", "≤ 150 MB at 1M", None, note=failed,
                         kind=SLOPE)]
    else:
        out.append(BenchRow.of("import a large .ics, peak memory", data, "≤ 400 MB",
                               Timing.of([measured["ms"]], measured.get("peak_mb") or peak),
                               "streamed in batches; peak RSS (VmHWM) of the importing process, read before its "
                               "export (the next row)" + size_note(scale), kind=SLOPE))
        out.append(BenchRow.of("export an .ics, extra memory", f"{big} events (those of the row above)",
                               "≤ 150 MB at 1M", Timing.of([measured["export_ms"]], measured["extra_mb"]),
                               "RSS the export adds to the process that imported them (streamed in chunks)"
                               + size_note(scale), kind=SLOPE))
    source = workdir / "ical-attach.ics"
    write_attach(source)
    out.append(_row(workdir, "import a folded 10 MB ATTACH", "1 event, 10 MB value in 75-byte lines", "≤ 1 s",
                    "import", source, RUNS, "in-process time of import_file()", kind=JOB))
    source.unlink()
    return out


def _main(mode: str, source: str, target: str, result: str) -> int:
    from opsassistant.db.database import open_database
    from opsassistant.devtools.benchlib import PeakMemory, _status_kb
    from opsassistant.interop import ical
    from opsassistant.services import principals

    open_database(Path(target))
    principals.save(principals.PrincipalData(name="Karen Holm", role="executive"))
    extra = exported = None
    started = time.perf_counter()
    ical.import_file(Path(source))
    elapsed = (time.perf_counter() - started) * 1000
    high = _status_kb("VmHWM")  # the import's own peak, before an export
    if mode in ("export", "import-export"):
        with PeakMemory() as peak:
            started = time.perf_counter()
            ical.export_file(Path(target).with_suffix(".out.ics"))
            exported = (time.perf_counter() - started) * 1000
        Path(target).with_suffix(".out.ics").unlink()
        extra = peak.mb
    if mode == "export":  # the export's time in "ms", as this mode has always reported it
        elapsed = exported
    Path(result).write_text(json.dumps({"ms": round(elapsed, 1), "extra_mb": extra,
                                        "export_ms": None if exported is None else round(exported, 1),
                                        "peak_mb": round(high / 1024, 1) if high else None}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(_main(*sys.argv[1:5]))
