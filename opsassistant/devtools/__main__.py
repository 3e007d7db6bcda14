from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m opsassistant.devtools")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("build", help="regenerate gui/forms, compiled resources and .qm files")
    p.add_argument("--check", action="store_true", help="only report generated files that are stale")
    p = sub.add_parser("screenshots", help="every panel and main dialog in both languages")
    p.add_argument("--database", required=True)
    p.add_argument("--out", required=True)
    p = sub.add_parser("bench", help="seed a large database and print the budget table")
    p.add_argument("--scale", type=float, default=1.0, help="fraction of the budget's data sizes")
    p.add_argument("--json", action="store_true")
    p.add_argument("--database", help="reuse (or create) the bench database at this path")
    p.add_argument("--only", action="append", metavar="AREA",
                   help="measure only this area (startup, contacts, calendar, calls, travel, sync, concurrency); "
                        "may be given more than once or as a comma-separated list")
    p.add_argument("--full-size", action="store_true",
                   help="run the memory-slope rows (exports, reports, large .ics) at the full scale too")
    p = sub.add_parser("conformance", help="import every .ics under DIR and compare with recurring-ical-events")
    p.add_argument("folder", metavar="DIR")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds per file before it counts as a hang")
    p.add_argument("--json", action="store_true")
    p.add_argument("--table", action="store_true", help="Markdown tables: figures per project, then each file")
    p.add_argument("--before", metavar="JSON", help="an earlier --json run: count the files fixed since")
    args = parser.parse_args(argv)
    if args.command == "build":
        from opsassistant.devtools.build import run

        return run(check=args.check)
    if args.command == "screenshots":
        from opsassistant.devtools.screenshots import run

        return run(args.database, args.out)
    if args.command == "conformance":
        from opsassistant.devtools.conformance import run

        return run(args.folder, timeout=args.timeout, as_json=args.json, table=args.table, before=args.before)
    from opsassistant.devtools.bench import run

    if args.full_size:
        import os

        from opsassistant.devtools.benchlib import FULL_SIZE_ENV

        os.environ[FULL_SIZE_ENV] = "1"
    only = [name.strip() for value in args.only or [] for name in value.split(",") if name.strip()]
    return run(scale=args.scale, as_json=args.json, database=args.database, only=only or None)


if __name__ == "__main__":
    sys.exit(main())
