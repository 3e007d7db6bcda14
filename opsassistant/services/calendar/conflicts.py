"""Double bookings: which appointments of the same principal overlap a proposed time."""

from __future__ import annotations

from datetime import datetime

from opsassistant.db.models import Principal
from opsassistant.i18n.formatting import format_time
from opsassistant.i18n.messages import Translator
from opsassistant.services.calendar.occurrences import Occurrence, between


def conflicts(start: datetime, end: datetime, principal_ids: list[int], *,
              ignore_event_id: int | None = None, ignore_recurrence_id: str | None = None) -> list[Occurrence]:
    """Timed, not cancelled occurrences of any of ``principal_ids`` overlapping [start, end)."""
    if not principal_ids or end <= start:
        return []
    found = []
    for occ in between(start, end, principal_ids):
        if occ.all_day or occ.status == "cancelled":
            continue
        if _same(occ, ignore_event_id, ignore_recurrence_id):
            continue
        found.append(occ)
    return found


def _same(occ: Occurrence, event_id: int | None, recurrence_id: str | None) -> bool:
    """Is ``occ`` the appointment being edited (so it cannot clash with itself)?"""
    if event_id is None or event_id not in (occ.event_id, occ.series_id):
        return False
    return recurrence_id is None or occ.recurrence_id == recurrence_id or occ.event_id == event_id


def describe(found: list[Occurrence], principal_ids: list[int], lang: str | None = None) -> str:
    """One line per clash: "Karen Holm already has “Board meeting” 09.00–10.00"."""
    names = {p.id: p.name for p in Principal.select().where(Principal.id.in_(principal_ids or [0]))}
    lines = []
    for occ in found:
        who = ", ".join(names[i] for i in occ.principal_ids if i in names)
        lines.append(Translator(lang).translate("CalendarConflicts", "%1 already has “%2” %3–%4")
                     .replace("%1", who).replace("%2", occ.title)
                     .replace("%3", format_time(occ.start, lang)).replace("%4", format_time(occ.end, lang)))
    return "\n".join(lines)
