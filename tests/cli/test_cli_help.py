"""The command line speaks the user's language: help, descriptions and usage errors in Danish under
``--lang da`` or a Danish system; every option explained; usage errors instead of "None"; quiet on a closed
pipe. Run as the user runs it: a subprocess."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from opsassistant import cli
from opsassistant.i18n.language import set_current_language

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = ("demo", "import", "export", "list", "report", "log-call", "backup", "restore", "check", "account", "sync",
            "invite", "mail")


def opsassistant(*argv: str, lang_env: str = "en_GB.UTF-8", **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang_env, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-m", "opsassistant", *argv], capture_output=True, text=True,
                          env=env, timeout=120, **kwargs)


def test_help_is_danish_under_lang_da():
    result = opsassistant("--lang", "da", "--help")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("brug: opsassistant")
    for danish in ("tilvalg:", "vis denne hjælp og afslut", "kommandoer:", "registrér et opkald",
                   "udskriv en rapport til en PDF-fil", "Slutkoder:"):
        assert danish in out, danish
    for english in ("usage:", "options:", "show this help", "print a report"):
        assert english not in out, english


def test_help_follows_a_danish_system_and_english_stays_english(tmp_path):
    danish = opsassistant("report", "--help", lang_env="da_DK.UTF-8")
    assert danish.returncode == 0
    assert "brug: opsassistant report" in danish.stdout and "hvilken rapport" in danish.stdout
    assert "ÅÅÅÅ-MM-DD" in danish.stdout and "FIL.pdf" in danish.stdout
    english = opsassistant("report", "--help")
    assert "usage: opsassistant report" in english.stdout and "which report" in english.stdout
    assert "YYYY-MM-DD" in english.stdout


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_command_has_a_description_and_every_option_a_help_text(lang):
    """In-process over the parser itself: nothing left without an explanation, and in Danish nothing left in
    English (each text differs from its English source)."""
    set_current_language("en")
    english = cli.build_parser()
    set_current_language(lang)
    parser = cli.build_parser()
    assert set(parser.commands) == set(COMMANDS)
    for name in COMMANDS:
        command, source = parser.commands[name], english.commands[name]
        assert command.description
        for action, original in zip(command._actions, source._actions, strict=True):
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help, (name, action.dest)
            if lang == "da":
                assert action.help != original.help, (name, action.dest)
        if lang == "da":
            assert command.description != source.description, name


@pytest.mark.parametrize("name", COMMANDS)
def test_each_subcommand_help_in_danish(name):
    result = opsassistant(name, "--help", "--lang", "da")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"brug: opsassistant {name}")
    assert "show this help message" not in result.stdout and "vis denne hjælp og afslut" in result.stdout


def test_date_options_say_their_format():
    result = opsassistant("list", "--help")
    assert "--from DATE" in result.stdout and "YYYY-MM-DD (e.g. 2026-04-02)" in result.stdout
    result = opsassistant("log-call", "--help")
    assert "YYYY-MM-DD HH:MM" in result.stdout


@pytest.mark.parametrize("kind, word", [("itinerary", "trip"), ("outing", "outing")])
def test_a_report_without_its_id_is_a_usage_error(tmp_path, kind, word):
    result = opsassistant("--database", str(tmp_path / "ops.db"), "report", kind, "-o", str(tmp_path / "r.pdf"))
    assert result.returncode == 2
    assert "None" not in result.stderr
    assert f"report {kind} needs the ID of the {word}" in result.stderr
    assert "usage: opsassistant report" in result.stderr
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "ops.db").exists()
    danish = opsassistant("report", kind, "-o", str(tmp_path / "r.pdf"), "--lang", "da")
    assert danish.returncode == 2 and "skal have" in danish.stderr and "fejl:" in danish.stderr


def test_usage_errors_are_danish_too(tmp_path):
    result = opsassistant("--lang", "da", "list", "kontakter")
    assert result.returncode == 2
    assert "ugyldigt valg: 'kontakter'" in result.stderr and "brug: opsassistant list" in result.stderr
    result = opsassistant("--lang", "da", "list", "events", "--from", "2.4.2026")
    assert result.returncode == 2 and "ikke en dato: 2.4.2026" in result.stderr
    result = opsassistant("--lang", "da", "export", "contacts")
    assert result.returncode == 2 and "disse argumenter mangler: -o/--output" in result.stderr


def test_list_into_a_closed_pipe_ends_quietly(demo_db):
    """``list … | head -1``: the reader stops after one line; the command ends with exit 0 and says nothing."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "opsassistant", "--database", str(demo_db), "list", "events", "--from",
         "2020-01-01", "--to", "2030-12-31", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = process.stdout.readline()
    process.stdout.close()  # the reader goes away with most of the output unread
    error = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert first.strip() == b"["
    assert error == "" and code == 0
