"""Writing files safely: to a temporary file beside the target, renamed into place only when complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, on error it is removed."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


@contextmanager
def atomic_text(target: Path | str, *, encoding: str = "utf-8", newline: str | None = None):
    with atomic_path(target) as temporary, open(temporary, "w", encoding=encoding, newline=newline) as handle:
        yield handle


@contextmanager
def atomic_binary(target: Path | str):
    with atomic_path(target) as temporary, open(temporary, "wb") as handle:
        yield handle
