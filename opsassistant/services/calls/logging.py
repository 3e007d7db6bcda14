"""Recording calls and phone messages, and closing call-backs. Every write is one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from opsassistant.db.models import Call, database
from opsassistant.db.models.base import utcnow
from opsassistant.i18n.messages import translate
from opsassistant.services import phones
from opsassistant.services.calls import matching
from opsassistant.services.home import home_zone

DIRECTIONS = ("in", "out", "missed")
FLAGS = ("telephoned", "please_call", "will_call_again", "returned_call", "came_to_see", "urgent")


class CallError(ValueError):
    """A call that cannot be recorded; ``problems`` maps field name → translated message."""

    def __init__(self, problems: dict[str, str]):
        super().__init__(" ".join(problems.values()))
        self.problems = problems


@dataclass
class CallData:
    number: str = ""  # as typed; "" for a withheld number
    name: str = ""
    company: str = ""
    direction: str = "in"
    principal_id: int | None = None
    contact_id: int | None = None  # None: matched from the number when exactly one contact has it
    telephoned: bool = True
    please_call: bool = False
    will_call_again: bool = False
    returned_call: bool = False
    came_to_see: bool = False
    urgent: bool = False
    message: str = ""
    callback_by: datetime | None = None
    duration_seconds: int | None = None
    when: datetime | None = None  # None: now
    timezone: str = ""  # "" = the office's home zone
    follow_up_of: int | None = None

    @property
    def owes_callback(self) -> bool:
        return self.please_call or self.callback_by is not None


def validate(data: CallData) -> dict[str, str]:
    problems: dict[str, str] = {}
    if data.direction not in DIRECTIONS:
        problems["direction"] = translate("Calls", "Choose incoming, outgoing or missed.")
    if data.callback_by is not None and data.callback_by.tzinfo is None:
        problems["callback_by"] = translate("Calls", "The call-back time needs a time zone.")
    if data.duration_seconds is not None and not 0 <= data.duration_seconds < 24 * 3600:
        problems["duration"] = translate("Calls", "A call lasts between 0 and 24 hours.")
    if data.number.strip() and not any(ch.isdigit() for ch in data.number):
        problems["number"] = translate("Calls", "A phone number needs digits.")
    if len(data.message) > 20000:
        problems["message"] = translate("Calls", "The message is too long.")
    return problems


def _values(data: CallData) -> dict:
    typed = data.number.strip()
    parsed = phones.parse(typed) if typed else None
    contact_id = data.contact_id
    name, company = data.name.strip(), data.company.strip()
    if contact_id is None and typed:
        found = matching.exact_contact_for_number(typed)
        if found is not None:
            contact_id = found.contact_id
    if contact_id is not None:
        from opsassistant.db.models import Contact

        contact = Contact.get_or_none(Contact.id == contact_id)
        if contact is None:
            contact_id = None
        else:
            name = name or contact.display_name
            company = company or contact.organisation
    values = {
        "when_utc": data.when or utcnow(),
        "timezone": data.timezone or home_zone(),
        "direction": data.direction,
        "typed_number": typed,
        "e164": parsed.e164 if parsed else None,
        "digits": parsed.digits if parsed else "",
        "name": name,
        "company": company,
        "contact": contact_id,
        "principal": data.principal_id,
        "message": data.message.strip(),
        "callback_by_utc": data.callback_by,
        "duration_seconds": data.duration_seconds,
        "follow_up_of": data.follow_up_of,
        "status": "open" if data.owes_callback else "done",
    }
    for flag in FLAGS:
        values[flag] = bool(getattr(data, flag))
    if data.callback_by is not None:
        values["please_call"] = True
    return values


def log_call(data: CallData) -> Call:
    """Record one call; the caller is matched to a contact by number when the contact is not given."""
    problems = validate(data)
    if problems:
        raise CallError(problems)
    with database.atomic():
        return Call.create(**_values(data))


def mark_done(call_id: int, *, log_return: bool = False, message: str = "",
              duration_seconds: int | None = None, when: datetime | None = None) -> Call | None:
    """Close a call-back. With ``log_return`` the returned call is logged as an outgoing call linked to the
    first one (``follow_up_of``) in the same transaction; that new call is returned."""
    moment = when or utcnow()
    with database.atomic():
        call = Call.get_by_id(call_id)
        Call.update(status="done", done_at=moment, updated_at=utcnow()).where(Call.id == call_id).execute()
        if not log_return:
            return None
        return Call.create(
            when_utc=moment, timezone=call.timezone, direction="out", typed_number=call.typed_number,
            e164=call.e164, digits=call.digits, name=call.name, company=call.company, contact=call.contact_id,
            principal=call.principal_id, telephoned=True, message=message.strip(), status="done",
            duration_seconds=duration_seconds, follow_up_of=call.id,
        )


def reopen(call_id: int) -> None:
    with database.atomic():
        Call.update(status="open", done_at=None, updated_at=utcnow()).where(Call.id == call_id).execute()


def link_contact(call_id: int, contact_id: int) -> int:
    """Link a call — and every other unlinked call from the same number — to a contact. Returns calls linked."""
    from opsassistant.db.models import Contact

    with database.atomic():
        call = Call.get_by_id(call_id)
        contact = Contact.get_by_id(contact_id)
        same = Call.id == call_id
        if call.digits:
            same = same | ((Call.digits == call.digits) & Call.contact.is_null())
        Call.update(name=contact.display_name).where(same, Call.name == "").execute()
        Call.update(company=contact.organisation).where(same, Call.company == "").execute()
        return Call.update(contact=contact.id, updated_at=utcnow()).where(same).execute()


def create_contact_for_call(call_id: int, name: str, organisation: str = ""):
    """Create a contact from an unknown caller's call — name as given, the call's number filled in — and link
    this call and the other unlinked calls from that number to it. One transaction; returns the contact."""
    from opsassistant.services.contacts import editing

    call = Call.get_by_id(call_id)
    first, _, last = name.strip().partition(" ")
    data = editing.ContactData(first_name=first, last_name=last, organisation=organisation or call.company,
                               phones=[editing.PhoneData(call.typed_number, kind="work")] if call.typed_number
                               else [])
    with database.atomic():
        contact = editing.save(data)
        link_contact(call_id, contact.id)
    return contact


def move_to_trash(call_ids: list[int]) -> None:
    with database.atomic():
        Call.update(deleted_at=utcnow()).where(Call.id.in_(call_ids)).execute()


def restore(call_ids: list[int]) -> None:
    with database.atomic():
        Call.update(deleted_at=None).where(Call.id.in_(call_ids)).execute()
