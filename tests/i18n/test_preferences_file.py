"""A command reads the saved language from QSettings' INI file itself: the same answer as QSettings for the
forms a file can hold, from the files QSettings reads, in its order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from opsassistant.i18n import preferences

CASES = [
    "[General]\nlanguage=da\n", "[General]\nlanguage = en \n", '[General]\nlanguage="da"\n',
    '[General]\nlanguage=" da"\n', "[General]\nlanguage=da, en\n", '[General]\nlanguage="da, en"\n',
    "[general]\nlanguage=da\n", "language=da\n[Other]\nlanguage=en\n", "[Other]\nlanguage=en\n",
    "[General]\nlanguage=en\nlanguage=da\n", "; note\n[General]\n# x\r\nlanguage=da\r\n", "\ufeff[General]\nlanguage=da\n",
    "[General]\nlanguage=@@da\n", "[General]\nlanguage=@Invalid()\n", "[General]\nlanguage=\\x64\\x61\n",
    "[General]\nlanguage=\\144a\n", "[General]\nlanguage=\n", "[General]\nlanguage=da\n[General]\nlanguage=en\n",
    "[%General]\nlanguage=da\n", "[ General ]\nlanguage=da\n", "[General]\nLanguage=da\n",
    "[General]\ngeometry=@ByteArray(\\0\\x1)\nlanguage=en\n[MainWindow]\nlanguage=da\n",
]


@pytest.mark.parametrize("text", CASES)
def test_the_file_reads_as_qsettings_reads_it(tmp_path, text):
    path = tmp_path / "settings.ini"
    path.write_bytes(text.encode("utf-8"))
    theirs = QSettings(str(path), QSettings.Format.IniFormat).value("language")
    ours = preferences._ini_string(raw) if (raw := preferences._ini_general(text).get("language")) is not None \
        else None
    assert (ours if ours in ("da", "en") else None) == (theirs if theirs in ("da", "en") else None)
    if isinstance(theirs, str) and not text.count("@"):
        assert ours == theirs


def test_the_files_and_their_order(isolated_settings, monkeypatch, tmp_path):
    user = isolated_settings / "config"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path / 'one'}:{tmp_path / 'two'}")
    assert preferences.ini_files() == [
        user / "OpsAssistant" / "OpsAssistant.ini", user / "OpsAssistant.ini",
        tmp_path / "one" / "OpsAssistant" / "OpsAssistant.ini", tmp_path / "two" / "OpsAssistant" / "OpsAssistant.ini",
        tmp_path / "one" / "OpsAssistant.ini", tmp_path / "two" / "OpsAssistant.ini"]
    (tmp_path / "one").mkdir()
    (tmp_path / "one" / "OpsAssistant.ini").write_text("[General]\nlanguage=en\n")
    assert preferences._ini_value("language") == "en"
    (tmp_path / "two" / "OpsAssistant").mkdir(parents=True)
    (tmp_path / "two" / "OpsAssistant" / "OpsAssistant.ini").write_text("[General]\nlanguage=da\n")
    assert preferences._ini_value("language") == "da"  # a system file of the app beats one of the organisation


def test_what_the_app_saves_is_what_a_command_reads(isolated_settings):
    """The app writes through QSettings (the same file); the file reader finds it."""
    assert preferences._ini_value("language") is None
    preferences.save_language("da")
    assert preferences._ini_value("language") == "da"
    preferences.save_language("en")
    assert preferences._ini_value("language") == "en"
