"""A laptop's sync in a process of its own, for the kill -9 test: it pushes, says "answered"
once the server's answer arrived, and waits on its standard input before applying it. The
test kills it there: the server committed, the laptop never wrote the answer."""

from __future__ import annotations

import sys

from desktop.crm.db.database import Database, make_engine
from desktop.team.replica.replica import Replica
from desktop.team.replica.transport import HttpsTransport


class Answered:
    def __init__(self, inner) -> None:
        self.inner = inner

    def post(self, path: str, body: dict) -> dict:
        answer = self.inner.post(path, body)
        print("answered", len(body.get("units", [])), flush=True)
        sys.stdin.readline()  # killed here
        return answer

    def close(self) -> None:
        self.inner.close()


def main(url: str, server: str, fingerprint: str) -> None:
    db = Database(url, make_engine(url))
    replica = Replica(db, Answered(HttpsTransport(server, fingerprint)))
    replica.attach()
    replica.sync()


if __name__ == "__main__":
    main(*sys.argv[1:4])
