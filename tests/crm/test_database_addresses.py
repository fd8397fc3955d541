"""Database addresses end with one sentence and exit status 2, never a traceback (issue 12,
item 10); --check reports orphan rows with their count (item 9)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from desktop.crm.db.database import check_url, probe_url
from desktop.crm.errors import DatabaseOpenError

BAD = [
    ("foo://bar", "foo databases are not supported"),
    ("mysql://user@server/crm", "mysql databases are not supported"),
    ("postgresql+psycopg2://user@server/crm", "is not installed"),
    ("postgresql://user:secret@server:port/crm", "is not a database address"),
    ("postgresql://user:secret@[::1/crm", "is not a database address"),
]


def _run(*args: str, tmp_path, env_url: str | None = None):
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path)}
    env.pop("CRM_DATABASE_URL", None)
    if env_url is not None:
        env["CRM_DATABASE_URL"] = env_url
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.parametrize("address, sentence", BAD)
def test_a_bad_address_is_one_sentence_and_status_2(tmp_path, address, sentence):
    for result in (_run("--check", "--database", address, tmp_path=tmp_path),
                   _run("--check", tmp_path=tmp_path, env_url=address),
                   _run("select", "bp", 'bp.city = "Lyon"', "--count", "--database", address,
                        tmp_path=tmp_path)):
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        [line] = result.stderr.strip().splitlines()
        assert sentence in line and "secret" not in line


def test_a_plain_file_path_is_a_sqlite_file(tmp_path):
    path = tmp_path / "équipe" / "crm.db"
    path.parent.mkdir()
    result = _run("--check", "--database", str(path), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert path.exists() and "orphan rows: none" in result.stdout
    assert check_url(str(path)) == f"sqlite:///{path}"


def test_settings_probe_refuses_what_does_not_open(tmp_path):
    with pytest.raises(DatabaseOpenError, match="cannot be reached"):
        probe_url("postgresql://nobody@127.0.0.1:1/crm")
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        probe_url(str(tmp_path / "no" / "such" / "folder" / "crm.db"))
    assert probe_url(str(tmp_path / "crm.db")).startswith("sqlite:///")


def test_check_reports_orphan_rows(tmp_path):
    path = tmp_path / "crm.sqlite"
    assert _run("--check", "--database", str(path), tmp_path=tmp_path).returncode == 0
    with sqlite3.connect(path) as conn:  # as an old version with its checks off left them
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("INSERT INTO notes (object_kind, object_id, subject, body, author, "
                     "private, created_by, created_at, modified_by, modified_at, version) "
                     "VALUES ('BUSINESS_PARTNER', 999999, 's', '', 'a', 0, 'a', "
                     "'2026-01-01', 'a', '2026-01-01', 1)")
        conn.execute("UPDATE contacts SET business_partner_id = 999999 WHERE id IN "
                     "(SELECT id FROM contacts ORDER BY id LIMIT 2)")
    result = _run("--check", "--database", str(path), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line.split()[-1] for line in result.stdout.splitlines()
             if line.startswith("  ")}
    assert lines["contacts.business_partner_id"] == "2"
    assert lines["notes"] == "1"
