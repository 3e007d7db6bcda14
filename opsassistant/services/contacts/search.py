"""Search-as-you-type and the paged list behind the contacts table.

A query becomes an FTS5 prefix query over name, organisation, title, e-mails and phone digits. Each word is also
looked up in its folded form (``indexing.fold``), so "Ostergaard" finds "Østergaard". A query that looks like a
phone number (only digits and + ( ) - . / spaces) is reduced to national digits first, so "33 12 34 56",
"+45 33123456" and "0045 3312 3456" all find the same person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from opsassistant.db.fields import UTCDateTimeField
from opsassistant.db.models import database
from opsassistant.services import phones as phone_numbers
from opsassistant.services.contacts import indexing, ranking
from opsassistant.services.contacts.queries import reading

_PHONE_LIKE = re.compile(r"^\s*\+?[\d\s()\-./]*\d[\d\s()\-./]*$")
_WORDS = re.compile(r"\w+", re.UNICODE)


def looks_like_number(text: str) -> bool:
    return bool(_PHONE_LIKE.match(text))


def fts_query(text: str) -> str | None:
    """The FTS5 MATCH expression for what the user typed, or None when nothing searchable is left."""
    text = text.strip()
    if not text:
        return None
    if looks_like_number(text):
        digits = phone_numbers.match_digits(text)
        return f'phones:"{digits}"*' if digits else None
    parts = []
    for word in _WORDS.findall(text):
        variants = dict.fromkeys((word.casefold(), indexing.fold(word)))
        alternatives = " OR ".join(f'"{v}"*' for v in variants if v)
        if alternatives:
            parts.append(f"({alternatives})")
    return " AND ".join(parts) or None


@dataclass(frozen=True)
class ContactFilters:
    search: str = ""
    group_id: int | None = None
    favourites: bool = False
    vip: bool = False
    trash: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str
    organisation: str
    title: str
    phone: str  # E.164 or typed
    email: str
    favourite: bool
    vip: bool
    deleted_at: datetime | None

    @property
    def phone_for_reading(self) -> str:
        return reading(self.phone)


SORT_KEYS = {
    "name": "sort_name",
    "organisation": "organisation",
    "title": "title",
    "phone": "primary_phone",
    "email": "primary_email",
    "deleted": "deleted_at",
}
_COLUMNS = "contact.id, display_name, organisation, title, primary_phone, primary_email, favourite, vip, deleted_at"
_DELETED = UTCDateTimeField()


# "+id": the matches are looked up while an index walks the rows in list order, never used to pick the index
# (contact_id_sort would win and every match be sorted).
_FTS_CLAUSE = "+id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)"


def _where(filters: ContactFilters) -> tuple[str, list] | None:
    clauses = ["deleted_at IS NOT NULL" if filters.trash else "deleted_at IS NULL"]
    params: list = []
    if filters.search.strip():
        match = fts_query(filters.search)
        if match is None:
            return None
        clauses.append(_FTS_CLAUSE)
        params.append(match)
    if filters.favourites:
        clauses.append("favourite = 1")
    if filters.vip:
        clauses.append("vip = 1")
    if filters.group_id is not None:
        clauses.append("id IN (SELECT contact_id FROM contact_group_member WHERE group_id = ?)")
        params.append(filters.group_id)
    return " AND ".join(clauses), params


# Below this many matches a page is read by sorting the matches; above it, by walking the name index.
_FEW = 3000
# How many FTS matches there are, up to _FEW + 1: cost proportional to the cap, not to the matches.
_PROBE = "SELECT count(*) FROM (SELECT 1 FROM contact_fts WHERE contact_fts MATCH ? LIMIT ?)"
# The first page of many matches walks at most this many rows of the name index (then the matches are sorted).
_WALKED = 6000
_WALK_BOUND = ("sort_name <= (SELECT coalesce((SELECT sort_name FROM contact WHERE deleted_at IS NULL "
               "ORDER BY sort_name LIMIT 1 OFFSET ?), char(1114111)))")


# A page of live matches in list order from the list-ordered index (services/contacts/ranking.py): the FTS
# read stops after the page, whatever the number of matches.
_RANKED_PAGE = (f"SELECT {_COLUMNS} FROM (SELECT rowid AS ranked FROM contact_ranked WHERE contact_ranked MATCH ? "
                "ORDER BY rowid {direction} LIMIT ? OFFSET ?) AS page CROSS JOIN contact_rank AS r "
                "ON r.rank = page.ranked CROSS JOIN contact ON contact.id = r.contact_id "
                "WHERE contact.deleted_at IS NULL ORDER BY page.ranked {direction}")


def count_sql(filters: ContactFilters | None) -> tuple[str, list] | None:
    """The exact ``count(*)`` of the matches (None: nothing can match), for a connection of the caller's."""
    where = _where(filters or ContactFilters())
    if where is None:
        return None
    sql, params = where
    return f"SELECT count(*) FROM contact WHERE {sql}", params


def _narrows(before: str | None, text: str) -> bool:
    """Whether ``text`` is ``before`` typed on (so it matches a subset of what ``before`` matched): words only,
    as a number's digits can change meaning ("+4" → "+45 2"). Only chooses a plan; each plan gives the same rows."""
    return (before is not None and text.startswith(before) and bool(before.strip())
            and not looks_like_number(before) and not looks_like_number(text))


