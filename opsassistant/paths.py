"""Where the app's bundled files and its data live.

Bundled resources (fonts, icons) sit in the top-level ``resources/`` folder of a checkout and are installed
as the ``opsassistant._resources`` package, so both a checkout and an installed wheel find them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATABASE_ENV = "OPSASSISTANT_DATABASE"
DATABASE_FILENAME = "opsassistant.db"


def resources_dir() -> Path:
    installed = PACKAGE_DIR / "_resources"
    if installed.is_dir():
        return installed
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "opsassistant" / "_resources"
    if frozen.is_dir():
        return frozen
    return PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_data_dir() -> Path:
    """Qt's AppDataLocation for this app, computed without Qt so headless commands stay light."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "OpsAssistant"


def default_database_path() -> Path:
    override = os.environ.get(DATABASE_ENV)
    if override:
        return Path(override).expanduser()
    return default_data_dir() / DATABASE_FILENAME


def verified_stamps_path() -> Path:
    """Which database files this program last verified, in what state (``opsassistant.db.verified``): beside
    the default database, never inside any database."""
    return default_data_dir() / "verified-databases.json"


def backups_dir(database: Path) -> Path:
    return database.resolve().parent / "backups"
