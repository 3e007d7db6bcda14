"""The itinerary PDF ("Rejseplan" / "Itinerary") for one trip.

A cover (travellers, dates, destinations, time difference to home, every booking reference), then the trip
day by day in the local dates where the traveller is: each segment with its local times and zone, the time at
home beside it, its duration, and the details needed on the road. The emergency contacts are printed in a band
at the top of every page.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from opsassistant.db.models import ContactPhone, EventAttendee, Trip, TripSegment
from opsassistant.errors import UserError as CommandError
from opsassistant.i18n.formatting import (
    format_date,
    format_duration,
    format_full_date,
    format_time,
    timezone_name,
    utc_offset_label,
)
from opsassistant.i18n.language import normalise
from opsassistant.reports import base
from opsassistant.services.phones import format_for_reading, parse
from opsassistant.services.travel import airports, emergency, timeline
from opsassistant.services.travel import trips as trip_service
from opsassistant.services.travel.segments import kind_label

CTX = "Itinerary"
HIGHLIGHT = colors.HexColor("#FFF4C2")


class ItineraryError(CommandError):
    """No such trip: the command line prints the message and exits 1."""


def _tr(lang: str):
    return base.translator(lang)


def build(target: str | int | None, path: Path | str, *, lang: str, principal=None) -> Path:
    """Write the itinerary of trip ``target`` (its ID) to ``path``."""
    lang = normalise(lang)
    try:
        trip = Trip.alive().where(Trip.id == int(str(target))).get()
    except (TypeError, ValueError, Trip.DoesNotExist):
        raise ItineraryError(_tr(lang).translate("Itinerary", "No trip with ID %1.").replace("%1", str(target))) from None
    story = story_for(trip, lang)
    band = _EmergencyBand(trip, lang)
    title = _tr(lang).translate("Itinerary", "Itinerary")
    # room under the header for the band, keeping the usual gap between the band and the text
    below_header = base.PAGE_SIZE[1] - base.header_bottom()
    extra = max(0.0, below_header + band.height + 4 * mm - base.MARGIN_TOP)
    return base.build_document(path, title=title, subtitle=trip.title, lang=lang, story=story, on_page=band,
                               extra_top=extra)


# --- pieces -------------------------------------------------------------------------------------------------
def _style(name: str, **changes) -> ParagraphStyle:
    parent = base.styles()[name]
    return ParagraphStyle(f"Itinerary{name}{len(changes)}", parent=parent, **changes)


def _zone_label(zone: str, moment: datetime, lang: str) -> str:
    return f"{timezone_name(zone, moment, lang)} ({utc_offset_label(zone, moment)})"


def _hm(moment: datetime, lang: str) -> str:
    return format_time(moment, lang)


def _phone(typed: str) -> str:
    if not typed.strip():
        return ""
    parsed = parse(typed)
    return format_for_reading(parsed.e164, typed)


class _EmergencyBand:
    """The emergency contacts in a red-edged box under the header of every page (a ``base.build_document``
    ``on_page`` hook); ``height`` is the room it needs, passed as ``extra_top``."""

    PADDING = 2.0
    GAP = 1.5 * mm

    def __init__(self, trip: Trip, lang: str) -> None:
        people = emergency.contacts(trip.id, lang)
        parts = []
        for person in people:
            bits = [f"<b>{base.escape(person.role)}</b>: {base.escape(person.name)}"]
            if person.phone:
                bits.append(f"<b>{base.escape(person.phone).replace(' ', '&nbsp;')}</b>")
            if person.email and not person.phone:
                bits.append(base.escape(person.email))
            parts.append(" ".join(bits))
        t = _tr(lang)
        body = " · ".join(parts) if parts else base.escape(
            t.translate("Itinerary", "none set up (Travel ▸ Emergency contacts)"))
        label = base.escape(t.translate("Itinerary", "Emergency contacts:"))
        self.paragraph = Paragraph(f"<b>{label}</b> {body}", _style("Small", fontSize=7.5, leading=9))
        self.width = base.usable_width()
        _, self.text_height = self.paragraph.wrap(self.width - 2 * self.PADDING - 2, 40 * mm)
        self.box_height = self.text_height + 2 * self.PADDING
        self.height = self.GAP + self.box_height

    def __call__(self, canvas, doc) -> None:
        top = base.header_bottom(canvas._pagesize) - self.GAP
        canvas.setFillColor(colors.HexColor("#FDECEA"))
        canvas.setStrokeColor(colors.HexColor("#C0392B"))
        canvas.setLineWidth(0.6)
        canvas.roundRect(base.MARGIN_X, top - self.box_height, self.width, self.box_height, 2, stroke=1, fill=1)
        self.paragraph.drawOn(canvas, base.MARGIN_X + self.PADDING + 1, top - self.PADDING - self.text_height)


def _cover(trip: Trip, line: timeline.Timeline, lang: str) -> list:
    styles = base.styles()
    travellers = trip_service.travellers(trip)
    start, end = trip_service.span(trip)
    home = line.home_zone
    story: list = [Paragraph(base.escape(_tr(lang).translate("Itinerary", "Itinerary")), styles["Title"]),
                   base.para(trip.title, "Subtitle")]
    dates = ""
    if start:
        dates = format_full_date(start, lang) if start == end else \
            f"{format_full_date(start, lang)} – {format_full_date(end, lang)}"
    places = trip.destination or ", ".join(dict.fromkeys(
        _city(e.segment.to_place, e.segment.to_code, lang) for e in line.entries()
        if e.segment is not None and e.segment.to_place))
    rows = [
        (_tr(lang).translate("Itinerary", "Traveller"), ", ".join(p.name for p in travellers) or "—"),
        (_tr(lang).translate("Itinerary", "Dates"), dates or "—"),
        (_tr(lang).translate("Itinerary", "Destinations"), places or "—"),
    ]
    if trip.purpose:
        rows.append((_tr(lang).translate("Itinerary", "Purpose"), trip.purpose))
    differences = _differences(line, lang)
    if differences:
        rows.append((_tr(lang).translate("Itinerary", "Time difference to home"), "\n".join(differences)))
    rows.append((_tr(lang).translate("Itinerary", "Home time"), _zone_label(home, line.entries()[0].at, lang) if line.entries()
                 else timezone_name(home, None, lang)))
    if trip.notes:
        rows.append((_tr(lang).translate("Itinerary", "Notes"), trip.notes))
    table = base.table([[Paragraph(base.escape(k), styles["CellBold"]), base.para(v, "Cell")] for k, v in rows],
                       [45 * mm, base.usable_width() - 45 * mm], repeat_rows=0,
                       style=base.table_style(header=False, zebra=False,
                                              extra=[("LINEBELOW", (0, 0), (-1, -1), 0.25, base.RULE)]))
    story += [table, Spacer(1, 4 * mm)]
    booked = [s for s in trip_service.segments(trip) if s.booking_reference]
    if booked:
        story.append(Paragraph(base.escape(_tr(lang).translate("Itinerary", "Booking references")), styles["Heading"]))
        data = [[_tr(lang).translate("Itinerary", "Date"), _tr(lang).translate("Itinerary", "What"), _tr(lang).translate("Itinerary", "Booking reference")]]
        for leg in booked:
            when = leg.start_utc.astimezone(ZoneInfo(leg.start_timezone))
            data.append([format_date(when.date(), "short", lang), base.para(_headline(leg, lang), "Cell"),
                         leg.booking_reference])
        refs = base.table(data, [25 * mm, base.usable_width() - 70 * mm, 45 * mm],
                          style=base.table_style(extra=[("FONTNAME", (2, 1), (2, -1), base.FONT_BOLD)]))
        story.append(refs)
    return story


def _differences(line: timeline.Timeline, lang: str) -> list[str]:
    """Per destination zone: the difference to home, and its change when a clock changes during the trip."""
    result = []
    moments: dict[str, list[datetime]] = {}
    for entry in line.entries():
        if entry.segment is None:
            continue
        moments.setdefault(entry.segment.start_timezone, []).append(entry.segment.start_utc)
        moments.setdefault(entry.segment.end_timezone, []).append(entry.segment.end_utc or entry.segment.start_utc)
    for zone, instants in moments.items():
        if zone == line.home_zone:
            continue
        seen = list(dict.fromkeys(timeline.offset_difference(zone, line.home_zone, m) for m in sorted(instants)))
        text = " → ".join(timeline.format_difference(d, lang) for d in seen)
        result.append(f"{timezone_name(zone, instants[0], lang)}: {text}")
    return result


def _city(place: str, code: str, lang: str) -> str:
    """A place filled in from an airport code in the language it was entered in ("København" when the app
    was Danish) in the report's language instead; any other place as typed."""
    airport = airports.get(code) if place and code else None
    if airport is None:
        return place
    names = {airport.city.casefold(), *(airport.local_city(other).casefold() for other in ("da", "en"))}
    return airport.local_city(lang) if place.strip().casefold() in names else place


