"""The remembered UI preferences (language, window geometry) in QSettings — QtCore only.

The desktop app reads and writes them through :func:`settings`. A headless command only needs the language:
on Linux :func:`saved_language` reads it from QSettings' INI file itself (the files QSettings would read, in
its order), so a command does not load QtCore for one word (see :mod:`opsassistant.i18n.qm_reader`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from opsassistant import APP_ORGANISATION

SETTINGS_APP = "OpsAssistant"
_LANGUAGES = ("da", "en")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
_HEX, _OCTAL = "0123456789abcdefABCDEF", "01234567"


def settings():
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ORGANISATION, SETTINGS_APP)


def saved_language() -> str | None:
    if sys.platform.startswith("linux") and "PySide6.QtCore" not in sys.modules:
        value = _ini_value("language")
    else:  # QSettings' own paths elsewhere; and in the app, what it may have set up (QSettings.setPath)
        value = settings().value("language")
    return value if value in _LANGUAGES else None


def save_language(lang: str) -> None:
    store = settings()
    store.setValue("language", lang)
    store.sync()


def startup_language(requested: str | None) -> str:
    """``--lang`` wins, then the remembered choice, then the system locale (first start)."""
    from opsassistant.i18n.language import normalise, system_language

    if requested:
        return normalise(requested)
    return saved_language() or system_language()


def ini_files() -> list[Path]:
    """The INI files QSettings(IniFormat, UserScope, organisation, app) reads on Linux, first one first: the
    user's file of the app, of the organisation, then each system folder's (``$XDG_CONFIG_DIRS``) of the app, then
    of the organisation."""
    user = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    system = [Path(p) for p in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if p]
    app, organisation = f"{APP_ORGANISATION}/{SETTINGS_APP}.ini", f"{APP_ORGANISATION}.ini"
    return [user / app, user / organisation, *(d / app for d in system), *(d / organisation for d in system)]


def _ini_value(key: str) -> str | None:
    """A top-level string value as QSettings reads it from the first file that has the key; None when none has
    it or it is not one plain string (a list, a ``@Variant``)."""
    for path in ini_files():
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = _ini_general(text).get(key)
        if found is not None:
            return _ini_string(found)
    return None


def _ini_general(text: str) -> dict[str, str]:
    """The raw values of the keys of the [General] section (and of the lines before any section); the last one
    of a key wins, as in QSettings."""
    values: dict[str, str] = {}
    general = True
    for line in text.lstrip("\ufeff").splitlines():
        line = line.strip()
        if not line or line[0] in ";#":
            continue
        if line.startswith("["):
            general = line[1:].partition("]")[0].strip().lower() == "general"
            continue
        name, equals, value = line.partition("=")
        if equals and general:
            values[name.strip()] = value.strip()
    return values


def _ini_string(raw: str) -> str | None:
    """An INI value as one string (quotes removed, backslash escapes read); None for a list or a variant."""
    if raw.startswith("@"):
        return None
    out: list[str] = []
    quoted = False
    index = 0
    while index < len(raw):
        char = raw[index]
        if char == '"':
            quoted = not quoted
        elif char == "\\" and index + 1 < len(raw):
            index += 1
            digits = _HEX if raw[index] in "xX" else _OCTAL if raw[index] in _OCTAL else ""
            if digits:
                end = index + (raw[index] in "xX")
                while end < len(raw) and raw[end] in digits:
                    end += 1
                number = raw[index + (raw[index] in "xX"):end]
                out.append(chr(int(number, 16 if digits is _HEX else 8)) if number else "")
                index = end
                continue
            out.append(_ESCAPES.get(raw[index], raw[index]))
        elif char == "," and not quoted:
            return None
        else:
            out.append(char)
        index += 1
    return "".join(out)
