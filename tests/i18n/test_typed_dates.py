"""Dates and times as an office types them: Danish and ISO forms read, anything else refused, never guessed."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from opsassistant.i18n.typed_dates import TypedDateError, parse_date, parse_datetime, parse_time

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, expected", [
    ("3.12.2026", date(2026, 12, 3)), ("3/12/2026", date(2026, 12, 3)), ("03-12-26", date(2026, 12, 3)),
    ("3.12.", date(2026, 12, 3)), ("3/12", date(2026, 12, 3)), ("2026-12-03", date(2026, 12, 3)),
    ("03122026", date(2026, 12, 3)), ("031226", date(2026, 12, 3)), ("3. december 2026", date(2026, 12, 3)),
    ("3 dec", date(2026, 12, 3)), ("10.1.2027", date(2027, 1, 10)), ("i morgen", date(2026, 12, 2)),
    ("I dag", TODAY), ("tomorrow", date(2026, 12, 2)), ("i går", date(2026, 11, 30)), ("+7", date(2026, 12, 8)),
])
def test_dates_as_typed(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["givet1012027", "31.2.2026", "13/13", "", "2026-13-01", "i næste uge"])
def test_what_is_no_date_is_refused_with_a_sentence(text):
    with pytest.raises(TypedDateError) as caught:
        parse_date(text, TODAY)
    assert str(caught.value).endswith(".")


@pytest.mark.parametrize("text, expected", [
    ("9", time(9)), ("9.30", time(9, 30)), ("09:30", time(9, 30)), ("930", time(9, 30)), ("1415", time(14, 15)),
    ("kl. 14", time(14)),
])
def test_times_as_typed(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24.00", "9.75", "nu", "12345"])
def test_what_is_no_time_is_refused(text):
    with pytest.raises(TypedDateError):
        parse_time(text)


def test_date_and_time_together():
    assert parse_datetime("3.12.2026 9.30", TODAY) == datetime(2026, 12, 3, 9, 30)
    assert parse_datetime("i morgen 14", TODAY) == datetime(2026, 12, 2, 14)
    assert parse_datetime("i morgen kl. 14.30", TODAY) == datetime(2026, 12, 2, 14, 30)
    assert parse_datetime("2026-12-03T08:15", TODAY) == datetime(2026, 12, 3, 8, 15)
    assert parse_datetime("3.12.", TODAY, default_time=time(10)) == datetime(2026, 12, 3, 10)
    with pytest.raises(TypedDateError):
        parse_datetime("3.12.2026 25.00", TODAY)
