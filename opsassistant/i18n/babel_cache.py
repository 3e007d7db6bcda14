"""Babel's locale data for da_DK and en_DK kept ready-merged in the data folder, so a start reads one file.

Babel loads a locale's data on its first use: the 470 KB ``global.dat`` (only to find the locale's parents),
then ``root.dat``, ``da.dat`` and ``da_DK.dat``, merged in Python — about 25 ms, before the Today page's
first date can be written. The merged result is written once to ``cache/`` in the program's data folder and
read back (~5 ms) on later starts and put in Babel's in-memory cache of loaded locales, where Babel's own
``load`` would have put the same dictionary. The app primes the start language (``gui.app``); the other one,
after a switch, and headless commands load as Babel does.

The file is used only when it was written by this Babel version from the same data files (their sizes and
modification times); anything else — missing, stale, damaged — is ignored and written again. It lives in the
user's own data folder, beside the remembered verified-database stamps.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from pathlib import Path

FORMAT = 1  # bump when what is stored changes


def cache_file(identifier: str) -> Path:
    from opsassistant.paths import default_data_dir

    return default_data_dir() / "cache" / f"babel-{identifier}.pickle"


def prime(identifier: str) -> None:
    """Make Babel's data of ``identifier`` ("da_DK") ready: from the cache file when it is current, else loaded
    by Babel as usual and the cache file written for the next start. Never fails for the cache's sake."""
    from babel import localedata

    memory = getattr(localedata, "_cache", None)  # Babel's own (private) cache of loaded locales
    lock = getattr(localedata, "_cache_lock", None)
    if not isinstance(memory, dict) or lock is None:  # a Babel that keeps it otherwise: its own way, uncached
        localedata.load(identifier)
        return
    if identifier in memory:  # loaded already in this process
        return
    path = cache_file(identifier)
    stamp = _stamp(identifier)
    if stamp is not None:
        data = _read(path, stamp)
        if data is not None:
            with lock:
                memory.setdefault(identifier, data)
            return
    data = localedata.load(identifier)
    if stamp is not None:
        _write(path, stamp, data)


def _stamp(identifier: str) -> tuple | None:
    """What the merged data depends on: the Babel version and its data files (size, modification time) — the
    locale's own, root's and global.dat; the parents between (da, en_001 …) come with the same Babel."""
    import babel
    from babel import localedata

    files = [localedata.resolve_locale_filename(identifier), localedata.resolve_locale_filename("root"),
             os.path.join(os.path.dirname(babel.__file__), "global.dat")]
    try:
        stats = [os.stat(file) for file in files]
    except OSError:
        return None
    return (FORMAT, babel.__version__, identifier,
            tuple((Path(f).name, s.st_size, s.st_mtime_ns) for f, s in zip(files, stats, strict=True)))


def _read(path: Path, stamp: tuple) -> dict | None:
    try:
        with open(path, "rb") as file:
            stored = pickle.load(file)
    except Exception:  # missing, unreadable, damaged or from another Python: written again
        return None
    if not (isinstance(stored, tuple) and len(stored) == 2 and stored[0] == stamp and isinstance(stored[1], dict)):
        return None
    return stored[1]


def _write(path: Path, stamp: tuple, data: dict) -> None:
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            pickle.dump((stamp, data), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
