"""Every report survives any text the editors allow: 20,000-character texts and long unbroken words wrap and
split across pages instead of breaking the layout (ReportLab's LayoutError)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pypdf

from opsassistant.reports import agenda, call_sheet, itinerary, outing, phone_list, week
from opsassistant.services.calendar import editing as calendar_editing
from opsassistant.services.calendar.editing import Attendee, EventData
from opsassistant.services.calls.logging import CallData, log_call
from opsassistant.services.contacts import editing as contact_editing
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData
from opsassistant.services.outings import editing as outing_editing
from opsassistant.services.outings import expenses, participants, tasks
from opsassistant.services.outings.editing import OutingData, ProgrammeItemData
from opsassistant.services.outings.expenses import ExpenseData
from opsassistant.services.outings.participants import ParticipantData
from opsassistant.services.travel import segments, trips
from opsassistant.services.travel.segments import SegmentData

CPH = ZoneInfo("Europe/Copenhagen")
DAY = date(2026, 3, 2)
LIMIT = 20_000  # what the editors allow


def long_text(tag: str) -> str:
    """20,000 characters: words, a newline now and then, and one unbroken 3,000-character word."""
    words = (f"{tag} Søren bekræfter mødet om budgettet og beder om et kort opkald inden fredag "
             f"& <b>ikke</b> før kl. 10. ")
    text = (words * (LIMIT // len(words) + 1))[: LIMIT - 3_100]
    text = text.replace(" inden fredag", "\ninden fredag", 20)
    return (text + " " + "X" * 3_000 + " " + tag)[:LIMIT]


def medium(tag: str) -> str:
    """2,500 characters (what broke the agenda before), for the fields beside the one with 20,000."""
    return long_text(tag)[:2_400] + " " + tag


def unbroken(tag: str, size: int = 400) -> str:
    return tag + "Q" * size + "@example.com"


def pages_and_text(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(str(path))
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def squeezed(text: str) -> str:
    return "".join(text.split())


def assert_all_printed(text: str, *tags: str) -> None:
    flat = squeezed(text)
    for tag in tags:
        assert tag in flat, tag


def test_call_sheet_with_a_20000_character_message(db, executive, tmp_path):
    when = datetime.combine(DAY, datetime.min.time(), UTC) + timedelta(hours=9)
    log_call(CallData(number="+45 33 12 34 56", name=unbroken("NAMEOPEN"), company=medium("COMPANYOPEN"),
                      principal_id=executive.id, message=long_text("MSGOPEN"), please_call=True, urgent=True,
                      when=when))
    log_call(CallData(number="20304050", name="Anne", principal_id=executive.id, message=long_text("MSGDONE"),
                      when=when + timedelta(hours=1)))
    pages, text = pages_and_text(call_sheet.build(DAY.isoformat(), tmp_path / "calls.pdf", lang="da"))
    assert pages > 10
    assert_all_printed(text, "MSGOPEN", "MSGDONE", "NAMEOPEN", "COMPANYOPEN")
    # the open call prints under open messages and under the day's calls: 3 messages with the unbroken word
    assert squeezed(text).count("X") == 3 * 3_000
    assert squeezed(text).count(squeezed(long_text("MSGOPEN"))[-200:]) >= 1  # the message's end printed


def test_agenda_and_week_with_20000_character_texts(db, executive, tmp_path):
    calendar_editing.create(EventData(
        title=long_text("TITLEA"), start=datetime(2026, 3, 2, 9, tzinfo=CPH), end=datetime(2026, 3, 2, 10, tzinfo=CPH),
        location=medium("LOCA"), principal_ids=[executive.id],
        attendees=[Attendee(name=unbroken("GUEST"), email="g@example.com")]))
    log_call(CallData(number="70112233", name="Jens", principal_id=executive.id, please_call=True,
                      message=long_text("AGENDAMSG"),
                      callback_by=datetime(2026, 3, 2, 15, tzinfo=CPH)))
    pages, text = pages_and_text(agenda.build(DAY.isoformat(), tmp_path / "agenda.pdf", lang="da"))
    assert pages > 10
    assert_all_printed(text, "TITLEA", "LOCA", "GUEST", "AGENDAMSG")
    pages, text = pages_and_text(week.build(DAY.isoformat(), tmp_path / "week.pdf", lang="en"))
    assert pages > 5
    assert_all_printed(text, "TITLEA", "LOCA")


def test_phone_list_with_long_names_and_unbroken_addresses(db, tmp_path):
    contact_editing.save(ContactData(first_name=long_text("FIRST"), last_name="Ø", organisation=medium("ORG"),
                                     title=unbroken("ROLE"), phones=[PhoneData("+45 33 12 34 56")],
                                     emails=[EmailData(unbroken("MAIL", 3_000))]))
    contact_editing.save(ContactData(first_name="Åse", last_name="Bøgh", organisation="Bøgh & Co"))
    for grouping in ("letter", "organisation"):
        pages, text = pages_and_text(phone_list.build(grouping, tmp_path / f"{grouping}.pdf", lang="da"))
        assert pages > 5
        assert_all_printed(text, "FIRST", "ORG", "ROLE", "MAIL", "Åse")


def test_outing_with_20000_character_texts(db, executive, tmp_path):
    o = outing_editing.save(OutingData(
        title=long_text("OTITLE")[:3_000], kind="team_outing", start=datetime(2026, 6, 12, 9, tzinfo=CPH),
        end=datetime(2026, 6, 12, 17, tzinfo=CPH), venue=medium("VENUE"), organiser_id=executive.id,
        description=long_text("DESC"), budget_minor=1_000_000,
        programme=[ProgrammeItemData(datetime(2026, 6, 12, 12, tzinfo=CPH), medium("PROG"),
                                     notes=medium("PNOTE"))]))
    participants.save(o.id, ParticipantData(name=unbroken("PART"), rsvp="accepted", dietary=medium("DIET"),
                                            notes=medium("PARTNOTE")))
    tasks.save(o.id, medium("TASK"), date(2026, 5, 1))
    expenses.save(o.id, ExpenseData(date=date(2026, 6, 12), amount_minor=250000, description=long_text("EXP"),
                                    supplier=unbroken("SUPP"), category="transport",
                                    receipt_reference=unbroken("RCPT", 200)))
    expenses.save(o.id, ExpenseData(date=date(2026, 6, 12), amount_minor=10000, description="Is",
                                    currency="EUR", exchange_rate=Decimal("7.4603"), paid_by="out_of_pocket",
                                    paid_by_name=unbroken("PAYER")))
    pages, text = pages_and_text(outing.build(str(o.id), tmp_path / "outing.pdf", lang="da"))
    assert pages > 20
    assert_all_printed(text, "OTITLE", "VENUE", "DESC", "PROG", "PNOTE", "PART", "DIET", "PARTNOTE", "TASK", "EXP",
                       "SUPP", "RCPT", "PAYER")


def test_itinerary_with_20000_character_texts(db, executive, tmp_path):
    trip = trips.save(trips.TripData(title=long_text("TTITLE")[:2_000], traveller_ids=[executive.id],
                                     destination=medium("DEST"), purpose=medium("PURP"),
                                     notes=long_text("TNOTES")))
    segments.save(trip.id, SegmentData(kind="flight", start=datetime(2026, 3, 28, 21, 30),
                                       end=datetime(2026, 3, 29, 17, 5), from_code="CPH", to_code="NRT",
                                       carrier="SK", number="983", booking_reference=unbroken("BOOK", 300),
                                       notes=long_text("SNOTES")))
    segments.save(trip.id, SegmentData(kind="hotel", start=datetime(2026, 3, 29, 20, 0),
                                       end=datetime(2026, 3, 31, 11, 0), start_timezone="Asia/Tokyo",
                                       from_place=unbroken("HOTEL"), address=medium("ADDR")))
    segments.save(trip.id, SegmentData(kind="meeting", title=medium("MEET"), start=datetime(2026, 3, 30, 10),
                                       end=datetime(2026, 3, 30, 12), start_timezone="Asia/Tokyo",
                                       from_place=medium("PLACE")))
    pages, text = pages_and_text(itinerary.build(trip.id, tmp_path / "trip.pdf", lang="en"))
    assert pages > 20
    assert_all_printed(text, "TTITLE", "DEST", "PURP", "TNOTES", "BOOK", "SNOTES", "HOTEL", "ADDR", "MEET", "PLACE")
