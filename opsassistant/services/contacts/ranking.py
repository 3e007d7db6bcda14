"""The list-ordered search index: ``contact_ranked`` (FTS5, rowid = the contact's rank in name order).

The contacts panel lists matches in ``sort_name, id`` order, 61 rows at a time. ``contact_fts`` (rowid = contact
id) makes that a sort of every match (a prefix such as "h" matches a fifth of the file); ``contact_ranked`` holds
the same texts of every live contact under its *rank*, an integer that grows with ``(sort_name, id)``, so
``MATCH ? ORDER BY rowid LIMIT 61`` stops after the page. ``contact_rank`` maps contact id ↔ rank.

Ranks are sparse (:data:`GAP` apart when built), so a new or renamed contact takes a free rank between its
neighbours; when a gap runs out, a window of neighbours around it is spread out again (:func:`_renumber`).
Triggers on ``contact`` (migration 16) note every inserted, changed or deleted contact in
``contact_rank_pending``, whoever wrote it (this app, the command line, a bench seeding in raw SQL); the service
writes call :func:`catch_up` in their transaction, and a search whose index is behind uses ``contact_fts``
(same rows, same order) until it has caught up.
"""

from __future__ import annotations

from peewee import OperationalError

from opsassistant.db.models import database

GAP = 1 << 32  # between neighbours when ranks are (re)built: 2^32 halvings of room, 2^31 contacts before overflow
_LOW, _HIGH = -(1 << 62), 1 << 62  # ranks stay inside these (far from the int64 limits)
BULK = 20_000  # more pending contacts than this (and than an eighth of the ranked): rebuild everything
CHUNK = 500
_TEXT = "name, organisation, title, emails, phones, folded"
# One row per statement, with VALUES: an INSERT … SELECT opens a statement savepoint, at which FTS5 writes out
# its pending terms, so copying row by row that way made a segment per row (1.5 ms a row instead of 0.08).
_COPY = f"INSERT INTO contact_ranked (rowid, {_TEXT}) VALUES (?, ?, ?, ?, ?, ?, ?)"
_LIVE = "deleted_at IS NULL"
# The rank of the ranked contact nearest below / above a (sort_name, id) position.
_BELOW = (f"SELECT r.rank FROM contact c JOIN contact_rank r ON r.contact_id = c.id WHERE c.{_LIVE} "
          "AND (c.sort_name, c.id) < (?, ?) ORDER BY c.sort_name DESC, c.id DESC LIMIT 1")
_ABOVE = (f"SELECT r.rank FROM contact c JOIN contact_rank r ON r.contact_id = c.id WHERE c.{_LIVE} "
          "AND (c.sort_name, c.id) > (?, ?) ORDER BY c.sort_name, c.id LIMIT 1")

# The whole index from the tables: ranks GAP apart in list order, the texts copied in rank order (the fastest
# way to fill an FTS5 table). Migration 16 runs the same statements (kept there, frozen).
REBUILD_SQL = (
    "DELETE FROM contact_rank",
    "DELETE FROM contact_ranked",
    f"INSERT INTO contact_rank (contact_id, rank) SELECT id, row_number() OVER (ORDER BY sort_name, id) * {GAP} "
    f"FROM contact WHERE {_LIVE}",
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('automerge', 0)",  # merges rarer while filling
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('crisismerge', 64)",
    f"INSERT INTO contact_ranked (rowid, {_TEXT}) SELECT r.rank, {', '.join('f.' + c for c in _TEXT.split(', '))} "
    "FROM contact_rank r JOIN contact_fts f ON f.rowid = r.contact_id ORDER BY r.rank",
    "INSERT INTO contact_ranked (contact_ranked) VALUES ('optimize')",  # not left for the next write to merge
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('automerge', 4)",
    "INSERT INTO contact_ranked (contact_ranked, rank) VALUES ('crisismerge', 16)",
    "DELETE FROM contact_rank_pending",
)


def _rows(sql: str, params: tuple | list = ()) -> list[tuple]:
    return database.execute_sql(sql, params).fetchall()


