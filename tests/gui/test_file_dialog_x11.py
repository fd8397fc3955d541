"""A path typed in a file dialog and Enter (outside check, issue 37): on X11 the application
died in PySide, its key filter reading the dialog's own actions for a window command. Qt's
offscreen platform did not crash, so this runs the dialog on a real X server (Xvfb) and types
with xdotool, in a process of its own (a crash is its exit status, not the suite's)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_path_typed_in_a_file_dialog_on_x11(tmp_path):
    target = str(tmp_path / "export.json")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", sys.executable, "-X",
         "faulthandler", "-m", "tests.support.x11_file_dialog", target],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == target
