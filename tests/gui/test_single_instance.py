"""One window per data folder: a second start reaches the first (its arguments handed over, the
window brought forward and asked to open a session) and ends; another data folder has a window
of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.views.shell.single_instance import SingleInstance

ROOT = Path(__file__).resolve().parents[2]


def test_a_second_start_reaches_the_first(qtbot, tmp_path):
    first, second = SingleInstance(tmp_path), SingleInstance(tmp_path)
    assert first.claim()
    try:
        assert not second.claim()
        with qtbot.waitSignal(first.received, timeout=10000) as received:
            assert second.forward(["--open", "tccom6100m000"])
        assert received.args == [["--open", "tccom6100m000"]]
        elsewhere = SingleInstance(tmp_path / "other")
        (tmp_path / "other").mkdir()
        assert elsewhere.claim()  # another data folder, another window
        elsewhere.release()
    finally:
        first.release()
    again = SingleInstance(tmp_path)
    assert again.claim()  # the first one ended: the next start is the window
    again.release()


def test_a_second_application_start_hands_over_and_ends(qtbot, tmp_path):
    """``crm-desktop --open ...`` started while the window runs (here this process holds the
    data folder's window): it hands its arguments over and exits at once, opening nothing."""
    data = tmp_path / "data"
    data.mkdir()
    first = SingleInstance(data)
    assert first.claim()
    try:
        env = {**os.environ, "CRM_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("CRM_DATABASE_URL", None)
        with qtbot.waitSignal(first.received, timeout=30000) as received:
            started = subprocess.run([sys.executable, "-m", "desktop", "--open",
                                      "tdsmi1500m000"], env=env, cwd=ROOT, timeout=120,
                                     capture_output=True, text=True)
        assert started.returncode == 0, started.stderr
        assert received.args == [["--open", "tdsmi1500m000"]]
        assert not (data / "crm.sqlite").exists()  # the second start opened no database
    finally:
        first.release()


def test_the_running_window_comes_forward_and_opens_the_session_asked(window, qtbot):
    from desktop.app import Started

    started = Started(None, window, window.ctx.settings, type("Args", (), {})())
    window.showMinimized()
    started.arguments(["--open", "tccom6100m000"])
    assert not window.isMinimized()
    assert window.mdi.activeSubWindow().session.session_code == "tccom6100m000"
