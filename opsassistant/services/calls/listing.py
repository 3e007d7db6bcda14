"""``list calls [--open] [--json]``: the JSON objects of DESIGN.md's contract."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from opsassistant.db.models import Call, Principal
from opsassistant.services.calls.queries import CallFilters, _where, day_bounds, local_zone


def _iso(moment: datetime | None, zone: str) -> str | None:
    """ISO 8601 with the UTC offset, in the zone the call was entered in."""
    if moment is None:
        return None
    try:
        tz = ZoneInfo(zone)
    except (KeyError, ValueError):
        tz = UTC
    return moment.astimezone(tz).isoformat()


def record(call: Call, principal_names: dict[int, str]) -> dict:
    return {
        "id": call.id,
        "when": _iso(call.when_utc, call.timezone),
        "direction": call.direction,
        "name": call.name,
        "company": call.company,
        "number": call.e164 or call.typed_number or None,
        "contact_id": call.contact_id,
        "for": principal_names.get(call.principal_id) if call.principal_id else None,
        "message": call.message,
        "callback_by": _iso(call.callback_by_utc, call.timezone),
        "urgent": call.urgent,
        "status": call.status,
        "flags": [flag for flag in ("telephoned", "please_call", "will_call_again", "returned_call",
                                    "came_to_see", "urgent") if getattr(call, flag)],
        "duration_seconds": call.duration_seconds,
        "follow_up_of": call.follow_up_of_id,
    }


def records(*, search: str | None = None, date_from: date | None = None, date_to: date | None = None,
            open_only: bool = False) -> list[dict]:
    """Calls newest first; with ``open_only`` the open call-backs, earliest deadline first."""
    filters = CallFilters(open_only=open_only, search=search or "")
    query = Call.select().where(*_where(filters))
    zone = local_zone()
    if date_from:
        query = query.where(Call.when_utc >= day_bounds(date_from, zone)[0])
    if date_to:
        query = query.where(Call.when_utc < day_bounds(date_to, zone)[1])
    if open_only:
        query = query.order_by(Call.callback_by_utc.is_null(), Call.callback_by_utc, Call.when_utc)
    else:
        query = query.order_by(Call.when_utc.desc(), Call.id.desc())
    names = {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}
    return [record(call, names) for call in query]
