"""``export calls --format csv``: UTF-8 with BOM (Excel opens it right), safe from formula injection."""

from __future__ import annotations

import csv
from pathlib import Path

from opsassistant.db.models import Call, Principal
from opsassistant.fileio import atomic_text
from opsassistant.services.calls.listing import _iso

COLUMNS = ("id", "when", "direction", "name", "company", "number", "for", "message", "callback_by", "urgent",
           "status", "telephoned", "please_call", "will_call_again", "returned_call", "came_to_see",
           "duration_seconds", "follow_up_of")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A cell a spreadsheet shows as text: one starting with = + - @ (or a tab/CR) gets a leading apostrophe.

    A phone number in E.164 starts with "+", so it is written as it is only when it is just a number.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    text = str(value)
    if text.startswith(_DANGEROUS) and not (text[0] == "+" and text[1:].isdigit()):
        return "'" + text
    return text


def export_file(path: Path | str) -> int:
    """Write every live call, oldest first; returns the number of calls written."""
    names = {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}
    count = 0
    with atomic_text(path, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for call in Call.alive().order_by(Call.when_utc, Call.id).iterator():
            row = {
                "id": call.id, "when": _iso(call.when_utc, call.timezone), "direction": call.direction,
                "name": call.name, "company": call.company, "number": call.e164 or call.typed_number,
                "for": names.get(call.principal_id, ""), "message": call.message,
                "callback_by": _iso(call.callback_by_utc, call.timezone), "urgent": call.urgent,
                "status": call.status, "telephoned": call.telephoned, "please_call": call.please_call,
                "will_call_again": call.will_call_again, "returned_call": call.returned_call,
                "came_to_see": call.came_to_see, "duration_seconds": call.duration_seconds,
                "follow_up_of": call.follow_up_of_id,
            }
            writer.writerow([safe_cell(row[c]) for c in COLUMNS])
            count += 1
    return count
