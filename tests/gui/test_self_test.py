"""``python -m desktop --self-test`` opens every session unattended and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.views.shell import features, registry  # noqa: F401 - features register


def test_self_test_opens_every_session(tmp_path):
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRM_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    codes = {s.code for s in registry.all_sessions()}
    lines = [line for line in result.stdout.splitlines() if line.split()[:1] and
             (line.split()[0] in codes or line[:2] in ("tc", "td", "tt"))]
    assert {line.split()[0] for line in lines} == codes
    assert "self-test passed" in result.stdout
    business_partners = next(line for line in lines if line.startswith("tccom4500m000"))
    assert business_partners.split()[-1] == "200"


def test_the_window_paints_before_the_database_opens(tmp_path):
    """The real start: the frame paints ("painted") before SQLAlchemy is even loaded, then
    the database is created with the demo data and the window filled ("ready"); the settings
    of that first start say where the window was."""
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRM_DATABASE_URL", None)
    probe = ("import sys, runpy; sys.argv = ['desktop', '--exit-after-paint'];"
             "from desktop.views.shell import first_paint;"
             "real = first_paint.FirstPaint.eventFilter;"
             "first_paint.FirstPaint.eventFilter = lambda self, w, e: ("
             "print('sqlalchemy loaded' if 'sqlalchemy' in sys.modules else 'no sqlalchemy',"
             " flush=True) if e.type() == e.Type.Paint and not self.done else None,"
             " real(self, w, e))[1];"
             "runpy.run_module('desktop', run_name='__main__')")
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.split("\n")
    assert [line for line in lines if line in ("painted", "ready")] == ["painted", "ready"]
    assert lines[0] == "no sqlalchemy"  # the first paint came before the database layer
    assert (tmp_path / "crm.sqlite").exists() and (tmp_path / "settings.ini").exists()
