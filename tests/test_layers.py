"""DESIGN.md's layers: imports only point down; only gui/ touches Qt Widgets; gui/ talks to services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "opsassistant"


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", modules("db", "services", "interop", "reports"), ids=lambda p: p.stem)
def test_lower_layers_never_import_qt(path):
    assert not {name for name in imports_of(path) if name.startswith(("PySide6", "opsassistant.gui"))}


@pytest.mark.parametrize("path", modules("i18n"), ids=lambda p: p.stem)
def test_i18n_uses_qtcore_only(path):
    qt = {name for name in imports_of(path) if name.startswith("PySide6")}
    assert qt <= {"PySide6.QtCore"}


@pytest.mark.parametrize("path", [p for p in modules("gui") if "forms" not in p.parts], ids=lambda p: p.stem)
def test_gui_talks_to_services_not_to_peewee(path):
    assert not {name for name in imports_of(path) if name == "peewee" or name.startswith("opsassistant.db.models")}


@pytest.mark.parametrize("path", modules("db"), ids=lambda p: p.stem)
def test_db_does_not_reach_up(path):
    upward = ("opsassistant.services", "opsassistant.interop", "opsassistant.reports", "opsassistant.gui")
    assert not {name for name in imports_of(path) if name.startswith(upward)}