def _headline(leg: TripSegment, lang: str) -> str:
    kind = kind_label(leg.kind, lang)
    route = " → ".join(p for p in (_place(_city(leg.from_place, leg.from_code, lang), leg.from_code),
                                   _place(_city(leg.to_place, leg.to_code, lang), leg.to_code)) if p)
    if leg.kind == "flight":
        number = " ".join(p for p in (leg.carrier, leg.number) if p)
        return " ".join(p for p in (kind, number, route) if p)
    if leg.kind in ("train", "car", "transfer"):
        return " ".join(p for p in (kind, leg.carrier, leg.number, route) if p)
    if leg.kind == "hotel":
        return f"{kind}: {leg.from_place}"
    return " – ".join(p for p in (leg.title or kind, leg.from_place) if p)


def _place(place: str, code: str) -> str:
    if place and code:
        return f"{place} ({code})"
    return place or code


def _details(leg: TripSegment, lang: str, checkout: bool) -> list:
    """Markup lines (already escaped) and paragraphs of user text under the headline."""
    lines: list = []
    esc = base.escape
    if checkout:
        return [base.para(leg.address, "Cell")] if leg.address else []
    facts = []
    if leg.terminal:
        facts.append(esc(_tr(lang).translate("Itinerary", "Terminal %1").replace("%1", leg.terminal)))
    if leg.seat:
        facts.append(esc(_tr(lang).translate("Itinerary", "Seat %1").replace("%1", leg.seat)))
    if facts:
        lines.append(" · ".join(facts))
    if leg.address:
        lines.append(base.para(leg.address, "Cell"))
    if leg.phone:
        lines.append(esc(_tr(lang).translate("Itinerary", "Phone: %1").replace("%1", _phone(leg.phone))))
    if leg.kind == "meeting" and leg.event_id:
        people = []
        for attendee in EventAttendee.select().where(EventAttendee.event == leg.event_id).order_by(EventAttendee.id):
            number = ""
            if attendee.contact_id:
                phone = (ContactPhone.select().where(ContactPhone.contact == attendee.contact_id)
                         .order_by(ContactPhone.position, ContactPhone.id).first())
                number = format_for_reading(phone.e164, phone.typed) if phone else ""
            people.append(esc(attendee.name) + (f" {esc(number)}" if number else ""))
        if people:
            lines.append(esc(_tr(lang).translate("Itinerary", "Attendees:")) + " " + "; ".join(people))
    if leg.booking_reference:
        label = esc(_tr(lang).translate("Itinerary", "Booking reference:"))
        lines.append(f"<font backColor='#FFF4C2'>{label} "
                     f"<b>{esc(leg.booking_reference)}</b></font>")
    if leg.notes:
        lines.append(base.para(leg.notes, _style("Cell", textColor=base.MUTED)))
    return lines


