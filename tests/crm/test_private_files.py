"""Files that hold secrets are readable by their owner only (0600), whatever the umask: the
Graph token cache, and any file written with write_private; a cache an older version left
readable by others is closed on first use."""

from __future__ import annotations

import os
import stat

import pytest

from desktop.crm.io.files import make_private, write_private

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture
def open_umask():
    """A machine whose umask lets everyone read new files (0000)."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_secret_file_is_its_owners_only(tmp_path, open_umask):
    path = tmp_path / "new-folder" / "cache.bin"
    write_private(path, b"secret")
    assert path.read_bytes() == b"secret"
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    write_private(path, b"secret 2")  # rewritten: still the owner's only
    assert (path.read_bytes(), _mode(path)) == (b"secret 2", 0o600)
    assert [p.name for p in path.parent.iterdir()] == ["cache.bin"]  # no partial left


def test_a_file_left_open_by_an_older_version_is_closed(tmp_path, open_umask):
    path = tmp_path / "cache.bin"
    path.write_bytes(b"old")
    path.chmod(0o644)
    make_private(path)
    assert _mode(path) == 0o600


def test_the_graph_token_cache_is_its_owners_only(tmp_path, open_umask, memory_keyring):
    from desktop.sync.gateways.graph_auth import EncryptedTokenCache

    path = tmp_path / "graph-token-cache.bin"
    cache = EncryptedTokenCache(path)
    cache.cache.add({"client_id": "app", "scope": ["Calendars.ReadWrite"],
                     "token_endpoint": "https://login.example/tenant/oauth2/v2.0/token",
                     "response": {"access_token": "a", "refresh_token": "r",
                                  "token_type": "Bearer", "expires_in": 3600}})
    cache.save()
    assert _mode(path) == 0o600
    path.chmod(0o644)  # as the previous version left it
    EncryptedTokenCache(path)
    assert _mode(path) == 0o600
