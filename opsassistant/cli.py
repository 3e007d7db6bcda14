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
from opsassistant.i18n.messages import translate

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3

LIST_KINDS = ("contacts", "events", "calls", "outings", "trips", "visitors")
EXPORT_KINDS = ("contacts", "calendar", "calls", "expenses", "claim")
REPORT_KINDS = ("agenda", "week", "calls", "phonelist", "outing", "itinerary", "badges", "claim", "rollcall")


def _common(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--database", metavar=translate("Cli", "FILE"), default=default,
                        help=translate("Cli", "the database file (default: $OPSASSISTANT_DATABASE, else the "
                                              "program's data folder)"))
    parser.add_argument("--lang", choices=("da", "en"), default=default,
                        help=translate("Cli", "language of messages, help and reports: da (Danish) or en "
                                              "(English); default: the language chosen in the program, else "
                                              "the system's"))


def _command(sub, name: str, summary: str, details: str = "") -> argparse.ArgumentParser:
    """A subcommand with its one-line summary (in the command list) and its description (in its own help)."""
    return sub.add_parser(name, help=summary, description=summary + (f"\n\n{details}" if details else ""))


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the current language (set it first: ``set_current_language``)."""
    from opsassistant.commands.help import ArgumentParser

    parser = ArgumentParser(
        prog="opsassistant",
        description=translate("Cli", "Ops Assistant (Driftsassistent): contacts, calendar, calls, outings and "
                                     "travel for an executive assistant. Without a command the desktop program "
                                     "starts."),
        epilog=translate("Cli", "Exit codes: 0 done; 1 failed (the reason on stderr, nothing written); 2 wrong "
                                "usage; 3 an import finished but skipped records.\n"
                                "Help for one command: opsassistant COMMAND --help"))
    parser.add_argument("--version", action="version", version=f"Ops Assistant {__version__}",
                        help=translate("Cli", "show the program's version and exit"))
    _common(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"), title=translate("Cli", "commands"))
    commands: dict[str, argparse.ArgumentParser] = {}

    p = commands["demo"] = _command(sub, "demo", translate("Cli", "fill an empty database with a realistic "
                                                                   "Danish office"),
                                    translate("Cli", "Refuses a database that already has data."))
    _common(p)

    p = commands["import"] = _command(
        sub, "import", translate("Cli", "import contacts, appointments or calls from files"),
        translate("Cli", "The format of each file is told from its content: vCard (.vcf), iCalendar (.ics) or "
                         "CSV. Records that cannot be read are reported with their place and reason (exit 3); "
                         "the others are imported."))
    p.add_argument("files", nargs="+", metavar=translate("Cli", "FILE"), help=translate("Cli", "one or more .vcf, .ics or .csv "
                                                                             "files"))
    _common(p)

    p = commands["export"] = _command(sub, "export", translate("Cli", "export contacts, calendar, calls, "
                                                                       "expenses or a trip's claim to a file"))
    p.add_argument("kind", choices=EXPORT_KINDS, help=translate("Cli", "what to export"))
    p.add_argument("target", nargs="?", metavar=translate("Cli", "ID"),
                   help=translate("Cli", "claim: the trip's ID (see: opsassistant list trips)"))
    p.add_argument("-o", "--output", required=True, metavar=translate("Cli", "FILE"),
                   help=translate("Cli", "the file to write (replaced if it exists)"))
    p.add_argument("--format", choices=("vcf", "vcf4", "ics", "csv"),
                   help=translate("Cli", "vcf: vCard 3.0, vcf4: vCard 4.0 (contacts); ics: iCalendar "
                                         "(calendar); csv: a spreadsheet (contacts, calls, expenses); default: "
                                         "vcf for contacts, ics for the calendar, csv for the rest"))
    _common(p)

    p = commands["list"] = _command(
        sub, "list", translate("Cli", "list records, as text or JSON"),
        translate("Cli", "Text: one record a line, the fields separated by tabs. JSON: one array of objects "
                         "(see the design document)."))
    p.add_argument("kind", choices=LIST_KINDS, help=translate("Cli", "what to list"))
    p.add_argument("--search", metavar=translate("Cli", "TEXT"), help=translate("Cli", "only records that contain TEXT"))
    p.add_argument("--from", dest="date_from", metavar=translate("Cli", "DATE"), type=_date,
                   help=translate("Cli", "only from this day on, as YYYY-MM-DD (e.g. 2026-04-02)"))
    p.add_argument("--to", dest="date_to", metavar=translate("Cli", "DATE"), type=_date,
                   help=translate("Cli", "only up to and including this day, as YYYY-MM-DD"))
    p.add_argument("--open", action="store_true", help=translate("Cli", "only open items (calls still to be "
                                                                        "returned)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    _common(p)

    p = commands["report"] = _command(
        sub, "report", translate("Cli", "print a report to a PDF file"),
        translate("Cli", "agenda, week and calls take a DATE (YYYY-MM-DD, default today); outing and itinerary "
                         "the ID of the outing or trip (see: opsassistant list outings|trips); phonelist "
                         "optionally \"letter\" or \"organisation\" (how it is grouped).\n"
                         "Example: opsassistant report agenda 2026-04-02 -o agenda.pdf --lang da"))
    p.add_argument("kind", choices=REPORT_KINDS, help=translate("Cli", "which report"))
    p.add_argument("target", nargs="?", metavar=translate("Cli", "ID|DATE"),
                   help=translate("Cli", "the outing's or trip's ID, or the day as YYYY-MM-DD"))
    p.add_argument("-o", "--output", required=True, metavar=translate("Cli", "FILE.pdf"),
                   help=translate("Cli", "the PDF file to write (replaced if it exists)"))
    p.add_argument("--principal", metavar=translate("Cli", "NAME"),
                   help=translate("Cli", "only this principal, by name (agenda, week, calls); default: the "
                                         "executive for the agenda, everyone otherwise"))
    _common(p)

    p = commands["log-call"] = _command(
        sub, "log-call", translate("Cli", "record a call (for softphones and scripts)"),
        translate("Cli", "The running program shows the call at once."))
    p.add_argument("--number", required=True, metavar=translate("Cli", "N"),
                   help=translate("Cli", "the caller's number as dialled or shown, e.g. +45 33 12 34 56; "
                                         "\"withheld\" for a hidden number"))
    p.add_argument("--name", default="", metavar=translate("Cli", "TEXT"), help=translate("Cli", "the caller's name"))
    p.add_argument("--for", dest="principal", metavar=translate("Cli", "PRINCIPAL"),
                   help=translate("Cli", "whom the call was for, by name"))
    p.add_argument("--direction", choices=("in", "out", "missed"), default="in",
                   help=translate("Cli", "in (default), out or missed"))
    p.add_argument("--message", default="", metavar=translate("Cli", "TEXT"), help=translate("Cli", "the message taken"))
    p.add_argument("--callback-by", metavar=translate("Cli", "DATETIME"),
                   help=translate("Cli", "call back by this time, as YYYY-MM-DD HH:MM or HH:MM (today), in "
                                         "the principal's time zone"))
    p.add_argument("--urgent", action="store_true", help=translate("Cli", "mark the call as urgent"))
    _common(p)

    p = commands["backup"] = _command(sub, "backup", translate("Cli", "write a backup of the database"))
    p.add_argument("-o", "--output", metavar=translate("Cli", "FILE"),
                   help=translate("Cli", "where to write it (default: the backups folder beside the "
                                         "database)"))
    _common(p)

    p = commands["restore"] = _command(
        sub, "restore", translate("Cli", "replace the database with a backup"),
        translate("Cli", "The replaced database is kept as a safety copy beside it."))
    p.add_argument("file", metavar=translate("Cli", "FILE"), help=translate("Cli", "the backup to restore"))
    _common(p)

    p = commands["check"] = _command(sub, "check", translate("Cli", "check the database's integrity"))
    _common(p)
    p = commands["account"] = _command(
        sub, "account", translate("Cli", "calendar server accounts (CalDAV): add, list, remove, map"),
        translate("Cli", "add NAME --url URL --user USER [--password-stdin]: the password goes to the system's "
                         "keyring (without --password-stdin it is asked for); --email ADDRESS (or an address as "
                         "--url) finds the server by RFC 6764 discovery. map NAME CALENDAR --principal "
                         "NAME: whose calendar it is (a new account's calendars belong to the executive); "
                         "map NAME CALENDAR --attendee EMAIL: Find a time reads that attendee's free/busy there."))
    p.add_argument("action", choices=("add", "list", "remove", "map"), help=translate("Cli", "what to do"))
    p.add_argument("name", nargs="?", metavar=translate("Cli", "NAME"),
                   help=translate("Cli", "the account's name (add, remove, map)"))
    p.add_argument("calendar", nargs="?", metavar=translate("Cli", "CALENDAR"),
                   help=translate("Cli", "map: the calendar's name or URL"))
    p.add_argument("--url", metavar=translate("Cli", "URL"),
                   help=translate("Cli", "the server's address, e.g. https://cloud.example.dk/remote.php/dav"))
    p.add_argument("--email", metavar=translate("Cli", "EMAIL"),
                   help=translate("Cli", "add: find the server from this e-mail address (DNS SRV/TXT, .well-known; "
                                     "$OPSASSISTANT_DNS_SERVER names another DNS server)"))
    p.add_argument("--user", metavar=translate("Cli", "USER"), help=translate("Cli", "the user name on the server"))
    p.add_argument("--password-stdin", action="store_true",
                   help=translate("Cli", "read the password from the first line of standard input"))
    p.add_argument("--insecure", action="store_true",
                   help=translate("Cli", "accept the server's self-signed certificate"))
    p.add_argument("--principal", metavar=translate("Cli", "NAME"), help=translate("Cli", "map: whose calendar it is"))
    p.add_argument("--none", action="store_true", help=translate("Cli", "map: stop syncing this calendar"))
    p.add_argument("--attendee", metavar=translate("Cli", "EMAIL"),
                   help=translate("Cli", "map: the calendar is this attendee's, for free/busy (\"\" forgets it)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    _common(p)

    p = commands["sync"] = _command(
        sub, "sync", translate("Cli", "two-way sync with the calendar servers"),
        translate("Cli", "Exit codes: 0 done, 1 failed, 4 done with conflicts left for you to choose "
                         "(see --conflicts and --resolve)."))
    p.add_argument("name", nargs="?", metavar=translate("Cli", "ACCOUNT"),
                   help=translate("Cli", "only this account (default: every account)"))
    p.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    p.add_argument("--conflicts", action="store_true",
                   help=translate("Cli", "list the conflicts waiting for a choice, as JSON"))
    p.add_argument("--resolve", type=int, metavar=translate("Cli", "ID"),
                   help=translate("Cli", "resolve the conflict with this ID (with --keep)"))
    p.add_argument("--keep", choices=("mine", "theirs", "both"),
                   help=translate("Cli", "mine: this computer's version, theirs: the server's, both: keep both"))
    _common(p)
    _mail_parsers(sub, commands)
    parser.commands = commands  # type: ignore[attr-defined] - for usage errors after parsing
    return parser


def _mail_parsers(sub, commands: dict) -> None:
    p = commands["invite"] = _command(
        sub, "invite", translate("Cli", "write an appointment's invitation (iTIP REQUEST or CANCEL) as .ics"),
        translate("Cli", "The executive is the organizer and the assistant the sender (SENT-BY)."))
    p.add_argument("event_id", type=int, metavar=translate("Cli", "EVENT_ID"),
                   help=translate("Cli", "the appointment's ID (see: opsassistant list events)"))
    p.add_argument("-o", "--output", required=True, metavar=translate("Cli", "FILE.ics"),
                   help=translate("Cli", "the .ics file to write"))
    p.add_argument("--method", choices=("request", "cancel"), default="request",
                   help=translate("Cli", "request (default): invite or update; cancel: call it off"))
    _common(p)

    p = commands["mail"] = _command(
        sub, "mail", translate("Cli", "an e-mail from a template, as an .eml draft or sent by SMTP"),
        translate("Cli", "Templates: message (a call's ID), invitation (an appointment's ID), itinerary (a "
                         "trip's ID), outing (an outing's ID), briefing (a day as YYYY-MM-DD, default today), guest (a "
                         "checked-in visitor's ID: your guest has arrived, to the host)."))
    p.add_argument("template", choices=("message", "invitation", "itinerary", "outing", "briefing", "guest"),
                   help=translate("Cli", "which template"))
    p.add_argument("target", nargs="?", metavar=translate("Cli", "ID"),
                   help=translate("Cli", "call, appointment, trip, outing or visitor ID; a date for briefing"))
    p.add_argument("--to", action="append", metavar=translate("Cli", "ADDRESS"),
                   help=translate("Cli", "recipient's e-mail address (repeat for more)"))
    way = p.add_mutually_exclusive_group(required=True)
    way.add_argument("-o", "--output", metavar=translate("Cli", "FILE.eml"),
                     help=translate("Cli", "write a draft for the mail client"))
    way.add_argument("--send", action="store_true", help=translate("Cli", "send by SMTP as set up under Settings"))
    p.add_argument("--method", choices=("request", "cancel"), default="request",
                   help=translate("Cli", "invitation: what to send"))
    _common(p)


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            translate("Cli", "not a date: %1 (give it as YYYY-MM-DD, e.g. 2026-04-02)").replace("%1", text)
        ) from exc


def _check_usage(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """What argparse cannot say itself: the reports that need an ID."""
    if args.command == "report" and args.kind in ("outing", "itinerary") and not args.target:
        command = parser.commands["report"]  # type: ignore[attr-defined]
        if args.kind == "outing":
            command.error(translate("Cli", "report outing needs the ID of the outing, e.g. "
                                           "\"report outing 12 -o outing.pdf\" (see: opsassistant list outings)"))
        command.error(translate("Cli", "report itinerary needs the ID of the trip, e.g. "
                                       "\"report itinerary 3 -o trip.pdf\" (see: opsassistant list trips)"))


def _dispatch(args: argparse.Namespace) -> int:
    from importlib import import_module

    module_name = {
        "demo": "data", "backup": "data", "restore": "data", "check": "data",
        "import": "transfer", "export": "transfer", "list": "listing", "report": "reporting",
        "log-call": "calls", "account": "sync", "sync": "sync", "invite": "mailing", "mail": "mailing",
    }[args.command]
    module = import_module(f"opsassistant.commands.{module_name}")
    return getattr(module, "run_" + args.command.replace("-", "_"))(args)


def _app_start(words: list[str]) -> dict[str, str | None] | None:
    """``{"database": …, "lang": …}`` when the words only start the desktop app (no command; ``--database FILE``
    and ``--lang da|en`` at most, as argparse reads them); None for anything else, which argparse then parses
    (and reports, when it is wrong)."""
    found: dict[str, str | None] = {"database": None, "lang": None}
    index = 0
    while index < len(words):
        word = words[index]
        name, has_value, value = word.partition("=")
        if name not in ("--database", "--lang"):
            return None
        if not has_value:
            if index + 1 >= len(words) or words[index + 1].startswith("-"):
                return None
            value = words[index + 1]
            index += 1
        if not value or (name == "--lang" and value not in ("da", "en")):
            return None
        found[name[2:]] = value
        index += 1
    return found


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    app_start = _app_start(words)
    if app_start is not None:  # the desktop app: no parser to build, no language to read before its own
        from opsassistant.gui.app import preload, run

        preload()  # before anything imports PySide6 (see gui.app.BEFORE_QT)
        return run(**app_start)

    from opsassistant.commands.help import requested_language
    from opsassistant.i18n.language import set_current_language
    from opsassistant.i18n.preferences import startup_language

    set_current_language(startup_language(requested_language(words)))  # help and usage errors in it too
    parser = build_parser()
    args = parser.parse_args(words)
    if args.command is None:
        from opsassistant.gui.app import run

        return run(database=args.database, lang=args.lang)
    _check_usage(parser, args)

    from opsassistant.db.errors import DatabaseError

    try:
        code = _dispatch(args)
        sys.stdout.flush()  # a closed pipe shows here, not in Python's own flush at exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
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


def _reader_went_away() -> int:
    """``list … | head``: the reader has all it wanted; end quietly (exit 0) instead of "Broken pipe", and
    keep Python from complaining when it flushes stdout at exit."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
