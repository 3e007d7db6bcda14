"""The rotating log file in the data folder: ``logs/opsassistant.log`` beside the database.

Nothing may be lost to a console: when the program runs without one (a windowed executable on Windows
has ``sys.stdout``/``sys.stderr`` set to None), whatever is printed goes to the log instead.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

LOG_NAME = "opsassistant.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d/%(threadName)s] %(message)s"

_handler: logging.Handler | None = None


def log_dir(db_path: Path | str) -> Path:
    return Path(db_path).expanduser().resolve().parent / "logs"


def log_file(db_path: Path | str) -> Path:
    return log_dir(db_path) / LOG_NAME


def current_log_file() -> Path | None:
    """The file logging writes to, once ``setup_logging`` has run."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


class _LogStream:
    """A stand-in for a missing stdout/stderr: each written line becomes a log record."""

    def __init__(self, logger: logging.Logger, level: int):
        self._logger, self._level, self._buffer = logger, level, ""

    def write(self, text: str) -> int:
        self._buffer += text
        *lines, self._buffer = self._buffer.split("\n")
        for line in lines:
            if line.strip():
                self._logger.log(self._level, line)
        return len(text)

    def flush(self) -> None:
        if self._buffer.strip():
            self._logger.log(self._level, self._buffer)
        self._buffer = ""

    def isatty(self) -> bool:
        return False


def setup_logging(db_path: Path | str, level: int = logging.INFO) -> Path | None:
    """Log to ``logs/opsassistant.log`` beside ``db_path`` (1 MB × 6 files); returns the file.

    Calling it again (e.g. for another database) replaces the previous file handler. When the folder cannot
    be written, logging goes to stderr and None is returned (the app still starts; the error dialog says so).
    """
    global _handler
    path = log_file(db_path)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        os.chmod(path, 0o600)  # tracebacks may quote names and numbers: owner only, like the database
    except OSError:
        handler = logging.StreamHandler(sys.stderr) if sys.stderr is not None else logging.NullHandler()
        path = None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    logging.captureWarnings(True)
    if sys.stdout is None:
        sys.stdout = _LogStream(logging.getLogger("stdout"), logging.INFO)
    if sys.stderr is None:
        sys.stderr = _LogStream(logging.getLogger("stderr"), logging.ERROR)
    from opsassistant import __version__

    logging.getLogger("opsassistant").info("Ops Assistant %s started (Python %s, %s)", __version__,
                                           sys.version.split()[0], sys.platform)
    return path


def shutdown_logging() -> None:
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
