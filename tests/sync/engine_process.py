"""Runs the sync engine in a process of its own, for the test that kills it mid-push:
    python -m tests.sync.engine_process DATABASE_URL ews EWS_URL
    python -m tests.sync.engine_process DATABASE_URL graph GRAPH_URL AUTHORITY CA_FILE"""

from __future__ import annotations

import sys

from desktop.crm.db.database import Database, make_engine
from desktop.sync.engine import SyncEngine
from desktop.sync.gateways.ews import ExchangeGateway, GatewaySettings
from desktop.sync.gateways.graph import GraphGateway, GraphSettings


def gateway(protocol: str, url: str, *rest: str):
    if protocol == "ews":
        return ExchangeGateway(GatewaySettings(
            service_url=url, user="svc-crm", password="secret", auth_type="BASIC",
            server_version="15.1.2507.6", timeout_seconds=30, max_wait_seconds=1))
    authority, ca_file = rest
    return GraphGateway(GraphSettings(tenant="tenant-1", client_id="app-crm", secret="secret",
                                      graph_url=url, authority_url=authority, ca_file=ca_file,
                                      timeout_seconds=30, max_wait_seconds=1))


def main() -> None:
    url, *server = sys.argv[1:]
    engine = SyncEngine(Database(url, make_engine(url)), gateway(*server))
    while engine.run_once().waiting:
        pass


if __name__ == "__main__":
    main()