def _one(sql: str, params: tuple | list = ()):
    row = database.execute_sql(sql, params).fetchone()
    return None if row is None else row[0]


def pending(cap: int) -> int:
    """How many contacts the index has not caught up with, counted up to ``cap`` + 1."""
    return _one("SELECT count(*) FROM (SELECT 1 FROM contact_rank_pending LIMIT ?)", (cap + 1,))


def ready(cap: int = 200) -> bool:
    """Whether ``contact_ranked`` is current; up to ``cap`` pending contacts are caught up with first. False (the
    caller searches ``contact_fts``) when more are pending, the file is locked, or it has no such index."""
    try:
        behind = pending(cap)
        if behind == 0:
            return True
        if behind > cap:
            return False
        with database.atomic():
            catch_up()
        return True
    except OperationalError:
        return False


def rebuild() -> None:
    for statement in REBUILD_SQL:
        database.execute_sql(statement)


class _Rebuilt(Exception):
    """The whole index was rebuilt from the tables: nothing is left to place."""


def catch_up(texts: dict[int, tuple] | None = None) -> None:
    """Bring the index up to date with every pending contact (the caller holds the transaction). ``texts``:
    contact id → its ``contact_fts`` columns as the caller has just written them (not read back)."""
    known = texts or {}
    ids = [row[0] for row in _rows("SELECT contact_id FROM contact_rank_pending")]
    if not ids:
        return
    if len(ids) > BULK and len(ids) > _one("SELECT count(*) FROM contact_rank") // 8:
        rebuild()
        return
    live: list[tuple[str, int]] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        _unrank([row[0] for row in _rows(f"SELECT rank FROM contact_rank WHERE contact_id IN ({marks})", chunk)])
        database.execute_sql(f"DELETE FROM contact_rank WHERE contact_id IN ({marks})", chunk)
        # By id ("+": not by a deleted_at index, which the planner otherwise walks whole, live rows being most)
        live += _rows(f"SELECT sort_name, id FROM contact WHERE id IN ({marks}) AND +{_LIVE}", chunk)
        database.execute_sql(f"DELETE FROM contact_rank_pending WHERE contact_id IN ({marks})", chunk)
    live.sort()
    placed: list[tuple[int, int]] = []  # (contact id, rank) chosen, written together (in rank order) at the end
    try:
        for group in _groups(live):
            # Read here, not before: placing an earlier group may have renumbered these neighbours. (The runs
            # placed but not yet written are never between a run and its neighbours.)
            low, high = _one(_BELOW, group[0]), _one(_ABOVE, group[-1])
            ranks = _spread(low, high, len(group))
            if ranks is None:
                _write(placed, known)
                placed = []
                _renumber(group, low, high, known)
            else:
                placed += zip([key[1] for key in group], ranks, strict=True)
    except _Rebuilt:
        return
    _write(placed, known)


def _unrank(ranks: list[int]) -> None:
    database.cursor().executemany("DELETE FROM contact_ranked WHERE rowid = ?", [(r,) for r in ranks])


# For each pair of neighbouring keys of a batch (numbered), whether a ranked contact lies between them: one
# statement per CHUNK. Each walk of the name index is bounded by the next key, and nothing but ranked contacts lies
# between two neighbouring keys, so a walk ends at its first row. (Asking for the ranked contact nearest below each
# key instead walked down past every key of the batch before it that is not ranked yet: quadratic in the batch
# when it sorts after what is ranked, 3.6 s for 10k new contacts on an empty file.)
_RANKED_BETWEEN = (f"WITH k(n, s1, i1, s2, i2) AS (VALUES {{}}) SELECT EXISTS (SELECT 1 FROM contact c JOIN "
                   f"contact_rank r ON r.contact_id = c.id WHERE c.{_LIVE} AND (c.sort_name, c.id) > (k.s1, k.i1) "
                   "AND (c.sort_name, c.id) < (k.s2, k.i2)) FROM k ORDER BY n")


