"""The e-mail templates: built-in wording in Danish and English, merge fields in braces (``{caller}``), and the
user's own wording (stored through ``services.mail.templates``) in place of the built-in one where saved."""

from __future__ import annotations

import string
from dataclasses import dataclass

from opsassistant.errors import UserError
from opsassistant.i18n.messages import translate
from opsassistant.services.mail import templates as stored_templates

KEYS = ("message", "invitation", "itinerary", "outing", "briefing", "guest")
LANGS = ("da", "en")

FIELDS: dict[str, tuple[str, ...]] = {
    "message": ("recipient", "caller", "company", "number", "when", "ways", "callback_by", "message", "urgent",
                "assistant"),
    "invitation": ("title", "when", "location", "organizer", "attendees", "notes", "assistant"),
    "itinerary": ("traveller", "trip", "destination", "dates", "assistant"),
    "outing": ("title", "when", "venue", "description", "organiser", "reply_to", "assistant"),
    "briefing": ("executive", "date", "appointments", "callbacks", "trips", "assistant"),
    "guest": ("host", "guest", "company", "time", "purpose", "assistant"),
}

_DEFAULTS: dict[tuple[str, str], tuple[str, str]] = {
    ("message", "da"): (
        "Mens du var væk: {caller}",
        "Hej {recipient}\n\nMens du var væk\n\nFra: {caller} {company}\nTelefon: {number}\nTidspunkt: {when}\n"
        "{ways}\n{urgent}\nRing tilbage senest: {callback_by}\n\nBesked:\n{message}\n\nVenlig hilsen\n{assistant}\n"),
    ("message", "en"): (
        "While you were out: {caller}",
        "Hello {recipient}\n\nWhile you were out\n\nFrom: {caller} {company}\nPhone: {number}\nWhen: {when}\n"
        "{ways}\n{urgent}\nCall back by: {callback_by}\n\nMessage:\n{message}\n\nKind regards\n{assistant}\n"),
    ("invitation", "da"): (
        "Mødeindkaldelse: {title}",
        "Hej\n\nPå vegne af {organizer} indkalder jeg til {title}.\n\nTidspunkt: {when}\nSted: {location}\n"
        "Deltagere: {attendees}\n\n{notes}\n\nSvar venligst via invitationen i kalenderen.\n\nVenlig hilsen\n"
        "{assistant}\n"),
    ("invitation", "en"): (
        "Meeting invitation: {title}",
        "Hello\n\nOn behalf of {organizer} I invite you to {title}.\n\nWhen: {when}\nWhere: {location}\n"
        "Attendees: {attendees}\n\n{notes}\n\nPlease answer through the invitation in your calendar.\n\n"
        "Kind regards\n{assistant}\n"),
    ("itinerary", "da"): (
        "Rejseplan: {trip}",
        "Hej {traveller}\n\nHer er din rejseplan for {trip} ({destination}, {dates}).\n\nRejseplanen er vedhæftet "
        "som PDF, og rejsens aftaler som kalenderfil (.ics), som du kan åbne på din telefon.\n\nGod rejse!\n\n"
        "Venlig hilsen\n{assistant}\n"),
    ("itinerary", "en"): (
        "Itinerary: {trip}",
        "Hello {traveller}\n\nHere is your itinerary for {trip} ({destination}, {dates}).\n\nThe itinerary is "
        "attached as a PDF, and the trip's appointments as a calendar file (.ics) to open on your phone.\n\n"
        "Have a good trip!\n\nKind regards\n{assistant}\n"),
    ("outing", "da"): (
        "Invitation: {title}",
        "Hej alle\n\nI inviteres hermed til {title}.\n\nTidspunkt: {when}\nSted: {venue}\n\n{description}\n\n"
        "Svar venligst til {reply_to}, om du kommer eller ej (og skriv evt. hensyn til kosten).\n\n"
        "Venlig hilsen\n{assistant}\npå vegne af {organiser}\n"),
    ("outing", "en"): (
        "Invitation: {title}",
        "Hello everyone\n\nYou are invited to {title}.\n\nWhen: {when}\nWhere: {venue}\n\n{description}\n\n"
        "Please reply to {reply_to} whether you will come or not (and mention any dietary needs).\n\n"
        "Kind regards\n{assistant}\non behalf of {organiser}\n"),
    ("briefing", "da"): (
        "Dagens overblik {date}",
        "Godmorgen {executive}\n\nDagens aftaler:\n{appointments}\n\nÅbne tilbagekald:\n{callbacks}\n\n"
        "Kommende rejser:\n{trips}\n\nVenlig hilsen\n{assistant}\n"),
    ("briefing", "en"): (
        "Daily briefing {date}",
        "Good morning {executive}\n\nToday's appointments:\n{appointments}\n\nOpen call-backs:\n{callbacks}\n\n"
        "Upcoming trips:\n{trips}\n\nKind regards\n{assistant}\n"),
    ("guest", "da"): (
        "Din gæst er ankommet: {guest}",
        "Hej {host}\n\nDin gæst er ankommet og venter i receptionen.\n\nGæst: {guest}\nFirma: {company}\n"
        "Ankommet: {time}\nFormål: {purpose}\n\nVenlig hilsen\n{assistant}\n"),
    ("guest", "en"): (
        "Your guest has arrived: {guest}",
        "Hello {host}\n\nYour guest has arrived and is waiting at the reception.\n\nGuest: {guest}\n"
        "Company: {company}\nArrived: {time}\nPurpose: {purpose}\n\nKind regards\n{assistant}\n"),
}


