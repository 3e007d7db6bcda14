"""The Python ``.qm`` reader answers exactly as QTranslator does, for every message of both catalogues, with and
without a disambiguation and for plural counts; and a headless command starts without QtCore, in either
language."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from opsassistant.i18n import messages, qm_reader

ROOT = Path(__file__).resolve().parents[2]


def catalogue_messages() -> list[tuple[str, str, str | None]]:
    found = []
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            found += [(name, m.findtext("source"), m.findtext("comment")) for m in context.iter("message")]
    return found


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_message_is_translated_as_qtranslator_does(lang):
    qt = QTranslator()
    assert qt.load(str(messages.qm_path(lang)))
    ours = qm_reader.load(messages.qm_path(lang))
    assert ours is not None
    seen = catalogue_messages()
    assert len(seen) > 1000
    translated = 0
    for context, source, comment in seen:
        for disambiguation in dict.fromkeys((comment, None, "another meaning")):
            for n in (-1, 0, 1, 2, 21):
                expected = qt.translate(context, source, disambiguation, n)
                assert ours.translate(context, source, disambiguation, n) == expected, (context, source, n)
                translated += bool(expected)
        assert ours.translate(context + "X", source) == qt.translate(context + "X", source)
    assert translated  # the comparison saw real translations, not only misses


def test_plural_rules_pick_the_forms_qt_picks():
    # "n != 1" (Danish, English), and a rule with every operator: n%10==1 && n%100!=11 / 2..4 / else
    assert [qm_reader.numerus_index(n, bytes([0x01, 0x01])) for n in (0, 1, 2, 11)] == [1, 0, 1, 1]
    rules = bytes([0x11, 1, 0xFD, 0x29, 11, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 12, 14])
    assert [qm_reader.numerus_index(n, rules) for n in (1, 21, 11, 3, 23, 13, 5, 0)] == [0, 0, 2, 1, 1, 2, 2, 2]


def test_translate_uses_the_python_reader_and_keeps_danish():
    messages._translator.cache_clear()
    messages._lookup.cache_clear()
    assert isinstance(messages._translator("da"), qm_reader.QmCatalogue)
    assert messages.translate("Cli", "what to list", lang="da") != "what to list"
    assert messages.translate("Cli", "what to list", lang="en") == "what to list"


@pytest.mark.parametrize(("lang", "word"), [("da", "brug: opsassistant list"), ("en", "usage: opsassistant list")])
def test_a_command_starts_without_qtcore_and_speaks_the_saved_language(isolated_settings, lang, word):
    """The saved language (written by QSettings, as the app saves it) read without QtCore: a usage error in it."""
    from opsassistant.i18n.preferences import save_language

    save_language(lang)
    script = ("import sys\nfrom opsassistant.cli import main\ntry:\n    main(['list', 'nothing'])\n"
              "except SystemExit:\n    pass\nprint('QtCore' if 'PySide6.QtCore' in sys.modules else 'no Qt')")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(isolated_settings / "config"),
           "LANG": "en_GB.UTF-8" if lang == "da" else "da_DK.UTF-8"}  # the saved choice beats the system's
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.stdout.strip() == "no Qt"
    assert done.stderr.startswith(word), done.stderr