def _groups(keys: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    """The sorted keys in runs with no ranked contact between them: each run takes ranks in one gap (every live
    contact but these keys is ranked, so the neighbours of a run are the ranked contacts nearest to its ends).
    Two neighbouring keys are in one run when no ranked contact lies between them (then the same ranked contact
    is the nearest below both)."""
    pairs = list(zip(keys, keys[1:], strict=False))
    split: list[int] = []
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start:start + CHUNK]
        values = ", ".join("(?, ?, ?, ?, ?)" for _ in chunk)
        params = [value for n, (low, high) in enumerate(chunk) for value in (n, *low, *high)]
        split += [row[0] for row in _rows(_RANKED_BETWEEN.format(values), params)]
    groups: list[list[tuple[str, int]]] = []
    for i, key in enumerate(keys):
        if groups and not split[i - 1]:
            groups[-1].append(key)
        else:
            groups.append([key])
    return groups


def _spread(low: int | None, high: int | None, count: int) -> list[int] | None:
    """``count`` ranks strictly between ``low`` and ``high`` (None: open), evenly; None when they do not fit."""
    if low is None and high is None:
        low = 0
    if high is None:
        step = GAP
    elif low is None:
        low = high - GAP * (count + 1)
        step = GAP
    else:
        step = (high - low) // (count + 1)
    if step < 1:
        return None
    ranks = [low + step * (i + 1) for i in range(count)]
    if ranks[0] <= _LOW or ranks[-1] >= _HIGH:
        return None
    return ranks


def _write(pairs: list[tuple[int, int]], known: dict[int, tuple] | None = None) -> None:
    """Give each (contact id, rank) its rank and its ranked row (a copy of its contact_fts texts: from
    ``known`` where they are in it, else read)."""
    cursor = database.cursor()
    cursor.executemany("INSERT INTO contact_rank (contact_id, rank) VALUES (?, ?)", pairs)
    known = known or {}
    for start in range(0, len(pairs), CHUNK):
        chunk = pairs[start:start + CHUNK]
        texts = {contact_id: known[contact_id] for contact_id, _rank in chunk if contact_id in known}
        missing = [contact_id for contact_id, _rank in chunk if contact_id not in known]
        if missing:
            texts.update({row[0]: row[1:] for row in _rows(
                f"SELECT rowid, {_TEXT} FROM contact_fts WHERE rowid IN ({', '.join('?' * len(missing))})",
                missing)})
        cursor.executemany(_COPY, [(rank, *texts[contact_id]) for contact_id, rank in chunk if contact_id in texts])


def _renumber(keys: list[tuple[str, int]], low: int | None, high: int | None,
              known: dict[int, tuple] | None = None) -> None:
    """No room between ``low`` and ``high``: take more and more ranked neighbours on both sides until the window
    they span has room for them and ``keys`` at a decent spacing, and spread them all out again."""
    width = 32
    while True:
        below = _rows("SELECT contact_id, rank FROM contact_rank WHERE rank <= ? ORDER BY rank DESC LIMIT ?",
                      (low, width + 1)) if low is not None else []
        above = _rows("SELECT contact_id, rank FROM contact_rank WHERE rank >= ? ORDER BY rank LIMIT ?",
                      (high, width + 1)) if high is not None else []
        outer_low = below.pop()[1] if len(below) > width else None  # the fixed bounds (None: open end)
        outer_high = above.pop()[1] if len(above) > width else None
        moved = [contact_id for contact_id, _rank in reversed(below)] + [key[1] for key in keys] + \
            [contact_id for contact_id, _rank in above]
        ranks = _spread(outer_low, outer_high, len(moved))
        roomy = ranks is not None and (len(ranks) < 2 or ranks[1] - ranks[0] >= 1 << 16)
        if roomy or (outer_low is None and outer_high is None):
            break
        width *= 4
    if ranks is None:  # the whole list has no room: start again from the tables
        rebuild()
        raise _Rebuilt
    old = [rank for _id, rank in below + above]
    _unrank(old)
    database.cursor().executemany("DELETE FROM contact_rank WHERE rank = ?", [(r,) for r in old])
    _write(list(zip(moved, ranks, strict=True)), known)
