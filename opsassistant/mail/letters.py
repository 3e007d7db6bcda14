"""The six mails, each from its template and record: what the merge fields say, who gets it, what is attached.

``prepare(template, target, lang, to)`` returns the letters and, for invitations, the iTIP plans to remember once
handed over (a removed attendee gets a CANCEL of their own beside the REQUEST to the others).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from opsassistant.errors import UserError
from opsassistant.i18n import formatting as fmt
from opsassistant.i18n.messages import Translator
from opsassistant.mail import templates
from opsassistant.mail.compose import Attachment, Letter, person
from opsassistant.services.mail import settings as mail_settings
from opsassistant.services.mail.invitations import Plan

TEMPLATES = templates.KEYS


@dataclass(frozen=True)
class Prepared:
    letters: tuple[Letter, ...]
    plans: tuple[Plan, ...] = ()
    without_address: tuple[str, ...] = ()  # invitation: attendees who cannot be invited (no address)


def _sender() -> tuple[str, str]:
    config = mail_settings.load()
    if not config.assistant_email:
        raise UserError(Translator().translate(
            "Mail", "Enter your own name and e-mail address under Settings ▸ E-mail first."))
    return config.sender, config.assistant_name or config.assistant_email


def _to(given: list[str] | None, fallback: list[str], what: str) -> tuple[str, ...]:
    chosen = [a.strip() for a in (given or []) if a.strip()] or [a for a in fallback if a]
    if not chosen:
        raise UserError(Translator().translate("Mail", "{who} has no e-mail address; give one with the mail.").format(
            who=what))
    return tuple(chosen)


def _target_id(target: str | int | None, what: str) -> int:
    try:
        return int(str(target))
    except (TypeError, ValueError):
        raise UserError(Translator().translate("Mail", "Give the {what} as its ID (a number).").format(
            what=what)) from None


# --- phone message ----------------------------------------------------------------------------------------------

def message(call_id: int, lang: str, to: list[str] | None = None) -> Prepared:
    from opsassistant.services import principals
    from opsassistant.services.calls import queries
    from opsassistant.services.phones import format_for_reading

    call = queries.get(call_id)
    if call is None:
        raise UserError(Translator().translate("Mail", "There is no call with ID {id}.").format(id=call_id))
    sender, assistant = _sender()
    principal = principals.get(call.principal_id) if call.principal_id else None
    recipient = principal.name if principal else ""
    fallback = [principal.email] if principal else []
    who = principal.name if principal else Translator().translate("Mail", "The call")
    t = Translator(lang)
    ways = [t.translate("CallSheet", text) for flag, text in (
        (call.telephoned, "Telephoned"), (call.please_call, "Please call back"),
        (call.will_call_again, "Will call again"), (call.returned_call, "Returned your call"),
        (call.came_to_see, "Came to see you")) if flag]
    zone = call.timezone or (principal.home_timezone if principal else "Europe/Copenhagen")
    values = {
        "recipient": recipient, "caller": call.name or format_for_reading(call.e164, call.typed_number)
        or Translator(lang).translate("Mail", "Unknown caller"),
        "company": f"({call.company})" if call.company else "", "number": format_for_reading(call.e164,
                                                                                             call.typed_number),
        "when": fmt.format_datetime(call.when_utc, zone, lang), "ways": " · ".join(ways),
        "callback_by": fmt.format_datetime(call.callback_by_utc, zone, lang) if call.callback_by_utc else "",
        "message": call.message, "urgent": Translator(lang).translate("Mail", "URGENT") if call.urgent else "", "assistant": assistant,
    }
    subject, body = templates.render("message", lang, values)
    letter = Letter("message", lang, subject, body, sender, to=_to(to, fallback, who), call_id=call.id,
                    record=f"call:{call.id}")
    return Prepared((letter,))


def message_sms(call_id: int, lang: str) -> Prepared:
    """The message slip as a short plain text to the principal's mobile through the e-mail-to-SMS gateway."""
    from opsassistant.services import principals
    from opsassistant.services.calls import queries
    from opsassistant.services.phones import format_for_reading

    call = queries.get(call_id)
    if call is None:
        raise UserError(Translator().translate("Mail", "There is no call with ID {id}.").format(id=call_id))
    sender, assistant = _sender()
    principal = principals.get(call.principal_id) if call.principal_id else None
    config = mail_settings.load()
    if not config.sms_gateway.strip():
        raise UserError(Translator().translate("Mail", "Enter the text message address under Settings ▸ E-mail "
                                                       "first."))
    address = mail_settings.sms_address(config, principal.phone) if principal else ""
    if not address:
        who = principal.name if principal else Translator().translate("Mail", "The call")
        raise UserError(Translator().translate("Mail", "{who} has no mobile number to text.").format(who=who))
    t = Translator(lang)
    zone = call.timezone or principal.home_timezone
    number = format_for_reading(call.e164, call.typed_number)
    caller = call.name or number or t.translate("Mail", "Unknown caller")
    if call.name and number:
        caller += f" ({number})"
    text = t.translate("Mail", "Call from {caller}, {when}.").format(
        caller=caller, when=fmt.format_datetime(call.when_utc, zone, lang))
    if call.urgent:
        text = t.translate("Mail", "URGENT") + ": " + text
    ways = [t.translate("CallSheet", label) for flag, label in (
        (call.please_call, "Please call back"), (call.will_call_again, "Will call again"),
        (call.returned_call, "Returned your call"), (call.came_to_see, "Came to see you")) if flag]
    if ways:
        text += " " + ". ".join(ways) + "."
    if call.callback_by_utc:
        text += " " + t.translate("Mail", "Call back by {time}.").format(
            time=fmt.format_datetime(call.callback_by_utc, zone, lang))
    if call.message:
        text += " " + call.message.strip()
    text += f" – {assistant}"
    subject = t.translate("Mail", "Message from {caller}").format(caller=call.name or number)
    letter = Letter("message", lang, subject, text, sender, to=(address,), call_id=call.id,
                    record=f"call:{call.id}", channel="sms")
    return Prepared((letter,))


