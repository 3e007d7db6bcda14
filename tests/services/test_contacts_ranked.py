"""The list-ordered search index (``services/contacts/ranking.py``): a search reads the same rows in the same
order from it as from ``contact_fts`` (the plans it replaces) and as a plain sorted query, after every kind of
write (insert, rename, merge, trash, restore, purge, import, raw SQL), and its ranks stay in list order."""

from __future__ import annotations

from contextlib import contextmanager
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from opsassistant.db.models import database
from opsassistant.devtools.bench_contacts import seed
from opsassistant.services.contacts import editing, indexing, merge, ranking, search, trash
from opsassistant.services.contacts.editing import ContactData, EmailData, PhoneData
from opsassistant.services.contacts.search import ContactFilters, ContactSource

TEXTS = ["h", "ha", "hansen", "hans", "ø", "øs", "ost", "østergaard", "aa", "bæk", "baek", "+4", "4", "+45 2",
         "0045 33", "33 12", "2", "anne.h", "anne", "example", "mette j", "søren k", "novo", "a", "zzz", "", "  "]
FIRST = ["Anne", "Hans", "Mette", "Søren", "Åse", "Bjørn", "", "anne", "Hanne"]
LAST = ["Hansen", "Østergaard", "Bæk", "Aagaard", "Jensen", "", "hansen", "Lund"]
ORGS = ["", "Novo Nordisk", "Ærø Rederi", "Hansen & Søn"]
NUMBERS = ["33 12 34 56", "+45 33123456", "0045 2345 6789", "+46 8 123 456 78", "12", "(+45) 40-20-30-10", ""]


