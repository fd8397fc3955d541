"""The command line's sync and the window's engine never both sync a mailbox of one SQLite
database: the scheduled ``crm-desktop sync`` finds the mailbox the window is syncing (the lock
the window's engine takes, held here by this process) and skips it, saying so, or waits for it
with --wait. Each is a process of its own, as on a laptop."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.crm.db.database import open_database
from desktop.sync.locks import MailboxLocks
from tests.bundle.test_bundle import _synchronized_appointment
from tests.sync.ews_server import EwsServer

ROOT = Path(__file__).resolve().parents[2]
SOPHIE = "sophie.marchand@exemple.fr"


def _command(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "sync", "--password-env", "CRM_SYNC_SECRET", *args]


def _env(data: Path) -> dict[str, str]:
    env = {**os.environ, "CRM_DATA_DIR": str(data), "CRM_SYNC_SECRET": "secret"}
    env.pop("CRM_DATABASE_URL", None)
    return env


@pytest.fixture
def laptop(tmp_path):
    """A laptop's data folder with a database, one appointment to push and the loopback
    Exchange server; yields (data folder, server, the window's engine locks)."""
    data = tmp_path / "data"
    created = subprocess.run([sys.executable, "-m", "desktop", "--check"], env=_env(data),
                             capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert created.returncode == 0, created.stderr
    server = EwsServer().start()
    url = f"sqlite:///{data / 'crm.sqlite'}"
    subject = _synchronized_appointment(url, server.url)
    db = open_database(url)
    window = MailboxLocks(db)  # what the window's engine holds while it syncs
    try:
        yield data, server, window, subject
    finally:
        window.release()
        db.dispose()
        server.stop()


def _pushed(server: EwsServer) -> list[str]:
    return [i.text("Subject") for i in server.mailbox(SOPHIE).items.values()
            if i.kind == "CalendarItem"]


def test_a_mailbox_the_window_syncs_is_skipped_and_named(laptop):
    data, server, window, subject = laptop
    assert window.acquire([SOPHIE]) == [SOPHIE]
    result = subprocess.run(_command(data), env=_env(data), capture_output=True, text=True,
                            timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert f"skipped, another sync is running: {SOPHIE}" in result.stdout
    assert subject not in _pushed(server)
    window.release()
    again = subprocess.run(_command(data), env=_env(data), capture_output=True, text=True,
                           timeout=300, cwd=ROOT)
    assert "skipped" not in again.stdout and "waiting 0" in again.stdout, again.stdout
    assert subject in _pushed(server)


def test_with_wait_the_command_line_syncs_once_the_window_is_done(laptop):
    data, server, window, subject = laptop
    assert window.acquire([SOPHIE]) == [SOPHIE]
    process = subprocess.Popen(_command(data, "--wait", "300"), env=_env(data), cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()  # printed once it found the mailbox held
        assert first.startswith(f"waiting up to 300 s for the sync already running: {SOPHIE}")
        assert subject not in _pushed(server)
        window.release()  # the window's run ends
        out, err = process.communicate(timeout=300)
    finally:
        process.kill()
    assert process.returncode == 0, err
    assert "skipped" not in out and "waiting 0" in out, out
    assert subject in _pushed(server)
