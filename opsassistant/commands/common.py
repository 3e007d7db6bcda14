from __future__ import annotations

import argparse
from pathlib import Path

from opsassistant.paths import default_database_path


def database_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "database", None)
    return Path(given).expanduser() if given else default_database_path()


def open_from_args(args: argparse.Namespace) -> Path:
    from opsassistant.db.database import open_database

    return open_database(database_path(args))


def load(spec: str):
    """``"package.module:function"`` → the function, imported only when used (keeps start-up light)."""
    from importlib import import_module

    module, _, name = spec.partition(":")
    return getattr(import_module(module), name)
