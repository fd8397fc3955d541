"""``crm-desktop serve --database postgresql://... [--listen HOST:PORT] [--cert F --key F]``:
open (and upgrade) the team's database, start the Exchange sync on the server, and serve the
laptops over HTTPS until stopped."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import uvicorn
from sqlalchemy.engine import make_url

from desktop.crm import accounts as server_accounts
from desktop.crm.db.database import data_dir, normalise_url, open_database
from desktop.crm.errors import CrmError
from desktop.team.server import tls
from desktop.team.server.app import make_app
from desktop.team.server.exchange import ExchangeRunner
from desktop.team.server.limits import DeviceLimits
from desktop.team.server.service import TeamService
from desktop.team.server.signin import AccountVerifier, EntraVerifier

log = logging.getLogger(__name__)
DEFAULT_LISTEN = "0.0.0.0:8443"


def parse_listen(listen: str) -> tuple[str, int]:
    host, _, port = listen.rpartition(":")
    try:
        return host or "0.0.0.0", int(port)
    except ValueError:
        raise CrmError("--listen takes HOST:PORT, for example 0.0.0.0:8443.") from None


def run(database: str, listen: str = DEFAULT_LISTEN, cert: str | None = None,
        key: str | None = None, exchange: bool = True, ready=None,
        entra: tuple[str | None, str | None] = (None, None), accounts: bool = False) -> int:
    url = normalise_url(database)
    if make_url(url).get_backend_name() != "postgresql":
        raise CrmError("The team server works on the team's PostgreSQL database: give "
                       "--database postgresql://user@host/crm.")
    db = open_database(url)
    host, port = parse_listen(listen)
    if cert and key:
        cert_path, key_path = Path(cert), Path(key)
    else:
        cert_path, key_path = tls.self_signed(data_dir() / "team-server")
        print(f"no certificate given: a self-signed one for trials, {cert_path}", flush=True)
    print(f"team server on https://{host}:{port} for {db.description}; certificate "
          f"fingerprint {tls.fingerprint(cert_path)}", flush=True)
    stop = threading.Event()
    runner = ExchangeRunner(db, stop) if exchange else None
    if runner is not None:
        runner.start()
    verifier = AccountVerifier(db) if accounts else _verifier(*entra)
    config = uvicorn.Config(make_app(TeamService(db), verifier, DeviceLimits()), host=host, port=port,
                            ssl_certfile=str(cert_path), ssl_keyfile=str(key_path),
                            log_level="info", access_log=False)
    server = uvicorn.Server(config)
    if ready is not None:
        ready(server)
    try:
        server.run()
    finally:
        stop.set()
        if runner is not None:
            runner.join(30)
        db.dispose()
    return 0


def _verifier(tenant: str | None, audience: str | None) -> EntraVerifier | None:
    """Laptops sign in with Entra ID when both are given; without, the server trusts the
    user a laptop registers for, and says so."""
    if tenant and audience:
        print(f"laptops sign in with Microsoft Entra tenant {tenant} for {audience}", flush=True)
        return EntraVerifier(tenant, audience)
    if tenant or audience:
        raise CrmError("Give both --entra-tenant and --entra-audience.")
    print("no sign-in: the server trusts the user each laptop registers for (trials only)",
          flush=True)
    return None


def set_account(database: str, user: str, password: str) -> int:
    """``crm-desktop account USER --password-env NAME``: the password a laptop of USER signs
    in with when the server runs with --accounts (the environment keeps it out of the shell's
    history and the process list)."""
    db = open_database(normalise_url(database))
    try:
        with db.session("team-server") as s:
            server_accounts.set_password(s, user, password)
            s.commit()
    finally:
        db.dispose()
    print(f"the account of {user} is set", flush=True)
    return 0
