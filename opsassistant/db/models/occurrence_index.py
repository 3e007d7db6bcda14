"""The materialised occurrences of recurring series, and the full-text index of events (plain SQL, no models).

Kept right by SQLite itself, whoever writes the ``event`` table (this program, the CLI in another process, a
bulk import in raw SQL, a sync): triggers mark a series dirty when its master or one of its overrides is
inserted, changed or deleted, and keep ``event_fts`` in step with each row. The calendar services
(``services/calendar/occurrences_index.py``) re-expand a dirty series on the next read; they also compare each
series' ``change_count`` stamp, so a write with the triggers missing is still seen.

- ``event_occurrence``: one row per occurrence of a series, exdates and overridden keys removed, THISANDFUTURE
  shifts applied; ``start_utc``/``end_utc`` as shown (an all-day occurrence: its dates at 00:00, to be placed in
  the home zone by the reader); ``texts_id`` the THISANDFUTURE override whose texts it takes, else NULL.
- ``event_occurrence_series``: per series, what is materialised: up to ``covered_to`` (every occurrence that
  starts before it is there), ``complete`` when the series has no occurrence after it, the rule's last
  generated moment and count before that point (``resume_at``/``resume_made``: later expansions start there,
  never at the series' first date), and the ``stamp`` (change counts of the master and its overrides).
- ``event_occurrence_dirty``: series to expand again before the next read.
- ``event_fts``: FTS5 over title, location, notes and a folded copy (ø→o, æ→ae, å→aa, as contacts), rowid = event id.
"""

from __future__ import annotations

_SERIES = "(NEW.rrule != '' OR NEW.rdates != '[]')"
_OLD_SERIES = "(OLD.rrule != '' OR OLD.rdates != '[]')"


def _folded(prefix: str) -> str:
    """SQL folding title, location and notes of the row ``prefix`` (NEW/OLD) the way contacts' ``fold`` does
    for the Nordic letters (unicode61 removes the other accents itself)."""
    text = f"({prefix}.title || ' ' || {prefix}.location || ' ' || {prefix}.notes)"
    for letter, spelled in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "AE"), ("å", "aa"), ("Å", "AA")):
        text = f"replace({text}, '{letter}', '{spelled}')"
    return text


def _fts_insert(prefix: str) -> str:
    return (f"INSERT INTO event_fts (rowid, title, location, notes, folded) VALUES ({prefix}.id, {prefix}.title, "
            f"{prefix}.location, {prefix}.notes, {_folded(prefix)});")


def _fts_delete(prefix: str) -> str:
    return (f"INSERT INTO event_fts (event_fts, rowid, title, location, notes, folded) VALUES ('delete', "
            f"{prefix}.id, {prefix}.title, {prefix}.location, {prefix}.notes, {_folded(prefix)});")


# Columns whose change moves a series' occurrences (texts are read from the master at query time).
_SHAPE = ("rrule, rdates, exdates, start_utc, end_utc, start_date, end_date, all_day, start_timezone, "
          "end_timezone, duration, deleted_at, series_id, recurrence_id, recurrence_range")

SQL = [
    "CREATE TABLE IF NOT EXISTS event_occurrence ("
    "series_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE, "
    "okey TEXT NOT NULL, start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, "
    "long_span INTEGER NOT NULL DEFAULT 0, texts_id INTEGER, "
    "PRIMARY KEY (series_id, okey)) WITHOUT ROWID",
    "CREATE INDEX IF NOT EXISTS event_occurrence_span ON event_occurrence (start_utc, end_utc) WHERE long_span = 0",
    "CREATE INDEX IF NOT EXISTS event_occurrence_long ON event_occurrence (end_utc) WHERE long_span = 1",
    "CREATE TABLE IF NOT EXISTS event_occurrence_series ("
    "series_id INTEGER PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE, "
    "stamp TEXT NOT NULL, covered_to TEXT NOT NULL, complete INTEGER NOT NULL, "
    "resume_at TEXT, resume_made INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS event_occurrence_open ON event_occurrence_series (covered_to) WHERE complete = 0",
    "CREATE TABLE IF NOT EXISTS event_occurrence_dirty (series_id INTEGER PRIMARY KEY)",
    # A new series, or an override added to one.
    "CREATE TRIGGER IF NOT EXISTS event_occurrence_ai AFTER INSERT ON event BEGIN "
    f"INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT NEW.id WHERE {_SERIES}; "
    "INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT NEW.series_id "
    "WHERE NEW.series_id IS NOT NULL; END",
    f"CREATE TRIGGER IF NOT EXISTS event_occurrence_au AFTER UPDATE OF {_SHAPE} ON event BEGIN "
    f"INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT NEW.id WHERE {_SERIES} OR {_OLD_SERIES}; "
    "INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT NEW.series_id "
    "WHERE NEW.series_id IS NOT NULL; "
    "INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT OLD.series_id "
    "WHERE OLD.series_id IS NOT NULL; END",
    # A purged row: its own rows go (also for a connection without foreign_keys), its series is redone.
    "CREATE TRIGGER IF NOT EXISTS event_occurrence_ad AFTER DELETE ON event BEGIN "
    "DELETE FROM event_occurrence WHERE series_id = OLD.id; "
    "DELETE FROM event_occurrence_series WHERE series_id = OLD.id; "
    "DELETE FROM event_occurrence_dirty WHERE series_id = OLD.id; "
    "INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT OLD.series_id "
    "WHERE OLD.series_id IS NOT NULL; END",
    "CREATE VIRTUAL TABLE IF NOT EXISTS event_fts USING fts5(title, location, notes, folded, "
    "content = '', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
]

# ``content = ''``: contentless (the texts live in ``event``); a contentless table needs the old values to
# delete a row, which the triggers have.
FTS_TRIGGERS = [
    f"CREATE TRIGGER IF NOT EXISTS event_fts_ai AFTER INSERT ON event BEGIN {_fts_insert('NEW')} END",
    "CREATE TRIGGER IF NOT EXISTS event_fts_au AFTER UPDATE OF title, location, notes ON event BEGIN "
    f"{_fts_delete('OLD')} {_fts_insert('NEW')} END",
    f"CREATE TRIGGER IF NOT EXISTS event_fts_ad AFTER DELETE ON event BEGIN {_fts_delete('OLD')} END",
]

# Filling both for the events already there (the migration).
FILL = [
    "INSERT OR IGNORE INTO event_occurrence_dirty (series_id) SELECT id FROM event "
    "WHERE (rrule != '' OR rdates != '[]') AND deleted_at IS NULL",
    f"INSERT INTO event_fts (rowid, title, location, notes, folded) SELECT id, title, location, notes, "
    f"{_folded('event')} FROM event",
]
