"""The streamed .ics import: batches, overrides on either side of a batch boundary, progress and cancel, change
counters, late VTIMEZONEs; and the streamed export."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from opsassistant.db.models import Event, database
from opsassistant.interop import ical
from opsassistant.interop.progress import ImportCancelled
from opsassistant.services.calendar import occurrences

PACKAGE = Path(__file__).resolve().parents[2] / "opsassistant"
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _single(uid: str, day: int, title: str, sequence: int = 0) -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nSEQUENCE:{sequence}\r\nSUMMARY:{title}\r\n"
            f"DTSTART:202603{day:02d}T090000Z\r\nDTEND:202603{day:02d}T100000Z\r\nEND:VEVENT\r\n")


def _series(uid: str, title: str = "Ugemøde") -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{title}\r\nDTSTART:20260302T080000Z\r\n"
            f"DTEND:20260302T090000Z\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nEND:VEVENT\r\n")


def _override(uid: str, day: int, title: str) -> str:
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nRECURRENCE-ID:202603{day:02d}T080000Z\r\nSUMMARY:{title}\r\n"
            f"DTSTART:202603{day:02d}T120000Z\r\nDTEND:202603{day:02d}T130000Z\r\nEND:VEVENT\r\n")


def _file(path: Path, *blocks: str, zones: str = "") -> Path:
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + zones + "".join(blocks)
                    + "END:VCALENDAR\r\n", encoding="utf-8", newline="")
    return path


def _fillers(count: int, first: int = 0) -> list[str]:
    return [_single(f"filler-{n}", 1 + n % 28, f"Fyld {n}") for n in range(first, first + count)]


def _titles() -> list[str]:
    return sorted(o.title for o in occurrences.between(*YEAR))


@pytest.fixture
def small_batches(monkeypatch):
    monkeypatch.setattr(ical, "BATCH", 3)


def test_override_before_its_master_in_another_batch_is_linked(db, executive, tmp_path, small_batches):
    path = _file(tmp_path / "late.ics", _override("s1", 9, "Flyttet"), *_fillers(7), _series("s1"))
    result = ical.import_file(path)
    assert result.imported == 9 and not result.skipped
    override = Event.get(Event.recurrence_id.is_null(False))
    master = Event.get(Event.uid == "s1", Event.recurrence_id.is_null())
    assert override.series_id == master.id
    weekly = sorted((o.start_utc, o.title) for o in occurrences.between(*YEAR) if o.title in ("Ugemøde", "Flyttet"))
    assert [title for _, title in weekly] == ["Ugemøde", "Flyttet", "Ugemøde", "Ugemøde"]  # moved, not doubled
    assert weekly[1][0].hour == 12


def test_override_after_its_master_in_a_later_batch_joins_the_stored_series(db, executive, tmp_path,
                                                                            small_batches):
    path = _file(tmp_path / "after.ics", _series("s2"), *_fillers(7), _override("s2", 16, "Senere"))
    result = ical.import_file(path)
    assert result.imported == 9 and not result.skipped
    master = Event.get(Event.uid == "s2", Event.recurrence_id.is_null())
    assert Event.get(Event.recurrence_id.is_null(False)).series_id == master.id
    titles = [o.title for o in occurrences.between(*YEAR) if o.title in ("Ugemøde", "Senere")]
    assert sorted(titles) == ["Senere", "Ugemøde", "Ugemøde", "Ugemøde"]


def test_an_override_without_master_is_kept_and_linked_by_a_later_import(db, executive, tmp_path, small_batches):
    ical.import_file(_file(tmp_path / "invite.ics", _override("s3", 9, "Kun denne"), *_fillers(4)))
    orphan = Event.get(Event.uid == "s3")
    assert orphan.series_id is None and orphan.recurrence_id is not None
    ical.import_file(_file(tmp_path / "series.ics", *_fillers(4, 10), _series("s3")))
    master = Event.get(Event.uid == "s3", Event.recurrence_id.is_null())
    linked = Event.get_by_id(orphan.id)
    assert linked.series_id == master.id and linked.change_count == orphan.change_count + 1


def test_the_later_copy_across_batches_wins_once(db, executive, tmp_path, small_batches):
    path = _file(tmp_path / "copies.ics", _single("dup", 5, "Ny udgave", sequence=2), *_fillers(6),
                 _single("dup", 5, "Gammel udgave", sequence=1), _single("dup2", 6, "Først"), *_fillers(6, 20),
                 _single("dup2", 6, "Sidst"))
    result = ical.import_file(path)
    assert result.imported == 14 and result.updated == 0 and not result.skipped  # no note: it is the same file
    assert Event.get(Event.uid == "dup").title == "Ny udgave"
    assert Event.get(Event.uid == "dup2").title == "Sidst"


def test_every_write_bumps_the_change_counter(db, executive, tmp_path):
    path = _file(tmp_path / "c.ics", _series("s4"), _override("s4", 9, "Flyttet"), _single("one", 3, "Enkelt"))
    ical.import_file(path)
    first = {e.id: e.change_count for e in Event.select()}
    assert set(first.values()) == {1}
    again = ical.import_file(path)
    assert again.updated == 3
    assert {e.id: e.change_count for e in Event.select()} == {i: 2 for i in first}


def test_progress_between_batches_and_cancel_keeps_the_batches_done(db, executive, tmp_path, small_batches):
    path = _file(tmp_path / "ten.ics", *_fillers(10))
    calls = []
    ical.import_file(path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(3, 10), (6, 10), (9, 10), (10, 10)]
    database.execute_sql("DELETE FROM event")

    def stop_after_two(done, total):
        if done >= 6:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled) as cancelled:
        ical.import_file(path, progress=stop_after_two)
    assert cancelled.value.result.imported == 6
    assert Event.select().count() == 6  # both batches committed, nothing of the third
    again = ical.import_file(path)  # the rest, the first six updated by UID
    assert (again.imported, again.updated) == (4, 6) and Event.select().count() == 10


def test_a_vtimezone_after_the_events_is_still_used(db, executive, tmp_path):
    zone = ("BEGIN:VTIMEZONE\r\nTZID:Min zone\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
            "BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
            "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")
    event = ("BEGIN:VEVENT\r\nUID:tz1\r\nSUMMARY:Møde\r\nDTSTART;TZID=Min zone:20260610T090000\r\n"
             "DTEND;TZID=Min zone:20260610T100000\r\nEND:VEVENT\r\n")
    result = ical.import_file(_file(tmp_path / "tz.ics", event, zone))
    assert result.imported == 1 and not result.skipped  # resolved by its rules: no fallback reported
    assert Event.get().start_utc == datetime(2026, 6, 10, 7, tzinfo=UTC)


def test_a_cut_off_event_and_a_broken_byte_are_reported_with_their_lines(db, executive, tmp_path):
    path = tmp_path / "cut.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + _single("ok", 4, "M\xf8de").encode("utf-8")
                     .replace(b"M\xc3\xb8de", b"M\xf8de") + b"BEGIN:VEVENT\r\nUID:cut\r\nSUMMARY:Halv\r\n")
    result = ical.import_file(path)
    assert result.imported == 1 and Event.get().title == "Møde"  # cp1252 for that one line
    reasons = {s.place: s.reason for s in result.skipped}
    assert any("END:VEVENT" in r for r in reasons.values())
    assert "line 10 (Halv)" in reasons


def test_the_export_streams_every_event_once(db, executive, tmp_path, monkeypatch):
    monkeypatch.setattr(ical, "EXPORT_CHUNK", 2)
    ical.import_file(_file(tmp_path / "in.ics", _series("s5"), _override("s5", 9, "Flyttet"), *_fillers(5)))
    before = _titles()
    out = tmp_path / "out.ics"
    assert ical.export_file(out) == 7
    text = out.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 7 and len(set(re.findall(r"UID:(.*)\r\n", text))) == 6
    database.execute_sql("DELETE FROM event")
    assert ical.import_file(out).imported == 7 and _titles() == before


def test_only_the_calendar_data_layer_writes_event_rows_in_bulk():
    allowed = {PACKAGE / "services" / "calendar" / "store.py"}
    for path in PACKAGE.rglob("*.py"):
        if path in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        assert "Event._meta" not in text, path
        assert not re.search(r"(INSERT INTO|UPDATE) \"?event\"? ", text), path


def test_the_byte_searches_find_lines_in_any_case_and_on_the_first_line(tmp_path):
    from opsassistant.interop import ical_stream

    bare = tmp_path / "bare.ics"
    bare.write_bytes(b"\xef\xbb\xbfbegin:vevent\r\nUID:x\r\nEND:VEVENT\r\nBegin:VTimezone\r\nEND:VTIMEZONE\r\n"
                     b"BEGIN:VEVENT \r\nEND:VEVENT\r\n")
    assert ical_stream.count_components(bare, "VEVENT") == 2
    assert ical_stream.zones_come_late(bare)
    reply = tmp_path / "reply.ics"
    reply.write_bytes(b"BEGIN:VCALENDAR\r\nmethod:Reply\r\nEND:VCALENDAR\r\n")
    folded = tmp_path / "folded.ics"
    folded.write_bytes(b"BEGIN:VCALENDAR\r\nMETHOD\r\n :RE\r\n PLY\r\nEND:VCALENDAR\r\n")  # as libical writes it
    publish = tmp_path / "publish.ics"
    publish.write_bytes(b"BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n")
    assert ical_stream.may_be_reply(reply) and ical_stream.may_be_reply(folded)
    assert not ical_stream.may_be_reply(bare) and not ical_stream.may_be_reply(publish)
    plain = _file(tmp_path / "plain.ics", _single("p", 3, "Et"), zones="X-WR-CALNAME:ATTACH REPLY\r\n")
    assert not ical_stream.zones_come_late(plain) and not ical_stream.may_be_reply(plain)


def test_a_file_of_other_components_says_it_holds_no_calendar(db, tmp_path):
    path = tmp_path / "alarm.ics"
    path.write_text("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\n", encoding="utf-8")
    result = ical.import_file(path)
    assert result.imported == 0 and [s.reason for s in result.skipped] == [
        "The file holds no calendar (BEGIN:VCALENDAR)."]


def test_progress_counts_skipped_events_and_held_overrides_to_the_end(db, executive, tmp_path, small_batches):
    broken = "BEGIN:VEVENT\r\nUID:broken\r\nSUMMARY:Uden start\r\nEND:VEVENT\r\n"
    path = _file(tmp_path / "mixed.ics", _override("s9", 9, "Alene"), broken, *_fillers(4))
    calls = []
    result = ical.import_file(path, progress=lambda done, total: calls.append((done, total)))
    assert result.imported == 5 and len(result.skipped) == 1
    assert calls[-1] == (6, 6) and [done for done, _ in calls] == sorted(done for done, _ in calls)
