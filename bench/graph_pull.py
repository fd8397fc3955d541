"""Graph pull benchmark: the first sync of a mailbox holding 2,000 events made in Outlook, 20 of
them daily series running across the whole window, through the engine and the Graph gateway to
the loopback Graph server of the test suite (TLS, the real msal). The floor is what no client
can do without: the calendar view delta pages, and one $batch reading the 20 series (a page
holds 200 rows; the occurrences come as sparse rows, each series is read once). The other side
of the benchmark is that floor done by hand with the same HTTP client; warm, the two sides
alternating, medians of several runs."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from bench.exchange_push import _database

RUNS = 5
EVENTS = 2000
SERIES = 20
OCCURRENCES = 500  # daily, from a month back: across the whole window


def _server(folder: Path, mailbox: str):
    """The loopback server with the mailbox as Outlook users filled it."""
    from desktop.crm import clock
    from tests.sync.graph_server import GraphServer
    from tests.sync.remotes import GraphRemote

    server = GraphServer(folder).start()
    face = GraphRemote(server)
    hour = clock.now().replace(minute=0, second=0, microsecond=0)
    for n in range(EVENTS - SERIES):
        face.outlook_event(mailbox, f"Rendez-vous {n}", hour + dt.timedelta(hours=5 * n + 30))
    for n in range(SERIES):
        face.outlook_series(mailbox, f"Point {n}", hour - dt.timedelta(days=30, hours=-n),
                            OCCURRENCES)
    return server


def _requests(server, before: int) -> int:
    """HTTP requests to Graph since ``before``: a $batch counts once, its parts not."""
    return sum(1 for r in server.requests[before:] if not r.in_batch)


def ours(template: Path, folder: Path, server) -> tuple[int, float]:
    """The engine's first pull of a fresh copy of the database."""
    from desktop.crm.db.database import Database, make_engine
    from desktop.sync.engine import SyncEngine
    from tests.sync.remotes import GraphRemote

    copy = folder / "run.sqlite"
    shutil.copyfile(template, copy)
    url = f"sqlite:///{copy}"
    db = Database(url, make_engine(url))
    try:
        gateway = GraphRemote(server).gateway(timeout_seconds=120)
        gateway.tokens.token()  # the token fetched beforehand, as after a first run
        before = len(server.requests)
        started = time.perf_counter()
        engine = SyncEngine(db, gateway)
        engine.pull()
        return _requests(server, before), time.perf_counter() - started
    finally:
        db.dispose()


def floor(mailbox: str, server) -> tuple[int, float]:
    """The floor by hand: the delta pages, then one $batch reading the series."""
    from desktop.crm import clock
    from desktop.sync.gateways.graph_delta import Window
    from tests.sync.remotes import GraphRemote

    gateway = GraphRemote(server).gateway(timeout_seconds=120)
    gateway.tokens.token()
    before = len(server.requests)
    started = time.perf_counter()
    url = Window.open(clock.now(), None).start_url(f"/users/{quote(mailbox)}")
    masters: set[str] = set()
    for page in gateway.http.pages(url):
        masters.update(r["seriesMasterId"] for r in page.get("value", [])
                       if r.get("type") == "occurrence")
    gateway.http.batch([{"method": "GET", "url": f"/users/{quote(mailbox)}/events/{m}"}
                        for m in sorted(masters)])
    return _requests(server, before), time.perf_counter() - started


def run(report) -> tuple[list, list]:
    from bench.alternating import alternate

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db, mailbox = _database(folder, items=0)
        template = Path(db.engine.url.database)
        db.dispose()
        server = _server(folder, mailbox)
        try:
            ours(template, folder, server)  # warm: imports, TLS, msal, the first connections
            floor(mailbox, server)
            return alternate(RUNS, lambda: ours(template, folder, server),
                             lambda: floor(mailbox, server), report)
        finally:
            server.stop()
