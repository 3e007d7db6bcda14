"""What the contacts' detail pane reads about one contact: the contact, its numbers, latest calls, appointments
and sent mail — the same records as the models' own queries, read by fixed SQL text."""

from __future__ import annotations

from datetime import UTC, date, datetime

import peewee

from opsassistant.db.models import Call, Contact, ContactPhone, Event, EventAttendee
from opsassistant.services.contacts import editing, queries, trash
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData
from opsassistant.services.mail import log as mail_log


def _contact() -> int:
    saved = editing.save(ContactData(first_name="Søren", last_name="Østergaard", organisation="Ærø Rederi A/S",
                                     phones=[PhoneData("33 12 34 56", "work"), PhoneData("20 30 40 50", "mobile")],
                                     emails=[EmailData("soren@aero.dk")]))
    return saved.id


def _history(contact_id: int) -> None:
    at = datetime(2026, 3, 2, 8, tzinfo=UTC)
    for day, direction, message in ((2, "in", "Ring tilbage"), (5, "out", ""), (3, "missed", ""), (9, "in", "x"),
                                    (4, "in", ""), (7, "out", "Om mødet"), (6, "in", "")):
        Call.create(when_utc=at.replace(day=day), direction=direction, message=message, contact=contact_id)
    Call.create(when_utc=at.replace(day=20), direction="in", contact=contact_id,
                deleted_at=datetime(2026, 3, 21, tzinfo=UTC))  # in the trash: not shown
    Call.create(when_utc=at.replace(day=21), direction="in")  # someone else's
    timed = Event.create(title="Bestyrelsesmøde", start_utc=at.replace(day=10), end_utc=at.replace(day=10, hour=9))
    whole = Event.create(title="Messe", all_day=True, start_date=date(2026, 3, 12), end_date=date(2026, 3, 13))
    gone = Event.create(title="Aflyst", start_utc=at, end_utc=at.replace(hour=9), deleted_at=at)
    for event in (timed, whole, gone):
        EventAttendee.create(event=event, contact=contact_id, name="Søren", email="soren@aero.dk")
    for subject in ("Referat", "Invitation"):
        mail_log.record(message_id=f"<{subject}@x>", template="free", transport="smtp", subject=subject,
                        recipients=[mail_log.Recipient("soren@aero.dk"), mail_log.Recipient("SOREN@aero.dk", "cc")])


def test_the_detail_pane_reads_the_same_records_as_the_model_queries(db):
    contact_id = _contact()
    _history(contact_id)
    contact = queries.get_any(contact_id)
    assert type(contact) is Contact and not contact._dirty
    assert contact.__data__ == Contact.get_by_id(contact_id).__data__
    phones = queries.phones_of(contact_id)
    assert [p.__data__ for p in phones] == [p.__data__ for p in ContactPhone.select().where(
        ContactPhone.contact == contact_id).order_by(ContactPhone.position)]
    assert [p.typed for p in phones] == ["33 12 34 56", "20 30 40 50"]
    assert queries.get_any(contact_id + 1000) is None
    trash.delete([contact_id])
    assert queries.get_any(contact_id).deleted_at is not None  # the trash's detail pane

    calls = queries.recent_calls(contact_id)
    assert [(c.when.day, c.text) for c in calls] == [(9, "in: x"), (7, "out: Om mødet"), (6, "in"), (5, "out"),
                                                     (4, "in")]
    assert calls[0].when == datetime(2026, 3, 9, 8, tzinfo=UTC) and calls[0].kind == "call"
    assert len(queries.recent_calls(contact_id, limit=10)) == 7

    events = queries.appointments(contact_id)
    assert [(e.when, e.text, e.kind) for e in events] == [(date(2026, 3, 12), "Messe", "event"),
                                                         (datetime(2026, 3, 10, 8, tzinfo=UTC), "Bestyrelsesmøde",
                                                          "event")]

    sent = mail_log.for_contact(contact_id)
    assert [(e.subject, e.kind, e.contact_id) for e in sent] == [("Invitation", "cc", contact_id),
                                                                 ("Invitation", "to", contact_id),
                                                                 ("Referat", "cc", contact_id),
                                                                 ("Referat", "to", contact_id)]
    assert sent[0].sent_at.tzinfo is UTC
    assert sent == mail_log._entries(mail_log.SentMail.select().where(mail_log.SentMail.contact == contact_id))


def test_the_detail_pane_reads_build_no_query_text(db, monkeypatch):
    """Read on every keystroke's selection: building a Peewee query's SQL each time was most of the pane's cost."""
    contact_id = _contact()
    _history(contact_id)
    built = []
    original = peewee.Select.__sql__

    def counted(self, ctx):
        built.append(self)
        return original(self, ctx)

    monkeypatch.setattr(peewee.Select, "__sql__", counted)
    queries.get_any(contact_id)
    queries.phones_of(contact_id)
    queries.recent_calls(contact_id)
    queries.appointments(contact_id)
    mail_log.for_contact(contact_id)
    assert built == []
