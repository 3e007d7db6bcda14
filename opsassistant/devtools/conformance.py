"""``python3 -m opsassistant.devtools conformance DIR``: import every .ics under DIR and compare the occurrences.

Each file goes into a database of its own (a copy of one empty, migrated file) through the real importer; the
occurrences in a window are compared with an independent expansion (icalendar + recurring-ical-events, the test
dependency the corpus test uses). Printed: files, imports that raised (tracebacks), imports that did not finish in
the time allowed (hangs), files the reference cannot read, and files whose occurrences differ, with the first
differences of each. For real files from other projects, run outside the repository: they are never committed.
"""

from __future__ import annotations

import json
import shutil
import signal
import tempfile
import traceback
import warnings
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

LO, HI = datetime(1995, 1, 1, tzinfo=UTC), datetime(2035, 1, 1, tzinfo=UTC)
HOME = ZoneInfo("Europe/Copenhagen")  # floating times are the home zone's, for us and for the reference
SHOWN = 3  # differences printed per file


class _Hang(Exception):
    pass


@dataclass
class FileReport:
    path: str
    imported: int = 0
    skipped: int = 0
    traceback: str = ""
    hang: bool = False
    reference_error: str = ""
    reference_hang: bool = False
    only_ours: list[str] = field(default_factory=list)
    only_reference: list[str] = field(default_factory=list)


def _alarm(_signum, _frame):
    raise _Hang()


def _bounded(seconds: float, call, *args):
    """``call(*args)``, stopped with _Hang after ``seconds`` (a SIGALRM: the expansion runs in Python)."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return call(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def ours() -> set[str]:
    """Our occurrences that start in the window, keyed as the reference's.

    Asked for a year at a time, as the program asks for weeks: one query over forty years would meet the cap per
    range (rules.MAX_PER_RANGE) that bounds every expansion, which is not a difference in meaning."""
    from opsassistant.services.calendar import occurrences

    out = set()
    for year in range(LO.year, HI.year):
        lo, hi = datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)
        # overlapping by a day: a zero-length occurrence on a boundary is in one query's inside
        for occ in occurrences.between(lo - timedelta(days=1), hi + timedelta(days=1)):
            if occ.all_day and LO.date() <= occ.start_date < HI.date():
                out.add(f"D {occ.start_date.isoformat()}")
            elif not occ.all_day and LO <= occ.start_utc < HI:
                out.add(f"T {occ.start_utc:%Y-%m-%d %H:%M:%S}")
    return out


def reference(path: Path) -> set[str]:
    """The occurrences recurring-ical-events finds in the window, keyed as ours."""
    import icalendar
    import recurring_ical_events

    from opsassistant.interop.contentline import decode

    text, _damaged = decode(path.read_bytes())  # decoding is not expansion: both read the same text
    if "BEGIN:VCALENDAR" not in text.upper():
        text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + text.rstrip("\r\n") + "\r\nEND:VCALENDAR\r\n"
    calendars = icalendar.Calendar.from_ical(text, multiple=True)  # a file of several VCALENDARs: all of them
    out = set()
    window = (LO.replace(tzinfo=None) - timedelta(days=2), HI.replace(tzinfo=None) + timedelta(days=2))
    events = [e for calendar in calendars for e in recurring_ical_events.of(calendar).between(*window)]
    for event in events:
        start = event["DTSTART"].dt
        if isinstance(start, datetime):
            start = (start if start.tzinfo else start.replace(tzinfo=HOME)).astimezone(UTC)
            if LO <= start < HI:
                out.add(f"T {start:%Y-%m-%d %H:%M:%S}")
        elif LO.date() <= start < HI.date():
            out.add(f"D {start.isoformat()}")
    return out


def check_file(path: Path, database: Path, timeout: float) -> FileReport:
    """Import ``path`` into ``database`` (opened here, closed after) and compare with the reference."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.interop import ical

    report = FileReport(str(path))
    open_database(database)
    try:
        result = _bounded(timeout, ical.import_file, path)
        report.imported, report.skipped = result.imported, len(result.skipped)
        ours_ = _bounded(timeout, ours)
    except _Hang:
        report.hang = True
        return report
    except Exception:  # noqa: BLE001 - a traceback is what this command looks for
        report.traceback = traceback.format_exc(limit=-3)
        return report
    finally:
        close_database()
    try:
        theirs = _bounded(timeout, reference, path)
    except _Hang:
        report.reference_hang = True
        return report
    except Exception as error:  # noqa: BLE001 - the reference's own failure is recorded, not ours
        report.reference_error = " ".join(f"{type(error).__name__}: {error}".split())[:160]
        return report
    report.only_ours = sorted(ours_ - theirs)
    report.only_reference = sorted(theirs - ours_)
    return report


