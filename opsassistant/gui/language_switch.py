"""Live language switching: swaps the app's and Qt's own translators; widgets retranslate on LanguageChange."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from opsassistant.i18n.language import current_language, normalise, set_current_language
from opsassistant.i18n.messages import qm_path
from opsassistant.i18n.preferences import save_language

QT_LOCALES = {"da": QLocale(QLocale.Language.Danish, QLocale.Country.Denmark),
              "en": QLocale(QLocale.Language.English, QLocale.Country.Denmark)}


class LanguageSwitcher(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._translators: list[QTranslator] = []
        self.language: str | None = None

    def apply(self, lang: str, *, remember: bool = True) -> None:
        lang = normalise(lang)
        app = QCoreApplication.instance()
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators = []
        set_current_language(lang)
        QLocale.setDefault(QT_LOCALES[lang])
        own = QTranslator(self)
        if own.load(str(qm_path(lang))):
            self._translators.append(own)
        if lang == "da":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name in ("qtbase_da", "qt_da"):
                qt = QTranslator(self)
                if qt.load(name, qt_dir):
                    self._translators.append(qt)
                    break
        for translator in self._translators:
            app.installTranslator(translator)
        self.language = lang
        if remember:
            save_language(lang)
        self.changed.emit(lang)


_switcher: LanguageSwitcher | None = None


def switcher() -> LanguageSwitcher:
    """The application's one switcher (created on first use)."""
    global _switcher
    if _switcher is None:
        _switcher = LanguageSwitcher(QCoreApplication.instance())
    return _switcher


def set_language(lang: str, *, remember: bool = True) -> None:
    switcher().apply(lang, remember=remember)


def language() -> str:
    return current_language()
