from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from opsassistant.db.models import Contact, ContactEmail, Event, EventPrincipal, Expense, Outing
from opsassistant.services.outings import editing, expenses, listing, participants, queries, tasks
from opsassistant.services.outings.editing import OutingData, OutingError, ProgrammeItemData
from opsassistant.services.outings.expenses import ExpenseData
from opsassistant.services.outings.participants import ParticipantData

CPH = ZoneInfo("Europe/Copenhagen")


def _outing(**kw) -> Outing:
    data = OutingData(title=kw.pop("title", "Sommerudflugt"), start=datetime(2026, 6, 12, 9, 0, tzinfo=CPH),
                      end=datetime(2026, 6, 12, 17, 0, tzinfo=CPH), venue="Bakken", budget_minor=1_000_000, **kw)
    return editing.save(data)


def test_save_creates_calendar_event(db, executive, team_member):
    outing = _outing(organiser_id=executive.id, programme=[
        ProgrammeItemData(datetime(2026, 6, 12, 12, 0, tzinfo=CPH), "Frokost"),
        ProgrammeItemData(datetime(2026, 6, 12, 9, 30, tzinfo=CPH), "Ankomst")])
    event = Event.get(Event.source == f"outing:{outing.id}")
    assert Outing.get_by_id(outing.id).event_id == event.id
    assert event.title == "Sommerudflugt" and event.location == "Bakken"
    assert event.start_utc == datetime(2026, 6, 12, 7, 0, tzinfo=ZoneInfo("UTC"))
    assert event.start_timezone == "Europe/Copenhagen" and event.status == "tentative"
    assert [link.principal_id for link in event.principal_links] == [executive.id]
    assert [i.title for i in editing.programme_of(outing.id)] == ["Ankomst", "Frokost"]

    participants.save(outing.id, ParticipantData(principal_id=team_member.id, rsvp="accepted"))
    assert {link.principal_id for link in EventPrincipal.select().where(EventPrincipal.event == event)} == {
        executive.id, team_member.id}
    p = participants.of_outing(outing.id)[0]
    assert p.name == "Mads Kjær"
    participants.set_rsvp(p.id, "declined")
    assert {link.principal_id for link in EventPrincipal.select().where(EventPrincipal.event == event)} == {
        executive.id}

    data = editing.load(outing.id)
    data.title, data.status = "Sommerfest", "confirmed"
    editing.save(data, outing.id)
    event = Event.get_by_id(event.id)
    assert event.title == "Sommerfest" and event.status == "confirmed"
    assert Event.select().where(Event.source == f"outing:{outing.id}").count() == 1

    editing.move_to_trash(outing.id)
    assert Event.get_by_id(event.id).deleted_at is not None
    assert listing.records() == []
    editing.restore(outing.id)
    assert Event.get_by_id(event.id).deleted_at is None


def test_validation_messages(db):
    with pytest.raises(OutingError) as info:
        editing.save(OutingData(title=" ", start=datetime(2026, 1, 2, 10, tzinfo=CPH),
                                end=datetime(2026, 1, 2, 9, tzinfo=CPH), currency="XYZ"))
    assert set(info.value.problems) == {"title", "end", "currency"}


def test_participants_contacts_and_mailto(db):
    outing = _outing()
    contact = Contact.create(first_name="Åse", last_name="Bøgh", display_name="Åse Bøgh", sort_name="bøgh åse")
    ContactEmail.create(contact=contact, address="aase@example.dk")
    assert [p.name for p in participants.search_people("bøgh")] == ["Åse Bøgh"]
    participants.save(outing.id, ParticipantData(contact_id=contact.id, rsvp="accepted", dietary="Vegetar"))
    participants.save(outing.id, ParticipantData(name="Ole", email="ole@example.dk"))
    participants.save(outing.id, ParticipantData(name="Uden mail", rsvp="declined"))
    assert participants.counts(outing.id) == {"accepted": 1, "declined": 1, "no_reply": 1, "total": 3}
    url = participants.mailto_url(outing.id)
    assert url.startswith("mailto:?bcc=") and url.endswith("&subject=Sommerudflugt")
    assert set(url[len("mailto:?bcc="):url.index("&")].split(",")) == {"aase@example.dk", "ole@example.dk"}
    with pytest.raises(OutingError):
        participants.save(outing.id, ParticipantData(name="X", email="not an address"))
    with pytest.raises(OutingError):
        participants.save(outing.id, ParticipantData())


