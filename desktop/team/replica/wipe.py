"""Deleting the team's records a laptop holds (issue 35, item 2): the server refused the
laptop as revoked and asked for it (a lost or stolen laptop). Every replicated row goes, and
what waited to be pushed; nothing of it is captured, so nothing would be pushed either. The
laptop's own settings and its replica state stay: it can be set up again."""

from __future__ import annotations

import logging

from sqlalchemy import Engine

from desktop.team import tables as T
from desktop.team.replica.apply import Applier

log = logging.getLogger(__name__)
#: the laptop's own bookkeeping of what it holds and sends
LOCAL = ("local_changes", "local_txn", "number_leases", "deferred_evictions")


def wipe(engine: Engine) -> None:
    """Children before parents (foreign keys are checked at the commit, all gone by then)."""
    with engine.begin() as c, Applier(c):
        for name in sorted(T.REPLICATED, key=lambda n: -T.order().get(n, 0)):
            c.exec_driver_sql(f"DELETE FROM {name}")  # names from our own lists, not input
        for name in LOCAL:
            c.exec_driver_sql(f"DELETE FROM {name}")
    log.warning("the team server revoked this laptop: its copy of the team's records was "
                "deleted")
