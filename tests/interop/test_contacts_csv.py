"""Contacts CSV: Outlook (English, Danish) and Google exports, mapping, round trip, formula safety, garbage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsassistant.db.models import Contact
from opsassistant.interop import contacts_csv, vcard
from opsassistant.services.contacts import editing, search
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData

DATA = Path(__file__).parent / "data" / "contacts"


def only(text: str) -> ContactData:
    (contact_id,) = search.search_ids(text)
    return editing.snapshot(contact_id)


def test_outlook_english(db):
    result = contacts_csv.import_file(DATA / "outlook.csv")
    assert (result.imported, result.skipped) == (2, [])
    soren = only("Østergaard")
    assert (soren.organisation, soren.department, soren.title) == ("Ærø Rederi A/S", "Indkøb", "Indkøbschef")
    assert [(p.typed, p.kind) for p in soren.phones] == [
        ("+45 33 12 34 56", "work"), ("20 30 40 50", "mobile"), ("33 12 34 99", "fax")]
    assert soren.birthday == date(1970, 3, 15)
    assert soren.groups == ["Leverandører", "VIP-kunder"]
    assert soren.notes == "Foretrækker møder\nom formiddagen."
    assert soren.addresses[0].city == "København K"
    assert only("Smith").first_name == "John Q"


def test_outlook_danish_semicolons_windows_1252(db):
    headers, _ = contacts_csv.read_table(DATA / "outlook_da.csv")
    assert contacts_csv.detect_mapping(headers)[:3] == ["first_name", "middle_name", "last_name"]
    result = contacts_csv.import_file(DATA / "outlook_da.csv")
    assert result.imported == 2
    ase = only("Bæk")
    assert ase.organisation == "Bæk & Søn" and ase.birthday == date(1965, 12, 24)
    assert ase.addresses[0].city == "Aalborg"


def test_google_numbered_slots_and_multi_values(db):
    result = contacts_csv.import_file(DATA / "google.csv")
    assert (result.imported, result.skipped) == (2, [])
    zofia = only("Łódzka")
    assert [(p.typed, p.kind, p.label) for p in zofia.phones] == [
        ("+48 601 234 567", "mobile", ""), ("+48 42 123 45 67", "other", "Omstilling")]
    assert [e.address for e in zofia.emails] == ["zofia@lodz.pl", "z.lodzka@gmail.com"]
    assert zofia.groups == ["Polen"] and zofia.favourite
    assert zofia.birthday == date(vcard.NO_YEAR, 6, 24)
    assert zofia.addresses[0].city == "Łódź" and zofia.organisation == "Łódź Trans"
    assert only("Ελευθερίου").notes == "@SUM(A1:A9)"


def test_google_new_format(db):
    contacts_csv.import_file(DATA / "google_new.csv")
    ivan = only("Petrov")
    assert [(p.parsed.e164, p.kind) for p in ivan.phones] == [("+74951234567", "mobile"), ("+4533445566", "work")]
    assert ivan.groups == ["Rusland"] and ivan.birthday == date(1975, 4, 12)


def test_reimport_updates(db):
    contacts_csv.import_file(DATA / "google.csv")
    result = contacts_csv.import_file(DATA / "google.csv")
    assert (result.imported, result.updated) == (0, 2)
    assert Contact.select().count() == 2


def test_explicit_mapping(db, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("Navn;Tlf;Ting\nKaren Holm;33 44 55 66;x\n", encoding="utf-8")
    assert not contacts_csv.usable(contacts_csv.detect_mapping(["Who", "Tlf", "Ting"]))
    result = contacts_csv.import_file(path, ["full_name", "phone:work", ""])
    assert result.imported == 1
    assert only("33445566").last_name == "Holm"


def test_export_is_bom_utf8_formula_safe_and_round_trips(db, tmp_path):
    editing.save(ContactData(first_name="=HYPERLINK(1)", last_name="Bæk", organisation="@evil", notes="-2+3",
                             phones=[PhoneData("+45 33 12 34 56", "work"), PhoneData("Omstil", "other", "Reception")],
                             emails=[EmailData("a@b.dk")], groups=["Kunder", "Andre"], vip=True,
                             birthday=date(vcard.NO_YEAR, 1, 2)))
    before = [editing.snapshot(c.id) for c in Contact.select()]
    path = tmp_path / "out.csv"
    assert contacts_csv.export_file(path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in text and "'@evil" in text and "'-2+3" in text and "'+45 33 12 34 56" in text
    assert ",=" not in text and ",@" not in text
    result = contacts_csv.import_file(path)
    assert (result.imported, result.updated, result.skipped) == (0, 1, [])
    assert [editing.snapshot(c.id) for c in Contact.select()] == before


def test_garbage_changes_nothing(db, tmp_path):
    path = tmp_path / "garbage.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = contacts_csv.import_file(path)
    assert result.imported == 0 and len(result.skipped) == 1
    assert Contact.select().count() == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.text(max_size=20), min_size=1, max_size=5), max_size=6))
def test_arbitrary_rows_never_crash(db, tmp_path, rows):
    import csv

    path = tmp_path / "fuzz.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Mobile Phone", "E-mail Address", "Birthday"])
        writer.writerows(rows)
    result = contacts_csv.import_file(path)
    assert result.imported + result.updated + len(result.skipped) <= len(rows) + 1


def test_import_reports_progress_per_batch_and_a_cancel_keeps_the_committed_batches(db, tmp_path):
    from opsassistant.interop.progress import ImportCancelled
    from opsassistant.services.contacts import importing

    rows = 2 * importing.BATCH + 300
    path = tmp_path / "many.csv"
    path.write_text("First Name,Last Name,Mobile Phone\n" + "".join(
        f"Jens{i},Hansen{i},+45 3{i:07d}\n" for i in range(rows)), encoding="utf-8")
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done >= importing.BATCH:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled) as stopped:
        contacts_csv.import_file(path, progress=progress)
    assert seen == [(importing.BATCH, rows)]  # after each committed batch (interop.progress)
    assert stopped.value.result.imported == importing.BATCH  # the result so far travels with the exception
    assert Contact.select().count() == importing.BATCH  # the first batch is kept, nothing of the second
    everything = contacts_csv.import_file(path, progress=lambda done, total: seen.append((done, total)))
    assert (everything.imported, everything.updated) == (rows - importing.BATCH, importing.BATCH)
    assert seen[-1] == (rows, rows) and Contact.select().count() == rows
