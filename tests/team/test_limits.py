"""Per-device rate limits (issue 35, item 4) against the running team server: a laptop that
has used its burst is refused in one sentence (429) while another laptop is still served,
and is served again once its bucket refilled; time is the test's own clock, never the
machine's."""

from __future__ import annotations

import pytest

from desktop.team.replica.transport import ServerRefused
from desktop.team.server.limits import DeviceLimits
from tests.team.conftest import Laptops, salespeople
from tests.team.server import InProcessServer


class Ticks:
    """The limiter's clock, moved by the test."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def limited(team_db, templates, tmp_path):
    ticks = Ticks()
    server = InProcessServer(team_db, tmp_path / "tls",
                             limits=DeviceLimits(rate=1.0, burst=10.0, clock=ticks)).start()
    laptops = Laptops(templates, server)
    yield laptops, ticks
    laptops.close()
    server.stop()


def test_a_laptop_over_its_share_is_refused_and_the_others_are_not(team_db, limited):
    laptops, ticks = limited
    me, other = salespeople(team_db, 2)
    mine = laptops.make(me, copy=False)  # registering took one request of the address
    theirs = laptops.make(other, copy=False)
    body = dict(device=mine.device_id, revision=mine.revision, pull=False)
    for _ in range(10):
        mine.transport.post("/v1/sync", body)
    with pytest.raises(ServerRefused) as refused:
        mine.transport.post("/v1/sync", body)
    assert (refused.value.status, refused.value.message()) == (
        429, "This laptop sends too many requests to the team server: it will try again in a "
             "moment.")
    theirs.transport.post("/v1/sync", dict(device=theirs.device_id, revision=theirs.revision,
                                           pull=False))
    ticks.now += 1.0  # one request's worth of time
    mine.transport.post("/v1/sync", body)
    with pytest.raises(ServerRefused):
        mine.transport.post("/v1/sync", body)
