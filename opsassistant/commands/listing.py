from __future__ import annotations

import json
import sys

from opsassistant.commands.common import load, open_from_args
from opsassistant.commands.registry import LIST_COLUMNS, LISTS


def run_list(args) -> int:
    open_from_args(args, create=False)
    records = load(LISTS[args.kind])(
        search=args.search, date_from=args.date_from, date_to=args.date_to, open_only=args.open
    )
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    columns = LIST_COLUMNS[args.kind]
    for record in records:
        print("\t".join("" if record.get(c) is None else str(record.get(c)) for c in columns))
    return 0
