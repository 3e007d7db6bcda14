"""``list events --json`` writes the events' objects already encoded (per event, not per occurrence): byte for
byte the text the JSON encoder makes of the records, on a real-shaped calendar with attendees, principals, zones,
all-day and multi-day events, exceptions and moved occurrences; with and without a search, over windows, open
only; and through the command in both languages."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from opsassistant.commands.listing import _write_json, _write_json_texts
from opsassistant.services import principals
from opsassistant.services.calendar import editing, listing
from opsassistant.services.calendar.editing import Attendee, EventData

CPH = ZoneInfo("Europe/Copenhagen")
TODAY = date.today()
FIRST, LAST = TODAY - timedelta(days=400), TODAY + timedelta(days=900)
ENCODE = json.JSONEncoder(ensure_ascii=False).encode


@pytest.fixture
def shaped(db, tmp_path):
    from opsassistant.devtools.bench_calendar import write_ics
    from opsassistant.interop import ical

    path = tmp_path / "shaped.ics"
    write_ics(path, 300, TODAY, days=700, seed=23)
    assert not ical.import_file(path).skipped
    boss = principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør"))
    other = principals.save(principals.PrincipalData(name="Jens Ø. \"J\" Berg", role="team", title=""))
    start = datetime.combine(TODAY - timedelta(days=TODAY.weekday()), time(9), CPH)
    people = [Attendee("Åse \"Revisor\" Lund", "aase@example.dk", None, "accepted"),
              Attendee("Bo", "bo@example.dk", None, "tentative"), Attendee("Ukendt", "", None, "odd")]
    editing.create(EventData(title="Status ✓ møde \\ «ugentlig»", start=start, end=start + timedelta(hours=1),
                             rrule="FREQ=WEEKLY;COUNT=60", principal_ids=[other.id, boss.id], attendees=people,
                             location="Lokale 3\n2. sal", category="møde"))
    editing.create(EventData(title="Status i Tokyo", start=start + timedelta(days=2), end=start + timedelta(days=3),
                             start_timezone="Asia/Tokyo", end_timezone="Asia/Kolkata", rrule="FREQ=MONTHLY;COUNT=30",
                             principal_ids=[boss.id]))
    editing.create(EventData(title="Status-seminar", all_day=True, start_date=TODAY + timedelta(days=5),
                             end_date=TODAY + timedelta(days=8), principal_ids=[boss.id], status="cancelled"))
    return path


@pytest.mark.parametrize("kwargs", [
    {"search": "status", "date_from": FIRST, "date_to": LAST},
    {"search": "møde", "date_from": FIRST, "date_to": LAST},
    {"date_from": FIRST, "date_to": LAST},  # many windows
    {"date_from": TODAY, "date_to": LAST, "open_only": True},
    {"search": "status", "date_from": TODAY - timedelta(days=30), "date_to": TODAY + timedelta(days=60),
     "open_only": True},
    {"search": "nothing-like-this"},
    {},
])
def test_the_encoded_stream_is_the_encoder_on_the_records(shaped, kwargs):
    texts = list(listing.json_stream(**kwargs))
    assert texts == [ENCODE(record) for record in listing.stream(**kwargs)]
    if kwargs.get("date_from") == FIRST:
        assert len(texts) > 100
        assert len({text.split('"start": ')[0] for text in texts}) < len(texts)  # events with many occurrences


def test_the_shaped_calendar_has_what_the_encoding_must_get_right(shaped):
    records = listing.records(search="status", date_from=FIRST, date_to=LAST)
    assert any(r["attendees"] and r["principal"] == "Karen Holm, Jens Ø. \"J\" Berg" for r in records)
    assert any(r["all_day"] for r in records) and any(r["timezone"] == "Asia/Tokyo" for r in records)
    assert any(r["id"] != r["series_id"] and r["series_id"] for r in records)  # an edited occurrence
    assert any("+09:00" in r["start"] and "+05:30" in r["end"] for r in records)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_command_writes_what_the_old_writer_wrote(shaped, run, db_path, lang):
    import io

    old = io.StringIO()
    _write_json(listing.stream(search="status", date_from=FIRST, date_to=LAST), old)
    records = listing.records(search="status", date_from=FIRST, date_to=LAST)
    empty = io.StringIO()
    _write_json_texts(iter(()), empty)
    done = run("list", "events", "--search", "status", "--from", FIRST.isoformat(), "--to", LAST.isoformat(),
               "--json", "--database", db_path, "--lang", lang)
    assert done.code == 0
    assert done.out == old.getvalue()
    assert json.loads(done.out) == records
    assert run("list", "events", "--search", "zzzz", "--json", "--database", db_path, "--lang", lang).out \
        == empty.getvalue() == "[]\n"


def test_iso_texts_from_remembered_parts_are_isoformat():
    from datetime import UTC

    iso = listing._IsoTexts()
    moments = []
    for name in ("Europe/Copenhagen", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham", "UTC"):
        tz = ZoneInfo(name)
        base = datetime(2026, 3, 28, 22, 30, tzinfo=UTC)  # across the spring-forward night
        moments += [(base + timedelta(minutes=37 * i)).astimezone(tz) for i in range(200)]
        moments += [datetime(1890, 5, 1, 12, 0, tzinfo=tz), datetime(9999, 12, 31, 23, 59, 59, tzinfo=tz),
                    datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=tz), datetime(2026, 7, 1, 9, 0, 0, 1500, tzinfo=tz)]
    moments.append(datetime(2026, 7, 1, 9, 0, tzinfo=UTC))
    for _ in range(2):  # the second round from the remembered parts
        assert [iso.text(m) for m in moments] == [m.isoformat() for m in moments]