# --- meeting invitation ------------------------------------------------------------------------------------------

def _event_when(info, lang: str) -> str:
    if info.all_day:
        last = date.fromordinal(info.end.toordinal() - 1)
        text = fmt.format_date(info.start, "long", lang)
        return text if last == info.start else f"{text} – {fmt.format_date(last, 'long', lang)}"
    start = fmt.format_datetime(info.start, info.start_timezone, lang)
    end = fmt.format_time(info.end.astimezone(info.start.tzinfo), lang) if info.start.date() == \
        info.end.astimezone(info.start.tzinfo).date() else fmt.format_datetime(info.end, info.end_timezone, lang)
    zone = fmt.timezone_name(info.start_timezone, info.start, lang)
    return f"{start}–{end} ({zone})"


def invitation(event_id: int, lang: str, to: list[str] | None = None, method: str = "request") -> Prepared:
    from opsassistant.interop import itip
    from opsassistant.services.mail import invitations

    sender, assistant = _sender()
    assistant_email = mail_settings.load().assistant_email
    if method == "cancel":
        plan = invitations.plan_cancel(event_id, to or None)
    else:
        plan = invitations.plan_request(event_id)
        if to:
            wanted = {a.casefold() for a in to}
            chosen = tuple(p for p in plan.attendees if p.email.casefold() in wanted)
            unknown = sorted(wanted - {p.email.casefold() for p in chosen})
            if unknown:
                raise UserError(Translator().translate("Mail", "{address} is not an attendee of “{title}”.").format(
                    address=", ".join(unknown), title=plan.event.title))
            plan = replace(plan, recipients=chosen, removed=())
    plans = [plan]
    removed = invitations.cancel_for_removed(plan)
    if removed is not None:
        plans.append(removed)
    plans = [item for item in plans if item.recipients]
    letters = [_invitation_letter(item, lang, sender, assistant, assistant_email, itip) for item in plans]
    if not letters:
        raise UserError(Translator().translate(
            "Mail", "Everyone has been invited to “{title}” already, and nothing has changed since.").format(
            title=plan.event.title))
    return Prepared(tuple(letters), tuple(plans), plan.without_address)


