"""How a long import reports its progress and is stopped.

A GUI worker passes a callback; the command line passes none. The callback is called between batches with the
records done so far and the total when it is known; it stops the import by raising ImportCancelled. The importer
then leaves the batches already committed in place (a second import of the same file updates them by UID) and
lets the exception carry the result so far.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int | None], None]


class ImportCancelled(Exception):
    """Raised by a progress callback to stop an import; `result` is filled in by the importer."""

    def __init__(self) -> None:
        super().__init__("import cancelled")
        self.result = None


def report(progress: ProgressCallback | None, done: int, total: int | None = None) -> None:
    if progress is not None:
        progress(done, total)
