"""iCalendar import and export of the calendar (RFC 5545).

Import: Outlook (Windows zone names, VTIMEZONE), Google (X-WR-TIMEZONE, UTC), Apple, Thunderbird; all-day,
floating times (home zone), RRULE/EXDATE/RDATE/RECURRENCE-ID, VALARM. A bad event is skipped with its line and
the reason; the good ones land in one transaction. Re-import updates by UID + RECURRENCE-ID.
Export: everything, one principal or a date range, with a VTIMEZONE for every zone used.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

from peewee import BooleanField, DateField, Field, ForeignKeyField

from opsassistant.db.fields import JSONListField, UTCDateTimeField, utc_text
from opsassistant.db.models import Event, EventAttendee, EventPrincipal, Principal, database
from opsassistant.db.models.base import utcnow
from opsassistant.db.models.calendar import LONG_SPAN
from opsassistant.fileio import atomic_text
from opsassistant.i18n.messages import translate
from opsassistant.interop import ical_write as w
from opsassistant.interop.contentline import decode
from opsassistant.interop.ical_parse import Component, parse, paused_gc
from opsassistant.interop.ical_read import BadEvent, Context, ParsedEvent, read_event
from opsassistant.interop.ical_rules import normalise_rrule
from opsassistant.interop.ical_series import (
    align_keys,
    drop_dead_overrides,
    newest_copies,
    split_this_and_future,
)
from opsassistant.interop.result import ImportResult
from opsassistant.services.calendar.occurrences import home_zone, zone

_CHUNK = 500


_NOT_EVENTS = ("VTODO", "VJOURNAL", "VFREEBUSY")


def _not_event(name: str) -> str:
    if name == "VTODO":
        return translate("ICalImport", "A task (VTODO) is not a calendar event; it was not imported.")
    if name == "VJOURNAL":
        return translate("ICalImport", "A journal entry (VJOURNAL) is not a calendar event; it was not imported.")
    return translate("ICalImport", "Free/busy information (VFREEBUSY) is not a calendar event; it was not imported.")


def _chunks(items: list, size: int = _CHUNK):
    for index in range(0, len(items), size):
        yield items[index:index + size]


def _place(parsed_line: int, title: str) -> str:
    return translate("ICalImport", "line %1 (%2)").replace("%1", str(parsed_line)).replace("%2", title)


def _line(number: int) -> str:
    return translate("ICalImport", "line %1").replace("%1", str(number))


def parse_file(path: Path, result: ImportResult, home: str | None = None) -> list[ParsedEvent]:
    text, damaged = decode(Path(path).read_bytes())
    for number in damaged[:20]:
        result.note(_line(number), translate("ICalImport", "Some characters of this line could not be read and "
                                             "were replaced by �."))
    roots = parse(text)
    events: list[ParsedEvent] = []
    calendars = [r for r in roots if r.name == "VCALENDAR"]
    loose = [r for r in roots if r.name in ("VEVENT", "VTIMEZONE", *_NOT_EVENTS)]
    if not calendars and loose:  # a bare VEVENT (khal, some mail programs) is read as a one-event calendar
        calendars = [Component("VCALENDAR", loose[0].line, children=loose)]
    if not calendars and text.strip():
        result.skip(_line(1), translate("ICalImport", "The file holds no calendar (BEGIN:VCALENDAR)."))
    for cal in calendars:
        ctx = Context(home_zone=home or home_zone())
        ctx.vtimezones = {c.text("TZID"): c for c in cal.children if c.name == "VTIMEZONE"}
        wr = cal.get("X-WR-TIMEZONE")
        if wr is not None and wr.value.strip():
            ctx.calendar_zone = ctx.zone_of(wr.value.strip(), wr.line)
        for comp in cal.children:
            if comp.name in _NOT_EVENTS:
                result.skip(_place(comp.line, comp.text("SUMMARY") or comp.name), _not_event(comp.name))
                continue
            if comp.name != "VEVENT":
                continue
            if not comp.complete:
                result.skip(_place(comp.line, comp.text("SUMMARY") or "?"),
                            translate("ICalImport", "The event is cut off: its END:VEVENT line never comes."))
                continue
            try:
                events.append(read_event(comp, ctx))
            except BadEvent as error:
                result.skip(_place(comp.line, comp.text("SUMMARY") or "?"), str(error))
        for number, sentence in ctx.notes:
            result.note(_line(number), sentence)
    return events


def _existing(uids: list[str]) -> tuple[dict[tuple[str, str | None], tuple[int, int]], dict[str, bool]]:
    """(UID, RECURRENCE-ID) → (id, SEQUENCE) of every live event the file may update, and whether each stored
    master is all-day; a few queries for the whole file."""
    found, all_day = {}, {}
    for chunk in _chunks(uids, 900):
        sql = (f"SELECT id, uid, recurrence_id, sequence, all_day FROM event WHERE +deleted_at IS NULL "
               f"AND uid IN ({', '.join('?' for _ in chunk)})")
        for event_id, uid, rid, sequence, is_all_day in database.execute_sql(sql, chunk).fetchall():
            found[(uid, rid)] = (event_id, sequence or 0)
            if rid is None:
                all_day[uid] = bool(is_all_day)
    return found, all_day


def _contacts(emails: list[str]) -> dict[str, int]:
    found = {}
    for chunk in _chunks(sorted(set(emails)), 900):
        sql = f"SELECT address, contact_id FROM contact_email WHERE address IN ({', '.join('?' for _ in chunk)})"
        for address, contact_id in database.execute_sql(sql, chunk).fetchall():
            found[address.casefold()] = contact_id
    return found


def import_file(path: Path | str, *, principal_id: int | None = None) -> ImportResult:
    """Import every VEVENT; events without a principal of their own go to ``principal_id`` or the executive."""
    from opsassistant.interop import itip

    if itip.is_attendee_message(path):  # an attendee's REPLY/COUNTER/REFRESH: an answer, not an appointment
        return itip.import_message(path)
    with paused_gc():
        return _import(Path(path), principal_id)


def _executive_id() -> int | None:
    first = Principal.alive().where(Principal.role == "executive").order_by(Principal.position).first()
    return first.id if first else None


def _import(path: Path, principal_id: int | None) -> ImportResult:
    result = ImportResult()
    events = parse_file(path, result)
    if not events:
        return result
    uids = {e.uid for e in events}
    existing, stored_all_day = _existing(sorted(uids))
    align_keys(events, stored_all_day, home_zone())
    events, stale = drop_dead_overrides(newest_copies(events)[0])
    for event in stale:
        result.note(_line(event.line), translate("ICalImport", "This changed occurrence lies after the end of its "
                                                 "series, which was revised later; it was left out."))
    events, _older = newest_copies(split_this_and_future(events))
    existing.update(_existing(sorted({e.uid for e in events} - uids))[0])  # the series THISANDFUTURE made
    people = {p.name.casefold(): p.id for p in Principal.alive()}
    if principal_id is None:
        principal_id = _executive_id()
    contacts = _contacts([a["email"].casefold() for e in events for a in e.attendees if a["email"]])
    now = utc_text(utcnow())
    masters = [e for e in events if e.recurrence_id is None]
    overrides = [e for e in events if e.recurrence_id is not None]
    links, attendees, replaced = [], [], []
    new_rows: list[dict] = []
    changed_rows: list[dict] = []
    with database.atomic():
        database.execute_sql("UPDATE event SET id = id WHERE 0")  # take the write lock before choosing ids
        next_id = (Event.select(Event.id).order_by(Event.id.desc()).scalar() or 0) + 1
        series_ids: dict[str, int] = {}
        for group in (masters, overrides):
            for parsed in group:
                row = parsed.row  # the parsed events are ours: filled in place, not copied
                row["updated_at"], row["long_span"] = now, _long(row)
                if parsed.recurrence_id is not None:
                    found = existing.get((parsed.uid, None))
                    series = series_ids.get(parsed.uid) or (found[0] if found else None)
                    # No master (an invitation to one instance): kept as a single event with its RECURRENCE-ID,
                    # linked to its series when that arrives (see _link_orphans).
                    row.update(series=series, recurrence_id=parsed.recurrence_id, rrule="", series_until_utc=None)
                key = (parsed.uid, parsed.recurrence_id)
                if key in existing:
                    event_id, stored_sequence = existing[key]
                    if parsed.sequence < stored_sequence:
                        result.note(_line(parsed.line), translate(
                            "ICalImport", "The calendar already has a newer revision (SEQUENCE) of this event; "
                                          "it was kept."))
                        if parsed.recurrence_id is None:
                            series_ids[parsed.uid] = event_id
                        continue
                    changed_rows.append(dict(row, id=event_id))
                    replaced.append(event_id)
                    result.updated += 1
                else:
                    event_id = next_id
                    next_id += 1
                    row["id"], row["uid"], row["created_at"] = event_id, parsed.uid, now
                    new_rows.append(row)
                    result.imported += 1
                if parsed.recurrence_id is None:
                    series_ids[parsed.uid] = event_id
                wanted = [people[n.casefold()] for n in parsed.principals if n.casefold() in people]
                if not wanted and principal_id is not None:
                    wanted = [principal_id]
                links += [(event_id, p) for p in dict.fromkeys(wanted)]
                attendees += [(event_id, contacts.get(a["email"].casefold()), a["name"], a["email"], a["status"])
                              for a in parsed.attendees]
        _bulk_insert(new_rows)
        _bulk_update(changed_rows)
        _link_orphans(series_ids)
        cursor = database.cursor()
        cursor.executemany("DELETE FROM event_principal WHERE event_id = ?", [(i,) for i in replaced])
        cursor.executemany("DELETE FROM event_attendee WHERE event_id = ?", [(i,) for i in replaced])
        cursor.executemany("INSERT INTO event_principal (event_id, principal_id) VALUES (?, ?)", links)
        cursor.executemany("INSERT INTO event_attendee (event_id, contact_id, name, email, status) "
                           "VALUES (?, ?, ?, ?, ?)", attendees)
    return result


def _link_orphans(series_ids: dict[str, int]) -> None:
    """Overrides stored earlier without their master (series_id NULL) join the series that has now arrived."""
    pairs = [(event_id, uid) for uid, event_id in series_ids.items()]
    database.cursor().executemany(
        "UPDATE event SET series_id = ? WHERE uid = ? AND recurrence_id IS NOT NULL AND series_id IS NULL "
        "AND deleted_at IS NULL", pairs)


def _bulk_insert(rows: list[dict]) -> None:
    """One executemany of plain tuples, each column converted by a small function chosen once per column
    (Peewee's per-value ``db_value`` dispatch cost more than the INSERT itself)."""
    if not rows:
        return
    present = set().union(*(row.keys() for row in rows))
    fields = [f for f in Event._meta.sorted_fields if f.name in present]
    constants = [f for f in Event._meta.sorted_fields if f.name not in present]
    columns = [f.column_name for f in fields + constants]
    sql = (f'INSERT INTO "event" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
           f'VALUES ({", ".join("?" for _ in columns)})')
    tail = [f.db_value(f.default() if callable(f.default) else f.default) for f in constants]
    plan = [(f.name, _converter(f)) for f in fields]
    values = [[convert(row.get(name)) for name, convert in plan] + tail for row in rows]
    database.cursor().executemany(sql, values)


def _bulk_update(rows: list[dict]) -> None:
    """Re-import: one executemany per shape of row (masters and overrides carry different columns)."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(name for name in row if name != "id"), []).append(row)
    for names, members in groups.items():
        fields = [Event._meta.fields[name] for name in names]
        sql = (f'UPDATE "event" SET {", ".join(chr(34) + f.column_name + chr(34) + " = ?" for f in fields)} '
               f'WHERE "id" = ?')
        plan = [(f.name, _converter(f)) for f in fields]
        values = [[convert(row[name]) for name, convert in plan] + [row["id"]] for row in members]
        database.cursor().executemany(sql, values)


def _utc_value(value):
    if value is None or isinstance(value, str):
        return value
    if value.tzinfo is None:
        raise ValueError("naive datetime given where a UTC moment is required")
    value = value.astimezone(UTC)
    return value.isoformat(" ", "seconds")[:19] if value.year >= 1000 else utc_text(value)


def _json_value(value) -> str:
    return json.dumps(list(value), ensure_ascii=False) if value else "[]"


def _date_value(value):
    return value.isoformat() if isinstance(value, date) else value


def _bool_value(value):
    return None if value is None else int(bool(value))


def _same(value):
    return value


def _converter(f: Field):
    if isinstance(f, UTCDateTimeField):
        return _utc_value
    if isinstance(f, JSONListField):
        return _json_value
    if isinstance(f, BooleanField):
        return _bool_value
    if isinstance(f, DateField):
        return _date_value
    if isinstance(f, ForeignKeyField):
        return _plain
    return _same


def _plain(value):
    return value.id if hasattr(value, "id") and not isinstance(value, int) else value


def _long(row: dict) -> bool:
    if row["all_day"]:
        return (row["end_date"] - row["start_date"]) > LONG_SPAN
    return (row["end_utc"] - row["start_utc"]) > LONG_SPAN


# --- export -----------------------------------------------------------------------------------------------------

def _key_moment(key: str, all_day: bool) -> datetime | date:
    if all_day or len(key) == 10:
        return date.fromisoformat(key[:10])
    return datetime.strptime(key, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


def _rule_text(event: Event) -> str:
    """The stored rule as strict readers accept it (UNTIL of DTSTART's type, no COUNT=-1)."""
    start = event.start_date if event.all_day else event.start_utc
    try:
        return normalise_rrule(event.rrule, start, event.start_timezone)
    except ValueError:
        return event.rrule  # a rule we cannot read is written back as it came (never rewritten to mean less)


def _date_lines(name: str, keys: list[str], event: Event) -> list[str]:
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


def _lines(event: Event, principals: list[str], people: list[EventAttendee], master: Event | None) -> list[str]:
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


def _give_uids(events: list[Event]) -> None:
    """An event that has no UID yet gets a UUID, stored, so that every later export names it the same."""
    missing = [e for e in events if not e.uid]
    if not missing:
        return
    with database.atomic():
        for event in missing:
            event.uid = f"{uuid.uuid4()}@opsassistant"
        database.cursor().executemany("UPDATE event SET uid = ? WHERE id = ?", [(e.uid, e.id) for e in missing])


def _selected(principal_id: int | None, date_from: date | None, date_to: date | None):
    query = Event.alive().where(Event.series.is_null())
    if principal_id is not None:
        query = query.where(Event.id.in_(EventPrincipal.select(EventPrincipal.event)
                                         .where(EventPrincipal.principal == principal_id)))
    if date_to is not None:
        end = datetime.combine(date_to, time(23, 59, 59), zone(home_zone()))
        query = query.where(Event.start_utc <= end)
    if date_from is not None:
        start = datetime.combine(date_from, time(), zone(home_zone()))
        single = (Event.rrule == "") & (Event.end_utc >= start)
        series = (Event.rrule != "") & (Event.series_until_utc.is_null() | (Event.series_until_utc >= start))
        query = query.where(single | series)
    return list(query.order_by(Event.start_utc))


def export_events(path: Path | str, *, principal_id: int | None = None, date_from: date | None = None,
                  date_to: date | None = None) -> int:
    """Write the chosen events (masters with their overrides) to ``path``; returns how many VEVENTs."""
    masters = _selected(principal_id, date_from, date_to)
    by_id = {m.id: m for m in masters}
    overrides = []
    for chunk in _chunks(list(by_id)):
        overrides += list(Event.alive().where(Event.series.in_(chunk)))
    events = masters + overrides
    _give_uids(events)
    ids = [e.id for e in events]
    names = {p.id: p.name for p in Principal.select(Principal.id, Principal.name)}
    principal_names: dict[int, list[str]] = {}
    people: dict[int, list[EventAttendee]] = {}
    for chunk in _chunks(ids):
        for link in EventPrincipal.select().where(EventPrincipal.event.in_(chunk)):
            principal_names.setdefault(link.event_id, []).append(names.get(link.principal_id, ""))
        for person in EventAttendee.select().where(EventAttendee.event.in_(chunk)):
            people.setdefault(person.event_id, []).append(person)
    zones = {z for e in events if not e.all_day for z in (e.start_timezone, e.end_timezone)}
    years = [e.start_utc.year for e in events if e.start_utc] or [datetime.now().year]
    # VTIMEZONE transitions for the years used, within what the tz database describes (no year 1 or 9999).
    span = (min(max(min(years), 1970), 2100), min(max(max(years), datetime.now().year + 2), 2100))
    blocks = [_lines(e, principal_names.get(e.id, []), people.get(e.id, []), by_id.get(e.series_id))
              for e in events]
    text = w.calendar_text(blocks, zones, span, name=translate("ICalExport", "Calendar"))
    with atomic_text(path, newline="") as handle:
        handle.write(text)
    return len(events)


def export_file(path: Path | str) -> int:
    """``export calendar -o FILE``: every event."""
    return export_events(path)


__all__ = ["Component", "export_events", "export_file", "import_file", "parse_file"]
