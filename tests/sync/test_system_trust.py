"""HTTPS trusts the system's certificate store: an Exchange server (EWS) and a Microsoft sign-in
and Graph endpoint whose certificates a company's own authority issued are reached by requests,
httpx, exchangelib and msal once the application has started, although certifi (which each of
them uses by default) does not know that authority.

The authority is added to the system store of the probing process only. On Linux the system
store IS OpenSSL's default verify paths: the distribution fills them from its CA store
(Debian's update-ca-certificates writes /etc/ssl/certs and ca-certificates.crt there), and
OpenSSL lets the environment variables SSL_CERT_FILE and SSL_CERT_DIR name that file and folder
instead (https://docs.openssl.org/3.0/man3/SSL_CTX_load_verify_locations/ : "the default
locations ... may be overridden by the SSL_CERT_DIR and SSL_CERT_FILE environment variables").
truststore's Linux verifier loads exactly those paths (ssl.get_default_verify_paths,
https://truststore.readthedocs.io/en/latest/#platforms). Pointing them at a folder the test
owns is therefore the system store with the company's root added, without touching the
machine's own store; certifi's bundle, a file inside the certifi package, stays as it is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import certifi

from tests.sync.ews_server import EwsServer
from tests.sync.graph_server import GraphServer
from tests.sync.tls import private_authority

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = ("requests", "httpx", "exchangelib", "msal")


def _probe(tmp_path: Path, ca_file: Path, *args: str) -> dict[str, str]:
    store = tmp_path / "system-store"  # SSL_CERT_DIR: the hashed folder, empty here
    store.mkdir(exist_ok=True)
    env = {**os.environ, "SSL_CERT_FILE": str(ca_file), "SSL_CERT_DIR": str(store)}
    for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):  # requests' own overrides
        env.pop(variable, None)
    result = subprocess.run([sys.executable, "-m", "tests.sync.trust_probe", *args],
                            capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return dict(line.split(": ", 1) for line in result.stdout.splitlines())


def test_a_company_authority_in_the_system_store_is_trusted(tmp_path):
    company = tmp_path / "company"
    company.mkdir()
    authority, certificate, key = private_authority(company)
    assert authority.read_bytes() not in Path(certifi.where()).read_bytes()
    ews, graph = EwsServer(), GraphServer(tmp_path)  # its own self-signed one, replaced here
    ews.tls = graph.tls = (str(certificate), str(key))
    ews.start(), graph.start()
    try:
        targets = (f"https://127.0.0.1:{ews.port}/EWS/Exchange.asmx", graph.base,
                   graph.graph_url)
        certifi_only = _probe(tmp_path, authority, *targets)
        assert certifi_only == dict.fromkeys(CLIENTS, "failed: certificate not trusted")
        system = _probe(tmp_path, authority, "--system-store", *targets)
        assert system == dict.fromkeys(CLIENTS, "reached"), system
    finally:
        ews.stop(), graph.stop()
