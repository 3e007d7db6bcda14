"""Contacts keep every vCard property they read, a bad value costs only that value, and numbers without a
country code are read in the contact's country (issue 11)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from opsassistant.db.database import close_database, open_database
from opsassistant.db.models import Contact, database
from opsassistant.interop import vcard, vcard_extra
from opsassistant.interop.vcard_parse import read_cards
from opsassistant.services.contacts import editing, search
from opsassistant.services.contacts.editing import AddressData, ContactData, PhoneData

KEEP = Path(__file__).parent / "data" / "contacts" / "keep"
FILES = ("apple_3.0_full.vcf", "google_4.0_full.vcf", "outlook_2.1_full.vcf")


def only(text: str) -> ContactData:
    (contact_id,) = search.search_ids(text)
    return editing.snapshot(contact_id)


def everything() -> dict[str, ContactData]:
    ids = [row[0] for row in database.execute_sql("SELECT id FROM contact ORDER BY id").fetchall()]
    return {d.uid: d for d in editing.snapshots(ids).values()}


def same_form(data: ContactData) -> ContactData:
    return replace(data, extra=[vcard_extra.for_version(line, "4.0") for line in data.extra])


def e164s() -> dict[str, str | None]:
    return dict(database.execute_sql("SELECT typed, e164 FROM contact_phone").fetchall())


def test_a_bad_second_email_drops_that_value_not_the_card(db):
    result = vcard.import_file(KEEP / "outlook_2.1_full.vcf")
    assert result.imported == 1
    assert [(s.place, s.reason) for s in result.skipped] == [
        ("line 9 (Bjørn Sørensen)", "“bjorn(at)havnens-rederi” is not an e-mail address: it was left out, the "
                                   "rest of the contact was imported.")]
    bjorn = only("Sørensen")
    assert [e.address for e in bjorn.emails] == ["bjorn@havnens-rederi.dk", "b.soerensen@privat.dk"]
    assert bjorn.name_prefix == "Hr."


def test_cli_import_reports_the_dropped_value_and_exits_3(db_path, capsys):
    from opsassistant.cli import main

    code = main(["--database", str(db_path), "import", str(KEEP / "apple_3.0_full.vcf")])
    assert code == 3
    err = capsys.readouterr().err
    assert "apple_3.0_full.vcf:line 11 (Dr. Karin Lindqvist): “karin at home” is not an e-mail address" in err
    open_database(db_path)
    try:
        assert Contact.select().count() == 2
    finally:
        close_database()


def test_numbers_are_read_in_the_contacts_country_and_flagged_when_invalid(db):
    for name in FILES:
        vcard.import_file(KEEP / name)
    numbers = e164s()
    assert numbers["0987 /6543"] is None  # a trunk 0 is not Danish: kept as typed, no E.164
    assert numbers["+49000000"] is None  # not a German number: never "+4900000"
    assert numbers["030 1234567"] == "+49301234567"  # the address is in Deutschland
    assert numbers["08-123 456 79"] == "+46812345679"  # the address is in Sverige
    assert numbers["33 12 34 56"] == "+4533123456"  # no address: the home country (Denmark)
    weiss = only("Weiß")
    assert [p.typed for p in weiss.phones] == ["+49-170-1234567", "030 1234567", "+49000000"]


def test_a_contacts_region_follows_its_address_when_saved(db):
    contact = editing.save(ContactData(first_name="Hans", last_name="Meier", phones=[PhoneData("030 1234567")],
                                       addresses=[AddressData(city="Berlin", country="Germany")]))
    stored = "SELECT e164 FROM contact_phone WHERE contact_id = ?"
    assert database.execute_sql(stored, (contact.id,)).fetchone()[0] == "+49301234567"
    editing.save(replace(editing.snapshot(contact.id), addresses=[]), contact.id)
    assert database.execute_sql(stored, (contact.id,)).fetchone()[0] is None  # no Danish number starts with 0


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_loses_nothing(db_path, tmp_path, version):
    open_database(db_path)
    try:
        for name in FILES:
            vcard.import_file(KEEP / name)
        before = everything()
        exported = tmp_path / "out.vcf"
        assert vcard.export_file(exported, version=version) == 4
    finally:
        close_database()
    open_database(tmp_path / "again.db")
    try:
        result = vcard.import_file(exported)
        assert (result.imported, result.skipped) == (4, [])
        after = everything()
    finally:
        close_database()
    # An inline photo is written as the version expects (ENCODING=b or a data: URI): the same bytes.
    assert {u: same_form(d) for u, d in after.items()} == {u: same_form(d) for u, d in before.items()}
    karin = after["1D2A8C4F-0000-4D3C-9E3B-7A1B2C3D4E5F"]
    names = [line.split(":", 1)[0].split(";")[0] for line in karin.extra]
    for kept in ("NICKNAME", "ROLE", "item5.URL", "item6.X-ABDATE", "IMPP", "X-SOCIALPROFILE", "PHOTO"):
        assert kept in names
    assert (karin.name_prefix, karin.name_suffix) == ("Dr.", "ph.d.")
    weiss = after["urn:uuid:0b5f6c1e-7e2b-4c35-9d0c-5a8f8a6e7c21"]
    for kept in ("ANNIVERSARY:20010915", "GEO:geo:52.5170,13.3889", "URL:https://example.de/jw",
                 "LABEL:Unter den Linden 5\\n10117 Berlin"):
        assert kept in weiss.extra
    bjorn = next(d for d in after.values() if d.last_name == "Sørensen")
    assert "LABEL;TYPE=work:Havnegade 1\\n1058 København K\\nDanmark" in bjorn.extra
    assert "NICKNAME:Bjørnen" in bjorn.extra


def test_inline_photo_is_written_as_each_version_expects(db, tmp_path):
    vcard.import_file(KEEP / "apple_3.0_full.vcf")
    vcard.import_file(KEEP / "google_4.0_full.vcf")
    for version, apple, google in (("4.0", "PHOTO:data:image/jpeg;base64,AAECAw", "PHOTO:data:image/png;base64,"),
                                   ("3.0", "PHOTO;ENCODING=b;TYPE=JPEG:AAECAw", "PHOTO;ENCODING=b;TYPE=PNG:iVBOR")):
        out = tmp_path / f"{version}.vcf"
        vcard.export_file(out, version=version)
        photos = [p.raw for card in read_cards(out.read_text("utf-8")) for p in card.all("PHOTO")]
        assert [p[:len(apple)] for p in photos if "JPEG" in p.upper()] == [apple]
        assert [p[:len(google)] for p in photos if "PNG" in p.upper()] == [google]


def test_a_display_name_equal_to_the_organisation_is_kept(db):
    contact = editing.save(ContactData(first_name="Jens", last_name="Hansen", display_name="Novo Nordisk",
                                       organisation="Novo Nordisk"))
    assert editing.snapshot(contact.id).display_name == "Novo Nordisk"
    card = vcard.data_to_card(next(vcard.iter_export_data([contact.id])))
    assert "FN:Novo Nordisk\r\n" in card and "N:Hansen;Jens;;;\r\n" in card
    company = vcard.card_to_data(read_cards(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Mærsk A/S\r\nORG:Mærsk A/S\r\nEND:VCARD\r\n")[0])
    assert (company.first_name, company.last_name, company.organisation, company.name()) == (
        "", "", "Mærsk A/S", "Mærsk A/S")


def test_export_escapes_each_component_per_rfc_6350(db):
    data = ContactData(first_name="Anne; Marie", last_name="Berg, Holm", organisation="A;B, C\\D",
                       department="Salg; Nord", title="Chef, salg", notes="Linje 1\nLinje 2; slut",
                       emails=[editing.EmailData('"a;b"@example.com')], groups=["Kunder, store", "VIP"],
                       addresses=[AddressData(street="Vej 1; 2. sal", city="Aarhus, C", postcode="8000",
                                              country="Danmark")],
                       phones=[PhoneData("+45 33 12 34 56", "work", "Omstilling; dag")])
    card = vcard.data_to_card(data).replace("\r\n ", "")
    assert "N:Berg\\, Holm;Anne\\; Marie;;;\r\n" in card
    assert "ORG:A\\;B\\, C\\\\D;Salg\\; Nord\r\n" in card
    assert "TITLE:Chef\\, salg\r\n" in card
    assert "NOTE:Linje 1\\nLinje 2\\; slut\r\n" in card
    assert 'EMAIL;TYPE=INTERNET,WORK:"a\\;b"@example.com\r\n' in card
    assert "CATEGORIES:Kunder\\, store,VIP\r\n" in card
    assert "ADR;TYPE=WORK:;;Vej 1\\; 2. sal;Aarhus\\, C;;8000;Danmark\r\n" in card
    assert "X-ABLabel:Omstilling\\; dag\r\n" in card
    back = vcard.card_to_data(read_cards(card)[0])
    assert (back.first_name, back.last_name, back.organisation, back.department, back.title, back.notes) == (
        "Anne; Marie", "Berg, Holm", "A;B, C\\D", "Salg; Nord", "Chef, salg", "Linje 1\nLinje 2; slut")
    assert back.emails[0].address == '"a;b"@example.com' and back.groups == ["Kunder, store", "VIP"]
    assert (back.addresses[0].street, back.addresses[0].city) == ("Vej 1; 2. sal", "Aarhus, C")
    assert back.phones[0].label == "Omstilling; dag"


def test_editing_a_contact_keeps_what_the_editor_does_not_show(qtbot, db):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from opsassistant.gui.contacts.editor import ContactEditor

    vcard.import_file(KEEP / "google_4.0_full.vcf")
    (contact_id,) = search.search_ids("Weiß")
    before = editing.snapshot(contact_id)
    editor = ContactEditor(before, contact_id=contact_id)
    qtbot.addWidget(editor)
    editor.ui.titleEdit.setFocus()
    qtbot.keyClicks(editor.ui.titleEdit, "Einkaufsleiter")
    qtbot.mouseClick(editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    editing.save(editor.result_data, contact_id)  # what the contacts panel does with the accepted editor
    after = editing.snapshot(contact_id)
    assert after.title == "Einkaufsleiter"
    assert after.extra == before.extra and "GEO:geo:52.5170,13.3889" in after.extra


def test_the_danish_fast_path_agrees_with_phonenumbers():
    import random

    from opsassistant.services import phones

    rng = random.Random(11)
    for _ in range(3000):
        digits = "".join(rng.choice("0123456789") for _ in range(8))
        for typed in (digits, f"+45 {digits}", f"0045{digits}", f"{digits[:4]} /{digits[4:]}"):
            assert editing.parse_number(typed) == phones.parse(typed), typed
    assert editing.parse_number("12345678").e164 is None  # not in the Danish numbering plan
    assert editing.parse_number("33 12 34 56").e164 == "+4533123456"


def test_migration_8_adds_the_columns_and_table_to_a_version_7_file(db_path):
    import sqlite3

    open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    conn.executescript("DROP TABLE contact_vcard_line; ALTER TABLE contact DROP COLUMN name_prefix; "
                       "ALTER TABLE contact DROP COLUMN name_suffix; PRAGMA user_version = 7;")
    conn.close()
    open_database(db_path)
    try:
        contact = editing.save(ContactData(first_name="Eva", name_prefix="Dr.", extra=["NICKNAME:Evi"]))
        again = editing.snapshot(contact.id)
        assert (again.name_prefix, again.extra) == ("Dr.", ["NICKNAME:Evi"])
    finally:
        close_database()


def test_a_data_uri_photo_marked_encoding_b_is_not_wrapped_twice():
    line = "PHOTO;ENCODING=b;TYPE=png:data:image/png;base64,iVBORw0KGgo="
    assert vcard_extra.for_version(line, "4.0") == "PHOTO:data:image/png;base64,iVBORw0KGgo="
    assert vcard_extra.for_version(line, "3.0") == "PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgo="
    assert vcard_extra.for_version("PHOTO;VALUE=uri:https://example.com/a.jpg", "4.0") == \
        "PHOTO;VALUE=uri:https://example.com/a.jpg"


def test_the_editor_reads_a_number_in_the_contacts_country(qtbot, db):
    from opsassistant.gui.contacts.editor import ContactEditor

    german = ContactData(first_name="Hans", addresses=[AddressData(city="Berlin", country="Deutschland")])
    editor = ContactEditor(german)
    qtbot.addWidget(editor)
    row = editor._rows["phones"][0]
    qtbot.keyClicks(row.number, "030 1234567")
    assert row.status.text() == "+49 30 1234567"
    danish = ContactEditor(ContactData(first_name="Jens"))
    qtbot.addWidget(danish)
    qtbot.keyClicks(danish._rows["phones"][0].number, "0987 /6543")
    assert danish._rows["phones"][0].status.text() == "⚠ Not recognised"
