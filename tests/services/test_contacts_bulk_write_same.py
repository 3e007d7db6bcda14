"""The contacts bulk write (``editing.write_many``: multi-row INSERTs, ``change_count`` set by the write) stores
exactly what the per-row path it replaced stored: the old statements (one executemany of single rows per table,
``change_count`` left to the ``contact_counted_*`` triggers) are the reference, run on a second database with the
same .vcf imports. Compared: every contact column but the write times, numbers, e-mails, addresses, groups,
verbatim lines, both search indexes (rows and MATCH results), ranks in list order and the sync journal."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

import pytest

from opsassistant.db.models import database
from opsassistant.services.contacts import editing, importing

CARDS = [
    ("u-{i}", "Hansen", "Jens", "20 30 {i:02d} 50", "jens{i}@example.dk", "Novo Nordisk", ""),
    ("", "Østergaard", "Åse", "+45 33 12 {i:02d} 56", "", "", "ADR;TYPE=HOME:;;Vej {i};Aarhus;;8000;Danmark"),
    ("", "", "", "+46 8 123 {i:02d} 78", "firma{i}@example.se", "Ærø Rederi", "CATEGORIES:Kunder,VIP-liste"),
    ("u-b{i}", "Bæk", "Søren", "12", "", "", "item1.TEL;TYPE=CELL:40 20 30 {i:02d}\r\nitem1.X-ABLabel:Båd"),
    ("", "Lund", "Hanne", "", "hanne{i}@lund.dk", "", "URL:https://example.dk/{i}\r\nNICKNAME:Hanne{i}"),
]


def _vcf(path: Path, count: int, variant: str = "") -> Path:
    cards = []
    for i in range(count):
        uid, last, first, number, email, org, extra = CARDS[i % len(CARDS)]
        n = i // len(CARDS)
        lines = ["BEGIN:VCARD", "VERSION:3.0"]
        if uid:
            lines.append("UID:" + uid.format(i=n))
        if first or last:
            lines += [f"FN:{first} {last}", f"N:{last};{first};;;"]
        else:
            lines.append(f"FN:{org}")
        if org:
            lines.append(f"ORG:{org}")
        if number:
            lines.append(f"TEL;TYPE=CELL:{number.format(i=n)}")
        if email:
            lines.append(f"EMAIL;TYPE=INTERNET,WORK:{email.format(i=n)}")
        if extra:
            lines += extra.format(i=n).split("\r\n")
        if variant and i % 3 == 0:
            lines.append(f"TITLE:{variant}")
            lines.append(f"TEL;TYPE=WORK:70 {n:02d} 80 90")
        lines.append("END:VCARD")
        cards.append("\r\n".join(lines) + "\r\n")
    path.write_text("".join(cards), encoding="utf-8")
    return path


def _old_insert_rows(cursor, head: str, rows: list[tuple]) -> None:
    """The per-row path: one executemany of single-row INSERTs; a new contact's change_count left to the trigger."""
    if not rows:
        return
    columns = head.split("(", 1)[1].split(")", 1)[0]
    if columns.endswith(", change_count"):
        columns, rows = columns[:-len(", change_count")], [row[:-1] for row in rows]
    table = head.split(" (", 1)[0]
    cursor.executemany(f"{table} ({columns}) VALUES ({', '.join('?' * len(rows[0]))})", rows)


def _state() -> dict:
    def rows(sql: str) -> list:
        return database.execute_sql(sql).fetchall()

    columns = [r[1] for r in rows("PRAGMA table_info(contact)") if r[1] not in ("created_at", "updated_at")]
    queries = ["h*", "hansen", "aase", "ostergaard", "4520*", "example", "baek", "ærø", "lund*"]
    return {
        "contacts": rows(f"SELECT {', '.join(columns)} FROM contact ORDER BY id"),
        "phones": rows("SELECT id, contact_id, kind, label, typed, e164, digits, position FROM contact_phone "
                       "ORDER BY id"),
        "emails": rows("SELECT id, contact_id, kind, address, position FROM contact_email ORDER BY id"),
        "addresses": rows("SELECT contact_id, kind, street, postcode, city, region, country, position "
                          "FROM contact_address ORDER BY id"),
        "groups": rows("SELECT m.contact_id, g.name FROM contact_group_member m JOIN contact_group g "
                       "ON g.id = m.group_id ORDER BY 1, 2"),
        "lines": rows("SELECT contact_id, position, line FROM contact_vcard_line ORDER BY 1, 2"),
        "fts": rows("SELECT rowid, * FROM contact_fts ORDER BY rowid"),
        "fts_match": [rows(f"SELECT rowid FROM contact_fts WHERE contact_fts MATCH '{q}' ORDER BY rowid")
                      for q in queries],
        "ranked_match": [rows(f"SELECT r.contact_id FROM contact_ranked k JOIN contact_rank r ON r.rank = k.rowid "
                              f"WHERE contact_ranked MATCH '{q}' ORDER BY k.rowid") for q in queries],
        "ranked": rows("SELECT r.contact_id, k.name, k.organisation, k.title, k.emails, k.phones, k.folded "
                       "FROM contact_rank r JOIN contact_ranked k ON k.rowid = r.rank ORDER BY r.rank"),
        "list_order": rows("SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_name, id"),
        "pending": rows("SELECT * FROM contact_rank_pending"),
        "journal": sorted(rows("SELECT kind, uid FROM sync_local_change")),
    }


