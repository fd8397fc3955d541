"""The command line: --check on a fresh machine and against PostgreSQL, demo refusals."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from desktop.crm.demo import build_demo
from desktop.crm.errors import CrmError


def _run(*args: str, data_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "CRM_DATA_DIR": str(data_dir)}
    env.pop("CRM_DATABASE_URL", None)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_check_creates_the_demo_database_on_a_fresh_machine(tmp_path):
    result = _run("--check", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "crm.sqlite").exists()
    lines = dict(line.rsplit(None, 1) for line in result.stdout.splitlines()
                 if line.startswith(("business_partners ", "activities ", "opportunities ")))
    assert lines == {"business_partners": "200", "activities": "1,500", "opportunities": "400"}
    again = _run("--check", data_dir=tmp_path)
    assert "created a new database" not in again.stdout
    assert "business_partners" in again.stdout


def test_check_against_postgresql(templates, tmp_path):
    url = templates._new_url("postgresql", "cli_check")
    try:
        result = _run("--check", "--database", url, data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "database: postgresql 127.0.0.1" in result.stdout
        assert any(line.split() == ["business_partners", "200"]
                   for line in result.stdout.splitlines())
    finally:
        templates.drop(url)


def test_check_reports_a_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database" * 200)
    result = _run("--check", "--database", f"sqlite:///{bad}", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "is not a CRM database" in result.stderr


def test_demo_refuses_a_database_with_data(demo_db):
    with pytest.raises(CrmError, match="already holds business partners"):
        build_demo(demo_db.engine, "small")


def test_select_prints_codes_counts_and_errors(tmp_path):
    assert _run("--check", data_dir=tmp_path).returncode == 0
    codes = _run("select", "bp", 'bp.city = "Lyon"', data_dir=tmp_path)
    assert codes.returncode == 0, codes.stderr
    lines = codes.stdout.split()
    assert lines and all(code.startswith("BP") for code in lines)
    count = _run("select", "bp", 'bp.city = "Lyon"', "--count", data_dir=tmp_path)
    assert count.stdout.strip() == str(len(lines))
    broken = _run("select", "opportunity", "opportunity.stauts = 1", data_dir=tmp_path)
    assert broken.returncode == 2
    assert broken.stderr.splitlines() == [
        "1:1: Unknown field opportunity.stauts. Did you mean opportunity.status?",
        "opportunity.stauts = 1", "^"]
