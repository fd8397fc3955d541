"""Runs the sync engine in a process of its own, for the test that kills it mid-push:
    python -m tests.sync.engine_process DATABASE_URL EWS_URL"""

from __future__ import annotations

import sys

from desktop.crm.database import Database, make_engine
from desktop.sync.engine import SyncEngine
from tests.sync.conftest import gateway_for


class _Server:
    def __init__(self, url: str) -> None:
        self.url = url


def main() -> None:
    url, ews_url = sys.argv[1:3]
    engine = SyncEngine(Database(url, make_engine(url)),
                        gateway_for(_Server(ews_url), timeout_seconds=30))
    while engine.run_once().waiting:
        pass


if __name__ == "__main__":
    main()
