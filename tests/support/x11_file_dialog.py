"""Run by tests/gui/test_file_dialog_x11.py in its own process on a real X server (Xvfb): Qt's
file dialog with the application's key filter installed, typed into by xdotool as a person
types (Ctrl+A, a path, Enter). Prints the path the dialog returned."""

from __future__ import annotations

import subprocess
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.widgets import window_keys


def _type(target: str) -> None:
    for command in (["key", "ctrl+a"], ["type", "--delay", "40", target], ["key", "Return"]):
        subprocess.run(["xdotool", *command], check=True)


def main() -> int:
    target = sys.argv[1]
    app = QApplication(sys.argv[:1])
    window_keys.install(app)
    QTimer.singleShot(800, lambda: threading.Thread(target=_type, args=(target,)).start())
    path, _filter = QFileDialog.getSaveFileName(None, "Export", "x.json", "JSON (*.json)",
                                                options=QFileDialog.DontUseNativeDialog)
    print(path, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
