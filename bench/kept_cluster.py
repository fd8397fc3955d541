"""A PostgreSQL cluster kept between benchmark runs in bench/data (the large demo takes minutes
to load): the throwaway test cluster's way of starting a server, on a folder that stays."""

from __future__ import annotations

import os
from pathlib import Path

from tests.support.pgserver import PostgresCluster, _free_port

LOADED = "loaded"  # a file beside the data folder once the demo is in


class KeptCluster(PostgresCluster):
    def __init__(self, bindir: Path, root: Path) -> None:
        super().__init__(bindir)
        os.rmdir(self.root)  # the temporary folder the test cluster made: this one stays
        self.root = root
        self.data = root / "data"
        self.port = _free_port()
        root.mkdir(parents=True, exist_ok=True)
        if self.user is not None:
            os.chown(root, self.user.pw_uid, self.user.pw_gid)
            os.chmod(root, 0o700)

    @property
    def loaded(self) -> bool:
        return (self.root / LOADED).exists()

    def mark_loaded(self) -> None:
        (self.root / LOADED).write_text("the large demo\n")

    def start(self) -> str:
        if not (self.data / "PG_VERSION").exists():
            return super().start()
        return self.serve()

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "stop")
