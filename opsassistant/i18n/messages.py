"""Message lookup in a chosen language, independent of the language the UI shows.

Source strings are English; ``translate("Context", "Text")`` is found by ``pyside6-lupdate`` like
``QCoreApplication.translate``. ``n`` selects a plural form and replaces ``%n``.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from opsassistant.i18n.language import current_language, normalise

QM_DIR = Path(__file__).resolve().parent / "qm"


def qm_path(lang: str) -> Path:
    return QM_DIR / f"opsassistant_{lang}.qm"


@cache
def _translator(lang: str):
    """The catalogue of ``lang``, read on its first message: in Python (no QtCore for a headless command,
    see :mod:`opsassistant.i18n.qm_reader`), by QTranslator for a file that reader does not answer for."""
    from opsassistant.i18n.qm_reader import load

    path = qm_path(lang)
    catalogue = load(path)
    if catalogue is not None:
        return catalogue
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if path.exists():
        translator.load(str(path))
    return translator


@lru_cache(maxsize=8192)
def _lookup(lang: str, context: str, source: str, disambiguation: str | None, n: int) -> str:
    """Remembered: the Python lookup hashes the text byte by byte (a window's labels ask again on each switch)."""
    return _translator(lang).translate(context, source, disambiguation, n)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1,
              *, lang: str | None = None) -> str:
    lang = normalise(lang) if lang else current_language()
    text = _lookup(lang, context, source, disambiguation, n) or source
    if n >= 0:
        text = text.replace("%n", str(n))
    return text


class Translator:
    """A report's or a command's fixed language: ``t = Translator("da"); t.translate("Ctx", "Text")``."""

    def __init__(self, lang: str | None = None):
        self.lang = normalise(lang) if lang else current_language()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(context, source, disambiguation, n, lang=self.lang)