class ContactSource:
    """The ``PagedSource`` of the contacts table (see gui/common/lazy_model.py)."""

    def __init__(self) -> None:
        self._counted: tuple[ContactFilters, int] | None = None
        self._probed: tuple[str, bool, str] | None = None  # (MATCH expression, few matches?, the text)
        # The last word search whose first page the name-index walk could not fill: a longer text typed after it
        # matches a subset (its last word a longer prefix, or one more word), so its walk would fail too.
        self._walk_failed: str | None = None

    def count(self, filters: ContactFilters | None) -> int:
        filters = filters or ContactFilters()
        query = count_sql(filters)
        if query is None:
            return 0
        total = database.execute_sql(*query).fetchone()[0]
        self._counted = (filters, total)
        return total

    def _few(self, filters: ContactFilters) -> bool:
        """Few matches (≤ _FEW)? Known from the last count, else probed with a capped FTS read."""
        if not filters.search.strip():
            return False
        if self._counted is not None and self._counted[0] == filters:
            return self._counted[1] <= _FEW
        match = fts_query(filters.search)
        if match is None:
            return False
        if self._probed is None or self._probed[0] != match:
            if self._probed is not None and self._probed[1] and _narrows(self._probed[2], filters.search):
                self._probed = (match, True, filters.search)  # a subset of few matches is few
                return True
            found = database.execute_sql(_PROBE, (match, _FEW + 1)).fetchone()[0]
            self._probed = (match, found <= _FEW, filters.search)
        return self._probed[1]

    def fetch(self, filters: ContactFilters | None, sort_key: str | None, descending: bool, offset: int,
              limit: int) -> list[ContactRow]:
        filters = filters or ContactFilters()
        where = _where(filters)
        if where is None:
            return []
        sql, params = where
        default = "deleted" if filters.trash else "name"
        column = SORT_KEYS.get(sort_key or default, "sort_name")
        if column == "deleted_at" and sort_key is None:
            descending = True
        direction = "DESC" if descending else "ASC"
        order = f"{column} {direction}, sort_name {direction}, id {direction}"
        if column == "sort_name":
            order = f"sort_name {direction}, id {direction}"
        by_name = column == "sort_name" and not (filters.favourites or filters.vip)
        if by_name and filters.group_id is None and not filters.trash and filters.search.strip() and ranking.ready():
            return self._read(_RANKED_PAGE.format(direction=direction), [params[0], limit, offset])
        if self._few(filters):
            return self._matches_sorted(sql, params, order, by_name, offset, limit)
        if by_name and not descending and not filters.trash and offset == 0 and filters.search.strip():
            # Many matches: walk the name index, but only its first _WALKED rows; matches that cluster further
            # down (everyone named Østergaard) are sorted from the FTS result instead of walking all the rest.
            if not _narrows(self._walk_failed, filters.search):
                rows = self._read(f"SELECT {_COLUMNS} FROM contact WHERE {sql} AND {_WALK_BOUND} "
                                  f"ORDER BY {order} LIMIT ?", [*params, _WALKED, limit])
                if len(rows) == limit:
                    self._walk_failed = None
                    return rows
                self._walk_failed = filters.search
            return self._matches_sorted(sql, params, order, by_name, offset, limit)
        return self._read(f"SELECT {_COLUMNS} FROM contact WHERE {sql} ORDER BY {order} LIMIT ? OFFSET ?",
                          [*params, limit, offset])

    def _matches_sorted(self, sql: str, params: list, order: str, by_name: bool, offset: int,
                        limit: int) -> list[ContactRow]:
        """The FTS result drives and its matches are sorted (instead of walking the name index). In name order
        the sort reads the narrow ``contact_id_sort`` index and only the page's rows are read whole."""
        sql = sql.replace(_FTS_CLAUSE, "1")
        matches = "(SELECT rowid AS match_id FROM contact_fts WHERE contact_fts MATCH ?)"
        if by_name:
            return self._read(
                f"SELECT {_COLUMNS} FROM contact WHERE id IN (SELECT k.id FROM {matches} CROSS JOIN contact AS k "
                f"INDEXED BY contact_id_sort ON k.id = match_id WHERE {sql} ORDER BY {order} LIMIT ? OFFSET ?) "
                f"ORDER BY {order}", [*params, limit, offset])
        return self._read(f"SELECT {_COLUMNS} FROM {matches} CROSS JOIN contact ON contact.id = match_id "
                          f"WHERE {sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])

    @staticmethod
    def _read(sql: str, params: list) -> list[ContactRow]:
        rows = database.execute_sql(sql, params).fetchall()
        return [ContactRow(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6]), bool(r[7]),
                           _DELETED.python_value(r[8])) for r in rows]


def search_ids(text: str, limit: int = 50) -> list[int]:
    """Ids of live contacts matching ``text``, in list order (for the command line and tests)."""
    rows = ContactSource().fetch(ContactFilters(search=text), None, False, 0, limit)
    return [r.id for r in rows]
