"""HTTPS trusts the operating system's certificate store, not only certifi's list.

A company's on-premises Exchange signed by its own certificate authority, or a proxy that
inspects TLS with a company root, is trusted by Windows (the certificate store the company's
group policy fills), by macOS (the Keychain) and by Linux (OpenSSL's default paths, which the
distribution fills from its CA store). certifi knows none of these roots: requests, msal
(through requests), exchangelib (through requests) and httpx all verify against certifi by
default. truststore replaces ``ssl.SSLContext`` with one that verifies through the platform's
own verifier (CryptoAPI on Windows, Security.framework on macOS, OpenSSL's default store on
Linux); injected once, first thing at start, before any of these libraries opens a connection
(https://truststore.readthedocs.io/en/latest/#using-truststore-with-requests-and-urllib3).

A CA file a setting names (``GraphSettings.ca_file``) is still loaded on top: truststore keeps
``load_verify_locations``.
"""

from __future__ import annotations

import truststore

_injected = False


def trust_system_store() -> None:
    """Make every later TLS connection of the process verify with the system's store."""
    global _injected
    if not _injected:
        truststore.inject_into_ssl()
        _injected = True