def _plain(filters: ContactFilters, descending: bool, offset: int, limit: int) -> list[int]:
    """The reference: the filter's WHERE clause over contact_fts, sorted by name, no plan of any kind."""
    where = search._where(filters)
    if where is None:
        return []
    sql, params = where
    way = "DESC" if descending else "ASC"
    return [r[0] for r in database.execute_sql(
        f"SELECT id FROM contact WHERE {sql} ORDER BY sort_name {way}, id {way} LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()]


@contextmanager
def _without_ranks():
    """The plans from before the ranked index (contact_fts: matches sorted, name index walked)."""
    with mock.patch.object(search.ranking, "ready", return_value=False):
        yield


def _page(filters: ContactFilters, descending: bool, offset: int, limit: int) -> list[tuple]:
    return [(r.id, r.name, r.phone, r.email) for r in ContactSource().fetch(filters, "name", descending, offset,
                                                                            limit)]


def _assert_in_order() -> None:
    """Every live contact has one rank and one ranked row; rank order is list order; nothing is pending."""
    assert ranking.pending(0) == 0
    by_rank = [r[0] for r in database.execute_sql(
        "SELECT c.id FROM contact_rank r JOIN contact c ON c.id = r.contact_id ORDER BY r.rank").fetchall()]
    by_name = [r[0] for r in database.execute_sql(
        "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY sort_name, id").fetchall()]
    assert by_rank == by_name
    ranked = database.execute_sql("SELECT count(*) FROM contact_ranked").fetchone()[0]
    assert ranked == database.execute_sql("SELECT count(*) FROM contact_rank").fetchone()[0] == len(by_name)


def _assert_same_results(texts=TEXTS) -> None:
    assert ranking.ready()
    for text in texts:
        filters = ContactFilters(search=text)
        for descending in (False, True):
            for offset, limit in ((0, 61), (3, 5), (40, 200)):
                new = _page(filters, descending, offset, limit)
                with _without_ranks():
                    old = _page(filters, descending, offset, limit)
                assert new == old, (text, descending, offset, limit)
                assert [row[0] for row in new] == _plain(filters, descending, offset, limit)


def _data(first: str, last: str, org: str, number: str, email: str) -> ContactData:
    return ContactData(first_name=first, last_name=last, organisation=org or ("" if first or last else "Firma"),
                       phones=[PhoneData(number)] if number else [],
                       emails=[EmailData(email)] if email else [])


contact_strategy = st.builds(
    _data, st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(ORGS), st.sampled_from(NUMBERS),
    st.sampled_from(["", "anne.hansen@example.dk", "hans@hansen.dk", "ost@aero.dk"]))
operation = st.one_of(
    st.tuples(st.just("add"), contact_strategy),
    st.tuples(st.just("rename"), st.integers(0, 40), contact_strategy),
    st.tuples(st.just("trash"), st.integers(0, 40)),
    st.tuples(st.just("restore"), st.integers(0, 40)),
    st.tuples(st.just("purge"), st.integers(0, 40)),
    st.tuples(st.just("merge"), st.integers(0, 40), st.integers(0, 40)),
    st.tuples(st.just("flag"), st.integers(0, 40)),
    st.tuples(st.just("import"), st.lists(contact_strategy, min_size=1, max_size=8)),
)


def _ids(trashed: bool = False) -> list[int]:
    where = "deleted_at IS NOT NULL" if trashed else "deleted_at IS NULL"
    return [r[0] for r in database.execute_sql(f"SELECT id FROM contact WHERE {where} ORDER BY id").fetchall()]


def _apply(step: tuple) -> None:
    kind, *args = step
    live, trashed = _ids(), _ids(trashed=True)
    if kind == "add":
        editing.save(args[0])
    elif kind == "rename" and live:
        editing.save(args[1], live[args[0] % len(live)])
    elif kind == "trash" and live:
        trash.delete([live[args[0] % len(live)]])
    elif kind == "restore" and trashed:
        trash.restore([trashed[args[0] % len(trashed)]])
    elif kind == "purge" and trashed:
        trash.purge([trashed[args[0] % len(trashed)]])
    elif kind == "merge" and len(live) > 1:
        keep = live[args[0] % len(live)]
        other = live[args[1] % len(live)]
        if keep != other:
            merge.merge(keep, other)
    elif kind == "flag" and live:
        editing.set_flags(live[args[0] % len(live)], favourite=True)
    elif kind == "import":
        with database.atomic():
            editing.write_many([(None, data.cleaned()) for data in args[0]])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(contact_strategy, min_size=0, max_size=25), st.lists(operation, max_size=12),
       st.sampled_from([ranking.GAP, 4, 1]))
def test_every_write_keeps_the_ranked_search_the_same_as_before(db, monkeypatch, start, steps, gap):
    # Tiny gaps make every insert between neighbours run out of room and renumber a window.
    monkeypatch.setattr(ranking, "GAP", gap)
    database.execute_sql("DELETE FROM contact")
    database.execute_sql("DELETE FROM contact_fts")
    with database.atomic():
        ranking.rebuild()
    for data in start:
        editing.save(data)
    for step in steps:
        _apply(step)
        _assert_in_order()
    _assert_same_results()


@pytest.fixture
def seeded(db):
    seed(1500)  # raw SQL, as the bench seeds: the triggers note every contact
    trash.delete(list(range(1, 1501, 9)))  # a service write catches the index up (and some matches are trashed)
    return db


def test_a_seeded_file_is_searched_in_the_same_order(seeded, monkeypatch):
    # Small bounds, so that the old plans compared with take every path they take at 100k (matches sorted, the
    # name index walked, the walk cut short).
    monkeypatch.setattr(search, "_FEW", 40)
    monkeypatch.setattr(search, "_WALKED", 150)
    _assert_in_order()
    _assert_same_results()
    # The ranked read is the one used: the old plans' probe is never asked.
    with mock.patch.object(ContactSource, "_few", side_effect=AssertionError("old plan")):
        assert ContactSource().fetch(ContactFilters(search="h"), None, False, 0, 61)


def test_writes_of_others_are_caught_up_or_searched_the_old_way(seeded, monkeypatch):
    database.execute_sql("UPDATE contact SET sort_name = 'aaa' || sort_name, display_name = 'Aaa' WHERE id % 5 = 0")
    assert ranking.pending(10_000) > 200
    monkeypatch.setattr(ranking, "catch_up", mock.Mock(side_effect=AssertionError("too many to catch up")))
    assert not ranking.ready()
    filters = ContactFilters(search="h")
    assert [r.id for r in ContactSource().fetch(filters, None, False, 0, 61)] == _plain(filters, False, 0, 61)
    monkeypatch.undo()
    with database.atomic():
        ranking.catch_up()
    _assert_in_order()
    _assert_same_results(["h", "hansen", "+4", "aaa"])
    database.execute_sql("UPDATE contact SET sort_name = 'b' WHERE id = 3")  # a few: caught up by the search
    assert ranking.pending(10) == 1 and ranking.ready()
    _assert_in_order()
    indexing.write(indexing.fts_row(4, name="Zyxwv", organisation="", title="", emails=[], phones=[]))
    assert [r.id for r in ContactSource().fetch(ContactFilters(search="zyxw"), None, False, 0, 61)] == [4]
    _assert_in_order()


def test_a_group_filter_and_other_orders_keep_their_plans(seeded):
    for filters in (ContactFilters(search="h", favourites=True), ContactFilters(search="h", trash=True),
                    ContactFilters(search="h", vip=True)):
        with mock.patch.object(search, "_RANKED_PAGE", "not sql"):  # the ranked read would fail
            rows = [r.id for r in ContactSource().fetch(filters, None, False, 0, 61)]
        if not filters.trash:
            assert rows == _plain(filters, False, 0, 61)


def test_the_migration_builds_the_index_of_an_older_file(db_path, monkeypatch):
    from opsassistant.db import migrations
    from opsassistant.db.database import close_database, open_database

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 15)
    open_database(db_path)
    seed(800)
    database.execute_sql("UPDATE contact SET deleted_at = '2026-01-01 00:00:00' WHERE id IN (5, 6, 7)")
    assert database.execute_sql("SELECT count(*) FROM sqlite_master WHERE name = 'contact_ranked'").fetchone()[0] == 0
    close_database()
    monkeypatch.undo()
    open_database(db_path)
    try:
        assert database.execute_sql("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        _assert_in_order()
        _assert_same_results(["h", "hansen", "+4", "4", "ø", "anne"])
    finally:
        close_database()
