"""Address books over CardDAV, against Radicale and Xandikos: the phone's cards come in, edits made here go
into the server's own card property by property, and what this program does not know stays byte for byte."""

from __future__ import annotations

import pytest

from opsassistant.db.models import Contact
from opsassistant.services.contacts import editing
from opsassistant.services.sync import accounts
from opsassistant.sync import engine

CARD = """BEGIN:VCARD\r
VERSION:3.0\r
UID:{uid}\r
FN:{first} Hansen\r
N:Hansen;{first};;;\r
ORG:Nordlys A/S\r
TITLE:{title}\r
TEL;TYPE=CELL:+45 20 12 34 56\r
EMAIL;TYPE=INTERNET,WORK:{lower}@nordlys.dk\r
item1.URL:https://nordlys.dk\r
item1.X-ABLabel:_$!<HomePage>!$_\r
X-PHONETIC-LAST-NAME:HAN-sen\r
END:VCARD\r
"""


def card(uid: str, first: str, title: str = "Direktør") -> str:
    return CARD.format(uid=uid, first=first, title=title, lower=first.lower())


def make_book(server) -> str:
    client = server.client()
    if server.kind == "xandikos":
        return f"{server.calendar_home}contacts/addressbook/"
    url = f"{server.calendar_home}kontakter/"
    body = ('<?xml version="1.0" encoding="utf-8"?><d:mkcol xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">'
            "<d:set><d:prop><d:resourcetype><d:collection/><c:addressbook/></d:resourcetype>"
            "<d:displayname>Kontakter</d:displayname></d:prop></d:set></d:mkcol>")
    response = client.request(url, "MKCOL", body, {"Content-Type": "application/xml"})
    assert response.status in (201, 200), response.status
    return url


def put_card(server, book: str, name: str, text: str, etag: str | None = None) -> None:
    headers = {"Content-Type": "text/vcard; charset=utf-8"}
    response = server.client().request(book + name, "PUT", text, headers)
    assert response.status in (201, 204), response.status


def get_card(server, book: str, name: str) -> str:
    response = server.client().request(book + name, "GET", "", {"Accept": "text/vcard"})
    assert response.status == 200
    return response.raw


@pytest.fixture
def book(server, executive, memory_keyring):
    url = make_book(server)
    accounts.add("office", server.url, server.user, server.password)
    return url


def test_cards_come_in_and_a_local_edit_changes_only_that_property(server, book):
    put_card(server, book, "jens.vcf", card("card-1", "Jens"))
    report = engine.sync_account("office")
    assert report.received >= 1
    contact = Contact.get(Contact.uid == "card-1")
    assert (contact.first_name, contact.organisation, contact.title) == ("Jens", "Nordlys A/S", "Direktør")
    assert contact.primary_phone == "+4520123456"

    before = get_card(server, book, "jens.vcf")
    data = editing.snapshot(contact.id)
    editing.save(data.__class__(**{**data.__dict__, "title": "Adm. direktør"}), contact.id)
    report = engine.sync_account("office")
    assert report.sent == 1
    after = get_card(server, book, "jens.vcf")
    assert "TITLE:Adm. direktør" in after
    # every other line as the server had it, byte for byte (the server's own spelling, e.g. X-ABLABEL)
    assert [line for line in before.splitlines() if not line.startswith("TITLE")] == \
        [line for line in after.splitlines() if not line.startswith("TITLE")]
    assert "nordlys.dk" in after and "HAN-sen" in after


def test_a_contact_made_here_goes_to_the_book_and_a_delete_there_comes_back(server, book):
    put_card(server, book, "karin.vcf", card("card-2", "Karin"))
    engine.sync_account("office")
    made = editing.save(editing.ContactData(first_name="Lise", last_name="Berg", organisation="Havn ApS"))
    report = engine.sync_account("office")
    assert report.sent == 1
    uid = Contact.get_by_id(made.id).uid
    listing = server.client().request(book, "PROPFIND", "", {"Depth": "1"}).raw
    assert uid.split("@")[0] in listing

    server.client().request(book + "karin.vcf", "DELETE")
    report = engine.sync_account("office")
    assert report.deleted_here == 1
    assert Contact.get(Contact.uid == "card-2").deleted_at is not None
