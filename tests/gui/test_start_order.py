"""The window's frame paints before the icon fonts and the system's certificate store load:
qtawesome's import (qtpy imports every Qt class) and truststore's injection (urllib3 and
requests) cost more than the frame itself. Both still load before the window fills: the
toolbar's icons and the first connection come after them."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def start(tmp_path_factory) -> tuple[list[str], dict[str, int]]:
    """One real start under -X importtime: its output lines, and the line of each import."""
    tmp_path = tmp_path_factory.mktemp("start")
    env = {**os.environ, "CRM_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CRM_DATABASE_URL", None)
    started = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "--database",
         f"sqlite:///{tmp_path / 'crm.sqlite'}", "--exit-after-paint"],
        env=env, cwd=ROOT, timeout=300, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True)
    assert started.returncode == 0, started.stdout[-2000:]
    # print("ready") writes its newline apart, so an import line on stderr, written from the
    # worker thread in between, can follow it on the same line of the shared pipe
    lines = [piece.strip() for line in started.stdout.splitlines()
             for piece in re.split(r"(?=import time:)", line) if piece.strip()]
    imported = {line.rsplit("|", 1)[1].strip(): number for number, line in enumerate(lines)
                if line.startswith("import time:")}
    return lines, imported


def test_icons_and_trust_load_after_the_first_paint_and_before_ready(start):
    lines, imported = start
    painted, ready = lines.index("painted"), lines.index("ready")
    for module in ("desktop.icon_fonts", "truststore"):
        assert painted < imported[module] < ready, module


def test_qtawesome_uses_pyside6_modules_without_qtpy_star_imports(start):
    """qtpy's wrappers would make PySide6 create every class of four modules up front."""
    _lines, imported = start
    assert "qtawesome.iconic_font" in imported
    for module in ("qtpy.QtCore", "qtpy.QtGui", "qtpy.QtWidgets", "PySide6.QtOpenGL"):
        assert module not in imported, module
