"""Start-up benchmark: from process start to the first painted main window, on a copy of the
small demo, against a bare PySide6 process that shows one empty QMainWindow (what no Qt
application can beat). Both print "painted" after their first paint; the clock stops when
that line arrives. Ours then opens the database and fills the window (menus, toolbar, My day)
and prints "ready": that time is reported too, against the same bare window. Warm (each side
runs once before the measured runs, so its files are in the page cache and its bytecode
compiled), alternating, median of RUNS runs; the same for the PyInstaller bundle when it has
been built (python installers/build.py)."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "crm-desktop" / ("crm-desktop.exe" if os.name == "nt" else
                                          "crm-desktop")
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 800)
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def time_to_paint(command: list[str], env: dict) -> dict[str, float]:
    """Seconds from the start of the process to each line it prints ("painted", "ready")."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    times = {line.strip(): time.perf_counter() - started for line in process.stdout}
    if process.wait(timeout=60) != 0 or "painted" not in times:
        raise RuntimeError(f"{command[0]} ended without painting (exit {process.returncode})")
    return times


def run(database: Path) -> dict[str, tuple[float, float, float]]:
    from bench.alternating import alternate

    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    copy = folder / "small.sqlite"
    shutil.copyfile(database, copy)
    env = {**os.environ, "CRM_DATA_DIR": str(folder / "data"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's installation has its bytecode
    args = ["--database", f"sqlite:///{copy}", "--exit-after-paint"]
    sides = {"python": [sys.executable, "-m", "desktop", *args]}
    if BUNDLE.exists():
        sides["bundle"] = [str(BUNDLE), *args]
    bare = [sys.executable, "-c", BARE]
    results = {}
    try:
        for name, command in sides.items():
            time_to_paint(command, env), time_to_paint(bare, env)  # warm
            ours, peer = alternate(
                RUNS, lambda c=command: time_to_paint(c, env),
                lambda: time_to_paint(bare, env),
                lambda n, a, b, name=name: print(
                    f"run {n} ({name}): ours painted {a['painted']:.3f} s, ready "
                    f"{a['ready']:.3f} s; bare window {b['painted']:.3f} s", flush=True))
            results[name] = (statistics.median(r["painted"] for r in ours),
                             statistics.median(r["ready"] for r in ours),
                             statistics.median(r["painted"] for r in peer))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results
