"""Build the one-folder app with PyInstaller: ``dist/opsassistant/`` (``opsassistant`` + ``opsassistant-cli``).

    pip install -e ".[packaging]"
    python packaging/build.py              # dist/opsassistant/ (and dist/Ops Assistant.app on macOS)
    python packaging/build.py --smoke      # … then run packaging/smoke_test.py on the result
    python packaging/build.py --installer  # … then the platform's installer/archive (see packaging/README.md)

The generated files (.qm, forms) must be current: ``python -m opsassistant.devtools build`` is run first
unless ``--no-regenerate`` is given.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "dk.opsassistant.OpsAssistant"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def regenerate() -> None:
    subprocess.run([sys.executable, "-m", "opsassistant.devtools", "build"], cwd=ROOT, check=True)


def pyinstaller(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    PyInstaller.__main__.run([
        str(PACKAGING / "opsassistant.spec"), "--noconfirm", "--clean",
        "--distpath", str(dist), "--workpath", str(work), "--log-level", "WARN",
    ])
    return dist / "opsassistant"


def add_linux_files(app_dir: Path) -> None:
    """share/applications, share/metainfo and share/icons inside the folder, ready to copy under /usr."""
    share = app_dir / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(PACKAGING / "linux" / "icons", share / "icons", dirs_exist_ok=True)


def installer(app_dir: Path, dist: Path, version: str) -> Path | None:
    system = platform.system()
    if system == "Windows":
        iscc = shutil.which("iscc") or shutil.which("ISCC") or \
            r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        subprocess.run([iscc, f"/DMyAppVersion={version}", f"/DSourceDir={app_dir}", f"/O{dist}",
                        str(PACKAGING / "windows" / "opsassistant.iss")], check=True)
        return dist / f"OpsAssistant-{version}-setup.exe"
    if system == "Darwin":
        target = dist / f"OpsAssistant-{version}-macos.dmg"
        subprocess.run(["hdiutil", "create", "-volname", "Ops Assistant", "-srcfolder",
                        str(dist / "Ops Assistant.app"), "-ov", "-format", "UDZO", str(target)], check=True)
        return target
    target = dist / f"opsassistant-{version}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(app_dir, arcname=f"opsassistant-{version}")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-regenerate", action="store_true", help="skip `python -m opsassistant.devtools build`")
    parser.add_argument("--smoke", action="store_true", help="run packaging/smoke_test.py afterwards")
    parser.add_argument("--installer", action="store_true", help="make the installer / archive afterwards")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    from opsassistant import __version__

    if not args.no_regenerate:
        regenerate()
    app_dir = pyinstaller(args.dist.resolve(), args.work.resolve())
    if platform.system() == "Linux":
        add_linux_files(app_dir)
    size = folder_size(app_dir)
    print(f"built {app_dir} ({size / 1_000_000:.0f} MB)")
    if args.smoke:
        env = dict(os.environ)
        result = subprocess.run([sys.executable, str(PACKAGING / "smoke_test.py"), str(app_dir)], env=env)
        if result.returncode != 0:
            return result.returncode
    if args.installer:
        made = installer(app_dir, args.dist.resolve(), __version__)
        print(f"installer: {made}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
