"""The conformance findings as Markdown tables, and the differences KNOWN_DIFFERENCES.md explains.

Real files of other projects are listed there under headings ``### owner+name path @commit`` (the folder the
project was extracted to, the path inside its repository, the commit). A file's difference is *explained* when it
is the one listed: exactly the ``+``/``-``/``!`` lines, or, for long lists, the ``counts +N -M`` line and every
listed sample line. ``--before JSON`` (an earlier ``--json`` run) adds what was *fixed*: files that differed then
and are the same now.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

KNOWN = Path(__file__).resolve().parents[2] / "tests" / "interop" / "corpus" / "KNOWN_DIFFERENCES.md"
_HEADING = re.compile(r"^### (\S+) (\S+) @([0-9a-f]{7,40})\s*$")
_COUNTS = re.compile(r"^counts \+(\d+) -(\d+)\s*$")


@dataclass
class Known:
    project: str
    path: str
    commit: str
    lines: set[str] = field(default_factory=set)
    counts: tuple[int, int] | None = None

    def explains(self, lines: set[str], counts: tuple[int, int]) -> bool:
        if self.counts is None:
            return lines == self.lines
        return counts == self.counts and self.lines <= lines


def known_real(text: str) -> list[Known]:
    """The real-file entries of KNOWN_DIFFERENCES.md (``###`` headings; ``##`` ones are the repo's own files)."""
    found: list[Known] = []
    current = None
    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            current = Known(*heading.groups())
            found.append(current)
        elif line.startswith("#"):
            current = None
        elif current is not None and re.match(r"^[+!-] ", line):
            current.lines.add(line.strip())
        elif current is not None and _COUNTS.match(line):
            current.counts = tuple(int(n) for n in _COUNTS.match(line).groups())
    return found


def difference(report: dict) -> tuple[set[str], tuple[int, int]]:
    if report["reference_error"] or report["reference_hang"]:
        return {"! unreadable"}, (0, 0)
    lines = {f"+ {x}" for x in report["only_ours"]} | {f"- {x}" for x in report["only_reference"]}
    return lines, (len(report["only_ours"]), len(report["only_reference"]))


def explained_by(report: dict, entries: list[Known]) -> Known | None:
    parts = Path(report["path"]).parts
    for entry in entries:
        if report["path"].endswith("/" + entry.path) and entry.project in parts \
                and entry.explains(*difference(report)):
            return entry
    return None


def status(report: dict, entries: list[Known]) -> str:
    if report["traceback"]:
        return "traceback"
    if report["hang"]:
        return "hang"
    differs = report["only_ours"] or report["only_reference"]
    unreadable = report["reference_error"] or report["reference_hang"]
    if not differs and not unreadable:
        return "same"
    if explained_by(report, entries):
        return "explained"
    return "unreadable" if unreadable else "differs"


def _project(path: str, folder: Path) -> str:
    relative = Path(path).relative_to(folder)
    return relative.parts[0] if len(relative.parts) > 1 and "+" in relative.parts[0] else folder.name


def tables(reports: list[dict], folder: Path, known_text: str, before: list[dict] | None = None) -> str:
    """A table of figures per project, then one row per file that is not the same as the reference."""
    entries = known_real(known_text)
    was = {r["path"]: r for r in before or []}
    columns = ("files", "same", "differ", "explained", "fixed", "tracebacks", "hangs", "reference cannot read")
    figures: dict[str, dict[str, int]] = {}
    rows = []
    for report in reports:
        project = _project(report["path"], folder)
        row = figures.setdefault(project, dict.fromkeys(columns, 0))
        row["files"] += 1
        state = status(report, entries)
        key = {"same": "same", "differs": "differ", "explained": "explained", "traceback": "tracebacks",
               "hang": "hangs", "unreadable": "reference cannot read"}[state]
        row[key] += 1
        old = was.get(report["path"])
        if state == "same" and old and (old["only_ours"] or old["only_reference"] or old["traceback"] or old["hang"]):
            row["fixed"] += 1
            state = "fixed"
        if state not in ("same", "unreadable"):
            first = (report["only_ours"][:1] and f"+ {report['only_ours'][0]}") or \
                    (report["only_reference"][:1] and f"- {report['only_reference'][0]}") or \
                    report["traceback"].strip().splitlines()[-1:] or [""]
            first = first if isinstance(first, str) else first[0]
            rows.append((project, str(Path(report["path"]).relative_to(folder / project) if project != folder.name
                                      else Path(report["path"]).relative_to(folder)),
                         len(report["only_ours"]), len(report["only_reference"]), state, first))
    out = ["| project | " + " | ".join(columns) + " |", "|---" * (len(columns) + 1) + "|"]
    for project in sorted(figures):
        out.append(f"| {project} | " + " | ".join(str(figures[project][c]) for c in columns) + " |")
    total = {c: sum(f[c] for f in figures.values()) for c in columns}
    out.append("| **all** | " + " | ".join(str(total[c]) for c in columns) + " |")
    if rows:
        out += ["", "| project | file | only ours | only reference | status | first difference |",
                "|---|---|---|---|---|---|"]
        out += [f"| {p} | `{f}` | {a} | {b} | {s} | `{d}` |" for p, f, a, b, s, d in sorted(rows)]
    return "\n".join(out)


def load_before(path: str | None) -> list[dict] | None:
    return json.loads(Path(path).read_text(encoding="utf-8")) if path else None


__all__ = ["KNOWN", "Known", "explained_by", "known_real", "load_before", "status", "tables"]
