"""Every way a page of search results is read (matches sorted, name index walked, walk cut short then sorted,
the background count) gives exactly the rows and the total a plain query over the same filter gives."""

from __future__ import annotations

import threading

import pytest

from opsassistant.db.models import database
from opsassistant.devtools.bench_contacts import seed
from opsassistant.services.contacts import counting, search, trash
from opsassistant.services.contacts.search import ContactFilters, ContactSource

TEXTS = ["h", "hans", "hansen", "østergaard", "ostergaard", "lund", "ø", "+4", "+45 2", "2", "23 4", "søren k",
         "mette j", "zzz", "+45"]


def _plain(filters: ContactFilters, offset: int, limit: int) -> list[int]:
    """The reference: the filter's WHERE clause, sorted by name, no plan of any kind."""
    where = search._where(filters)
    if where is None:
        return []
    sql, params = where
    return [r[0] for r in database.execute_sql(
        f"SELECT id FROM contact WHERE {sql} ORDER BY sort_name, id LIMIT ? OFFSET ?",
        [*params, limit, offset]).fetchall()]


@pytest.fixture
def contacts(db, monkeypatch):
    seed(3000)
    trash.delete(list(range(1, 3001, 7)))  # some matches are in the trash
    # Small bounds so that 3000 contacts take every path 100k would: few matches sorted (≤ 40), many matches
    # found within a 150-row walk, and many matches that cluster further down (the walk cut short).
    monkeypatch.setattr(search, "_FEW", 40)
    monkeypatch.setattr(search, "_WALKED", 150)


@pytest.mark.parametrize("text", TEXTS)
def test_every_plan_reads_the_rows_a_plain_query_reads(contacts, text):
    for filters in (ContactFilters(search=text), ContactFilters(search=text, trash=True)):
        for offset, limit in ((0, 61), (0, 200), (61, 30), (200, 200)):
            got = [r.id for r in ContactSource().fetch(filters, "name", False, offset, limit)]
            assert got == _plain(filters, offset, limit), (filters, offset, limit)


def test_the_walk_cut_short_is_taken_and_still_exact(contacts):
    # "østergaard" matches ~100 of 3000 (more than _FEW), all sorted after "z": not within the first 150 rows.
    filters = ContactFilters(search="østergaard")
    assert len(_plain(filters, 0, 10_000)) > search._FEW
    assert _plain(filters, 0, 1)[0] not in _plain(ContactFilters(), 0, search._WALKED)
    assert [r.id for r in ContactSource().fetch(filters, None, False, 0, 61)] == _plain(filters, 0, 61)


def test_the_background_count_is_the_exact_count(contacts):
    for text in ("h", "østergaard", "+4", "zzz"):
        filters = ContactFilters(search=text)
        arrived = threading.Event()
        totals = []

        def done(total, totals=totals, arrived=arrived):
            totals.append(total)
            arrived.set()

        counting.counter().request(filters, done)
        assert arrived.wait(10)
        assert totals == [len(_plain(filters, 0, 10_000))] == [ContactSource().count(filters)]


def test_a_cancelled_count_never_reports(contacts):
    reported = []
    counter = counting.Counter()
    counter.request(ContactFilters(search="h"), reported.append)
    counter.cancel()
    arrived = threading.Event()
    counter.request(ContactFilters(search="hans"), lambda total: arrived.set())  # served after the first
    assert arrived.wait(10)
    assert reported == []


@pytest.mark.parametrize("word", ["østergaard", "hansen m", "ostergaard", "+45 23", "søren k"])
def test_typed_letter_by_letter_into_one_source_every_page_is_exact(contacts, word):
    # One source remembers what the text typed so far told it (few matches, a walk that came up short); each
    # longer text still reads exactly the rows a plain query reads, also after a letter is taken back.
    source = ContactSource()
    typed = [word[:i] for i in range(1, len(word) + 1)] + [word[:-1], word[:2]]
    for text in typed:
        filters = ContactFilters(search=text)
        assert [r.id for r in source.fetch(filters, None, False, 0, 61)] == _plain(filters, 0, 61), text


def test_a_walk_that_came_up_short_is_not_walked_again_for_a_longer_text(contacts, monkeypatch):
    source = ContactSource()
    source.fetch(ContactFilters(search="øster"), None, False, 0, 61)  # the walk is cut short, then sorted
    statements = []
    execute = database.execute_sql
    monkeypatch.setattr(database, "execute_sql", lambda sql, *a, **k: statements.append(sql) or execute(sql, *a, **k))
    source.fetch(ContactFilters(search="østerg"), None, False, 0, 61)
    assert not [s for s in statements if "OFFSET ?), char(1114111)" in s]  # no walk of the name index
    assert [r.id for r in source.fetch(ContactFilters(search="østerg"), None, False, 0, 61)] == \
        _plain(ContactFilters(search="østerg"), 0, 61)
