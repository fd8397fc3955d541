"""A team: a real PostgreSQL with the small demo, the team server in-process over TLS, and
laptops (SQLite files) that replicate through it, each over a transport that may inject
faults (faults.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.crm import clock as app_clock, entities as E
from desktop.crm.db.database import Database, make_engine
from desktop.team.replica.replica import Replica
from desktop.team.replica.transport import HttpsTransport
from tests.team.faults import SKEWS, FaultyTransport, MachineClocks
from tests.team.server import InProcessServer


@pytest.fixture
def team_db(templates):
    url = templates.fresh("postgresql", demo=True)
    db = Database(url, make_engine(url))
    yield db
    db.dispose()
    templates.drop(url)


@pytest.fixture
def machine_clocks(clock):
    """Each laptop's clock off the server's by its own skew (faults.SKEWS)."""
    with app_clock.use(MachineClocks(clock, SKEWS)) as clocks:
        yield clocks


@pytest.fixture
def team_server(team_db, tmp_path):
    server = InProcessServer(team_db, tmp_path / "tls").start()
    yield server
    server.stop()


class Laptops:
    """Laptops of salespeople: ``make(user)`` sets one up (registered, first copy made)."""

    def __init__(self, templates, server: InProcessServer) -> None:
        self.templates, self.server = templates, server
        self.made: list[tuple[Replica, str]] = []

    def make(self, user: str, seed: int = 0, faults: float = 0.0, copy: bool = True) -> Replica:
        url = self.templates.fresh("sqlite")
        db = Database(url, make_engine(url))
        transport = FaultyTransport(HttpsTransport(self.server.url, self.server.fingerprint),
                                    seed=seed, rate=faults)
        replica = Replica(db, transport)
        transport.pause()
        replica.setup(user, name=f"laptop of {user}", server_url=self.server.url)
        if copy:
            replica.sync()
        transport.resume()
        self.made.append((replica, url))
        return replica

    def close(self) -> None:
        for replica, url in self.made:
            replica.detach()
            replica.transport.close()
            replica.db.dispose()
            self.templates.drop(url)


@pytest.fixture
def laptops(templates, team_server):
    made = Laptops(templates, team_server)
    yield made
    made.close()


def salespeople(db: Database, count: int) -> list[str]:
    """User names of employees of the demo, the first ``count``."""
    with db.session() as s:
        return list(s.scalars(select(E.Employee.user_name).order_by(E.Employee.id)
                              .limit(count)))
