"""iCalendar import and export of the calendar (RFC 5545).

Import: Outlook (Windows zone names, VTIMEZONE), Google (X-WR-TIMEZONE, UTC), Apple, Thunderbird; all-day,
floating times (home zone), RRULE/EXDATE/RDATE/RECURRENCE-ID, VALARM. A bad event is skipped with its line and
the reason. The file is read as a stream and written in batches through the calendar's data layer
(services/calendar/importing.py); re-import updates by UID + RECURRENCE-ID. Export: everything, one principal or
a date range, with a VTIMEZONE for every zone used, streamed as well.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

from opsassistant.db.models.base import utcnow
from opsassistant.fileio import atomic_text
from opsassistant.gcpause import paused_gc
from opsassistant.i18n.messages import translate
from opsassistant.interop import ical_write as w
from opsassistant.interop.ical_ahead import read_ahead
from opsassistant.interop.ical_parse import Component
from opsassistant.interop.ical_read import BadEvent, Context, ParsedEvent, read_event
from opsassistant.interop.ical_rules import normalise_rrule
from opsassistant.interop.ical_series import (
    align_keys,
    drop_dead_overrides,
    follow_splits,
    newest_copies,
    split_this_and_future,
)
from opsassistant.interop.ical_stream import (
    CalendarProp,
    Damaged,
    Top,
    components,
    count_components,
    logical_lines,
    may_be_reply,
    zones_come_late,
)
from opsassistant.interop.progress import ImportCancelled, ProgressCallback, report
from opsassistant.interop.result import ImportResult
from opsassistant.services.calendar import importing, store
from opsassistant.services.calendar.occurrences import home_zone, zone

_NOT_EVENTS = ("VTODO", "VJOURNAL", "VFREEBUSY")
_LOOSE = ("VEVENT", "VTIMEZONE", *_NOT_EVENTS)  # read outside a VCALENDAR (khal, some mail programs)


def _not_event(name: str) -> str:
    if name == "VTODO":
        return translate("ICalImport", "A task (VTODO) is not a calendar event; it was not imported.")
    if name == "VJOURNAL":
        return translate("ICalImport", "A journal entry (VJOURNAL) is not a calendar event; it was not imported.")
    return translate("ICalImport", "Free/busy information (VFREEBUSY) is not a calendar event; it was not imported.")


def _place(parsed_line: int, title: str) -> str:
    return translate("ICalImport", "line %1 (%2)").replace("%1", str(parsed_line)).replace("%2", title)


def _line(number: int) -> str:
    return translate("ICalImport", "line %1").replace("%1", str(number))


def parse_file(path: Path, result: ImportResult, home: str | None = None) -> list[ParsedEvent]:
    """Every readable VEVENT of the file (the whole list: for tests and small files; the import streams)."""
    return list(iter_events(Path(path), result, home))


def _zones_first(path: Path) -> dict[int, dict[str, Component]]:
    """The VTIMEZONEs of each calendar, for a file that has some after its events (read in a first pass)."""
    zones: dict[int, dict[str, Component]] = {}
    for item in components(logical_lines(path, Damaged())):
        if isinstance(item, Top) and item.component.name == "VTIMEZONE":
            zones.setdefault(item.calendar, {})[item.component.text("TZID")] = item.component
    return zones


def iter_events(path: Path, result: ImportResult, home: str | None = None,
                seen: list[int] | None = None) -> Iterator[ParsedEvent]:
    """The file's VEVENTs one by one as they are read; skipped ones and notes go into ``result``, and
    ``seen[0]`` counts every VEVENT read (skipped ones too) for the progress."""
    seen = seen if seen is not None else [0]
    damaged = Damaged()
    late = _zones_first(path) if zones_come_late(path) else None
    contexts: dict[int, Context] = {}
    calendars = False
    wr_seen: set[int] = set()

    def context(calendar: int) -> Context:
        ctx = contexts.get(calendar)
        if ctx is None:
            ctx = contexts[calendar] = Context(home_zone=home or home_zone())
            if late is not None:
                ctx.vtimezones = dict(late.get(calendar, {}))
        return ctx

    for item in components(logical_lines(path, damaged)):
        if isinstance(item, CalendarProp):
            calendars = True
            ctx = context(item.calendar)
            if item.prop.name == "X-WR-TIMEZONE" and item.calendar not in wr_seen:
                wr_seen.add(item.calendar)
                if item.prop.value.strip():
                    ctx.calendar_zone = ctx.zone_of(item.prop.value.strip(), item.prop.line)
            _flush_notes(ctx, result)
            continue
        if item.calendar > 0:
            calendars = True
        elif calendars or item.component.name not in _LOOSE:
            # a loose component beside a calendar is not part of it (RFC 5545 §3.4; read only in a bare file)
            if item.component.name == "VEVENT":
                result.skip(_place(item.component.line, item.component.text("SUMMARY") or "?"), translate(
                    "ICalImport", "The event stands outside the file's calendars (not between BEGIN:VCALENDAR and "
                                  "END:VCALENDAR); it was not imported."))
            continue
        comp, ctx = item.component, context(item.calendar)
        if comp.name == "VTIMEZONE":
            if late is None:
                ctx.vtimezones[comp.text("TZID")] = comp
            continue
        if comp.name in _NOT_EVENTS:
            result.skip(_place(comp.line, comp.text("SUMMARY") or comp.name), _not_event(comp.name))
            continue
        if comp.name != "VEVENT":
            continue
        seen[0] += 1
        if not comp.complete:
            result.skip(_place(comp.line, comp.text("SUMMARY") or "?"),
                        translate("ICalImport", "The event is cut off: its END:VEVENT line never comes."))
            continue
        try:
            event = read_event(comp, ctx)
        except BadEvent as error:
            result.skip(_place(comp.line, comp.text("SUMMARY") or "?"), str(error))
            event = None
        _flush_notes(ctx, result)
        if event is not None:
            yield event
    if not contexts and next(logical_lines(path, Damaged()), None) is not None:  # a file with lines, none a calendar
        result.skip(_line(1), translate("ICalImport", "The file holds no calendar (BEGIN:VCALENDAR)."))
    for number in damaged.lines[:20]:
        result.note(_line(number), translate("ICalImport", "Some characters of this line could not be read and "
                                             "were replaced by �."))


def _flush_notes(ctx: Context, result: ImportResult) -> None:
    for number, sentence in ctx.notes:
        result.note(_line(number), sentence)
    ctx.notes.clear()


def import_file(path: Path | str, *, principal_id: int | None = None,
                progress: ProgressCallback | None = None) -> ImportResult:
    """Import every VEVENT; events without a principal of their own go to ``principal_id`` or the executive.

    Written in batches of ``BATCH`` events, each one transaction; ``progress`` (interop.progress) is called after
    each batch and may stop the import by raising ImportCancelled, whose ``result`` then holds what was done."""
    # An attendee's REPLY/COUNTER/REFRESH is an answer, not an appointment (the byte search spares the rest a parse,
    # and the import of the iTIP modules).
    if may_be_reply(Path(path)):
        from opsassistant.interop import itip

        if itip.is_attendee_message(path):
            return itip.import_message(path)
    with paused_gc():
        return _import(Path(path), principal_id, progress)


BATCH = 2000  # VEVENTs per transaction: the write lock is free between batches for the other programs


def _prepare(result: ImportResult, home: str):
    """What the file says about its series, applied to one batch under the write lock (see ical_series)."""
    splits: list = []  # the THISANDFUTURE splits of earlier batches: later overrides follow them

    def prepare(events: list[ParsedEvent], stored_all_day: dict[str, bool], load) -> list[ParsedEvent]:
        align_keys(events, stored_all_day, home)
        follow_splits(events, splits)
        events = [*load(events), *events]  # a stored master (and its overrides) the batch's overrides need
        kept, dropped = newest_copies(events)
        _note_undecided_copies(result, kept, dropped)
        events, stale = drop_dead_overrides(kept)
        for event in stale:
            if getattr(event, "stored", False):  # a stored override handed in beside the batch (importing)
                continue
            result.note(_line(event.line), translate(
                "ICalImport", "This changed occurrence lies after the end of its series, which was revised later; "
                              "it was left out."))
        return newest_copies(split_this_and_future(events, splits))[0]
    return prepare


def _note_undecided_copies(result: ImportResult, kept: list[ParsedEvent], dropped: list[ParsedEvent]) -> None:
    """Two different copies of one UID (and RECURRENCE-ID) that neither SEQUENCE nor LAST-MODIFIED/DTSTAMP orders
    (RFC 5546 §2.1.5): the one written later is kept, and the one left out is reported, not lost silently."""
    winners = {(e.uid, e.recurrence_id): e for e in kept}
    for old in dropped:
        new = winners.get((old.uid, old.recurrence_id))
        if new is not None and (new.sequence, new.modified) == (old.sequence, old.modified) and new.row != old.row:
            result.note(_line(old.line), translate(
                "ICalImport", "Another event in the file (line %1) has the same UID, SEQUENCE and time stamp; "
                              "the one written later was kept and this one left out.").replace("%1", str(new.line)))


def _import(path: Path, principal_id: int | None, progress: ProgressCallback | None) -> ImportResult:
    """Read and write batch by batch. A batch is cut only between UIDs, so a series and the overrides that follow
    it stay together; an override read before its master (and with none stored) waits for it and joins its batch,
    else it is written at the end as a single event. An override further after its master than one batch meets
    the stored master (importing loads it beside the batch): its RANGE=THISANDFUTURE split and the EXDATE and
    revision checks of ical_series run as in the master's batch, and overrides after a split follow it, so the
    result does not depend on where the batches are cut."""
    result = ImportResult()
    total = count_events(path) if progress is not None else None
    state = importing.ImportState.start(principal_id)
    home = home_zone()  # asked here: the reading thread never touches the database
    prepare = _prepare(result, home)
    _line(0)  # the translator is made on this thread, before the reading thread uses it
    pending: dict[str, list[ParsedEvent]] = {}  # overrides read before their master (none stored either)
    batch: list[ParsedEvent] = []
    seen = [0]  # VEVENTs read so far (iter_events counts them, skipped ones too)

    def flush(events: list[ParsedEvent], read: int, hold: bool = True) -> None:
        """Write ``events``; ``read`` VEVENTs of the file have been read (written, held or skipped) by then."""
        if hold:  # an override whose master is neither here nor stored waits for it (or for the end)
            present = {e.uid for e in events if e.recurrence_id is None}
            loose = {e.uid for e in events if e.recurrence_id is not None and e.uid not in present}
            waiting = loose - importing.stored_masters(loose) if loose else set()
            for event in events:
                if event.recurrence_id is not None and event.uid in waiting:
                    pending.setdefault(event.uid, []).append(event)
            events = [e for e in events if not (e.recurrence_id is not None and e.uid in waiting)]
        if events:
            importing.write_batch(events, result, state, prepare)
        gc.collect(1)
        try:
            report(progress, read, total)
        except ImportCancelled as cancelled:
            cancelled.result = result
            raise

    events = read_ahead(lambda recorder, count: iter_events(path, recorder, home, count), result, seen)
    try:
        for event in events:
            if len(batch) >= BATCH and event.uid != batch[-1].uid:  # a series stays with its overrides
                flush(batch, seen[0] - 1)  # the event in hand goes into the next batch
                batch = []
            batch.append(event)
            if event.recurrence_id is None and event.uid in pending:
                batch += pending.pop(event.uid)
    finally:
        events.close()  # the reading thread stops (a cancelled or failed batch)
    if batch or not pending:
        flush(batch, seen[0])
    rest = [e for events in pending.values() for e in events]  # invitations to one instance: kept as singles
    pending.clear()
    for start in range(0, len(rest), BATCH):
        flush(rest[start:start + BATCH], seen[0], hold=False)
    return result


def count_events(path: Path) -> int:
    """How many VEVENTs the file has (for the progress bar), without reading them."""
    return count_components(path, "VEVENT")


# --- export -----------------------------------------------------------------------------------------------------

def _key_moment(key: str, all_day: bool) -> datetime | date:
    if all_day or len(key) == 10:
        return date.fromisoformat(key[:10])
    return datetime.strptime(key, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def _rule_text(event) -> str:
    """The stored rule as strict readers accept it (UNTIL of DTSTART's type, no COUNT=-1)."""
    start = event.start_date if event.all_day else event.start_utc
    try:
        return normalise_rrule(event.rrule, start, event.start_timezone)
    except ValueError:
        return event.rrule  # a rule we cannot read is written back as it came (never rewritten to mean less)


def _date_lines(name: str, keys: list[str], event) -> list[str]:
    """EXDATE/RDATE lines: a timed series may have DATE values (EXDATE) and PERIODs (RDATE) besides moments."""
    zone_name = None if event.all_day else event.start_timezone
    days = [k for k in keys if len(k) == 10 and not event.all_day]
    periods = [k for k in keys if "/" in k]
    moments = [_key_moment(k, event.all_day) for k in keys if k not in days and k not in periods]
    lines = [w.dt_list_prop(name, moments, zone_name)] if moments else []
    if days:
        lines.append(w.dt_list_prop(name, [date.fromisoformat(k) for k in days], None))
    if periods:
        pairs = ["/".join(w.utc_stamp(_key_moment(p, False)) for p in k.split("/")) for k in periods]
        lines.append(w.prop(name, ",".join(pairs), VALUE="PERIOD"))
    return lines


def _lines(event, principals: list[str], people: list, master) -> list[str]:
    """One VEVENT's lines; ``event``, ``master`` and ``people`` are Event/EventAttendee rows or their records."""
    lines = [w.prop("UID", w.escape(event.uid)),
             w.prop("DTSTAMP", w.utc_stamp(event.updated_at or utcnow())),
             w.text_prop("SUMMARY", event.title)]
    if event.sequence:
        lines.append(w.prop("SEQUENCE", str(event.sequence)))
    if master is not None:
        moment = _key_moment(event.recurrence_id, master.all_day)
        lines.append(w.dt_prop("RECURRENCE-ID", moment, None if master.all_day else master.start_timezone))
    if event.all_day:
        lines += [w.dt_prop("DTSTART", event.start_date), w.dt_prop("DTEND", event.end_date)]
    else:
        lines += [w.dt_prop("DTSTART", event.start_utc, event.start_timezone),
                  w.dt_prop("DTEND", event.end_utc, event.end_timezone)]
    if event.location:
        lines.append(w.text_prop("LOCATION", event.location))
    if event.notes:
        lines.append(w.text_prop("DESCRIPTION", event.notes))
    if event.category:
        lines.append(w.text_prop("CATEGORIES", event.category))
    lines.append(w.prop("STATUS", event.status.upper()))
    if event.rrule:
        lines.append(w.prop("RRULE", _rule_text(event)))
    for name, keys in (("EXDATE", event.exdates), ("RDATE", event.rdates)):
        if keys and event.rrule:
            lines += _date_lines(name, keys, event)
    if principals:
        lines.append(w.prop("X-OPSASSISTANT-PRINCIPALS", ",".join(w.escape(n) for n in principals)))
    for person in people:
        params = {"PARTSTAT": person.status.upper()}
        if person.name:
            params["CN"] = person.name
        address = w.mailto(person.email) if person.email else "invalid:nomail"
        lines.append(w.prop("ATTENDEE", address, **params))
    alarms = [w.display_alarm(event.reminder_minutes, event.title)] if event.reminder_minutes is not None else []
    return w.vevent(lines, alarms)


def _selected(principal_id: int | None, date_from: date | None, date_to: date | None):
    """The masters (and single events) to export: a range is of the home zone's days."""
    end = datetime.combine(date_to, time(23, 59, 59), zone(home_zone())) if date_to is not None else None
    start = datetime.combine(date_from, time(), zone(home_zone())) if date_from is not None else None
    return store.export_query(principal_id, start, end)


def export_events(path: Path | str, *, principal_id: int | None = None, date_from: date | None = None,
                  date_to: date | None = None) -> int:
    """Write the chosen events (masters with their overrides) to ``path``; returns how many VEVENTs.

    Streamed: the zones and years for the VTIMEZONE blocks are asked of the database first, then the events are
    read ``EXPORT_CHUNK`` masters at a time and written as they come (memory flat in the number of events)."""
    query = _selected(principal_id, date_from, date_to)
    store.give_uids(query)
    zones, (first, last) = store.zones_and_years(query)
    now = datetime.now().year
    # VTIMEZONE transitions for the years used, within what the tz database describes (no year 1 or 9999).
    first, last = first or now, last or now
    span = (min(max(first, 1970), 2100), min(max(last, now + 2), 2100))
    count = 0
    with atomic_text(path, newline="") as handle:
        handle.write(w.calendar_head(zones, span, name=translate("ICalExport", "Calendar")))
        for masters, overrides, principal_names, people in store.export_chunks(query, EXPORT_CHUNK):
            by_id = {m.id: m for m in masters}
            out = []
            for event in masters + overrides:
                out += _lines(event, principal_names.get(event.id, []), people.get(event.id, []),
                              by_id.get(event.series))
            handle.write("\r\n".join(out) + "\r\n")
            count += len(masters) + len(overrides)
        handle.write("END:VCALENDAR\r\n")
    return count


EXPORT_CHUNK = 500


def export_file(path: Path | str) -> int:
    """``export calendar -o FILE``: every event."""
    return export_events(path)


__all__ = ["Component", "export_events", "export_file", "import_file", "iter_events", "parse_file"]
