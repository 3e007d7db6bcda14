"""One window per database: the lock file decides, a local socket brings the running window to the front.

The running app listens on a QLocalServer named from a hash of the database's resolved path (and the user),
so two databases can be open side by side. A second start on the same database fails to take the lock,
connects to that server and asks the running one to raise its window, then exits non-zero with the
message "already open"; if nobody answers, the lock's own InUseError message is shown instead.

In ``app.run``::

    try:
        guard = single_instance.acquire(path, listen=False)
    except single_instance.AlreadyOpen as exc:
        return exc.report()
    ...
    guard.attach(window)
    ...                    # after the window's first paint:
    guard.listen()

The lock is taken before anything else; the server (and QtNetwork) only after the first paint, so start-up
does not wait for it. A second start in between finds the lock taken and keeps asking for a moment.
"""

from __future__ import annotations

import getpass
import hashlib
import sys
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Qt, Signal

from opsassistant.db import lock as db_lock
from opsassistant.db.errors import InUseError
from opsassistant.i18n.messages import translate

ACTIVATE = b"activate\n"
ACK = b"ok\n"
EXIT_ALREADY_OPEN = 1


def server_name(db_path: Path | str) -> str:
    """A short name, the same for every start on one database file by one user."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = ""
    key = f"{user}\0{Path(db_path).expanduser().resolve()}".encode()
    return "opsassistant-" + hashlib.sha256(key).hexdigest()[:20]


RETRY_MS = 50


def try_activate_running(db_path: Path | str, timeout_ms: int = 1500) -> bool:
    """Ask the app that has ``db_path`` open to raise its window; True when it confirmed.

    An app that is still starting has the lock but listens only after its first paint: a missing server is
    asked again every ``RETRY_MS`` until ``timeout_ms``."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(db_path))
        if socket.waitForConnected(timeout_ms):
            break
        if time.monotonic() + RETRY_MS / 1000 >= deadline:
            return False
        time.sleep(RETRY_MS / 1000)
    try:
        socket.write(QByteArray(ACTIVATE))
        socket.flush()
        answer = b""
        while ACK not in answer and socket.waitForReadyRead(timeout_ms):
            answer += bytes(socket.readAll().data())
        return ACK in answer
    finally:
        socket.disconnectFromServer()


def raise_window(window) -> None:
    """Bring ``window`` to the front as far as the window manager allows."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    handle = window.windowHandle()
    if handle is not None:
        handle.requestActivate()


class SingleInstance(QObject):
    """The running app's end: listens and emits ``activate_requested`` when a second start asks."""

    activate_requested = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None):
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed run is removed first (we hold the lock)."""
        if self.server.listen(self.name):
            return True
        self.server.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setProperty("buffer", b"")
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:
        data = (socket.property("buffer") or b"") + bytes(socket.readAll().data())
        socket.setProperty("buffer", data)
        if ACTIVATE in data:
            socket.setProperty("buffer", b"")
            self.activate_requested.emit()
            socket.write(QByteArray(ACK))
            socket.flush()
        elif len(data) > 64:
            socket.abort()  # not one of ours


class AlreadyOpen(Exception):
    """The database is open in another Ops Assistant; ``str()`` is the message for the user."""

    def __init__(self, message: str, activated: bool):
        super().__init__(message)
        self.activated = activated

    def report(self) -> int:
        """Tell the user (stderr, and a message box when the other window could not be raised); the exit code."""
        print(f"opsassistant: {self}", file=sys.stderr)
        if not self.activated:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if isinstance(QApplication.instance(), QApplication):  # not for a bare QCoreApplication
                QMessageBox.warning(None, translate("SingleInstance", "Ops Assistant"), str(self))
        return EXIT_ALREADY_OPEN


class Guard:
    """What a running app holds: the database lock and the activation server. ``release()`` on quit."""

    def __init__(self, lock: db_lock.Lock, db_path: Path | str):
        self.lock = lock
        self.db_path = db_path
        self.instance: SingleInstance | None = None
        self._window = None

    def listen(self) -> None:
        """Start the activation server (once): from now on a second start raises the attached window."""
        if self.instance is None:
            self.instance = SingleInstance(self.db_path)
            self.instance.listen()
            if self._window is not None:
                self._connect()

    def attach(self, window) -> None:
        self._window = window
        if self.instance is not None:
            self._connect()

    def _connect(self) -> None:
        window = self._window
        self.instance.activate_requested.connect(lambda: raise_window(window), Qt.ConnectionType.QueuedConnection)

    def release(self) -> None:
        if self.instance is not None:
            self.instance.close()
        self.lock.release()


def acquire(db_path: Path | str, listen: bool = True) -> Guard:
    """Take the database lock and (unless ``listen`` is False: then ``Guard.listen()`` later) start listening;
    raise AlreadyOpen when another start has it.

    Needs a QCoreApplication (for the local socket).
    """
    try:
        lock = db_lock.acquire(db_path)
    except InUseError as exc:
        if try_activate_running(db_path):
            raise AlreadyOpen(translate(
                "SingleInstance", "{path} is already open in Ops Assistant; that window was brought to the front.")
                .format(path=Path(db_path).expanduser()), activated=True) from exc
        raise AlreadyOpen(str(exc), activated=False) from exc
    guard = Guard(lock, db_path)
    if listen:
        guard.listen()
    return guard
