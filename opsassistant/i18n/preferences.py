"""The remembered UI preferences (language, window geometry) in QSettings — QtCore only."""

from __future__ import annotations

from opsassistant import APP_ORGANISATION

SETTINGS_APP = "OpsAssistant"


def settings():
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_ORGANISATION, SETTINGS_APP)


def saved_language() -> str | None:
    value = settings().value("language")
    return value if value in ("da", "en") else None


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
