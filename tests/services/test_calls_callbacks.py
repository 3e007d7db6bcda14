"""Call-back times: the quick choices and typed moments, impossible ones refused."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from opsassistant.services.calls.callbacks import ImpossibleTime, parse_moment, quick_choice

CPH = ZoneInfo("Europe/Copenhagen")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=CPH)


@pytest.mark.parametrize(("now", "key", "expected"), [
    (local(2026, 3, 2, 9, 7), "hour", local(2026, 3, 2, 10, 10)),
    (local(2026, 3, 2, 9, 7), "lunch", local(2026, 3, 2, 11, 30)),
    (local(2026, 3, 2, 12, 0), "lunch", local(2026, 3, 3, 11, 30)),
    (local(2026, 3, 2, 9, 0), "end_of_day", local(2026, 3, 2, 16, 30)),
    (local(2026, 3, 6, 17, 0), "end_of_day", local(2026, 3, 9, 16, 30)),  # Friday evening → Monday
    (local(2026, 3, 6, 9, 0), "tomorrow", local(2026, 3, 9, 8, 30)),  # Friday → Monday morning
    (local(2026, 3, 2, 9, 0), "tomorrow", local(2026, 3, 3, 8, 30)),
])
def test_quick_choices(now, key, expected):
    assert quick_choice(key, now.astimezone(UTC)) == expected


def test_quick_choice_follows_working_hours():
    now = local(2026, 3, 2, 9, 0)
    assert quick_choice("end_of_day", now, work_end="15:00") == local(2026, 3, 2, 15, 0)
    assert quick_choice("tomorrow", now, work_start="07:45") == local(2026, 3, 3, 7, 45)


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-03-02 14:30", local(2026, 3, 2, 14, 30)),
    ("2026-03-02T14:30", local(2026, 3, 2, 14, 30)),
    ("2026-07-01 09.15", local(2026, 7, 1, 9, 15)),
    ("2.3.2026 14.30", local(2026, 3, 2, 14, 30)),
    ("2026-03-02T14:30:00+00:00", datetime(2026, 3, 2, 14, 30, tzinfo=UTC)),
    ("2026-03-02T13:30Z", datetime(2026, 3, 2, 13, 30, tzinfo=UTC)),
    ("14:30", local(2026, 3, 2, 14, 30)),
])
def test_parse_moment(text, expected):
    assert parse_moment(text, now=local(2026, 3, 2, 9, 0)) == expected


@pytest.mark.parametrize("text", ["2026-02-30 10:00", "2026-03-02 25:00", "2026-03-02 10:61", "tomorrow",
                                  "", "2026-13-01", "31.4.2026 10.00", "2026-03-29 02:30"])
def test_impossible_times_are_refused(text):
    with pytest.raises(ImpossibleTime) as caught:
        parse_moment(text)
    assert text in str(caught.value)


def test_impossible_time_message_in_danish():
    with pytest.raises(ImpossibleTime) as caught:
        parse_moment("2026-02-30 10:00", lang="da")
    assert "ikke et muligt tidspunkt" in str(caught.value)


@given(st.text(max_size=40))
def test_garbage_never_crashes(text):
    try:
        moment = parse_moment(text)
    except ImpossibleTime:
        return
    assert moment.tzinfo is not None
