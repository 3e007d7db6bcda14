"""What a whole file says about its series, before anything is stored.

- One copy per (UID, RECURRENCE-ID): the highest SEQUENCE, then the latest LAST-MODIFIED/DTSTAMP, then the last
  in the file (RFC 5546 §2.1.5) — a file with two revisions of one invitation shows one event.
- ``RECURRENCE-ID;RANGE=THISANDFUTURE`` (RFC 5545 §3.8.4.4): the series is split at that instance. The master
  keeps the instances before it; the rest becomes a series of its own with the override's changes (its start
  offset, length, title …), carrying the later EXDATEs, RDATEs and overrides along, shifted by the same offset.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from opsassistant.db.fields import utc_text
from opsassistant.interop.ical_read import ParsedEvent, recurrence_key
from opsassistant.interop.ical_rules import bounded_series_end


def newest_copies(events: list[ParsedEvent]) -> tuple[list[ParsedEvent], list[ParsedEvent]]:
    """(kept, dropped): one event per (UID, RECURRENCE-ID)."""
    best: dict[tuple[str, str | None], tuple[tuple, ParsedEvent]] = {}
    dropped = []
    for index, event in enumerate(events):
        key = (event.uid, event.recurrence_id)
        rank = (event.sequence, event.modified, index)
        found = best.get(key)
        if found is None:
            best[key] = (rank, event)
        elif rank > found[0]:
            dropped.append(found[1])
            best[key] = (rank, event)
        else:
            dropped.append(event)
    return [event for _, event in best.values()], dropped


def align_keys(events: list[ParsedEvent], stored_all_day: dict[str, bool], home_zone: str) -> None:
    """Each override's RECURRENCE-ID keyed as its master keys instances (a master in the file, else one stored)."""
    kinds = dict(stored_all_day)
    kinds.update({e.uid: e.row["all_day"] for e in events if e.recurrence_id is None})
    for event in events:
        if event.rid_moment is not None and event.uid in kinds:
            event.recurrence_id = recurrence_key(event.rid_moment, kinds[event.uid], home_zone)


def drop_dead_overrides(events: list[ParsedEvent]) -> tuple[list[ParsedEvent], list[ParsedEvent]]:
    """(kept, stale): an override of an instance its master excludes (EXDATE) is deleted, and one after the end of
    a master whose SEQUENCE is newer belongs to a series that was since shortened (RFC 5546 §2.1.5)."""
    masters = {e.uid: e for e in events if e.recurrence_id is None}
    kept, stale = [], []
    for event in events:
        master = masters.get(event.uid)
        rid = event.recurrence_id
        if master is not None and rid is not None:
            row = master.row
            if rid in row.get("exdates", ()):
                continue
            end = row.get("series_until_utc")
            moment = _key_moment(rid, row["all_day"])
            if not isinstance(moment, datetime):
                moment = datetime.combine(moment, datetime.min.time(), UTC)
            if end is not None and moment >= end and master.sequence > event.sequence:
                stale.append(event)
                continue
        kept.append(event)
    return kept, stale


def _key_moment(key: str, all_day: bool) -> datetime | date:
    if all_day or len(key) == 10:
        return date.fromisoformat(key[:10])
    return datetime.fromisoformat(key[:19]).replace(tzinfo=UTC)


def _shift(key: str, offset: timedelta, all_day: bool) -> str:
    parts = [_key_moment(part, all_day) + offset for part in key.split("/")]
    return "/".join(p.isoformat() if not isinstance(p, datetime) else utc_text(p) for p in parts)


def _set_until(rule: str, until: str) -> str:
    parts = [p for p in rule.split(";") if not p.upper().startswith(("UNTIL=", "COUNT="))]
    return ";".join([*parts, f"UNTIL={until}"])


