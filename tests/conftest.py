"""Every test gets its own database and its own settings; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch):
    """QSettings and the data folder point into a temporary folder, never at the developer's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("OPSASSISTANT_DATABASE", raising=False)
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    from opsassistant.i18n.language import set_current_language

    set_current_language("en")
    yield home
    set_current_language("en")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ops.db"


@pytest.fixture
def db(db_path):
    """An open, migrated, empty database."""
    from opsassistant.db.database import close_database, open_database
    from opsassistant.db.models import database

    open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def executive(db):
    from opsassistant.services import principals

    return principals.save(principals.PrincipalData(name="Karen Holm", role="executive", title="Direktør"))


@pytest.fixture
def team_member(db):
    from opsassistant.services import principals

    return principals.save(principals.PrincipalData(name="Mads Kjær", role="team", colour="#2ca02c"))


@pytest.fixture
def shown(monkeypatch):
    """The send-mail dialogs the program shows, in order: a spy on ``show`` (they are non-modal), each kept after
    it closes (the program lets Qt delete it) so the test can read how it ended."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog

    from opsassistant.gui.mail.send_dialog import SendMailDialog

    dialogs: list = []

    def show(self) -> None:
        dialogs.append(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        QDialog.show(self)

    monkeypatch.setattr(SendMailDialog, "show", show)
    return dialogs


@pytest.fixture
def checks(monkeypatch) -> list[Path]:
    """The files ``quick_check`` ran on, in order (the real check still runs)."""
    from opsassistant.db import integrity

    seen: list[Path] = []
    real = integrity.quick_check

    def counting(path: Path, *, full: bool = False) -> list[str]:
        seen.append(Path(path))
        return real(path, full=full)

    monkeypatch.setattr(integrity, "quick_check", counting)
    return seen