def test_tasks_and_overdue(db):
    outing = _outing()
    t1 = tasks.save(outing.id, "Book bus", date(2026, 5, 1))
    tasks.save(outing.id, "Bestil mad", date(2026, 6, 1))
    t3 = tasks.save(outing.id, "Send invitation", date(2026, 4, 1))
    tasks.set_done(t3.id, True)
    overdue = queries.overdue_tasks(date(2026, 5, 15))
    assert [t.title for t in overdue] == ["Book bus"]
    assert overdue[0].outing.title == "Sommerudflugt"
    cancelled = editing.load(outing.id)
    cancelled.status = "cancelled"
    editing.save(cancelled, outing.id)
    assert queries.overdue_tasks(date(2026, 5, 15)) == []
    tasks.remove(t1.id)
    assert len(tasks.of_outing(outing.id)) == 2
    with pytest.raises(OutingError):
        tasks.save(outing.id, "  ")


def test_expenses_totals_listing_and_receipt(db, tmp_path):
    outing = _outing()
    participants.save(outing.id, ParticipantData(name="A", rsvp="accepted"))
    participants.save(outing.id, ParticipantData(name="B", rsvp="accepted"))
    receipt = tmp_path / "kvittering bus.pdf"
    receipt.write_bytes(b"%PDF-1.4 test")
    expenses.save(outing.id, ExpenseData(date=date(2026, 6, 12), amount_minor=250000, description="Bus",
                                         category="transport", receipt_source=str(receipt)))
    expenses.save(outing.id, ExpenseData(date=date(2026, 6, 12), amount_minor=10000, description="Is",
                                         currency="EUR", exchange_rate=Decimal("7.4603"), vat_rate=Decimal(0),
                                         paid_by="out_of_pocket", paid_by_name="Mads"))
    expenses.save(outing.id, ExpenseData(date=date(2026, 6, 13), amount_minor=5000, description="Retur",
                                         is_refund=True))
    t = expenses.totals_for(outing.id)
    assert t.spent_minor == 250000 + 74603 - 5000
    assert t.vat_minor == 50000 - 1000
    assert t.per_participant_minor == (250000 + 74603 - 5000) // 2 + 1  # 159801.5 → half-up
    assert t.owed == {"Mads": 74603}
    stored = Expense.get(Expense.description == "Bus").receipt_file
    assert stored.startswith("receipts/") and (db_folder := expenses.data_folder() / stored).is_file()
    assert db_folder.read_bytes() == b"%PDF-1.4 test"

    [record] = listing.records(search="sommer")
    assert record["budget"] == "10000.00" and record["spent"] == "3196.03" and record["currency"] == "DKK"
    assert record["start"] == "2026-06-12T09:00:00+02:00"
    assert {"name": "A", "email": "", "rsvp": "accepted"} in record["participants"]
    assert listing.records(date_from=date(2026, 7, 1)) == []
    assert len(listing.records(date_to=date(2026, 6, 12))) == 1
    source = listing.OutingSource()
    assert source.count(listing.Filters()) == 1
    assert source.fetch(listing.Filters(), "title", True, 0, 10)[0].spent_minor == 319603


def test_expense_refusals(db):
    outing = _outing()
    base = {"date": date(2026, 6, 12), "description": "X"}
    with pytest.raises(OutingError) as info:
        expenses.save(outing.id, ExpenseData(amount_minor=-100, **base))
    assert "refund" in info.value.problems["amount"]
    with pytest.raises(OutingError) as info:
        expenses.save(outing.id, ExpenseData(amount_minor=100, currency="ABC", **base))
    assert "currency" in info.value.problems
    with pytest.raises(OutingError) as info:
        expenses.save(outing.id, ExpenseData(amount_minor=100, currency="EUR", exchange_rate=Decimal(0), **base))
    assert "exchange_rate" in info.value.problems
    with pytest.raises(OutingError) as info:
        expenses.save(outing.id, ExpenseData(amount_minor=100, paid_by="out_of_pocket", **base))
    assert "paid_by_name" in info.value.problems
    assert Expense.select().count() == 0