def _invitation_letter(plan: Plan, lang: str, sender: str, assistant: str, assistant_email: str, itip) -> Letter:
    info = plan.event
    values = {"title": info.title, "when": _event_when(info, lang), "location": info.location,
              "organizer": info.organizer.name or info.organizer.email,
              "attendees": ", ".join(p.name or p.email for p in plan.attendees), "notes": info.notes,
              "assistant": assistant}
    subject, body = templates.render("invitation", lang, values)
    if plan.method == "CANCEL":
        subject = Translator(lang).translate("Mail", "Cancelled: {title}").format(title=info.title)
        body = Translator(lang).translate("Mail", "“{title}” ({when}) is cancelled.").format(title=info.title, when=values["when"])
        body += "\n\n" + Translator(lang).translate("Mail", "Kind regards") + f"\n{assistant}\n"
    elif plan.update:
        subject = Translator(lang).translate("Mail", "Updated: {subject}").format(subject=subject)
    calendar = itip.message_text(plan, assistant_email)
    return Letter("invitation", lang, subject, body, sender,
                  to=tuple(person(p.name, p.email) for p in plan.recipients),
                  on_behalf_of=person(info.organizer.name, info.organizer.email), calendar=calendar,
                  method=plan.method, event_id=info.id, record=f"event:{info.id}")


# --- itinerary ---------------------------------------------------------------------------------------------------

def itinerary(trip_id: int, lang: str, to: list[str] | None = None) -> Prepared:
    from opsassistant.interop import trip_ics
    from opsassistant.reports import itinerary as itinerary_report
    from opsassistant.services.travel import trips

    trip = _trip(trip_id)
    sender, assistant = _sender()
    people = trips.travellers(trip)
    fallback = [p.email for p in people if p.email]
    names = ", ".join(p.name for p in people)
    to_list = _to(to, fallback, names or trip.title)
    start, end = trips.span(trip)
    dates = ""
    if start:
        dates = fmt.format_date(start, "medium", lang)
        if end and end != start:
            dates += f" – {fmt.format_date(end, 'medium', lang)}"
    values = {"traveller": names, "trip": trip.title, "destination": trip.destination, "dates": dates,
              "assistant": assistant}
    subject, body = templates.render("itinerary", lang, values)
    with tempfile.TemporaryDirectory(prefix="opsassistant-itinerary-") as folder:
        pdf = Path(folder) / "itinerary.pdf"
        itinerary_report.build(trip.id, pdf, lang=lang)
        ics = Path(folder) / "trip.ics"
        trip_ics.export_trip(trip.id, ics, lang=lang)
        stem = Translator(lang).translate("Mail", "itinerary")
        files = (Attachment(f"{stem}.pdf", "application/pdf", pdf.read_bytes()),
                 Attachment(f"{stem}.ics", "text/calendar", ics.read_bytes()))
    letter = Letter("itinerary", lang, subject, body, sender, to=to_list, attachments=files,
                    record=f"trip:{trip.id}")
    return Prepared((letter,))


def _trip(trip_id: int):
    from opsassistant.db.models import Trip

    trip = Trip.get_or_none((Trip.id == trip_id) & Trip.deleted_at.is_null())
    if trip is None:
        raise UserError(Translator().translate("Mail", "There is no trip with ID {id}.").format(id=trip_id))
    return trip


# --- outing invitation -------------------------------------------------------------------------------------------

def outing(outing_id: int, lang: str, to: list[str] | None = None) -> Prepared:
    from opsassistant.services.outings import editing, participants

    try:
        item = editing.get(outing_id)
    except Exception:  # noqa: BLE001 - peewee's DoesNotExist; the services raise it for an unknown ID
        item = None
    if item is None or item.deleted_at is not None:
        raise UserError(Translator().translate("Mail", "There is no outing with ID {id}.").format(id=outing_id))
    sender, assistant = _sender()
    config = mail_settings.load()
    seen: set[str] = set()
    bcc = []
    for someone in participants.of_outing(outing_id):
        address = someone.email.strip()
        if address and address.casefold() not in seen:
            seen.add(address.casefold())
            bcc.append(person(someone.name, address))
    if not bcc:
        raise UserError(Translator().translate("Mail", "No participant of “{title}” has an e-mail address.").format(
            title=item.title))
    start = fmt.format_datetime(item.start_utc, item.timezone, lang)
    end = fmt.format_time(item.end_utc.astimezone(ZoneInfo(item.timezone)), lang)
    values = {"title": item.title, "when": f"{start}–{end}", "venue": item.venue, "description": item.description,
              "organiser": item.organiser.name if item.organiser_id else assistant,
              "reply_to": config.assistant_email, "assistant": assistant}
    subject, body = templates.render("outing", lang, values)
    own = tuple(a for a in (to or []) if a.strip()) or (sender,)
    letter = Letter("outing", lang, subject, body, sender, to=own, bcc=tuple(bcc), record=f"outing:{item.id}")
    return Prepared((letter,))


