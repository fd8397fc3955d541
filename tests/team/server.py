"""The team server in-process: uvicorn on a thread of the test process, over TLS with a
self-signed certificate, in front of a real PostgreSQL (the fixtures' cluster)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import uvicorn

from desktop.crm.db.database import Database
from desktop.team.server import tls
from desktop.team.server.app import make_app
from desktop.team.server.service import TeamService


class InProcessServer:
    def __init__(self, db: Database, folder: Path, verifier=None, limits=None) -> None:
        self.db = db
        self.cert, self.key = tls.self_signed(folder, "localhost")
        self.fingerprint = tls.fingerprint(self.cert)
        # the socket listens before uvicorn runs: a request made at once waits in its backlog
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(64)
        self.port = self.socket.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        config = uvicorn.Config(make_app(TeamService(db), verifier, limits), host="127.0.0.1", port=self.port,
                                ssl_certfile=str(self.cert), ssl_keyfile=str(self.key),
                                log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]},
                                       name="team-server", daemon=True)

    def start(self) -> InProcessServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.socket.close()
