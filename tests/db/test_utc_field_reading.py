"""Stored moments are read fast and exactly as strictly as before: only ``YYYY-MM-DD HH:MM:SS`` is a moment."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from opsassistant.db.fields import UTCDateTimeField


def test_the_stored_form_reads_as_an_aware_utc_moment():
    field = UTCDateTimeField()
    assert field.python_value("2026-03-29 01:30:05") == datetime(2026, 3, 29, 1, 30, 5, tzinfo=UTC)
    assert field.python_value(field.db_value(datetime(2026, 12, 2, 4, 5, 6, tzinfo=UTC))) == \
        datetime(2026, 12, 2, 4, 5, 6, tzinfo=UTC)
    assert field.python_value(None) is None


@pytest.mark.parametrize("text", ["2026-13-01 10:00:00", "2026-01-01 1a:00:00", "2026-01-01 24:00:00",
                                  "2026-01-01", "2026-01-01T10:00:00", "2026-01-01 10:00:00+02:00",
                                  "2026-W01-1 10:00:00", "2026-01-01 10:00:00.5", "garbage"])
def test_anything_else_is_refused_as_before(text):
    with pytest.raises(ValueError):
        UTCDateTimeField().python_value(text)