def _shift_until(rule: str, offset: timedelta, all_day: bool) -> str:
    out = []
    for part in rule.split(";"):
        if part.upper().startswith("UNTIL="):
            value = part[6:]
            if all_day or len(value) == 8:
                moment = date(int(value[:4]), int(value[4:6]), int(value[6:8])) + timedelta(days=offset.days)
                value = moment.strftime("%Y%m%d")
            else:
                moment = datetime.strptime(value[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC) + offset
                value = moment.strftime("%Y%m%dT%H%M%SZ")
            part = "UNTIL=" + value
        out.append(part)
    return ";".join(out)


def _start(row: dict) -> datetime | date:
    return row["start_date"] if row["all_day"] else row["start_utc"]


def _length(row: dict) -> timedelta:
    return (row["end_date"] - row["start_date"]) if row["all_day"] else (row["end_utc"] - row["start_utc"])


# A split made: (UID, RECURRENCE-ID of the cut, UID of the series split off, start offset, all-day)
Split = tuple[str, str, str, timedelta, bool]


def split_this_and_future(events: list[ParsedEvent], made: list[Split] | None = None) -> list[ParsedEvent]:
    """Every THISANDFUTURE override whose master is in the file becomes a series of its own (see above); each split
    is added to ``made`` (see follow_splits)."""
    masters = {e.uid: e for e in events if e.recurrence_id is None and e.row.get("rrule")}
    splits = sorted((e for e in events if e.this_and_future and e.uid in masters), key=lambda e: e.recurrence_id)
    if not splits:
        return events
    for override in splits:
        master = masters[override.uid]
        row, all_day, rid = master.row, master.row["all_day"], override.recurrence_id
        instance = _key_moment(rid, all_day)
        offset = _start(override.row) - instance
        def later(key: str, rid: str = rid) -> bool:
            return key.split("/")[0] >= rid  # keys of one series sort as their moments
        new_uid = f"{override.uid}/{rid.replace(' ', 'T')}"
        rule = row["rrule"]
        if "COUNT=" in rule.upper():
            before = _count_before(master, instance)
            total = int(next(p for p in rule.split(";") if p.upper().startswith("COUNT="))[6:])
            rest_rule = ";".join(p if not p.upper().startswith("COUNT=") else f"COUNT={max(1, total - before)}"
                                 for p in rule.split(";"))
        else:
            rest_rule = _shift_until(rule, offset, all_day)
        rest = dict(override.row)
        rest.update(rrule=rest_rule, exdates=[_shift(k, offset, all_day) for k in row["exdates"] if later(k)],
                    rdates=[_shift(k, offset, all_day) for k in row["rdates"] if later(k)])
        rest["series_until_utc"] = bounded_series_end(rest_rule, _start(rest), rest["start_timezone"],
                                                      _length(rest), rest["rdates"])
        cut = (instance - timedelta(days=1)).strftime("%Y%m%d") if all_day else \
            (instance - timedelta(seconds=1)).strftime("%Y%m%dT%H%M%SZ")
        row["rrule"] = _set_until(rule, cut)
        row["exdates"] = [k for k in row["exdates"] if not later(k)]
        row["rdates"] = [k for k in row["rdates"] if not later(k)]
        row["series_until_utc"] = bounded_series_end(row["rrule"], _start(row), row["start_timezone"], _length(row),
                                                     row["rdates"])
        override.row = rest
        if made is not None:
            made.append((override.uid, rid, new_uid, offset, all_day))
        override.uid, override.recurrence_id, override.this_and_future = new_uid, None, False
        masters[new_uid] = override
        for other in events:  # later single overrides belong to the new series, at their shifted instant
            if other.uid == master.uid and other.recurrence_id is not None and later(other.recurrence_id) \
                    and other is not override:
                other.uid, other.recurrence_id = new_uid, _shift(other.recurrence_id, offset, all_day)
    return events


def follow_splits(events: list[ParsedEvent], splits: list[Split]) -> None:
    """Overrides of a series split in an earlier batch go where split_this_and_future puts those in its batch:
    one at or after the cut belongs to the series split off, at its shifted instant (and so on down a chain)."""
    if not splits:
        return
    by_uid: dict[str, list[Split]] = {}
    for split in sorted(splits, key=lambda s: s[1]):
        by_uid.setdefault(split[0], []).append(split)
    masters = {e.uid for e in events if e.recurrence_id is None}  # a master in the batch splits them itself
    for event in events:
        while event.recurrence_id is not None and event.uid in by_uid and event.uid not in masters:
            found = next((s for s in by_uid[event.uid] if event.recurrence_id.split("/")[0] >= s[1]), None)
            if found is None:
                break
            _uid, _rid, new_uid, offset, all_day = found
            event.uid, event.recurrence_id = new_uid, _shift(event.recurrence_id, offset, all_day)


def _count_before(master: ParsedEvent, instance: datetime | date) -> int:
    from itertools import islice

    from opsassistant.interop.ical_rules import _dateutil_rule, _localise

    row = master.row
    rule = _dateutil_rule(row["rrule"], master.start_moment, row["start_timezone"])
    count = 0
    for moment in islice(rule, 5000):
        at = moment.date() if row["all_day"] else _localise(moment, row["start_timezone"]).astimezone(UTC)
        if at >= instance:
            break
        count += 1
    return count


__all__ = ["Split", "follow_splits", "newest_copies", "split_this_and_future"]
