from __future__ import annotations

import json
import sys

from opsassistant.commands.common import load, open_from_args
from opsassistant.commands.registry import JSON_STREAMS, LIST_COLUMNS, LISTS, STREAMS
from opsassistant.gcpause import paused_gc


def run_list(args) -> int:
    """Records are written as they come (a kind with a stream in ``STREAMS`` never holds them all).

    The cyclic collector is paused for the command: a long list makes tens of thousands of objects, none of
    them in a cycle (reference counting frees them), and each collection would walk every one still held."""
    with paused_gc():
        return _run_list(args)


def _run_list(args) -> int:
    open_from_args(args, create=False)
    out = sys.stdout
    if args.json and args.kind in JSON_STREAMS:
        _write_json_texts(load(JSON_STREAMS[args.kind])(
            search=args.search, date_from=args.date_from, date_to=args.date_to, open_only=args.open), out)
        return 0
    found = load(STREAMS.get(args.kind) or LISTS[args.kind])(
        search=args.search, date_from=args.date_from, date_to=args.date_to, open_only=args.open
    )
    if args.json:
        _write_json(found, out)
        return 0
    columns = LIST_COLUMNS[args.kind]
    for record in found:
        out.write("\t".join("" if record.get(c) is None else str(record.get(c)) for c in columns) + "\n")
    return 0


def _write_json(found, out) -> None:
    """One JSON array, an object a line (the C encoder per object: no list of them all, no indented walk)."""
    encode = json.JSONEncoder(ensure_ascii=False).encode
    _write_json_texts((encode(record) for record in found), out)


def _write_json_texts(texts, out) -> None:
    """The array of :func:`_write_json` from objects already encoded, written 500 objects at a time."""
    lines: list[str] = []
    first = True
    for text in texts:
        lines.append(("[\n  " if first else ",\n  ") + text)
        first = False
        if len(lines) >= 500:
            out.write("".join(lines))
            lines.clear()
    lines.append("[]\n" if first else "\n]\n")
    out.write("".join(lines))