def run(folder: str, timeout: float = 30.0, as_json: bool = False, table: bool = False,
        before: str | None = None) -> int:
    """Check every .ics under ``folder``; exit 1 when any import raised or hung. ``table``: Markdown tables
    (conformance_table), with what KNOWN_DIFFERENCES.md explains and, given an earlier ``--json`` run, what was fixed."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.i18n.language import set_current_language

    set_current_language("en")
    warnings.simplefilter("ignore")  # icalendar's guesses about TZIDs: the comparison shows what matters
    files = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() == ".ics" and p.is_file())
    reports = []
    with tempfile.TemporaryDirectory(prefix="opsassistant-conformance-") as work:
        empty = Path(work) / "empty.db"
        open_database(empty)
        close_database()
        for number, path in enumerate(files):
            target = Path(work) / f"{number}.db"
            shutil.copyfile(empty, target)
            reports.append(check_file(path, target, timeout))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
    if as_json:
        print(json.dumps([asdict(r) for r in reports], ensure_ascii=False, indent=1))
    elif table:
        from opsassistant.devtools import conformance_table

        known = conformance_table.KNOWN.read_text(encoding="utf-8") if conformance_table.KNOWN.exists() else ""
        print(conformance_table.tables([asdict(r) for r in reports], Path(folder), known,
                                       conformance_table.load_before(before)))
    else:
        print(summary(reports, Path(folder)))
    return 1 if any(r.traceback or r.hang for r in reports) else 0


def summary(reports: list[FileReport], folder: Path) -> str:
    crashed = [r for r in reports if r.traceback]
    hung = [r for r in reports if r.hang]
    unreadable = [r for r in reports if r.reference_error or r.reference_hang]
    differing = [r for r in reports if r.only_ours or r.only_reference]
    same = len(reports) - len(crashed) - len(hung) - len(unreadable) - len(differing)
    lines = [f"{len(reports)} files under {folder}: {same} the same as recurring-ical-events, "
             f"{len(differing)} differ, {len(crashed)} tracebacks, {len(hung)} hangs, "
             f"{len(unreadable)} the reference cannot read",
             f"events: {sum(r.imported for r in reports)} imported, {sum(r.skipped for r in reports)} skipped "
             f"or noted; occurrences only ours {sum(len(r.only_ours) for r in reports)}, only the reference's "
             f"{sum(len(r.only_reference) for r in reports)}"]
    for title, group in (("Tracebacks", crashed), ("Hangs", hung)):
        if group:
            lines.append(f"\n{title}:")
            for r in group:
                lines.append(f"  {r.path}")
                lines += [f"    {line}" for line in r.traceback.strip().splitlines()[-3:]]
    if differing:
        lines.append("\nDifferences (+ only ours, - only the reference's):")
        for r in differing:
            lines.append(f"  {r.path}: +{len(r.only_ours)} -{len(r.only_reference)}")
            lines += [f"    + {x}" for x in r.only_ours[:SHOWN]] + [f"    - {x}" for x in r.only_reference[:SHOWN]]
    if unreadable:
        lines.append("\nThe reference cannot read:")
        lines += [f"  {r.path}: {r.reference_error or 'did not finish'}" for r in unreadable]
    return "\n".join(lines)


__all__ = ["FileReport", "check_file", "reference", "run", "summary"]
