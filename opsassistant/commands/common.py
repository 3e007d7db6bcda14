from __future__ import annotations

import argparse
from pathlib import Path

from opsassistant.paths import default_database_path


def database_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "database", None)
    return Path(given).expanduser() if given else default_database_path()


def open_from_args(args: argparse.Namespace, *, create: bool = True) -> Path:
    """Open the chosen database. Read commands pass ``create=False``: a mistyped name is reported, not created;
    the others (they write) are verified with ``quick_check`` first, so nothing lands in a damaged file."""
    from opsassistant.db.database import open_database

    return open_database(database_path(args), create=create, verify=create)


def load(spec: str):
    """``"package.module:function"`` → the function, imported only when used (keeps start-up light)."""
    from importlib import import_module

    module, _, name = spec.partition(":")
    return getattr(import_module(module), name)