@dataclass(frozen=True)
class Template:
    key: str
    lang: str
    subject: str
    body: str
    custom: bool  # the user's own wording (False: the built-in one)


def title(key: str) -> str:
    """The template's name in the UI language."""
    return {
        "message": translate("MailTemplates", "Phone message (While you were out)"),
        "invitation": translate("MailTemplates", "Meeting invitation"),
        "itinerary": translate("MailTemplates", "Itinerary to the traveller"),
        "outing": translate("MailTemplates", "Outing invitation"),
        "briefing": translate("MailTemplates", "Daily briefing"),
        "guest": translate("MailTemplates", "Your guest has arrived (to the host)"),
    }[key]


def _check_key(key: str, lang: str) -> None:
    if key not in KEYS:
        raise UserError(translate("MailTemplates", "There is no template “{key}”; the templates are: {keys}.").format(
            key=key, keys=", ".join(KEYS)))
    if lang not in LANGS:
        raise UserError(translate("MailTemplates", "Templates are in Danish (da) or English (en)."))


def default(key: str, lang: str) -> Template:
    _check_key(key, lang)
    subject, body = _DEFAULTS[(key, lang)]
    return Template(key, lang, subject, body, False)


def get(key: str, lang: str) -> Template:
    _check_key(key, lang)
    own = stored_templates.stored(key, lang)
    return Template(key, lang, own.subject, own.body, True) if own else default(key, lang)


def fields_used(text: str) -> list[str]:
    """The merge fields in ``text``; raises UserError for a brace that opens no field."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise UserError(translate("MailTemplates", "A brace is not closed: write merge fields as {field}, and a "
                                                   "brace itself as {{ or }}.")) from None


def problems(key: str, subject: str, body: str) -> str:
    """One sentence naming what is wrong with this wording ("" when it can be saved)."""
    try:
        used = fields_used(subject) + fields_used(body)
    except UserError as error:
        return str(error)
    unknown = [name for name in dict.fromkeys(used) if name not in FIELDS[key]]
    if unknown:
        return translate("MailTemplates", "{fields} is not a merge field of this template; the fields are: "
                                          "{known}.").format(fields=", ".join("{" + u + "}" for u in unknown),
                                                             known=", ".join("{" + f + "}" for f in FIELDS[key]))
    if not subject.strip():
        return translate("MailTemplates", "The subject must not be empty.")
    return ""


def save(key: str, lang: str, subject: str, body: str) -> None:
    _check_key(key, lang)
    problem = problems(key, subject, body)
    if problem:
        raise UserError(problem)
    stored_templates.save(key, lang, subject, body)


def reset(key: str, lang: str) -> None:
    _check_key(key, lang)
    stored_templates.reset(key, lang)


def render(key: str, lang: str, values: dict[str, str]) -> tuple[str, str]:
    """Subject and body with the fields filled in. A line whose fields are all empty is left out (no
    "Call back by:" without a time), and so is a second empty line in a row."""
    template = get(key, lang)
    filled = {name: str(values.get(name, "") or "") for name in FIELDS[key]}
    try:
        subject = template.subject.format_map(filled)
        cleaned: list[str] = []
        for line in template.body.splitlines():
            names = fields_used(line)
            if names and not any(filled.get(n, "").strip() for n in names):
                continue
            text = line.format_map(filled).rstrip()
            if not text and cleaned and not cleaned[-1]:
                continue
            cleaned.append(text)
    except (KeyError, ValueError, IndexError, UserError):
        raise UserError(translate("MailTemplates", "The template “{name}” cannot be filled in; correct it under "
                                                   "Mail templates.").format(name=title(key))) from None
    return " ".join(subject.split()), "\n".join(cleaned).strip() + "\n"
