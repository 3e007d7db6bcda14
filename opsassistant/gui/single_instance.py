"""One window per database: the lock file decides, a local socket brings the running window to the front.

The running app listens on a QLocalServer named from a hash of the database's resolved path (and the user),
so two databases can be open side by side. A second start on the same database fails to take the lock,
connects to that server and asks the running one to raise its window, then exits non-zero with the
message "already open"; if nobody answers, the lock's own InUseError message is shown instead.

In ``app.run``::

    try:
        guard = single_instance.acquire(path)
    except single_instance.AlreadyOpen as exc:
        return exc.report()
    ...
    guard.attach(window)
"""

from __future__ import annotations

import getpass
import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

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


def try_activate_running(db_path: Path | str, timeout_ms: int = 1500) -> bool:
    """Ask the app that has ``db_path`` open to raise its window; True when it confirmed."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
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
        super().__init__(parent)
        self.name = server_name(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed run is removed first (we hold the lock)."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.setProperty("buffer", b"")
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
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

    def __init__(self, lock: db_lock.Lock, instance: SingleInstance):
        self.lock = lock
        self.instance = instance

    def attach(self, window) -> None:
        self.instance.activate_requested.connect(lambda: raise_window(window), Qt.ConnectionType.QueuedConnection)

    def release(self) -> None:
        self.instance.close()
        self.lock.release()


def acquire(db_path: Path | str) -> Guard:
    """Take the database lock and start listening; raise AlreadyOpen when another start has it.

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
    instance = SingleInstance(db_path)
    instance.listen()
    return Guard(lock, instance)
