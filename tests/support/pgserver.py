"""A throwaway PostgreSQL cluster for the tests, made with the machine's server binaries.

initdb refuses to run as root, so under root the cluster belongs to the ``postgres`` user (or
``nobody``). The server listens on 127.0.0.1 on a free port, trusts local connections, runs
without fsync (a test cluster needs no durability) and is removed at the end.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def find_bindir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)
    for path in reversed(candidates):
        if Path(path, "pg_ctl").exists():
            return Path(path)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _version_key(path: str) -> float:
    try:
        return float(Path(path).parent.name)
    except ValueError:
        return 0.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="crm-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            name = "postgres" if _user_exists("postgres") else "nobody"
            self.user = pwd.getpwnam(name)
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
            os.chmod(self.root, 0o700)

    def _run(self, *args: str) -> None:
        preexec = None
        if self.user is not None:
            uid, gid = self.user.pw_uid, self.user.pw_gid

            def preexec() -> None:
                os.setgid(gid)
                os.setuid(uid)

        subprocess.run(args, check=True, preexec_fn=preexec, cwd=self.root,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)

    def start(self) -> str:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "crm",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        return self.serve()

    def serve(self) -> str:
        """Start the server on the cluster's data folder; its maintenance database's URL."""
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.root / "server.log"), "-w", "start")
        return f"postgresql+psycopg://crm@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False
