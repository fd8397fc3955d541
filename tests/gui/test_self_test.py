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
