"""Graph push benchmark: 1,000 new synchronised appointments pushed by the engine through the
Graph gateway ($batch of 20) to the loopback Graph server of the test suite (TLS, the real
msal), against the same events posted one request each, the way a naive client would. Counts
the requests and times the push; warm, the two sides alternating, medians of several runs."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from bench.exchange_push import ITEMS, _database

RUNS = 5


def _server(folder: Path):
    from tests.sync.graph_server import GraphServer

    return GraphServer(folder).start()


def _gateway(server):
    from tests.sync.remotes import GraphRemote

    return GraphRemote(server).gateway(timeout_seconds=60)


def _requests(server, before: int) -> int:
    """HTTP requests to Graph since ``before``: a $batch counts once, its parts not."""
    return sum(1 for r in server.requests[before:] if not r.in_batch)


def ours(template: Path, folder: Path) -> tuple[int, float]:
    """The engine pushes the outbox of a fresh copy of the database."""
    from desktop.crm.db.database import Database, make_engine
    from desktop.sync.engine import SyncEngine

    copy = folder / "run.sqlite"
    shutil.copyfile(template, copy)
    url = f"sqlite:///{copy}"
    db, server = Database(url, make_engine(url)), _server(folder)
    try:
        engine = SyncEngine(db, _gateway(server))
        engine.pull()  # the calendars are known, and the token fetched, as after a first run
        before = len(server.requests)
        started = time.perf_counter()
        pushed = engine.push()
        elapsed = time.perf_counter() - started
        assert pushed == ITEMS, pushed
        assert len(server.mailbox(server.mailboxes and next(iter(server.mailboxes))).events) \
            == ITEMS
        return _requests(server, before), elapsed
    finally:
        server.stop()
        db.dispose()


def one_by_one(mailbox: str, folder: Path) -> tuple[int, float]:
    """The same events, one POST /events each, through the same client and token."""
    from desktop.sync.contract import Party, RemoteItem
    from desktop.sync.gateways import graph_items as G

    server = _server(folder)
    try:
        gateway = _gateway(server)
        gateway.test_connection(mailbox)  # the token fetched beforehand, as on our side
        start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=1)
        items = [RemoteItem("event", f"PEER-{n}", subject=f"Visite {n:04}",
                            start=start + dt.timedelta(minutes=n),
                            end=start + dt.timedelta(minutes=n + 30),
                            required=[Party("client@exemple.fr", "Client")])
                 for n in range(ITEMS)]
        before = len(server.requests)
        started = time.perf_counter()
        for item in items:
            gateway.http.call("POST", f"/users/{mailbox}/events", G.new_event(item, True))
        elapsed = time.perf_counter() - started
        return _requests(server, before), elapsed
    finally:
        server.stop()


def run(report) -> tuple[list, list]:
    from bench.alternating import alternate

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db, mailbox = _database(folder)
        template = Path(db.engine.url.database)
        db.dispose()
        ours(template, folder)  # warm: imports, TLS, msal, the first connections
        one_by_one(mailbox, folder)
        return alternate(RUNS, lambda: ours(template, folder),
                         lambda: one_by_one(mailbox, folder), report)
