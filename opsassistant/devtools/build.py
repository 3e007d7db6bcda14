"""Regenerate every generated file from its source, deterministically:

- ``ui/*.ui``               → ``opsassistant/gui/forms/ui_*.py``       (pyside6-uic, importing only what they use)
- ``resources/*.qrc``        → ``opsassistant/gui/resources_rc.py``     (pyside6-rcc)
- Python sources and forms   → ``translations/opsassistant_{da,en}.ts`` (pyside6-lupdate, no line numbers)
- ``translations/*.ts``      → ``opsassistant/i18n/qm/*.qm``            (pyside6-lrelease)

``--check`` builds into a temporary folder and lists what differs from the files in the tree.
"""

from __future__ import annotations

import ast
import contextlib
import filecmp
import io
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "opsassistant"
LANGUAGES = ("da", "en")


def _tool(name: str) -> str:
    """pyside6-* tools live beside the interpreter's scripts (or on PATH)."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else (shutil.which(name) or name)


def _run(*command: str) -> None:
    env = dict(os.environ, QT_RCC_SOURCE_DATE_OVERRIDE="1", SOURCE_DATE_EPOCH="1")
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)


@contextlib.contextmanager
def _lock():
    """Serialise builds: several developers' tools may run lupdate on the same .ts at once."""
    try:
        import fcntl
    except ImportError:  # Windows: no concurrent builds there
        yield
        return
    with open(Path(tempfile.gettempdir()) / "opsassistant-build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _strip_header(text: str) -> str:
    """uic/rcc headers name the Qt version; compare without them."""
    return "\n".join(line for line in text.splitlines() if not line.startswith("## ") and "Qt version" not in line
                     and "Created by" not in line)


def only_used_imports(source: str) -> str:
    """A uic form with its ``from PySide6.… import (…)`` lists cut to the names its code uses.

    uic imports the same ~40 names into every form; PySide6 creates a class (and its enums) the first time its
    name is imported, so the Today form alone cost ~8 ms of the start (QConicalGradient, QGradient with its
    180 presets, QUrl, QDateTime …) for names it never uses.
    """
    tree = ast.parse(source)
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
        "PySide6.")]
    lines = source.splitlines(keepends=True)
    spans = {node.lineno - 1: node for node in imports}
    skipped = {i for node in imports for i in range(node.lineno - 1, node.end_lineno)}
    rest = "".join(line for i, line in enumerate(lines) if i not in skipped)
    used = {token.string for token in tokenize.generate_tokens(io.StringIO(rest).readline)
            if token.type == tokenize.NAME}
    out = []
    for i, line in enumerate(lines):
        node = spans.get(i)
        if node is not None:
            names = [alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
                     for alias in node.names if (alias.asname or alias.name) in used]
            if names:
                out.append(textwrap.fill(", ".join(names), 100, initial_indent=f"from {node.module} import (",
                                         subsequent_indent="    ", break_on_hyphens=False) + ")\n")
        elif i not in skipped:
            out.append(line)
    return "".join(out)


def build_forms(out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "__init__.py").write_text('"""Generated from ui/*.ui by `python -m opsassistant.devtools build`."""\n')
    written = [out_dir / "__init__.py"]
    for form in sorted((ROOT / "ui").glob("*.ui")):
        target = out_dir / f"ui_{form.stem}.py"
        _run(_tool("pyside6-uic"), "-g", "python", str(form), "-o", str(target))
        target.write_text(only_used_imports(target.read_text(encoding="utf-8")), encoding="utf-8")
        written.append(target)
    return written


def build_resources(target: Path) -> list[Path]:
    qrc = ROOT / "resources" / "resources.qrc"
    if not qrc.exists():
        return []
    _run(_tool("pyside6-rcc"), "-g", "python", str(qrc), "-o", str(target))
    return [target]


def _sources() -> list[str]:
    files = [str(p) for p in sorted(PACKAGE.rglob("*.py"))
             if "forms" not in p.parts and p.name != "resources_rc.py" and "devtools" not in p.parts]
    files += [str(p) for p in sorted((ROOT / "ui").glob("*.ui"))]
    return files


def update_translations(ts_dir: Path) -> list[Path]:
    written = []
    for lang in LANGUAGES:
        ts = ts_dir / f"opsassistant_{lang}.ts"
        options = ["-locations", "none", "-no-obsolete", "-source-language", "en", "-target-language",
                   "da_DK" if lang == "da" else "en_GB"]
        if lang == "en":
            options.append("-pluralonly")
        _run(_tool("pyside6-lupdate"), *options, *_sources(), "-ts", str(ts))
        written.append(ts)
    return written


def release_translations(ts_dir: Path, qm_dir: Path) -> list[Path]:
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        target = qm_dir / f"opsassistant_{lang}.qm"
        # Written beside the target and renamed: a running app maps the old file and must never see it change.
        partial = target.with_suffix(".qm.part")
        _run(_tool("pyside6-lrelease"), "-silent", str(ts_dir / f"opsassistant_{lang}.ts"), "-qm", str(partial))
        os.replace(partial, target)
        written.append(target)
    return written


def build_all(root_out: Path | None = None) -> dict[Path, Path]:
    """Build into the tree (``root_out`` None) or into ``root_out``; returns generated → tree path."""
    targets = {
        "forms": PACKAGE / "gui" / "forms",
        "rc": PACKAGE / "gui" / "resources_rc.py",
        "ts": ROOT / "translations",
        "qm": PACKAGE / "i18n" / "qm",
    }
    if root_out is None:
        outputs = targets
    else:
        outputs = {key: root_out / key for key in targets}
        outputs["rc"] = root_out / "resources_rc.py"
        outputs["ts"].mkdir(parents=True, exist_ok=True)
        for ts in targets["ts"].glob("*.ts"):
            shutil.copy2(ts, outputs["ts"] / ts.name)
    mapping: dict[Path, Path] = {}
    for path in build_forms(outputs["forms"]):
        mapping[path] = targets["forms"] / path.name
    for path in build_resources(outputs["rc"]):
        mapping[path] = targets["rc"]
    for path in update_translations(outputs["ts"]):
        mapping[path] = targets["ts"] / path.name
    for path in release_translations(outputs["ts"], outputs["qm"]):
        mapping[path] = targets["qm"] / path.name
    return mapping


def stale_files() -> list[str]:
    """Generated files whose committed copy differs from a fresh build (empty when all are fresh)."""
    with _lock(), tempfile.TemporaryDirectory() as tmp:
        mapping = build_all(Path(tmp))
        stale = []
        for fresh, committed in mapping.items():
            if not committed.exists():
                stale.append(f"{committed.relative_to(ROOT)} (missing)")
            elif fresh.suffix == ".py":
                if _strip_header(fresh.read_text()) != _strip_header(committed.read_text()):
                    stale.append(str(committed.relative_to(ROOT)))
            elif not filecmp.cmp(fresh, committed, shallow=False):
                stale.append(str(committed.relative_to(ROOT)))
        forms_dir = PACKAGE / "gui" / "forms"
        expected = {committed for committed in mapping.values()}
        for extra in forms_dir.glob("ui_*.py"):
            if extra not in expected:
                stale.append(f"{extra.relative_to(ROOT)} (no source in ui/)")
        return stale


def run(check: bool = False) -> int:
    if check:
        stale = stale_files()
        for line in stale:
            print(f"stale: {line}")
        return 1 if stale else 0
    with _lock():
        for path in build_all():
            print(f"built {path}")
    return 0
