"""``import`` loads the calendar importer (and icalendar, which it needs at the first VTIMEZONE) on a thread while
the database opens, so a cold import does not pay the two one after the other."""

from __future__ import annotations

import importlib
import threading

from opsassistant.commands import transfer


def _join_warm_up() -> None:
    for thread in threading.enumerate():
        if thread.name == "import-warm-up":
            thread.join(10)


def test_an_ics_file_warms_up_its_importer_and_icalendar(tmp_path, monkeypatch):
    loaded: list[str] = []
    monkeypatch.setattr(importlib, "import_module", lambda name: loaded.append(name))
    ics = tmp_path / "a.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    other = tmp_path / "b.ics"
    other.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    transfer._warm_up([ics, other])
    _join_warm_up()
    assert loaded == ["opsassistant.interop.ical", "icalendar"]  # each once


def test_other_files_start_no_thread_and_a_failing_import_stays_quiet(tmp_path, monkeypatch):
    loaded: list[str] = []

    def fail(name: str) -> None:
        loaded.append(name)
        raise ImportError(name)

    monkeypatch.setattr(importlib, "import_module", fail)
    vcf = tmp_path / "a.vcf"
    vcf.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n", encoding="utf-8")
    transfer._warm_up([vcf, tmp_path / "missing.ics"])
    _join_warm_up()
    assert loaded == []
    ics = tmp_path / "a.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    transfer._warm_up([ics])
    _join_warm_up()
    assert loaded == ["opsassistant.interop.ical"]  # the first failure ends the head start, raising nothing
