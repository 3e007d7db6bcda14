"""Who a traveller calls when something goes wrong: printed on every page of the itinerary.

Sources, in this order (documented choice; nothing else in the schema names "the assistant" or "the office"):

1. The assistant — ``Setting`` rows ``assistant.name``, ``assistant.phone``, ``assistant.email``.
2. The office — ``Setting`` rows ``office.name`` (default "The office") and ``office.phone``.
3. The principals who are *not* on the trip and have a phone or an e-mail, the executive first (at most two).
"""

from __future__ import annotations

from dataclasses import dataclass

from opsassistant.db.models import Principal, Setting, TripTraveller, database
from opsassistant.i18n.messages import Translator
from opsassistant.services.phones import format_for_reading, parse

KEYS = ("assistant.name", "assistant.phone", "assistant.email", "office.name", "office.phone")
MAX_PRINCIPALS = 2


@dataclass(frozen=True)
class EmergencyContact:
    role: str  # translated: "Assistant", "Office", a principal's title
    name: str
    phone: str  # formatted for reading
    email: str = ""


def settings() -> dict[str, str]:
    rows = {s.key: s.value for s in Setting.select().where(Setting.key.in_(KEYS))}
    return {key: rows.get(key, "") for key in KEYS}


def save_settings(values: dict[str, str]) -> None:
    with database.atomic():
        for key in KEYS:
            if key in values:
                Setting.insert(key=key, value=values[key].strip()).on_conflict_replace().execute()


def _readable(typed: str) -> str:
    parsed = parse(typed) if typed.strip() else None
    return format_for_reading(parsed.e164, typed) if parsed else ""


def contacts(trip_id: int | None, lang: str | None = None) -> list[EmergencyContact]:
    values = settings()
    found: list[EmergencyContact] = []
    if values["assistant.name"] or values["assistant.phone"]:
        found.append(EmergencyContact(Translator(lang).translate("Travel", "Assistant"), values["assistant.name"],
                                      _readable(values["assistant.phone"]), values["assistant.email"]))
    if values["office.phone"]:
        found.append(EmergencyContact(Translator(lang).translate("Travel", "Office"),
                                      values["office.name"] or Translator(lang).translate("Travel", "The office"),
                                      _readable(values["office.phone"])))
    travelling = set()
    if trip_id is not None:
        travelling = {t.principal_id for t in TripTraveller.select().where(TripTraveller.trip == trip_id)}
    others = [p for p in Principal.alive().order_by(Principal.position, Principal.id)
              if p.id not in travelling and (p.phone or p.email)]
    others.sort(key=lambda p: p.role != "executive")
    for person in others[:MAX_PRINCIPALS]:
        # the role in the asked language, not the job title as typed (a Danish title in an English itinerary)
        role = (Translator(lang).translate("Travel", "Executive") if person.role == "executive"
                else Translator(lang).translate("Travel", "Team member"))
        found.append(EmergencyContact(role, person.name, _readable(person.phone), person.email))
    return found
