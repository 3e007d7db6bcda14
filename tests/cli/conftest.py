"""Command-line tests run ``opsassistant.cli.main`` in-process; a demo database is made once and copied."""

from __future__ import annotations

import shutil
from dataclasses import dataclass

import pytest

from opsassistant import cli


@dataclass
class Outcome:
    code: int
    out: str
    err: str


@pytest.fixture
def run(capsys):
    """``run("list", "contacts", ...)`` → Outcome(exit code, stdout, stderr)."""

    def runner(*argv: str) -> Outcome:
        capsys.readouterr()
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exc:  # argparse: --version, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return runner


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert cli.main(["--database", str(path), "demo"]) == 0
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A fresh copy of the demo database for one test."""
    from opsassistant.db.database import close_database

    close_database()
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return target