def _flow(parts: list) -> list:
    """A cell's content: runs of markup lines joined into one paragraph, user-text paragraphs as they are (so
    a long note wraps and splits, right-to-left lines in order)."""
    cell = base.styles()["Cell"]
    result: list = []
    pending: list[str] = []
    for part in [*parts, None]:
        if isinstance(part, str):
            pending.append(part)
            continue
        if pending:
            result.append(Paragraph("<br/>".join(pending), cell))
            pending = []
        if part is not None:
            result.append(part)
    return result


def _entry_row(entry: timeline.Entry, lang: str) -> list:
    """[local times, zones, what, home times]: plain-text cells (fast to lay out) except "what"."""
    cell = base.styles()["Cell"]
    esc = base.escape
    if entry.kind == "layover":
        layover = esc(_tr(lang).translate("Itinerary", "Layover in %1").replace("%1", entry.place))
        times = f"{_hm(entry.start, lang)}\n→ {_hm(entry.end, lang)}"
        home = f"{_hm(entry.home(entry.start), lang)}\n→ {_hm(entry.home(entry.end), lang)}"
        what = Paragraph(f"<i>{layover}: {esc(format_duration(entry.duration, lang))}</i>", cell)
        return [times, "", what, home]
    leg = entry.segment
    if entry.kind == "checkout":
        check_out = esc(_tr(lang).translate("Itinerary", "Check-out: %1").replace("%1", leg.from_place))
        what = _flow([f"<b>{check_out}</b>", *_details(leg, lang, checkout=True)])
        return [_hm(entry.start, lang), _zone_label(leg.end_timezone, entry.start, lang), what,
                _hm(entry.home(entry.start), lang)]
    times = [_hm(entry.start, lang)]
    zones = [_zone_label(leg.start_timezone, entry.start, lang)]
    home = [_hm(entry.home(entry.start), lang)]
    if entry.end is not None and leg.kind != "hotel":
        shift = timeline.day_shift_label(entry.day_shift)
        times.append(f"→ {_hm(entry.end, lang)}" + (f" {shift}" if shift else ""))
        if entry.zone_changes:
            zones.append(f"→ {_zone_label(leg.end_timezone, entry.end, lang)}")
        home_end = entry.home(entry.end)
        home_shift = (home_end.date() - entry.home(entry.start).date()).days
        home.append(f"→ {_hm(home_end, lang)}" + (f" {home_shift:+d}" if home_shift else ""))
    if entry.duration and leg.kind != "hotel":
        times.append(format_duration(entry.duration, lang))
    headline = esc(_headline(leg, lang))
    if leg.kind == "hotel":
        headline = esc(_tr(lang).translate("Itinerary", "Check-in: %1").replace("%1", leg.from_place))
    what = _flow([f"<b>{headline}</b>", *_details(leg, lang, checkout=False)])
    return ["\n".join(times), "\n".join(zones), what, "\n".join(home)]