def _run(path: Path, files: list[Path]) -> tuple[list[dict], list[tuple[int, int]]]:
    """Import each file in turn into a fresh database at ``path``; the state after each and the counts."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.interop import vcard

    made = itertools.count(1)
    uuid4 = uuid.uuid4
    uuid.uuid4 = lambda: uuid.UUID(int=next(made))  # the same UIDs for new cards in both databases
    open_database(path)
    states, counts = [], []
    try:
        for file in files:
            before = database.execute_sql("SELECT COALESCE(MAX(seq), 0) FROM sync_local_change").fetchone()[0]
            result = vcard.import_file(file)
            counts.append((result.imported, result.updated))
            state = _state()
            # what a sync reads: the objects written raised past the mark taken before the import
            state["journal_after"] = sorted(database.execute_sql(
                "SELECT kind, uid FROM sync_local_change WHERE seq > ?", (before,)).fetchall())
            states.append(state)
    finally:
        uuid.uuid4 = uuid4
        close_database()
    return states, counts


def test_the_bulk_write_stores_what_the_per_row_path_stored(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH", 17)  # several batches, later ones matching earlier ones
    monkeypatch.setattr(importing, "PAUSE", 0)
    monkeypatch.setattr(editing, "ROWS_PER_INSERT", 4)  # several statements per table and batch
    files = [_vcf(tmp_path / "first.vcf", 60), _vcf(tmp_path / "again.vcf", 60, "Direktør"),
             _vcf(tmp_path / "more.vcf", 90, "Konsulent")]
    new, new_counts = _run(tmp_path / "new.db", files)
    with monkeypatch.context() as old_path:
        old_path.setattr(editing, "_insert_rows", _old_insert_rows)
        old_path.setattr(editing, "_UPDATE_CONTACT",
                         editing._UPDATE_CONTACT.replace(", change_count = change_count + 1", ""))
        old_path.setattr(editing, "_UPDATE_CONTACT_UID",
                         editing._UPDATE_CONTACT_UID.replace(", change_count = change_count + 1", ""))
        old, old_counts = _run(tmp_path / "old.db", files)
    assert new_counts == old_counts
    assert new_counts[0][0] > 0 and new_counts[1][1] > 0 and new_counts[2][0] > 0  # inserts and updates both
    for after_new, after_old in zip(new, old, strict=True):
        assert after_new["contacts"], "nothing was imported"
        for key in after_old:
            assert after_new[key] == after_old[key], key
    assert {row[-1] for row in new[-1]["contacts"]} == {1, 3}  # change_count: written once, or thrice


@pytest.mark.parametrize("rows", [0, 1, 3, 10])
def test_insert_rows_writes_every_row_in_order(db, monkeypatch, rows):
    monkeypatch.setattr(editing, "ROWS_PER_INSERT", 3)
    values = [(f"g{i}",) for i in range(rows)]
    editing._insert_rows(database.cursor(), "INSERT INTO contact_group (name) VALUES ", values)
    assert database.execute_sql("SELECT name FROM contact_group ORDER BY id").fetchall() == values


def test_copied_is_dataclasses_replace():
    from dataclasses import replace
    from datetime import date

    from opsassistant.services.contacts.editing import AddressData, ContactData, EmailData, PhoneData, copied

    data = ContactData(first_name=" Åse ", last_name="Bæk", birthday=date(1980, 2, 3), phones=[PhoneData(" 12 ")],
                       emails=[EmailData(" a@b.dk ", "home")], addresses=[AddressData(city="Aarhus")],
                       groups=["x", " x", ""], extra=["URL:x"], uid="u")
    for changes in ({}, {"uid": None, "groups": []}, {"display_name": "D", "vip": True}):
        made, reference = copied(data, **changes), replace(data, **changes)
        assert made == reference and made is not data
        assert made.phones is reference.phones  # unchanged values shared, as replace shares them
    assert data.cleaned() == replace(
        data, first_name="Åse", phones=[PhoneData("12")], emails=[EmailData("a@b.dk", "home")], groups=["x"])
    with pytest.raises(TypeError):
        copied(data, nickname="x")


@pytest.mark.parametrize("text", ["Anne Hansen", "Åse Østergaard", "Zoë Ærø", "ÉCOLE ß", "İstanbul", "ﬁ Ⅻ", ""])
def test_fold_fast_path_is_the_full_fold(text):
    import unicodedata

    from opsassistant.services.contacts import indexing

    spelled = text.translate(indexing._FOLD)
    full = "".join(c for c in unicodedata.normalize("NFKD", spelled) if not unicodedata.combining(c)).casefold()
    assert indexing.fold(text) == full


def test_groups_are_the_runs_with_the_same_ranked_contact_nearest_below(db):
    """``ranking._groups`` (a ranked contact between neighbouring keys or not) splits the pending keys as the
    nearest ranked contact below each key does (the reference, in Python over the sorted list)."""
    import random

    from opsassistant.services.contacts import ranking
    from opsassistant.services.contacts.editing import ContactData

    rng = random.Random(7)
    names = ["Anne", "Bo", "Ea", "Ib", "Åse", "Øre", "Ulla"]
    with database.atomic():
        editing.write_many([(None, ContactData(first_name=rng.choice(names), last_name=rng.choice(names)))
                            for _ in range(120)])
    live = database.execute_sql("SELECT sort_name, id FROM contact ORDER BY sort_name, id").fetchall()
    pending = sorted(rng.sample(live, 70))  # these lose their ranks, as catch_up removes them before grouping
    with database.atomic():
        database.cursor().executemany("DELETE FROM contact_rank WHERE contact_id = ?", [(i,) for _, i in pending])
        groups = ranking._groups(pending)
    unranked = set(pending)
    nearest, below = None, {}
    for key in live:
        if key in unranked:
            below[key] = nearest
        else:
            nearest = key
    reference: list[list] = []
    for key in pending:
        if reference and below[reference[-1][-1]] == below[key]:
            reference[-1].append(key)
        else:
            reference.append([key])
    assert groups == reference and len(groups) > 5
