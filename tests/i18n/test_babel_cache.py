"""Babel's merged locale data read from one cache file at the start instead of four Babel files and a merge."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from opsassistant.i18n import babel_cache

ROOT = Path(__file__).resolve().parents[2]

# A fresh process, as a start is: prime the locale, then format what the Today page and the calendar show.
_CHILD = """
import json, sys
from datetime import date, time
from opsassistant.i18n import babel_cache, formatting as fmt
from opsassistant.i18n.babel_dates import babel_dates
lang = sys.argv[1]
babel_cache.prime({"da": "da_DK", "en": "en_DK"}[lang])
day = date(2026, 4, 2)
texts = [fmt.format_full_date_with_week(day, lang), fmt.format_date(day, "medium", lang),
         fmt.format_date(day, "short", lang), fmt.format_time(time(14, 5), lang), fmt.format_number(1234567, lang),
         fmt.format_money(123450, "DKK", lang), fmt.timezone_name("Asia/Tokyo", lang=lang),
         " ".join(babel_dates.get_month_names("wide", locale=fmt._locale(lang)).values()),
         " ".join(babel_dates.get_day_names("abbreviated", locale=fmt._locale(lang)).values())]
print(json.dumps({"texts": texts}))
"""


def _start(lang: str, data_home: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, lang], capture_output=True, text=True, check=True,
                          cwd=ROOT, env={**os.environ, "XDG_DATA_HOME": str(data_home)})
    return json.loads(done.stdout)


def test_a_later_start_reads_the_cached_locale_and_formats_exactly_as_babel(tmp_path):
    for lang, identifier in (("da", "da_DK"), ("en", "en_DK")):
        first = _start(lang, tmp_path)  # Babel's own loading; the cache file is written
        cached = tmp_path / "OpsAssistant" / "cache" / f"babel-{identifier}.pickle"
        assert cached.is_file()
        later = _start(lang, tmp_path)
        assert later["texts"] == first["texts"]
        assert first["texts"][0] in ("torsdag den 2. april 2026 · uge 14", "Thursday 2 April 2026 · week 14")
    stamp, data = pickle.loads(cached.read_bytes())
    assert stamp == babel_cache._stamp("en_DK") and "months" in data


def _forget(monkeypatch) -> None:
    """This process's Babel as at a start: no locale loaded yet (its two caches, restored after the test)."""
    from babel import localedata

    monkeypatch.setattr(localedata, "_cache", {})
    monkeypatch.setattr(localedata, "_dict_cache", {})


def test_a_stale_or_damaged_cache_file_is_ignored_and_written_again(tmp_path, monkeypatch):
    from babel import localedata

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    path = babel_cache.cache_file("da_DK")
    path.parent.mkdir(parents=True)
    stamp = babel_cache._stamp("da_DK")
    wrong = {"days": {"format": {"wide": {0: "MONDAY?"}}}}
    for content in (pickle.dumps(((0, "1.0", "da_DK", ()), wrong)), b"not a pickle at all"):
        path.write_bytes(content)
        _forget(monkeypatch)
        babel_cache.prime("da_DK")
        assert localedata._cache["da_DK"]["days"]["format"]["wide"][0] == "mandag"
        assert pickle.loads(path.read_bytes())[0] == stamp  # written again, for this Babel


def test_a_current_cache_file_is_what_babel_gets(tmp_path, monkeypatch):
    """The cache file's dictionary is handed to Babel: a marker put in it shows up in what Babel formats."""

    from opsassistant.i18n import formatting as fmt

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    _forget(monkeypatch)
    babel_cache.prime("da_DK")  # writes the file
    path = babel_cache.cache_file("da_DK")
    stamp, data = pickle.loads(path.read_bytes())
    data["days"]["format"]["wide"][3] = "MARKER"  # Thursday
    path.write_bytes(pickle.dumps((stamp, data)))
    _forget(monkeypatch)
    monkeypatch.setattr(fmt, "_PARSED", {})
    babel_cache.prime("da_DK")
    from datetime import date

    assert fmt.format_full_date(date(2026, 4, 2), "da").startswith("MARKER den 2. april")
