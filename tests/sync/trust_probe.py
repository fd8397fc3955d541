"""Reaches the loopback HTTPS servers with each HTTP client the application uses, in a process
of its own (truststore's injection is for the whole process), and prints one line per client:
    python -m tests.sync.trust_probe [--system-store] EWS_URL GRAPH_AUTHORITY GRAPH_URL"""

from __future__ import annotations

import sys

SOPHIE = "sophie.marchand@exemple.fr"


def _requests(ews: str, authority: str, graph: str) -> None:
    import requests

    requests.get(authority + "/tenant-1/v2.0/.well-known/openid-configuration", timeout=10)


def _httpx(ews: str, authority: str, graph: str) -> None:
    import httpx

    # trust_env off: httpx reads SSL_CERT_FILE itself when on (its "Environment Variables"
    # page), which would hide whether the injected store is used; on Windows those variables
    # are not set and httpx verifies against certifi alone
    httpx.get(authority + "/tenant-1/v2.0/.well-known/openid-configuration", timeout=10,
              trust_env=False)


def _exchangelib(ews: str, authority: str, graph: str) -> None:
    from desktop.sync.gateways.ews import ExchangeGateway, GatewaySettings

    ExchangeGateway(GatewaySettings(
        service_url=ews, user="svc-crm", password="secret", auth_type="BASIC",
        impersonation=True, server_version="15.1.2507.6", timeout_seconds=10,
        max_wait_seconds=1)).test_connection(SOPHIE)


def _msal(ews: str, authority: str, graph: str) -> None:
    from desktop.sync.gateways.graph import GraphGateway, GraphSettings

    # ca_file empty: the store the application trusts by itself, as a field laptop has it
    GraphGateway(GraphSettings(tenant="tenant-1", client_id="app-crm", secret="secret",
                               graph_url=graph, authority_url=authority, timeout_seconds=10,
                               max_wait_seconds=1)).test_connection(SOPHIE)


def main(argv: list[str]) -> None:
    if argv[0] == "--system-store":
        from desktop.trust import trust_system_store

        trust_system_store()
        argv = argv[1:]
    for name, probe in (("requests", _requests), ("httpx", _httpx),
                        ("exchangelib", _exchangelib), ("msal", _msal)):
        try:
            probe(*argv)
            print(f"{name}: reached", flush=True)
        except Exception as error:  # noqa: BLE001 - the line says which client failed and why
            print(f"{name}: failed: {_why(error)}", flush=True)


def _why(error: BaseException) -> str:
    """"certificate not trusted" when OpenSSL refused the server's chain anywhere in the
    chain of causes (the gateways wrap it in their fault kinds), else the error itself."""
    seen, pending = [], [error]
    while pending:
        current = pending.pop()
        if current is None or current in seen:
            continue
        seen.append(current)
        if "CERTIFICATE_VERIFY_FAILED" in str(current):
            return "certificate not trusted"
        pending += [current.__cause__, current.__context__,
                    *(a for a in current.args if isinstance(a, BaseException)),
                    getattr(current, "reason", None)]
    return f"{type(error).__name__}: {error}"[:300]


if __name__ == "__main__":
    main(sys.argv[1:])