# --- daily briefing ----------------------------------------------------------------------------------------------

def briefing(day: date | None, lang: str, to: list[str] | None = None) -> Prepared:
    from opsassistant.services import principals
    from opsassistant.services.phones import format_for_reading
    from opsassistant.services.today import overview

    sender, assistant = _sender()
    boss = principals.executive()
    data = overview(day)
    t = Translator(lang)
    appointments = []
    for occ in data.appointments:
        if occ.all_day:
            when = t.translate("Mail", "All day")
        else:
            when = (f"{fmt.format_time(occ.start.astimezone(ZoneInfo(data.timezone)), lang)}–"
                    f"{fmt.format_time(occ.end.astimezone(ZoneInfo(data.timezone)), lang)}")
        appointments.append(f"- {when}  {occ.title}" + (f" ({occ.location})" if occ.location else ""))
    if data.appointments_total > len(data.appointments):  # the overview keeps the first APPOINTMENTS_SHOWN
        appointments.append("- " + t.translate("Mail", "{count} more in the calendar").format(
            count=fmt.format_number(data.appointments_total - len(data.appointments), lang)))
    callbacks = []
    for call in data.callbacks:
        who = call.name or format_for_reading(call.e164, call.typed_number) or t.translate("Mail", "Unknown caller")
        line = f"- {who}"
        if call.callback_by_utc:
            line += " — " + t.translate("Mail", "call back by {when}").format(
                when=fmt.format_datetime(call.callback_by_utc, data.timezone, lang))
        if call.message:
            line += f": {call.message}"
        callbacks.append(line)
    trips = [f"- {trip.title}" + (f" ({fmt.format_date(trip.start_date, 'medium', lang)})" if trip.start_date
                                   else "") for trip in data.trips]
    none = t.translate("Mail", "(none)")
    values = {"executive": boss.name if boss else "", "date": fmt.format_full_date(data.day, lang),
              "appointments": "\n".join(appointments) or none, "callbacks": "\n".join(callbacks) or none,
              "trips": "\n".join(trips) or none, "assistant": assistant}
    subject, body = templates.render("briefing", lang, values)
    letter = Letter("briefing", lang, subject, body, sender,
                    to=_to(to, [boss.email] if boss else [], boss.name if boss else t.translate("Mail", "The executive")),
                    record=f"day:{data.day.isoformat()}")
    return Prepared((letter,))


# --- your guest has arrived -------------------------------------------------------------------------------------

def guest(visitor_id: int, lang: str, to: list[str] | None = None) -> Prepared:
    """"Your guest has arrived" to the host (the principal the visitor came to see), once checked in."""
    from opsassistant.services import principals
    from opsassistant.services.reception import visitors

    visitor = visitors.get(visitor_id)
    t = Translator()
    if visitor.arrived is None:
        raise UserError(t.translate("Mail", "{name} has not arrived yet; check the guest in first.").format(
            name=visitor.name))
    sender, assistant = _sender()
    host = principals.get(visitor.host_id) if visitor.host_id else None
    if host is None and not [a for a in (to or []) if a.strip()]:
        raise UserError(t.translate("Mail", "{name} has no host; give the address to tell with the mail.").format(
            name=visitor.name))
    arrived = visitor.arrived
    today = datetime.now(arrived.tzinfo).date()
    values = {"host": visitor.host, "guest": visitor.name, "company": visitor.company,
              "time": fmt.format_time(arrived, lang) if arrived.date() == today
              else fmt.format_datetime(arrived, visitor.timezone, lang),
              "purpose": visitor.purpose, "assistant": assistant}
    subject, body = templates.render("guest", lang, values)
    fallback = [person(host.name, host.email)] if host is not None and host.email else []
    letter = Letter("guest", lang, subject, body, sender, to=_to(to, fallback, visitor.host),
                    record=f"visitor:{visitor.id}")
    return Prepared((letter,))


