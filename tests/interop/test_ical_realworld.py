"""Real-world .ics problems of issue 11: zones, encodings, recurrence data, extremes, exports."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from opsassistant.db.models import Event, EventPrincipal
from opsassistant.interop import ical
from opsassistant.services.calendar import occurrences

CPH = ZoneInfo("Europe/Copenhagen")
YEAR = (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC))


def _ics(tmp_path, body: str, name: str = "in.ics", head: str = "") -> object:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", *head.strip().split("\n"),
             *body.strip().split("\n"), "END:VCALENDAR"]
    path = tmp_path / name
    path.write_bytes(("\r\n".join(line.strip() for line in lines if line.strip()) + "\r\n").encode("utf-8"))
    return path


def _event(uid: str, extra: str, start: str = "DTSTART;TZID=Europe/Copenhagen:20260302T090000",
           end: str = "DTEND;TZID=Europe/Copenhagen:20260302T100000", title: str = "Møde") -> str:
    return f"BEGIN:VEVENT\nUID:{uid}\nSUMMARY:{title}\n{start}\n{end}\n{extra}\nEND:VEVENT"


@pytest.fixture
def run(capsys):
    def runner(*argv: str):
        from opsassistant import cli

        capsys.readouterr()
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err
    return runner


def _found(title: str | None = None):
    return [o for o in occurrences.between(*YEAR) if title is None or o.title == title]


CHILE_BLOCK = """BEGIN:VTIMEZONE
TZID:Hora de Chile
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0400
TZOFFSETTO:-0300
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE"""

MOSCOW_BLOCK = """BEGIN:VTIMEZONE
TZID:(UTC+03:00) Волгоград
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE"""


# --- time zones -------------------------------------------------------------------------------------------------

def test_vtimezone_rules_decide_and_the_text_is_kept(db, tmp_path):
    path = _ics(tmp_path, CHILE_BLOCK + "\n" + MOSCOW_BLOCK + "\n"
                + _event("chile", "", "DTSTART;TZID=Hora de Chile:20260115T100000",
                         "DTEND;TZID=Hora de Chile:20260115T110000", "Santiago")
                + "\n" + _event("ru", "", "DTSTART;TZID=\"(UTC+03:00) Волгоград\":20260115T100000",
                                "DTEND;TZID=\"(UTC+03:00) Волгоград\":20260115T110000", "Volgograd"))
    result = ical.import_file(path)
    assert result.imported == 2 and result.skipped == []
    chile = _found("Santiago")[0]
    assert chile.start_timezone == "America/Santiago"  # January is summer there: UTC-3
    assert chile.start_utc == datetime(2026, 1, 15, 13, tzinfo=UTC)
    russian = _found("Volgograd")[0]
    assert russian.start_utc == datetime(2026, 1, 15, 7, tzinfo=UTC)
    assert Event.get(Event.uid == "ru").tzid_text == "(UTC+03:00) Волгоград"


def test_zone_names_without_blocks(db, tmp_path):
    path = _ics(tmp_path, "\n".join([
        _event("a", "", "DTSTART;TZID=UTC+11:20260115T100000", "DTEND;TZID=UTC+11:20260115T110000", "Plus elleve"),
        _event("b", "", "DTSTART;TZID=America_Bogota:20260115T100000",
               "DTEND;TZID=America_Bogota:20260115T110000", "Bogotá"),
    ]))
    result = ical.import_file(path)
    assert result.skipped == []
    assert _found("Plus elleve")[0].start_utc == datetime(2026, 1, 14, 23, tzinfo=UTC)
    bogota = _found("Bogotá")[0]
    assert bogota.start_timezone == "America/Bogota" and bogota.start_utc == datetime(2026, 1, 15, 15, tzinfo=UTC)


def test_unknown_zone_is_reported_with_its_line_and_exit_3(db, db_path, tmp_path, run):
    path = _ics(tmp_path, _event("x", "", "DTSTART;TZID=Mars Standard Time:20260115T100000",
                                 "DTEND;TZID=Mars Standard Time:20260115T110000"))
    result = ical.import_file(path)
    assert result.imported == 1
    assert len(result.notes) == 1 and "Mars Standard Time" in result.notes[0].reason
    assert result.notes[0].place == "line 7"
    Event.delete().execute()
    code, _out, err = run("--database", str(db_path), "import", str(path))
    assert code == 3 and "Mars Standard Time" in err


# --- encoding and content lines ---------------------------------------------------------------------------------

def test_one_bad_byte_spoils_only_itself(db, tmp_path):
    body = _ics(tmp_path, _event("e", "LOCATION:Århus", title="Bestyrelsesmøde")).read_bytes()
    body = body.replace("Århus".encode(), "Århus".encode() + b" \xff")  # UTF-8 with one stray byte
    path = tmp_path / "bad.ics"
    path.write_bytes(body)
    result = ical.import_file(path)
    event = Event.get()
    assert event.title == "Bestyrelsesmøde" and event.location == "Århus \ufffd"
    assert len(result.notes) == 1


def test_cp1252_file_and_utf16_file(db, tmp_path):
    text = _ics(tmp_path, _event("w", "", title="Kærlig hilsen")).read_text(encoding="utf-8")
    (tmp_path / "cp.ics").write_bytes(text.encode("cp1252"))
    (tmp_path / "u16.ics").write_bytes(text.replace("UID:w", "UID:u").encode("utf-16"))
    (tmp_path / "u32.ics").write_bytes(b"\xff\xfe\x00\x00" + text.replace("UID:w", "UID:v").encode("utf-32-le"))
    for name in ("cp.ics", "u16.ics", "u32.ics"):
        result = ical.import_file(tmp_path / name)
        assert result.imported == 1, name
    assert {e.title for e in Event.select()} == {"Kærlig hilsen"} and Event.select().count() == 3


def test_unusual_line_separators_stay_in_the_text_and_folding_is_linear(db, tmp_path):
    photo = "A" * 10_000_000
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    path = _ics(tmp_path, _event("s", "DESCRIPTION:første\u2028anden\u0085tredje\nATTACH:PLACE"))
    path.write_bytes(path.read_bytes().replace(b"ATTACH:PLACE", b"ATTACH:" + folded.encode()))
    assert path.stat().st_size > 10_000_000
    began = clock.perf_counter()
    result = ical.import_file(path)
    took = clock.perf_counter() - began
    assert result.imported == 1 and result.skipped == []
    assert Event.get().notes == "første\u2028anden\u0085tredje"
    print(f"10 MB folded ATTACH imported in {took:.2f} s")


def test_parameters_quoted_multi_valued_and_rfc6868(db, tmp_path):
    path = _ics(tmp_path, _event("p", 'ATTENDEE;CN="Hansen, Jens ^\'JH^\'";MEMBER="mailto:a@x.dk","mailto:b@x.dk";'
                                  'PARTSTAT=ACCEPTED:mailto:jens@example.dk\n'
                                  'CATEGORIES:Møde\\, intern,Kunde'))
    ical.import_file(path)
    from opsassistant.db.models import EventAttendee

    person = EventAttendee.get()
    assert person.name == 'Hansen, Jens "JH"' and person.status == "accepted"
    assert Event.get().category == "Møde, intern"


def test_tasks_and_journals_are_reported(db, tmp_path):
    path = _ics(tmp_path, "BEGIN:VTODO\nUID:t\nSUMMARY:Ring til Jens\nEND:VTODO\n"
                "BEGIN:VJOURNAL\nUID:j\nSUMMARY:Dagbog\nEND:VJOURNAL\n" + _event("e", ""))
    result = ical.import_file(path)
    assert result.imported == 1
    reasons = [s.reason for s in result.skipped if not s.note]
    assert any("VTODO" in r for r in reasons) and any("VJOURNAL" in r for r in reasons)


# --- recurrence data --------------------------------------------------------------------------------------------

def test_rdate_alone_with_period_and_one_bad_value(db, tmp_path):
    path = _ics(tmp_path, _event("r", "RDATE;TZID=Europe/Copenhagen:20260305T090000,2026BAD,20260310T140000\n"
                                      "RDATE;VALUE=PERIOD:20260320T080000Z/PT3H"))
    result = ical.import_file(path)
    assert result.imported == 1 and len(result.notes) == 1 and "2026BAD" in result.notes[0].reason
    found = _found("Møde")
    assert [o.start.astimezone(CPH).replace(tzinfo=None) for o in found] == [
        datetime(2026, 3, 2, 9), datetime(2026, 3, 5, 9), datetime(2026, 3, 10, 14), datetime(2026, 3, 20, 9)]
    assert found[-1].end_utc - found[-1].start_utc == timedelta(hours=3)


def test_exdate_value_date_on_timed_series(db, tmp_path):
    path = _ics(tmp_path, _event("x", "RRULE:FREQ=DAILY;COUNT=5\nEXDATE;VALUE=DATE:20260304"))
    ical.import_file(path)
    assert [o.start.day for o in _found()] == [2, 3, 5, 6]


def test_this_and_future_splits_the_series(db, tmp_path):
    path = _ics(tmp_path, _event("s", "RRULE:FREQ=WEEKLY;COUNT=6", title="Ugemøde") + "\n"
                + _event("s", "RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/Copenhagen:20260316T090000",
                         "DTSTART;TZID=Europe/Copenhagen:20260316T130000",
                         "DTEND;TZID=Europe/Copenhagen:20260316T150000", "Ugemøde (nyt tidspunkt)"))
    result = ical.import_file(path)
    assert result.skipped == []
    found = _found()
    assert [(o.start.day, o.start.hour, o.title) for o in found] == [
        (2, 9, "Ugemøde"), (9, 9, "Ugemøde"), (16, 13, "Ugemøde (nyt tidspunkt)"),
        (23, 13, "Ugemøde (nyt tidspunkt)"), (30, 13, "Ugemøde (nyt tidspunkt)"),
        (6, 13, "Ugemøde (nyt tidspunkt)")]
    assert all(o.end_utc - o.start_utc == timedelta(hours=2) for o in found[2:])


def test_sequence_decides_and_one_copy_is_shown(db, tmp_path):
    path = _ics(tmp_path, _event("q", "SEQUENCE:2", title="Ny") + "\n" + _event("q", "SEQUENCE:1", title="Gammel"))
    ical.import_file(path)
    assert [o.title for o in _found()] == ["Ny"]
    older = _ics(tmp_path, _event("q", "SEQUENCE:0", title="Ældst"), name="older.ics")
    result = ical.import_file(older)
    assert [o.title for o in _found()] == ["Ny"] and result.notes


def test_override_without_master_kept_then_linked(db, tmp_path, executive):
    invitation = _ics(tmp_path, _event("inv", "RECURRENCE-ID;TZID=Europe/Copenhagen:20260309T090000",
                                       "DTSTART;TZID=Europe/Copenhagen:20260309T110000",
                                       "DTEND;TZID=Europe/Copenhagen:20260309T120000", "Flyttet"), name="a.ics")
    result = ical.import_file(invitation)
    assert result.imported == 1 and result.skipped == []
    assert [(o.title, o.start.hour) for o in _found()] == [("Flyttet", 11)]
    assert EventPrincipal.get().principal_id == executive.id
    series = _ics(tmp_path, _event("inv", "RRULE:FREQ=WEEKLY;COUNT=3", title="Serie"), name="b.ics")
    ical.import_file(series)
    assert [(o.title, o.start.day, o.start.hour) for o in _found()] == [
        ("Serie", 2, 9), ("Flyttet", 9, 11), ("Serie", 16, 9)]


def test_all_day_utc_until_and_utc_override(db, tmp_path):
    path = _ics(tmp_path, _event("d", "RRULE:FREQ=WEEKLY;UNTIL=20260315T230000Z", "DTSTART;VALUE=DATE:20260302",
                                 "DTEND;VALUE=DATE:20260303", "Heldag") + "\n"
                + _event("d", "RECURRENCE-ID:20260308T230000Z", "DTSTART;VALUE=DATE:20260310",
                         "DTEND;VALUE=DATE:20260311", "Heldag flyttet"))
    ical.import_file(path)
    assert [(o.title, o.start_date) for o in _found()] == [
        ("Heldag", date(2026, 3, 2)), ("Heldag flyttet", date(2026, 3, 10)), ("Heldag", date(2026, 3, 16))]


def test_trigger_related_end(db, tmp_path):
    path = _ics(tmp_path, _event("t", "BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED=END:-PT15M\nEND:VALARM"))
    ical.import_file(path)
    assert Event.get().reminder_minutes == -45  # 15 minutes before the end of an hour: 45 after the start


# --- extremes ---------------------------------------------------------------------------------------------------

def test_extreme_values_refused_with_line_never_a_hang(db, db_path, tmp_path, run):
    events = [
        _event("d1", "", end="DURATION:P999999999999999999W", title="Uendelig"),
        _event("d2", "", end="DURATION:P9999999D", title="Lang"),
        _event("y9", "", "DTSTART;VALUE=DATE:99991231", "DTEND;VALUE=DATE:99991231", "Sidste dag"),
        _event("y1", "", "DTSTART:00010101T000000Z", "DTEND:00010101T010000Z", "År et"),
        _event("s", "RRULE:FREQ=SECONDLY;UNTIL=20360301T000000Z", title="Hvert sekund"),
        _event("m", "RRULE:FREQ=MINUTELY;UNTIL=21260301T000000Z", title="Hvert minut"),
        _event("ok", "RRULE:FREQ=DAILY\nEXDATE:99991231T000000Z", title="Fin"),
    ]
    path = _ics(tmp_path, "\n".join(events))
    began = clock.perf_counter()
    result = ical.import_file(path)
    assert clock.perf_counter() - began < 60  # a hang would be minutes; this bounds the test, not the speed
    assert result.imported == 1
    skipped = [s for s in result.skipped if not s.note]
    assert len(skipped) == 6 and all(s.place.startswith("line ") for s in skipped)
    assert any("occurrences" in s.reason for s in skipped) and any("9999" in s.reason for s in skipped)
    assert any("EXDATE" in s.reason for s in result.notes)
    export = tmp_path / "out.ics"
    assert run("--database", str(db_path), "export", "calendar", "-o", str(export))[0] == 0
    code, _out, err = run("--database", str(db_path), "list", "events", "--from", "0001-01-01", "--to",
                          "0001-01-31", "--json")
    assert code == 0, err


# --- export -----------------------------------------------------------------------------------------------------

def test_export_keeps_uids_normalises_rules_and_escapes(db, tmp_path, executive):
    from opsassistant.services.calendar import editing  # noqa: F401 - the service exists; rows made here as old data

    Event.create(title="Uden UID", start_utc=datetime(2026, 3, 2, 8, tzinfo=UTC),
                 end_utc=datetime(2026, 3, 2, 9, tzinfo=UTC), rrule="FREQ=WEEKLY;UNTIL=20260330;COUNT=-1")
    Event.create(title="Uden UID", start_utc=datetime(2026, 3, 2, 8, tzinfo=UTC),
                 end_utc=datetime(2026, 3, 2, 9, tzinfo=UTC))
    from opsassistant.db.models import EventAttendee

    EventAttendee.create(event=Event.get(Event.rrule != ""), name="Jens; Hansen", email="jens;hansen@example.dk")
    out = tmp_path / "out.ics"
    ical.export_file(out)
    text = out.read_bytes().decode("utf-8")
    uids = [line for line in text.splitlines() if line.startswith("UID:")]
    assert len(set(uids)) == 2
    ical.export_file(tmp_path / "again.ics")
    assert [line for line in (tmp_path / "again.ics").read_text(encoding="utf-8").splitlines()
            if line.startswith("UID:")] == uids
    assert "RRULE:FREQ=WEEKLY;UNTIL=20260330T215959Z\r" in text  # a date-time UNTIL for a timed start
    assert "COUNT" not in text
    unfolded = text.replace("\r\n ", "")
    assert 'CN="Jens; Hansen"' in unfolded and "mailto:jens%3Bhansen@example.dk" in unfolded
    from icalendar import Calendar

    parsed = Calendar.from_ical(text)
    assert len(parsed.walk("VEVENT")) == 2
