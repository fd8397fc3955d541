"""One window per data folder: a second start (a double-click during a slow start, a shortcut
that opens a session) hands its arguments to the running window, which comes to the front,
and ends.

The first start takes an operating-system lock on a file of the data folder (held until the
process ends, however it ends) and listens on a local socket named after the folder (a named
pipe on Windows, a Unix socket elsewhere: https://doc.qt.io/qt-6/qlocalserver.html). A start
that cannot take the lock connects and sends its arguments as one JSON line. The lock, not the
socket, decides who is first: a socket left by a crashed window is removed by the next first
start (QLocalServer.removeServer)."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
from pathlib import Path

from filelock import FileLock, Timeout
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TRIES, CONNECT_MS = 20, 500  # the first window listens moments after taking the lock


def server_name(folder: Path) -> str:
    """The socket's name: one per data folder (case-insensitive on Windows, as its paths)."""
    text = str(folder.resolve())
    text = text.lower() if sys.platform == "win32" else text
    return "crm-desktop-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """``claim()`` makes this process the data folder's window (True) or finds one running
    (False), to which ``forward(arguments)`` hands the command line; ``received(list)``
    fires in the first window with each later start's arguments."""

    received = Signal(list)

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(folder)
        self.lock = FileLock(str(folder / "window.lock"), timeout=0)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        try:
            self.lock.acquire()
        except Timeout:
            return False
        QLocalServer.removeServer(self.name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._accept)
        if not self.server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name,
                        self.server.errorString())
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.release()

    def forward(self, arguments: list[str]) -> bool:
        """Send ``arguments`` to the running window; False when it does not answer."""
        _allow_the_first_to_come_forward()
        socket = QLocalSocket()
        for _try in range(CONNECT_TRIES):
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_MS):
                break
            socket.abort()
        else:
            return False
        socket.write(json.dumps(arguments).encode("utf-8") + b"\n")
        sent = socket.waitForBytesWritten(CONNECT_MS * 4)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_MS * 4)
        return sent

    def _accept(self) -> None:
        """Each later start writes its one line as soon as it is connected: read it here (a
        short wait at most), then let the connection go."""
        while self.server is not None and self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            data = bytearray()
            while b"\n" not in data and (connection.bytesAvailable()
                                         or connection.waitForReadyRead(CONNECT_MS * 4)):
                data.extend(bytes(connection.readAll().data()))
            connection.disconnectFromServer()
            connection.deleteLater()
            if b"\n" in data:
                self._deliver(bytes(data).split(b"\n", 1)[0])

    def _deliver(self, line: bytes) -> None:
        try:
            arguments = json.loads(line.decode("utf-8"))
        except ValueError:
            log.warning("single instance: unreadable message %r", line[:200])
            return
        if isinstance(arguments, list) and all(isinstance(a, str) for a in arguments):
            self.received.emit(arguments)


def _allow_the_first_to_come_forward() -> None:
    """Windows lets only the foreground process bring a window forward; the second start is
    that process and lends the right (AllowSetForegroundWindow(ASFW_ANY),
    https://learn.microsoft.com/en-us/windows/win32/api/winuser/nf-winuser-allowsetforegroundwindow)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)
