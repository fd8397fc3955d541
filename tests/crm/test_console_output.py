"""The command line writes UTF-8 when its output is redirected (a scheduled task's log, a pipe):
on Windows Python would otherwise write the ANSI code page and stop at the first character it
cannot encode. Here the locale is made plain ASCII (the C locale, with Python's UTF-8 mode and
locale coercion off, PEP 538/540), the strictest such code page; the text comes from the
database, as a partner's code does on Windows."""

from __future__ import annotations

import os
import subprocess
import sys

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.database import open_database

CODE = "CHÂTEAU-Ł1"
SELECTION = 'bp.name = "Zz console test"'


def _run(*args: str, data_dir, **extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "CRM_DATA_DIR": str(data_dir), "LC_ALL": "C", "LANG": "C",
           "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    for name in ("CRM_DATABASE_URL", "PYTHONIOENCODING"):
        env.pop(name, None)
    env.update(extra)
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          env=env, timeout=300)


def _partner_with_an_accented_code(data_dir) -> None:
    assert _run("--check", data_dir=data_dir).returncode == 0
    db = open_database(str(data_dir / "crm.sqlite"))
    try:
        with db.session("tester") as session:
            partner = session.scalars(select(E.BusinessPartner)).first()
            partner.code, partner.name = CODE, "Zz console test"
            session.commit()
    finally:
        db.dispose()


def test_redirected_output_is_utf8_whatever_the_code_page(tmp_path):
    _partner_with_an_accented_code(tmp_path)
    result = _run("select", "bp", SELECTION, data_dir=tmp_path)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stdout == f"{CODE}\n".encode()


def test_an_explicit_encoding_is_left_as_asked(tmp_path):
    _partner_with_an_accented_code(tmp_path)
    result = _run("select", "bp", SELECTION, data_dir=tmp_path,
                  PYTHONIOENCODING="latin-1:backslashreplace")
    assert result.returncode == 0
    assert result.stdout == "CHÂTEAU-\\u01411\n".encode("latin-1")
