"""Phone list PDF: both languages, both groupings, every script, user text printed literally."""

from __future__ import annotations

import pypdf
import pytest

from opsassistant.errors import UserError
from opsassistant.reports import phone_list
from opsassistant.services.contacts import editing
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData


@pytest.fixture
def contacts(db):
    people = [
        ("Søren", "Østergaard", "Ærø Rederi A/S", "33 12 34 56"),
        ("Zofia", "Łódzka", "Łódź Trans", "+48 601 234 567"),
        ("Μαρία", "Ελευθερίου", "", "+30 210 123 4567"),
        ("Иван", "Петров", "ООО Ромашка", "+7 495 123 45 67"),
        ("Mette", "<b>Møller</b> & Co", "A&B <i>Holding</i>", "20 30 40 50"),
    ]
    for first, last, org, number in people:
        editing.save(ContactData(first_name=first, last_name=last, organisation=org, phones=[PhoneData(number)],
                                 emails=[EmailData("x@example.dk")]))


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize(("lang", "title"), [("da", "Telefonliste"), ("en", "Phone list")])
@pytest.mark.parametrize("target", [None, "letter", "organisation"])
def test_phone_list(contacts, tmp_path, lang, title, target):
    path = phone_list.build(target, tmp_path / "list.pdf", lang=lang)
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == title
    text = text_of(path)
    assert title in text
    for expected in ("Søren Østergaard", "Zofia Łódzka", "Μαρία Ελευθερίου", "Иван Петров",
                     "Mette <b>Møller</b> &", "33 12 34 56", "+48 601 234 567"):
        assert expected in text
    assert ("Side 1 af 1" if lang == "da" else "Page 1 of 1") in text
    if target == "organisation":
        assert "A&B <i>Holding</i>" in text
        assert ("Uden organisation" if lang == "da" else "Without organisation") in text


def test_empty_and_unknown_grouping(db, tmp_path):
    assert "Der er ingen kontakter endnu." in text_of(phone_list.build(None, tmp_path / "e.pdf", lang="da"))
    with pytest.raises(UserError):
        phone_list.build("colour", tmp_path / "x.pdf", lang="en")
    assert not (tmp_path / "x.pdf").exists()


def test_trashed_contacts_are_left_out(contacts, tmp_path):
    from opsassistant.services.contacts import search, trash

    trash.delete(search.search_ids("Østergaard"))
    assert "Østergaard" not in text_of(phone_list.build(None, tmp_path / "t.pdf", lang="en"))
