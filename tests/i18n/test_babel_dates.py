"""Babel's dates are imported on zoneinfo, never on pytz (whose zone lookup on import checked ~600 files)."""

from __future__ import annotations

import json
import subprocess
import sys

_CHILD = """
import json, sys
if sys.argv[1] == "pytz-first":
    import pytz  # as after an import command's vobject
    before = pytz
if sys.argv[1] == "babel-on-pytz":
    import babel.dates  # imported directly, before the program's module: Babel's pytz mode
from opsassistant.i18n.babel_dates import babel_dates
from opsassistant.i18n import formatting as fmt
from datetime import date, datetime, UTC
moment = datetime(2026, 4, 2, 12, 5, tzinfo=UTC)
json.dump({"babel_pytz": babel_dates.pytz is not None,
           "localtz": type(babel_dates.LOCALTZ).__module__,
           "pytz_loaded": "pytz" in sys.modules and sys.modules["pytz"] is not None,
           "pytz_kept": sys.argv[1] != "pytz-first" or sys.modules.get("pytz") is before,
           "texts": [fmt.format_full_date(date(2026, 4, 2), "da"), fmt.format_time(moment, "da"),
                     fmt.format_datetime(moment, "Asia/Tokyo", "en"), fmt.timezone_name("Asia/Tokyo", lang="da"),
                     fmt.timezone_name("America/New_York", lang="en")]}, sys.stdout)
"""


def _run(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, mode], capture_output=True, text=True, timeout=60,
                          check=True)
    return json.loads(done.stdout)


def test_babel_dates_use_zoneinfo_and_leave_pytz_unimported():
    seen = _run("alone")
    assert not seen["babel_pytz"] and not seen["pytz_loaded"]
    assert not seen["localtz"].startswith("pytz")
    assert seen["texts"] == ["torsdag den 2. april 2026", "12.05", "02/04/2026 21.05", "Tokyo", "New York"]


def test_babel_dates_use_zoneinfo_even_after_pytz_was_imported():
    seen = _run("pytz-first")
    assert not seen["babel_pytz"] and seen["pytz_kept"]
    assert seen["texts"] == _run("alone")["texts"]


def test_the_texts_are_those_babel_writes_on_pytz():
    on_pytz = _run("babel-on-pytz")
    assert on_pytz["babel_pytz"]  # the comparison is with the other mode
    assert on_pytz["texts"] == _run("alone")["texts"]
