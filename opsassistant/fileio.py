"""Writing files safely: to a temporary file beside the target, renamed into place only when complete.

Files are written owner-only (0600, or stricter when the umask says so): exports and reports hold the same
personal data as the database. The open database, its ``-wal``/``-shm``/``-journal``/lock files and its backups
are never a valid target (``protect``): an export onto the live database would replace it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from opsassistant.errors import UserError

PRIVATE_MODE = 0o600
_protected: set[Path] = set()  # databases whose files must not be overwritten by an export or report


def protect(database: Path | str) -> None:
    """Refuse from now on to write over ``database``, its companion files and its backups."""
    _protected.add(Path(database).expanduser().resolve())


def _refused(target: Path) -> bool:
    resolved = target.expanduser().resolve()
    for db in _protected:
        if resolved.parent == db.parent and resolved.name in {db.name, *(db.name + s for s in
                                                                        ("-wal", "-shm", "-journal", ".lock"))}:
            return True
        if resolved.parent == db.parent / "backups" and resolved.name.startswith(db.stem + "-"):
            return True
    return False


def check_target(target: Path | str) -> None:
    """Raise UserError when ``target`` is the database, one of its companion files or one of its backups."""
    from opsassistant.i18n.messages import translate

    if _refused(Path(target)):
        raise UserError(translate("Files", "{path} is the database or one of its backups; choose another file "
                                  "name. Nothing was written.").format(path=target))


def private_mode() -> int:
    """0600, narrowed further by the process umask."""
    mask = os.umask(0)
    os.umask(mask)
    return PRIVATE_MODE & ~mask


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``, on error it is removed."""
    target = Path(target)
    check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)  # mode 0600
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, private_mode())
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


def copy_private(source: Path | str, target: Path | str) -> None:
    """Copy ``source`` to ``target`` atomically with the private mode (not the source's mode)."""
    with atomic_binary(target) as out, open(source, "rb") as handle:
        while chunk := handle.read(1 << 20):
            out.write(chunk)
