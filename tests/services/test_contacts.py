"""Contacts services: saving, search by any number formatting and accents, trash, duplicates, merge, privacy."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from opsassistant.db.models import Call, Contact, ContactPhone
from opsassistant.services.contacts import (
    duplicates,
    editing,
    listing,
    matching,
    merge,
    privacy,
    queries,
    search,
    trash,
)
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData


def make(first="Søren", last="Østergaard", org="Ærø Rederi A/S", phones=("33 12 34 56",), emails=(), **kw):
    return editing.save(ContactData(first_name=first, last_name=last, organisation=org,
                                    phones=[PhoneData(p) for p in phones],
                                    emails=[EmailData(e) for e in emails], **kw))


@pytest.mark.parametrize("typed", ["33 12 34 56", "+45 33123456", "0045 3312 3456", "3312", "33-12-34", "+4533"])
def test_any_number_formatting_finds_the_contact(db, typed):
    contact = make()
    make("Jens", "Hansen", "", phones=("44 55 66 77",))
    assert search.search_ids(typed) == [contact.id]
    assert [c.id for c in matching.match_text(typed)] == [contact.id]


@pytest.mark.parametrize("typed", ["Ostergaard", "østerg", "soren", "SØREN øster", "aero", "Aero Rederi", "rederi"])
def test_accent_tolerant_search(db, typed):
    contact = make()
    assert search.search_ids(typed) == [contact.id]


def test_search_by_email_and_title(db):
    contact = make(emails=("soren@aeroe.dk",), title="Indkøbschef")
    assert search.search_ids("soren@aeroe") == [contact.id]
    assert search.search_ids("indkøb") == [contact.id]
    assert search.search_ids("Nobody here") == []


def test_unparseable_number_is_kept_and_flagged(db):
    contact = make(phones=("ring omstillingen 12",))
    phone = ContactPhone.get(ContactPhone.contact == contact.id)
    assert phone.typed == "ring omstillingen 12" and phone.e164 is None
    assert editing.snapshot(contact.id).phones[0].typed == "ring omstillingen 12"


def test_validation_requires_a_name_and_valid_emails(db):
    with pytest.raises(editing.ContactInvalid) as error:
        editing.save(ContactData())
    assert "name" in error.value.errors
    with pytest.raises(editing.ContactInvalid) as error:
        editing.save(ContactData(first_name="A", emails=[EmailData("not an address")]))
    assert "email0" in error.value.errors


def test_edit_replaces_data_and_keeps_the_index_in_sync(db):
    contact = make()
    data = editing.snapshot(contact.id)
    data.last_name = "Bæk"
    data.phones = [PhoneData("20 30 40 50", "work")]
    editing.save(data, contact.id)
    assert search.search_ids("Baek") == [contact.id]
    assert search.search_ids("Ostergaard") == []
    assert search.search_ids("20304050") == [contact.id]
    assert search.search_ids("33123456") == []


def test_trash_hides_restores_and_purges_after_30_days(db):
    contact = make()
    trash.delete([contact.id])
    assert search.search_ids("Søren") == []
    assert listing.records() == []
    assert matching.match_number("3312") == []
    assert queries.get(contact.id) is None
    trash.restore([contact.id])
    assert search.search_ids("Søren") == [contact.id]
    trash.delete([contact.id])
    assert trash.purge_expired() == 0
    assert trash.purge_expired(datetime.now(UTC) + timedelta(days=31)) == 1
    assert Contact.get_or_none(Contact.id == contact.id) is None


def test_listing_json_contract(db):
    contact = make(emails=("soren@aeroe.dk",), groups=["Leverandører"])
    (record,) = listing.records(search="øster")
    assert record == {**record, "id": contact.id, "name": "Søren Østergaard", "organisation": "Ærø Rederi A/S",
                      "phones": [{"kind": "mobile", "number": "+4533123456"}], "emails": ["soren@aeroe.dk"],
                      "groups": ["Leverandører"]}
    json.dumps(listing.records())


def test_match_number_puts_the_exact_number_first_and_is_limited(db):
    for i in range(15):
        make(f"P{i}", "Person", "", phones=(f"33 12 34 {i:02d}",))
    exact = make("Exact", "Match", "", phones=("33 12 34",))
    found = matching.match_number("331234", limit=10)
    assert len(found) == 10
    assert found[0].id == exact.id
    assert matching.match_number("3") == []


def test_foreign_numbers_match_by_international_prefix(db):
    contact = make(phones=("+46 8 123 456 78",))
    assert [c.id for c in matching.match_number("+46 8 123")] == [contact.id]
    assert [c.id for c in matching.match_number("0046 8123")] == [contact.id]


def test_duplicates_by_number_email_and_similar_name(db):
    existing = make(emails=("soren@aeroe.dk",))
    by_number = duplicates.find(ContactData(first_name="X", phones=[PhoneData("+45 33 12 34 56")]))
    assert [(d.contact.id, d.reason) for d in by_number] == [(existing.id, "phone")]
    by_email = duplicates.find(ContactData(first_name="X", emails=[EmailData("SOREN@aeroe.dk")]))
    assert by_email[0].reason == "email"
    by_name = duplicates.find(ContactData(first_name="Soren", last_name="Ostergaard", organisation="Ærø Rederi A/S"))
    assert by_name[0].reason == "name"
    assert duplicates.find(ContactData(first_name="Søren", last_name="Østergaard", organisation="Andet firma")) == []
    assert duplicates.find(editing.snapshot(existing.id), exclude_id=existing.id) == []


def test_merge_combines_fields_moves_calls_and_trashes_the_other(db):
    keep = make(emails=("a@x.dk",), groups=["Kunder"])
    other = make("Søren", "Østergård", "", phones=("33 12 34 56", "20 30 40 50"), emails=("b@x.dk",),
                 title="Chef", birthday=date(1970, 3, 15), groups=["VIP-kunder"], vip=True)
    call = Call.create(when_utc=datetime.now(UTC), contact=other.id, name="Søren", digits="20304050")
    merged = merge.merge(keep.id, other.id, {"last_name": "other"})
    data = editing.snapshot(merged.id)
    assert data.last_name == "Østergård" and data.title == "Chef" and data.birthday == date(1970, 3, 15)
    assert [p.typed for p in data.phones] == ["33 12 34 56", "20 30 40 50"]
    assert [e.address for e in data.emails] == ["a@x.dk", "b@x.dk"]
    assert data.groups == ["Kunder", "VIP-kunder"] and data.vip
    assert Call.get_by_id(call.id).contact_id == keep.id
    assert queries.get(other.id) is None


def test_privacy_export_and_erase(db, tmp_path):
    contact = make(emails=("soren@aeroe.dk",))
    linked = Call.create(when_utc=datetime.now(UTC), contact=contact.id, name="Søren Østergaard",
                         typed_number="33 12 34 56", e164="+4533123456", digits="33123456", message="Ring tilbage")
    unlinked = Call.create(when_utc=datetime.now(UTC), name="Søren", typed_number="33123456", digits="33123456")
    out = privacy.export_person(contact.id, tmp_path / "person.json")
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["contact"]["last_name"] == "Østergaard"
    assert {c["id"] for c in exported["calls"]} == {linked.id, unlinked.id}
    assert privacy.erase_person(contact.id) == 2
    assert Contact.get_or_none(Contact.id == contact.id) is None
    for call_id in (linked.id, unlinked.id):
        call = Call.get_by_id(call_id)
        assert (call.name, call.typed_number, call.e164, call.digits, call.contact_id) == ("", "", None, "", None)
    assert Call.get_by_id(linked.id).message == "Ring tilbage"
    assert search.search_ids("Søren") == []


def test_birthdays_between_wraps_the_year_and_handles_29_february(db):
    a = make("A", "A", "", phones=(), birthday=date(1980, 12, 30))
    b = make("B", "B", "", phones=(), birthday=date(1984, 2, 29))
    make("C", "C", "", phones=(), birthday=date(1990, 6, 1))
    found = queries.birthdays_between(date(2025, 12, 28), date(2026, 3, 1))
    assert [(d, c.id) for d, c in found] == [(date(2025, 12, 30), a.id), (date(2026, 2, 28), b.id)]
    assert queries.birthdays_between(date(2026, 1, 1), date(2025, 1, 1)) == []


def test_display_phone_and_get(db):
    contact = make(phones=("+45 33123456",))
    assert queries.display_phone(contact) == "33 12 34 56"
    assert queries.get(contact.id).display_name == "Søren Østergaard"


def test_paged_source_sorts_and_filters_in_sql(db):
    ids = [make(f"N{i}", name, "", phones=()).id for i, name in enumerate(["Åberg", "Andersen", "Zander"])]
    make("Fav", "Person", "", phones=(), favourite=True)
    source = search.ContactSource()
    rows = source.fetch(search.ContactFilters(), "name", False, 0, 10)
    assert [r.name for r in rows] == ["N1 Andersen", "Fav Person", "N2 Zander", "N0 Åberg"]
    assert source.count(search.ContactFilters(favourites=True)) == 1
    trash.delete([ids[0]])
    assert source.count(search.ContactFilters(trash=True)) == 1
    assert source.fetch(search.ContactFilters(trash=True), None, False, 0, 10)[0].id == ids[0]
