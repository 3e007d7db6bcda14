"""``import`` and ``export``."""

from __future__ import annotations

import sys
from pathlib import Path

from opsassistant.cli import EXIT_SKIPPED, CommandError
from opsassistant.commands.common import load, open_from_args
from opsassistant.commands.registry import DEFAULT_EXPORT_FORMAT, EXPORTS, IMPORTS, TARGETED_EXPORTS
from opsassistant.i18n.messages import translate


def run_import(args) -> int:
    from opsassistant.interop.detect import UnknownFormatError, detect_format

    files = [Path(f) for f in args.files]
    for path in files:
        if not path.is_file():
            raise CommandError(translate("Cli", "There is no file {path}.").format(path=path))
    _warm_up(files)
    open_from_args(args)
    skipped_any = False
    for path in files:
        try:
            fmt = detect_format(path)
        except UnknownFormatError as exc:
            raise CommandError(str(exc)) from exc
        result = load(IMPORTS[fmt])(path)
        print(result.summary(path))
        for skip in result.skipped:
            print(f"{path}:{skip.place}: {skip.reason}", file=sys.stderr)
        skipped_any = skipped_any or bool(result.skipped)
    return EXIT_SKIPPED if skipped_any else 0


# What the importer of a format loads, and loads late (the first VTIMEZONE of an .ics needs icalendar: a tenth of
# a second). Only the calendar's is listed; another importer gets a head start by adding its own.
_WARM_MODULES = {"ics": ("opsassistant.interop.ical", "icalendar")}


def _warm_up(files: list[Path]) -> None:
    """Import the importer of ``files`` on a thread while the database is opened: the opening waits mostly on the
    disk and SQLite, and a cold ``import`` otherwise pays the two one after the other. Nothing is run but
    imports; one that fails here fails again where it is used, and is reported there."""
    import threading
    from importlib import import_module

    from opsassistant.interop.detect import UnknownFormatError, detect_format

    modules: list[str] = []
    for path in files:
        try:
            modules += _WARM_MODULES.get(detect_format(path), ())
        except (UnknownFormatError, OSError):
            continue

    def run() -> None:
        for module in dict.fromkeys(modules):
            try:
                import_module(module)
            except Exception:  # noqa: BLE001 - only a head start: the import proper reports what is wrong
                return

    if modules:
        threading.Thread(target=run, name="import-warm-up", daemon=True).start()


def run_export(args) -> int:
    fmt = args.format or DEFAULT_EXPORT_FORMAT[args.kind]
    spec = EXPORTS.get((args.kind, fmt))
    if spec is None:
        raise CommandError(
            translate("Cli", "{kind} cannot be exported as {format}.").format(kind=args.kind, format=fmt)
        )
    open_from_args(args, create=False)
    if args.kind in TARGETED_EXPORTS:
        count = load(spec)(Path(args.output), getattr(args, "target", None), getattr(args, "lang", None))
    else:
        count = load(spec)(Path(args.output))
    print(translate("Cli", "Export finished: {count} written to {path}.").format(count=count, path=args.output))
    return 0
