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
