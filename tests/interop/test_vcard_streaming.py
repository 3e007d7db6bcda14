"""Contacts imports read the file as they go, a batch at a time, with progress and cancelling between batches."""

from __future__ import annotations

import pytest

from opsassistant.db.models import Contact
from opsassistant.interop import contacts_csv, vcard
from opsassistant.interop.progress import ImportCancelled
from opsassistant.interop.vcard_parse import file_lines, iter_cards
from opsassistant.services.contacts import importing


def _cards(count: int) -> str:
    return "".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:card-{i}\r\nFN:Person {i} Hansen\r\n"
                   f"N:Hansen;Person {i};;;\r\nTEL;TYPE=CELL:+45 20 {i // 100:02d} {i % 100:02d} 00\r\n"
                   f"NOTE:Line one\\nline two of a note that is long enough to be folded at seventy-five\r\n"
                   f" octets, number {i}\r\nEND:VCARD\r\n" for i in range(count))


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 3)
    monkeypatch.setattr(importing, "PAUSE", 0)


def _live() -> int:
    return Contact.select().where(Contact.deleted_at.is_null()).count()


def test_the_reader_holds_one_card_not_the_file(tmp_path):
    path = tmp_path / "big.vcf"
    path.write_text(_cards(5000), encoding="utf-8", newline="")
    size = path.stat().st_size
    with open(path, encoding="utf-8", newline=None) as handle:
        first = next(iter_cards(file_lines(handle)))
        assert handle.buffer.tell() < size / 10
    assert first.first("UID").value == "card-0"
    assert first.first("NOTE").value.endswith("seventy-fiveoctets, number 0")


def test_progress_after_each_batch_and_every_card_lands(db, tmp_path, small_batches):
    path = tmp_path / "seven.vcf"
    path.write_text(_cards(7), encoding="utf-8", newline="")
    calls = []
    result = vcard.import_file(path, progress=lambda done, total: calls.append((done, total, _live())))
    assert calls == [(3, 7, 3), (6, 7, 6), (7, 7, 7)]  # each call after its batch was committed
    assert (result.imported, result.updated, result.skipped) == (7, 0, [])
    assert vcard.import_file(path).updated == 7  # the same file again updates, never duplicates


def test_cancel_keeps_the_committed_batch_and_a_reimport_completes(db, tmp_path, small_batches):
    path = tmp_path / "seven.vcf"
    path.write_text(_cards(7), encoding="utf-8", newline="")

    def cancel(done, total):
        raise ImportCancelled()

    with pytest.raises(ImportCancelled) as caught:
        vcard.import_file(path, progress=cancel)
    assert (caught.value.result.imported, caught.value.result.updated) == (3, 0)
    assert _live() == 3
    again = vcard.import_file(path)
    assert (again.imported, again.updated) == (4, 3)
    assert _live() == 7


def test_windows_1252_decided_by_a_byte_far_into_the_file(db, tmp_path):
    """A cp1252 byte after the first megabyte still makes the whole file cp1252, as reading it whole did."""
    path = tmp_path / "latin.vcf"
    filler = _cards(1).encode("ascii") + b"a line outside every card\r\n" * 50_000
    assert len(filler) > 1 << 20
    last = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Østergaard;Søren\r\nEND:VCARD\r\n".encode("cp1252")
    path.write_bytes(filler + last)
    result = vcard.import_file(path)
    assert result.imported == 2
    assert Contact.select().where(Contact.last_name == "Østergaard").count() == 1


def test_csv_progress_and_cancel(db, tmp_path, small_batches):
    path = tmp_path / "people.csv"
    rows = "".join(f"Person{i},Hansen,+45 30 00 00 {i:02d}\r\n" for i in range(5))
    path.write_text("First Name,Last Name,Mobile Phone\r\n" + rows, encoding="utf-8")
    calls = []
    result = contacts_csv.import_file(path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(3, 5), (5, 5)] and result.imported == 5

    def cancel(done, total):
        raise ImportCancelled()

    Contact.delete().execute()
    with pytest.raises(ImportCancelled) as caught:
        contacts_csv.import_file(path, None, progress=cancel)
    assert caught.value.result.imported == 3 and _live() == 3


def test_exports_page_through_contacts_in_name_order(db, tmp_path):
    from opsassistant.services.contacts import editing
    from opsassistant.services.contacts.editing import ContactData, PhoneData

    names = ["Åse Holm", "Bo Berg", "Anne Dahl", "Carl Ahl", "Dorte Eng"]
    ids = [editing.save(ContactData(first_name=n.split()[0], last_name=n.split()[1], phones=[
        PhoneData(f"+45 2{i}{k}0 0000", "mobile", "") for k in range(1 + i % 3)])).id for i, n in enumerate(names)]
    pages = list(vcard.iter_export_ids(chunk=2))
    assert [len(p) for p in pages] == [2, 2, 1]
    by_id = dict(zip(ids, names, strict=True))
    assert [by_id[i] for p in pages for i in p] == ["Carl Ahl", "Bo Berg", "Anne Dahl", "Dorte Eng", "Åse Holm"]
    assert [by_id[i] for p in vcard.iter_export_ids([ids[4], ids[0], ids[3]], chunk=2) for i in p] == [
        "Carl Ahl", "Dorte Eng", "Åse Holm"]
    target = tmp_path / "out.csv"
    assert contacts_csv.export_file(target, [ids[0], ids[2]]) == 2
    header = target.read_text("utf-8-sig").splitlines()[0]
    assert "Phone 3 - Value" in header and "Phone 4 - Value" not in header  # the most numbers of the two
