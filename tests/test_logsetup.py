"""The log file beside the database: rotated at its size limit, and set up without ``logging.handlers``."""

import logging
import subprocess
import sys
from pathlib import Path

from opsassistant import logsetup


def test_the_log_rotates_into_numbered_files_and_keeps_the_newest(tmp_path, monkeypatch):
    monkeypatch.setattr(logsetup, "MAX_BYTES", 2_000)
    monkeypatch.setattr(logsetup, "BACKUP_COUNT", 2)
    path = logsetup.setup_logging(tmp_path / "office.db")
    try:
        log = logging.getLogger("opsassistant.test")
        for number in range(200):
            log.info("record %03d %s", number, "x" * 40)
    finally:
        logsetup.shutdown_logging()
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["opsassistant.log", "opsassistant.log.1", "opsassistant.log.2"]  # the oldest are gone
    for name in files:
        assert (path.parent / name).stat().st_size <= 2_000
    assert "record 199" in path.read_text(encoding="utf-8")
    assert "record 1" in (path.parent / "opsassistant.log.1").read_text(encoding="utf-8")
    assert "record 000" not in "".join((path.parent / n).read_text(encoding="utf-8") for n in files)


def test_setting_up_the_log_does_not_import_logging_handlers(tmp_path):
    """``logging.handlers`` brings socket and queue along; the app's start has no use for them."""
    code = ("import sys; from opsassistant import logsetup; logsetup.setup_logging(sys.argv[1]); "
            "print('logging.handlers' in sys.modules, 'socket' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "office.db")], capture_output=True,
                          text=True, check=True, cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.split() == ["False", "False"]
    assert (tmp_path / "logs" / "opsassistant.log").read_text(encoding="utf-8").count(" started ") == 1
