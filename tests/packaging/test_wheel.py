"""The installed wheel carries everything the app needs at run time, and works from another folder."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """``pip wheel .`` then ``pip install --target`` (no dependencies: they are the test machine's)."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(work / "dist"), str(ROOT)], check=True, cwd=work)
    wheel = next((work / "dist").glob("opsassistant-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(work / "site"),
                    str(wheel)], check=True, cwd=work)
    return wheel, work / "site", work


def _run(site: Path, cwd: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environment.update(PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen", HOME=str(cwd), **env)
    return subprocess.run([sys.executable, "-m", "opsassistant", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=120)


def test_every_package_of_the_tree_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    in_tree = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "opsassistant").rglob("__init__.py")}
    assert in_tree | {"opsassistant._resources"} == listed


def test_the_wheel_carries_forms_translations_fonts_and_icons(installed):
    wheel, _, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in ("opsassistant/i18n/qm/opsassistant_da.qm", "opsassistant/i18n/qm/opsassistant_en.qm",
                   "opsassistant/_resources/fonts/DejaVuSans.ttf", "opsassistant/_resources/fonts/LICENSE-DejaVu.txt",
                   "opsassistant/_resources/icons/opsassistant.svg", "opsassistant/gui/resources_rc.py",
                   "opsassistant/gui/forms/ui_settings.py", "opsassistant/gui/forms/ui_today.py"):
        assert needed in names
    forms = {f"opsassistant/gui/forms/ui_{ui.stem}.py" for ui in (ROOT / "ui").glob("*.ui")}
    assert forms <= names


def test_installed_app_runs_from_another_folder(installed, tmp_path):
    _, site, _ = installed
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    database = elsewhere / "office.db"
    where = subprocess.run([sys.executable, "-c", "import opsassistant.paths as p; print(p.resources_dir())"],
                           cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(site)}, capture_output=True,
                           text=True, check=True).stdout.strip()
    assert where.startswith(str(site))
    assert _run(site, elsewhere, "--version").stdout.startswith("Ops Assistant")
    assert _run(site, elsewhere, "demo", "--database", str(database)).returncode == 0
    report = _run(site, elsewhere, "report", "phonelist", "-o", "list.pdf", "--lang", "da",
                  "--database", str(database))
    assert report.returncode == 0, report.stderr
    from pypdf import PdfReader

    assert "Telefonliste" in PdfReader(elsewhere / "list.pdf").pages[0].extract_text()


def test_installed_gui_starts_and_paints_in_danish(installed, tmp_path):
    _, site, _ = installed
    started = _run(site, tmp_path, "--database", str(tmp_path / "gui.db"), "--lang", "da",
                   OPSASSISTANT_BENCH_EXIT_AFTER_PAINT="1")
    assert started.returncode == 0, started.stderr
    assert "painted-ms:" in started.stdout
