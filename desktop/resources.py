"""Where the application's files are: beside the package in a checkout or an installed wheel,
under PyInstaller's unpacked folder (sys._MEIPASS) in the bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return root / "resources"


def app_icon_path() -> Path:
    return resources_dir() / "icons" / "crm-desktop.png"
