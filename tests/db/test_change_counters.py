"""Every area's main record has a change counter that every write through its service raises (migration 9)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from opsassistant.db.models import database
from opsassistant.services.calls import logging as calls
from opsassistant.services.contacts import editing as contacts
from opsassistant.services.outings import editing as outings
from opsassistant.services.outings import tasks
from opsassistant.services.travel import trips


def _count(table: str, row_id: int) -> int:
    return database.execute_sql(f'SELECT change_count FROM "{table}" WHERE id = ?', (row_id,)).fetchone()[0]


def test_contact_edits_flags_trash_and_import_raise_it(db, tmp_path):
    contact = contacts.save(contacts.ContactData(first_name="Jens", last_name="Hansen"))
    assert _count("contact", contact.id) == 1
    contacts.save(contacts.ContactData(first_name="Jens", last_name="Hansen", organisation="Novo"), contact.id)
    contacts.set_flags(contact.id, vip=True)
    assert _count("contact", contact.id) == 3
    from opsassistant.interop import vcard

    card = tmp_path / "jens.vcf"
    vcard.export_file(card, ids=[contact.id])
    before = _count("contact", contact.id)
    text = card.read_text(encoding="utf-8").replace("ORG:Novo", "ORG:Novo Nordisk")
    card.write_text(text, encoding="utf-8")
    assert vcard.import_file(card).updated == 1
    assert _count("contact", contact.id) == before + 1


def test_call_logging_and_marking_done_raise_it(db, executive):
    call = calls.log_call(calls.CallData(number="+4512345678", name="Jens", principal_id=executive.id,
                                         please_call=True))
    assert _count("call", call.id) == 1
    calls.mark_done(call.id)
    calls.reopen(call.id)
    assert _count("call", call.id) == 3
    calls.move_to_trash([call.id])
    assert _count("call", call.id) == 4


def test_trip_saves_and_trash_raise_it(db, executive):
    trip = trips.save(trips.TripData(title="Aarhus", traveller_ids=[executive.id], start_date=date(2026, 5, 4),
                                     end_date=date(2026, 5, 5)))
    assert _count("trip", trip.id) == 1
    trips.save(trips.TripData(title="Aarhus og Vejle", traveller_ids=[executive.id]), trip.id)
    trips.move_to_trash(trip.id)
    assert _count("trip", trip.id) == 3


def test_outing_and_its_tasks_raise_it(db, executive):
    start = datetime(2026, 6, 12, 14, tzinfo=UTC)
    outing = outings.save(outings.OutingData(title="Sommerfest", start=start, end=start + timedelta(hours=5)))
    first = _count("outing", outing.id)  # saving writes the row, then links its calendar event: 1 or more
    assert first >= 1
    outings.save(outings.OutingData(title="Sommerfest i haven", start=start, end=start + timedelta(hours=6)),
                 outing.id)
    second = _count("outing", outing.id)
    assert second > first
    outings.move_to_trash(outing.id)
    assert _count("outing", outing.id) > second
    task = tasks.save(outing.id, "Bestil telt")
    assert _count("outing_task", task.id) == 1
    tasks.set_done(task.id, True)
    tasks.save(outing.id, "Bestil telt og borde", task_id=task.id)
    assert _count("outing_task", task.id) == 3


def test_a_stale_copy_written_back_never_lowers_it(db):
    contact = contacts.save(contacts.ContactData(first_name="Mette"))
    database.execute_sql("UPDATE contact SET notes = 'a' WHERE id = ?", (contact.id,))
    database.execute_sql("UPDATE contact SET notes = 'b', change_count = 1 WHERE id = ?", (contact.id,))
    assert _count("contact", contact.id) == 3
