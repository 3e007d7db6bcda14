"""Bulk contact import: match keys read once, later records find earlier ones, only changed contacts are
rewritten, and a failing bulk write falls back to record-by-record savepoints."""

from __future__ import annotations

from datetime import date

from opsassistant.db.models import Contact, database
from opsassistant.interop.result import ImportResult
from opsassistant.services.contacts import editing, importing, search
from opsassistant.services.contacts.editing import AddressData, ContactData, EmailData, PhoneData

OLD = "2000-01-01 00:00:00"


def _card(first: str, last: str, number: str, email: str = "", **kw) -> ContactData:
    return ContactData(first_name=first, last_name=last, phones=[PhoneData(number)],
                       emails=[EmailData(email)] if email else [], **kw)


def _apply(*records: ContactData) -> ImportResult:
    return importing.apply([(f"line {i}", r) for i, r in enumerate(records, 1)], ImportResult())


def _age_every_contact() -> None:
    database.execute_sql("UPDATE contact SET updated_at = ?", (OLD,))


def test_reimport_of_the_same_records_rewrites_nothing(db):
    records = [_card("Jens", "Hansen", "20 30 40 50", "jens@firma.dk", uid="u-1"),
               _card("Mette", "Møller", "+45 33 12 34 56", organisation="Ærø A/S")]
    assert (_apply(*records).imported, Contact.select().count()) == (2, 2)
    _age_every_contact()
    result = _apply(*records)
    assert (result.imported, result.updated, result.skipped) == (0, 2, [])
    assert {c.updated_at.strftime("%Y-%m-%d %H:%M:%S") for c in Contact.select()} == {OLD}


def test_reimport_rewrites_only_the_changed_contact_and_its_index(db):
    _apply(_card("Jens", "Hansen", "20 30 40 50", uid="u-1"), _card("Mette", "Møller", "33 12 34 56", uid="u-2"))
    _age_every_contact()
    result = _apply(_card("Jens", "Hansen", "20 30 40 50", uid="u-1"),
                    _card("Mette", "Møller", "33 12 34 56", uid="u-2", title="Økonomichef"))
    assert (result.imported, result.updated) == (0, 2)
    jens, mette = Contact.get(Contact.uid == "u-1"), Contact.get(Contact.uid == "u-2")
    assert jens.updated_at.strftime("%Y-%m-%d %H:%M:%S") == OLD
    assert mette.updated_at.strftime("%Y-%m-%d %H:%M:%S") != OLD and mette.title == "Økonomichef"
    assert search.search_ids("økonomichef") == [mette.id]


def test_a_later_record_in_the_same_file_updates_an_earlier_one(db):
    result = _apply(_card("Jens", "Hansen", "20 30 40 50"),
                    _card("Jens", "Hansen", "+4520304050", "jens@firma.dk"),
                    ContactData(first_name="Jens", last_name="Hansen", emails=[EmailData("JENS@firma.dk")],
                                phones=[PhoneData("70 10 20 30")]))
    assert (result.imported, result.updated) == (1, 2)
    (contact,) = Contact.select()
    data = editing.snapshot(contact.id)
    assert [p.typed for p in data.phones] == ["20 30 40 50", "70 10 20 30"]
    assert [e.address for e in data.emails] == ["jens@firma.dk"]
    assert search.search_ids("70102030") == [contact.id]


def test_same_number_but_another_name_is_a_new_contact(db):
    result = _apply(_card("Jens", "Hansen", "20 30 40 50"), _card("Karen", "Holm", "20 30 40 50"))
    assert (result.imported, result.updated) == (2, 0)


def test_trashed_contact_is_not_matched(db):
    first = editing.save(_card("Jens", "Hansen", "20 30 40 50", uid="u-1"))
    Contact.update(deleted_at=Contact.updated_at).where(Contact.id == first.id).execute()
    result = _apply(_card("Jens", "Hansen", "20 30 40 50", uid="u-1"))
    assert (result.imported, result.updated) == (1, 0)


def test_snapshots_equal_snapshot(db):
    rich = editing.save(ContactData(
        first_name="Søren", last_name="Østergaard", display_name="Søren Ø", organisation="Ærø A/S", title="Chef",
        department="Indkøb", birthday=date(1970, 3, 15), notes="Noter", favourite=True, vip=True,
        phones=[PhoneData("33 12 34 56", "work"), PhoneData("ukendt", "other", "Omstilling")],
        emails=[EmailData("s@aeroe.dk"), EmailData("s@privat.dk", "home")],
        addresses=[AddressData("work", "Havnegade 1", "1058", "København K", "", "Danmark")],
        groups=["Kunder", "Bestyrelse"]))
    plain = editing.save(ContactData(organisation="Kantinen"))
    found = editing.snapshots([rich.id, plain.id, 9999])
    assert found == {rich.id: editing.snapshot(rich.id), plain.id: editing.snapshot(plain.id)}
    assert editing.stored_form(editing.snapshot(rich.id), rich.uid) == found[rich.id]


def test_failing_bulk_write_falls_back_to_record_by_record(db, monkeypatch):
    real = editing.write_many
    calls = []

    def broken_once(items, *args, **kwargs):
        calls.append(len(items))
        if len(calls) == 1:  # the bulk write: half done, then it fails
            database.execute_sql("INSERT INTO contact_group (name) VALUES ('half-written')")
            raise RuntimeError("disk full")
        return real(items, *args, **kwargs)

    monkeypatch.setattr(editing, "write_many", broken_once)
    result = _apply(_card("Jens", "Hansen", "20 30 40 50"), _card("Jens", "Hansen", "+45 20304050"),
                    ContactData(emails=[EmailData("not an address")]))
    assert (result.imported, result.updated, len(result.skipped)) == (1, 1, 1)
    assert Contact.select().count() == 1
    assert database.execute_sql("SELECT count(*) FROM contact_group").fetchone()[0] == 0
    assert calls == [1, 1, 1]  # the bulk attempt (one new contact), then one write per good record


def _seq(uid: str) -> int:
    row = database.execute_sql("SELECT seq FROM sync_local_change WHERE kind = 'addressbook' AND uid = ?",
                               (uid,)).fetchone()
    return row[0] if row else 0


def test_a_bulk_import_raises_each_written_contact_past_every_earlier_change(db):
    _apply(_card("Jens", "Hansen", "20 30 40 50", uid="u-1"), _card("Mette", "Møller", "33 12 34 56", uid="u-2"))
    _apply(_card("Ole", "Olsen", "44 55 66 77", uid="u-3"))
    before = database.execute_sql("SELECT MAX(seq) FROM sync_local_change").fetchone()[0]
    # Jens gets a second number (a rewrite), Mette is unchanged (not written), Karen is new.
    jens = ContactData(first_name="Jens", last_name="Hansen", uid="u-1",
                       phones=[PhoneData("20 30 40 50"), PhoneData("21 22 23 24")])
    result = _apply(jens,
                    _card("Mette", "Møller", "33 12 34 56", uid="u-2"),
                    _card("Karen", "Kirk", "55 66 77 88", "karen@firma.dk", uid="u-4"))
    assert (result.imported, result.updated) == (1, 2)
    assert _seq("u-1") > before and _seq("u-4") > before
    assert _seq("u-2") <= before and _seq("u-3") <= before
