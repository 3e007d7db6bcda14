"""Long writes off the GUI thread: an import or a restore runs in a ``TaskThread`` with its own database
connection (Peewee keeps one per thread, as the sync worker's), reports progress and can be cancelled.

The work is a function taking the progress callback of ``opsassistant.interop.progress``; the thread's callback
emits ``progressed`` and raises ImportCancelled once ``cancel()`` was asked for, so the importer stops between
two batches with the committed ones kept. Exactly one of ``succeeded``, ``cancelled`` or ``failed`` is emitted;
the failure is one sentence (the UserError's text), never a traceback.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QThread, Signal

from opsassistant.errors import UserError
from opsassistant.interop.progress import ImportCancelled, ProgressCallback

_running: set[TaskThread] = set()  # a worker outlives the dialog that started it until its run() returns


class TaskThread(QThread):
    progressed = Signal(int, int)  # done, total (-1: not known)
    succeeded = Signal(object)  # what the work returned
    cancelled = Signal(object)  # the result so far (ImportCancelled.result)
    failed = Signal(str)  # one sentence

    def __init__(self, work: Callable[[ProgressCallback], object], parent=None):
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        app = QCoreApplication.instance()
        if app is not None:  # quitting mid-way: stop at the next batch and wait, never kill a writer
            app.aboutToQuit.connect(self._quit)

    def start(self) -> None:
        _running.add(self)
        self.finished.connect(lambda: _running.discard(self))
        super().start()

    def _quit(self) -> None:
        self.cancel()
        self.wait()

    def cancel(self) -> None:
        """Stop at the next progress report (between two batches)."""
        self._stop.set()

    def cancel_requested(self) -> bool:
        return self._stop.is_set()

    def _progress(self, done: int, total: int | None) -> None:
        self.progressed.emit(done, -1 if total is None else total)
        if self._stop.is_set():
            raise ImportCancelled()

    def run(self) -> None:
        from opsassistant.db.database import close_database
        from opsassistant.db.errors import DatabaseError, from_sqlite

        try:
            result = self._work(self._progress)
        except ImportCancelled as stopped:
            self.cancelled.emit(stopped.result)
        except (UserError, DatabaseError) as error:
            self.failed.emit(str(error))
        except OSError as error:
            self.failed.emit(str(from_sqlite(error) or error.strerror or error))
        except Exception as error:  # noqa: BLE001 - a storage failure as its sentence; a bug must not die silently
            known = from_sqlite(error)
            self.failed.emit(str(known) if known is not None else (str(error) or type(error).__name__))
        else:
            self.succeeded.emit(result)
        finally:
            close_database()  # this thread's connection only