def story_for(trip: Trip, lang: str) -> list:
    home = trip_service.home_timezone(trip)
    line = timeline.build(trip_service.segments(trip), home, lang)
    story: list = _cover(trip, line, lang)
    t = _tr(lang)
    if not line.days:
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph(base.escape(t.translate("Itinerary", "No segments planned yet.")), base.styles()["Body"]))
        return story
    styles = base.styles()
    widths = [22 * mm, 36 * mm, base.usable_width() - 80 * mm, 22 * mm]
    home_head = f"{t.translate('Itinerary', 'Home time')}\n{timezone_name(home, None, lang)}"
    header = [t.translate("Itinerary", "Local time"), t.translate("Itinerary", "Time zone"),
              t.translate("Itinerary", "What"), home_head]
    look = base.table_style(extra=[
        ("FONTNAME", (0, 1), (0, -1), base.FONT_BOLD), ("TEXTCOLOR", (1, 1), (1, -1), base.MUTED),
        ("FONTSIZE", (1, 1), (1, -1), 7.5), ("TEXTCOLOR", (3, 1), (3, -1), base.MUTED),
        ("FONTSIZE", (3, 0), (3, 0), 8), ("LEADING", (0, 0), (-1, -1), 11),
    ])
    for day in line.days:
        first = day.entries[0].at
        heading = f"{format_full_date(day.date, lang)} · {_zone_label(day.zone, first, lang)}"
        story.append(Paragraph(base.escape(heading[:1].upper() + heading[1:]), styles["Heading"]))
        story.append(base.table([header] + [_entry_row(entry, lang) for entry in day.entries], widths, style=look))
    return story
