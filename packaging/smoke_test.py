"""Smoke test of the frozen app, headless: ``python packaging/smoke_test.py [dist/opsassistant]``.

Runs the built executables (not the source tree) in a scratch data folder: ``--version``, ``demo``,
``check``, ``list --json``, reports in both languages, a backup, and starts the GUI offscreen until its
first paint. Also checks that translations, fonts and icons were bundled. Exit 0 when all passed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value or ""


class Smoke:
    def __init__(self, app_dir: Path, scratch: Path):
        self.app_dir = app_dir
        suffix = ".exe" if sys.platform == "win32" else ""
        self.gui = app_dir / f"opsassistant{suffix}"
        self.cli = app_dir / f"opsassistant-cli{suffix}"
        self.scratch = scratch
        self.database = scratch / "data" / "ops.db"
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPSASSISTANT_DATABASE=str(self.database),
                        XDG_DATA_HOME=str(scratch / "xdg-data"), XDG_CONFIG_HOME=str(scratch / "xdg-config"),
                        HOME=str(scratch / "home"), APPDATA=str(scratch / "appdata"), LANG="en_GB.UTF-8")
        self.env.pop("PYTHONPATH", None)  # the frozen app must not lean on the source tree
        self.failures: list[str] = []

    def run(self, *args: str, exe: Path | None = None, timeout: int = 120, env: dict | None = None):
        started = time.perf_counter()
        command = [str(exe or self.cli), *args]
        try:
            result = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                    env=env or self.env, cwd=self.scratch)
        except subprocess.TimeoutExpired as exc:  # the child was killed
            result = subprocess.CompletedProcess(command, -1, _text(exc.stdout),
                                                 _text(exc.stderr) + f"\n(timed out after {timeout} s)")
        print(f"  $ opsassistant {' '.join(args)}  → {result.returncode} ({time.perf_counter() - started:.1f} s)")
        return result

    def check(self, ok: bool, what: str, detail: str = "") -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            self.failures.append(what)
            if detail:
                print("     " + detail.strip().replace("\n", "\n     ")[-3000:])

    def second_start(self) -> None:
        """While the GUI runs, a second start on the same database exits non-zero saying it is open."""
        lock = self.database.with_name(self.database.name + ".lock")
        first = subprocess.Popen([str(self.gui)], env=self.env, cwd=self.scratch, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
                time.sleep(0.2)
            time.sleep(2)  # let it open its window and start listening
            r = self.run(exe=self.gui, timeout=30)
            self.check(r.returncode != 0 and "already open" in r.stderr,
                       "a second start on the same database is refused (already open)", r.stdout + r.stderr)
        finally:
            first.kill()
            first.wait(timeout=30)

    def all(self) -> int:
        from opsassistant import __version__

        self.check(self.gui.is_file() and self.cli.is_file(), "both executables exist")
        internal = self.app_dir / "_internal" if (self.app_dir / "_internal").is_dir() else self.app_dir
        for part in ("opsassistant/i18n/qm/opsassistant_da.qm", "opsassistant/_resources/fonts/DejaVuSans.ttf",
                     "opsassistant/_resources/fonts/LICENSE-DejaVu.txt",
                     "opsassistant/_resources/icons/opsassistant.svg"):
            self.check((internal / part).is_file(), f"bundled {part}")
        qt_da = list(internal.rglob("qtbase_da.qm"))
        self.check(bool(qt_da), "bundled Qt's own Danish translation (qtbase_da.qm)")

        r = self.run("--version")
        self.check(r.returncode == 0 and __version__ in r.stdout, "--version", r.stdout + r.stderr)
        r = self.run("--version", exe=self.gui)
        self.check(r.returncode == 0 and __version__ in r.stdout, "--version (GUI executable)", r.stdout + r.stderr)
        r = self.run("demo")
        self.check(r.returncode == 0, "demo fills the database", r.stdout + r.stderr)
        r = self.run("check")
        self.check(r.returncode == 0 and "ok" in r.stdout, "check: integrity ok", r.stdout + r.stderr)
        r = self.run("list", "contacts", "--json")
        try:
            contacts = json.loads(r.stdout)
        except ValueError:
            contacts = []
        self.check(r.returncode == 0 and len(contacts) > 0, f"list contacts --json ({len(contacts)} contacts)",
                   r.stdout[-500:] + r.stderr)
        today = date.today().isoformat()
        for kind, target, lang in (("phonelist", None, "da"), ("agenda", today, "en"), ("agenda", today, "da"),
                                   ("calls", today, "da")):
            pdf = self.scratch / f"{kind}-{lang}.pdf"
            args = ["report", kind, *([target] if target else []), "-o", str(pdf), "--lang", lang]
            r = self.run(*args)
            good = r.returncode == 0 and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-"
            self.check(good, f"report {kind} ({lang}) → PDF", r.stdout + r.stderr)
        r = self.run("backup", "-o", str(self.scratch / "copy.db"))
        self.check(r.returncode == 0 and (self.scratch / "copy.db").is_file(), "backup", r.stdout + r.stderr)
        r = self.run("list", "contacts", "--lang", "xx")
        self.check(r.returncode == 2, "wrong usage exits 2", r.stderr)

        env = dict(self.env, OPSASSISTANT_BENCH_EXIT_AFTER_PAINT="1")
        r = self.run(exe=self.gui, env=env, timeout=180)
        self.check(r.returncode == 0 and "painted-ms:" in r.stdout, "GUI starts offscreen and paints its window",
                   r.stdout + r.stderr)
        log = self.database.parent / "logs" / "opsassistant.log"
        self.check(log.is_file(), f"GUI writes its log file {log}")
        self.second_start()
        print()
        if self.failures:
            print(f"{len(self.failures)} check(s) failed: " + "; ".join(self.failures))
            return 1
        print("smoke test passed")
        return 0


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    app_dir = Path(args[0]) if args else ROOT / "dist" / "opsassistant"
    if not app_dir.is_dir():
        print(f"no built app in {app_dir}; run python packaging/build.py first", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory(prefix="opsassistant-smoke-") as tmp:
        return Smoke(app_dir.resolve(), Path(tmp)).all()


if __name__ == "__main__":
    raise SystemExit(main())
