from __future__ import annotations

from pathlib import Path

from opsassistant.commands.common import load, open_from_args
from opsassistant.commands.registry import REPORTS
from opsassistant.i18n.language import current_language


def run_report(args) -> int:
    open_from_args(args, create=False)
    lang = getattr(args, "lang", None) or current_language()
    path = load(REPORTS[args.kind])(args.target, Path(args.output), lang=lang, principal=args.principal)
    print(path)
    return 0
