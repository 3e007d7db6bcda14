"""The one entry point: no command starts the desktop app; a command does headless work.

Exit codes: 0 done; 1 failed with a clear message on stderr and nothing written; 2 wrong usage;
3 an import finished but skipped records.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from opsassistant import __version__
from opsassistant.errors import UserError as CommandError  # the name the commands use

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

LIST_KINDS = ("contacts", "events", "calls", "outings", "trips")
EXPORT_KINDS = ("contacts", "calendar", "calls", "expenses")
REPORT_KINDS = ("agenda", "week", "calls", "phonelist", "outing", "itinerary")


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--database", metavar="FILE", default=default,
                        help="the database file (default: $OPSASSISTANT_DATABASE or the data folder)")
    parser.add_argument("--lang", choices=("da", "en"), default=default, help="language of messages and reports")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="opsassistant", description="Ops Assistant (Driftsassistent)")
    parser.add_argument("--version", action="version", version=f"Ops Assistant {__version__}")
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    _common(sub.add_parser("demo", help="fill an empty database with a realistic Danish office"))

    p = sub.add_parser("import", help="import .vcf, .ics or .csv files (detected from their content)")
    p.add_argument("files", nargs="+", metavar="FILE")
    _common(p)

    p = sub.add_parser("export", help="export contacts, calendar, calls or expenses")
    p.add_argument("kind", choices=EXPORT_KINDS)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--format", choices=("vcf", "vcf4", "ics", "csv"), help="vcf is vCard 3.0, vcf4 vCard 4.0")
    _common(p)

    p = sub.add_parser("list", help="list records, as text or JSON")
    p.add_argument("kind", choices=LIST_KINDS)
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--from", dest="date_from", metavar="DATE", type=_date)
    p.add_argument("--to", dest="date_to", metavar="DATE", type=_date)
    p.add_argument("--open", action="store_true", help="only open items (e.g. call-backs)")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("report", help="print a report to PDF")
    p.add_argument("kind", choices=REPORT_KINDS)
    p.add_argument("target", nargs="?", metavar="ID|DATE")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--principal", metavar="NAME", help="only this principal (call sheet, week)")
    _common(p)

    p = sub.add_parser("log-call", help="record a call (for softphones and scripts)")
    p.add_argument("--number", required=True, metavar="N")
    p.add_argument("--name", default="")
    p.add_argument("--for", dest="principal", metavar="PRINCIPAL")
    p.add_argument("--direction", choices=("in", "out", "missed"), default="in")
    p.add_argument("--message", default="")
    p.add_argument("--callback-by", metavar="DATETIME")
    p.add_argument("--urgent", action="store_true")
    _common(p)

    p = sub.add_parser("backup", help="write a backup of the database")
    p.add_argument("-o", "--output", metavar="FILE")
    _common(p)

    p = sub.add_parser("restore", help="replace the database with a backup (a safety copy is kept)")
    p.add_argument("file", metavar="FILE")
    _common(p)

    _common(sub.add_parser("check", help="check the database's integrity"))
    return parser


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


def _dispatch(args: argparse.Namespace) -> int:
    from importlib import import_module

    module_name = {
        "demo": "data", "backup": "data", "restore": "data", "check": "data",
        "import": "transfer", "export": "transfer", "list": "listing", "report": "reporting",
        "log-call": "calls",
    }[args.command]
    module = import_module(f"opsassistant.commands.{module_name}")
    return getattr(module, "run_" + args.command.replace("-", "_"))(args)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from opsassistant.i18n.language import set_current_language

    if args.command is None:
        from opsassistant.gui.app import run

        return run(database=args.database, lang=args.lang)

    from opsassistant.db.errors import DatabaseError
    from opsassistant.i18n.preferences import startup_language

    set_current_language(startup_language(args.lang))
    try:
        return _dispatch(args)
    except (DatabaseError, CommandError) as exc:
        print(f"opsassistant: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        from opsassistant.db.errors import from_os_error

        print(f"opsassistant: {from_os_error(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        from opsassistant.db.errors import from_sqlite

        error = from_sqlite(exc, getattr(args, "database", None))
        if error is None:
            raise
        print(f"opsassistant: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        from opsassistant.db.database import close_database

        close_database()


if __name__ == "__main__":
    raise SystemExit(main())
