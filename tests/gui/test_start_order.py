"""The window's frame paints before the icon fonts and the system's certificate store load:
qtawesome's import (qtpy imports every Qt class) and truststore's injection (urllib3 and
requests) cost more than the frame itself. Both still load before the window fills: the
toolbar's icons and the first connection come after them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_icons_and_trust_load_after_the_first_paint_and_before_ready(tmp_path):
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRM_DATABASE_URL", None)
    started = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "--database",
         f"sqlite:///{tmp_path / 'crm.sqlite'}", "--exit-after-paint"],
        env=env, cwd=ROOT, timeout=300, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True)
    assert started.returncode == 0, started.stdout[-2000:]
    lines = [line.strip() for line in started.stdout.splitlines()]
    painted, ready = lines.index("painted"), lines.index("ready")
    imported = {line.rsplit("|", 1)[1].strip(): number for number, line in enumerate(lines)
                if line.startswith("import time:")}
    for module in ("desktop.icon_fonts", "truststore"):
        assert painted < imported[module] < ready, module
