"""One outing's participant list as CSV (UTF-8 with BOM, formula-injection safe): name, e-mail, reply,
dietary needs, notes, and whether the person is a contact or a principal."""

from __future__ import annotations

from pathlib import Path

from opsassistant.interop.expenses_csv import write_rows
from opsassistant.services.outings import participants

COLUMNS = ("name", "email", "rsvp", "dietary", "notes", "contact_id", "principal_id")
TEXT_COLUMNS = {"name", "email", "dietary", "notes"}


def export_outing(outing_id: int, path: Path | str) -> int:
    rows = [{"name": p.name, "email": p.email, "rsvp": p.rsvp, "dietary": p.dietary, "notes": p.notes,
             "contact_id": p.contact_id or "", "principal_id": p.principal_id or ""}
            for p in participants.of_outing(outing_id)]
    return write_rows(path, COLUMNS, rows, TEXT_COLUMNS)