def reply(answered, lang: str) -> Prepared:
    """The mail that carries a REPLY (an answer on the executive's behalf) to the organizer."""
    sender, assistant = _sender()
    item = answered.item
    subject = {"accepted": Translator(lang).translate("Mail", "Accepted: {title}"), "tentative": Translator(lang).translate("Mail", "Tentative: {title}"),
               "declined": Translator(lang).translate("Mail", "Declined: {title}")}[answered.status].format(title=item.summary)
    said = {"accepted": Translator(lang).translate("Mail", "{name} accepts the invitation to “{title}”."),
            "tentative": Translator(lang).translate("Mail", "{name} accepts the invitation to “{title}” tentatively."),
            "declined": Translator(lang).translate("Mail", "{name} declines the invitation to “{title}”.")}[answered.status]
    body = said.format(name=answered.attendee.name, title=item.summary) + "\n\n" + Translator(lang).translate("Mail", "Kind regards") + \
        f"\n{assistant}\n"
    letter = Letter("invitation", lang, subject, body, sender,
                    to=(person(item.organizer.name, item.organizer.email),),
                    on_behalf_of=person(answered.attendee.name, answered.attendee.email), calendar=answered.reply,
                    method="REPLY", event_id=answered.event_id, record=f"reply:{item.uid}")
    return Prepared((letter,))


def declinecounter(counter_text: str, lang: str) -> Prepared:
    """The mail that declines an attendee's counter-proposal (iTIP DECLINECOUNTER) on the organizer's behalf."""
    from opsassistant.interop import itip

    sender, assistant = _sender()
    items = [i for i in itip.read(counter_text) if i.method == "COUNTER"]
    if not items:
        raise UserError(Translator().translate("Invitations", "The counter-proposal names no attendee to answer."))
    item = items[0]
    calendar = itip.declinecounter_text(item, mail_settings.load().assistant_email)
    who = item.attendees[0]
    subject = Translator(lang).translate("Mail", "Proposal declined: {title}").format(title=item.summary)
    body = Translator(lang).translate("Mail", "Thank you for the proposal; “{title}” stays as it was.").format(
        title=item.summary) + "\n\n" + Translator(lang).translate("Mail", "Kind regards") + f"\n{assistant}\n"
    letter = Letter("invitation", lang, subject, body, sender, to=(person(who.name, who.email),),
                    on_behalf_of=person(item.organizer.name, item.organizer.email), calendar=calendar,
                    method="DECLINECOUNTER", record=f"counter:{item.uid}")
    return Prepared((letter,))


def prepare(template: str, target: str | int | None, lang: str, to: list[str] | None = None,
            method: str = "request") -> Prepared:
    """The letters of ``template`` for ``target`` (call, event, trip, outing or visitor ID; a date for the
    briefing)."""
    if template not in TEMPLATES:
        raise UserError(Translator().translate("MailTemplates", "There is no template “{key}”; the templates are: "
                                                                "{keys}.").format(key=template, keys=", ".join(TEMPLATES)))
    if template == "briefing":
        day = None
        if target not in (None, ""):
            try:
                day = datetime.strptime(str(target), "%Y-%m-%d").date()
            except ValueError:
                raise UserError(Translator().translate("Mail", "Give the day of the briefing as YYYY-MM-DD.")) from None
        return briefing(day, lang, to)
    t = Translator()
    what = {"message": t.translate("Mail", "call"), "invitation": t.translate("Mail", "appointment"),
            "itinerary": t.translate("Mail", "trip"), "outing": t.translate("Mail", "outing"),
            "guest": t.translate("Mail", "visitor")}[template]
    number = _target_id(target, what)
    builder = {"message": message, "itinerary": itinerary, "outing": outing, "guest": guest}.get(template)
    if builder is None:
        return invitation(number, lang, to, method)
    return builder(number, lang, to)
