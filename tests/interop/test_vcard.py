"""vCard import on files shaped like each vendor's export, re-import, round trips and garbage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsassistant.db.models import Contact
from opsassistant.interop import vcard
from opsassistant.services.contacts import editing, search
from opsassistant.services.contacts.editing import AddressData, ContactData, EmailData, PhoneData

DATA = Path(__file__).parent / "data" / "contacts"


def only(text: str) -> ContactData:
    (contact_id,) = search.search_ids(text)
    return editing.snapshot(contact_id)


def test_outlook_21_quoted_printable_windows_1252(db):
    result = vcard.import_file(DATA / "outlook_2.1.vcf")
    assert (result.imported, result.updated, result.skipped) == (2, 0, [])
    soren = only("Østergaard")
    assert (soren.first_name, soren.organisation, soren.department, soren.title) == (
        "Søren", "Ærø Rederi A/S", "Indkøb", "Indkøbschef")
    assert [(p.typed, p.kind) for p in soren.phones] == [
        ("+45 33 12 34 56", "work"), ("20 30 40 50", "mobile"), ("33 12 34 99", "fax")]
    assert soren.notes == "Foretrækker møder om formiddagen. Ring altid først til sekretæren."
    assert soren.addresses[0].street == "Havnegade 1\n2. sal" and soren.addresses[0].city == "København K"
    assert soren.addresses[0].country == "Danmark"
    assert soren.birthday == date(1970, 3, 15)


def test_old_phone_utf8_qp_with_soft_breaks_and_a_truncated_record(db):
    result = vcard.import_file(DATA / "oldphone_2.1.vcf")
    assert (result.imported, result.updated) == (2, 0)
    (skip,) = result.skipped
    assert skip.place == "line 12" and "END:VCARD" in skip.reason
    assert only("Łódzka").phones[0].parsed.e164 == "+48601234567"
    assert only("Παπαδόπουλος").first_name == "Νίκος Παπαδόπουλος"


def test_latin1_without_quoted_printable(db):
    vcard.import_file(DATA / "outlook_latin1_2.1.vcf")
    assert only("Bæk").first_name == "Åse"


def test_apple_30_groups_labels_and_folding(db):
    result = vcard.import_file(DATA / "apple_3.0.vcf")
    assert (result.imported, result.skipped) == (3, [])
    jan = only("Kowalski")
    assert [(p.typed, p.kind, p.label) for p in jan.phones] == [
        ("+45 2612 3456", "mobile", ""), ("+45 70 20 30 40", "other", "Omstilling"), ("+48 601 222 333", "mobile", "")]
    assert jan.department == "Salg" and jan.groups == ["Leverandører", "Logistik"]
    assert jan.notes == "Taler dansk og polsk, foretrækker e-mail.\nHar en hund."
    assert jan.birthday == date(vcard.NO_YEAR, 6, 24)
    assert jan.uid == "7A1C2F4E-3B5D-4E6F-8A9B-0C1D2E3F4A5B"
    assert only("Kantinen").organisation == "Kantinen"
    assert "seventy-five octets" in only("Ελευθερίου").notes


def test_google_40_tel_uris_and_type_lists(db):
    vcard.import_file(DATA / "google_4.0.vcf")
    ivan = only("Petrov")
    assert [(p.parsed.e164, p.kind) for p in ivan.phones] == [("+74951234567", "mobile"), ("+4533445566", "work")]
    assert ivan.organisation == "ООО Ромашка" and ivan.title == "Директор"
    mette = only("Mette")
    assert mette.display_name == "Mette <Møller> & Co" and mette.groups == ["Familie"]


def test_reimport_updates_never_duplicates(db):
    for name in ("outlook_2.1.vcf", "apple_3.0.vcf", "google_4.0.vcf"):
        vcard.import_file(DATA / name)
    count = Contact.select().count()
    for name in ("outlook_2.1.vcf", "apple_3.0.vcf", "google_4.0.vcf"):
        result = vcard.import_file(DATA / name)
        assert result.imported == 0 and result.updated > 0
    assert Contact.select().count() == count


def _rich() -> ContactData:
    return ContactData(
        first_name="Søren", last_name="Østergaard; Jr.", display_name="Søren Ø, <b>&</b>", organisation="Ærø, A/S",
        title="Chef\\nr", department="Indkøb", birthday=date(1970, 3, 15), notes="Linje 1\nLinje 2; med, tegn",
        favourite=True, vip=True,
        phones=[PhoneData("33 12 34 56", "work"), PhoneData("+4520304050", "mobile"),
                PhoneData("+45 70 20 30 40", "other", "Omstilling"), PhoneData("ukendt nr", "other")],
        emails=[EmailData("soren@aeroe.dk", "work"), EmailData("s@privat.dk", "home")],
        addresses=[AddressData("work", "Havnegade 1\n2. sal", "1058", "København K", "", "Danmark")],
        groups=["Kunder", "VIP, udvalgte"])


def test_round_trip_30_and_40_is_unchanged(db, tmp_path):
    original = editing.save(_rich())
    editing.save(ContactData(first_name="Åse", birthday=date(vcard.NO_YEAR, 6, 24)))
    before = [editing.snapshot(c.id) for c in Contact.select().order_by(Contact.id)]
    for version in ("3.0", "4.0"):
        path = tmp_path / f"out{version}.vcf"
        assert vcard.export_file(path, version) == 2
        assert f"VERSION:{version}" in path.read_text(encoding="utf-8")
        assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n"))
        result = vcard.import_file(path)
        assert (result.imported, result.updated, result.skipped) == (0, 2, [])
        after = [editing.snapshot(c.id) for c in Contact.select().order_by(Contact.id)]
        assert after == before
    # into an empty database, too
    from opsassistant.services.contacts import trash

    ids = [c.id for c in Contact.select()]
    trash.delete(ids)
    trash.purge(ids)
    result = vcard.import_file(tmp_path / "out4.0.vcf")
    assert (result.imported, result.skipped) == (2, [])
    restored = editing.snapshot(search.search_ids("Østergaard")[0])
    assert restored == before[0] and original.uid == restored.uid
    assert search.search_ids("Ostergaard") == search.search_ids("Østergaard")


def test_garbage_file_changes_nothing(db, tmp_path):
    path = tmp_path / "garbage.vcf"
    path.write_bytes(b"\x00\x01\x02 this is not a vcard at all")
    result = vcard.import_file(path)
    assert result.imported == 0 and result.updated == 0 and len(result.skipped) == 1
    assert Contact.select().count() == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_arbitrary_card_content_never_crashes(db, tmp_path, body):
    path = tmp_path / "fuzz.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\n{body}\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Good\r\nEND:VCARD\r\n",
                    encoding="utf-8", errors="surrogatepass" if False else "replace")
    result = vcard.import_file(path)
    assert result.imported + result.updated + len(result.skipped) >= 1
    assert search.search_ids("Good")
