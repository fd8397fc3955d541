"""The icon fonts are loaded privately from qtawesome's own files (no font file written for the
user, qtawesome's installer never reached), and a failed load leaves text buttons instead of
stopping the start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import qtawesome as qta
from PySide6.QtWidgets import QStyleOptionToolButton, QToolButton

from desktop.icon_fonts import fonts_folder, icons_loaded, load_icon_fonts

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import qtawesome.iconic_font as iconic
installs = []
real = iconic.IconicFont._install_fonts
iconic.IconicFont._install_fonts = lambda self, *a, **k: (installs.append(a), real(self, *a, **k))[1]
from PySide6.QtGui import QFontDatabase, QPixmap, QPainter
from desktop.app import create_application
import qtawesome as qta
app = create_application()
pixmap = qta.icon("fa5s.calendar-alt").pixmap(32, 32)
fonts = qta._resource["iconic"]
print(len(fonts.fontname), all(QFontDatabase.applicationFontFamilies(i) for i in fonts.fontids.values()),
      not pixmap.toImage().allGray() or pixmap.toImage().pixelColor(16, 16).alpha() > 0, installs)
"""


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_the_fonts_load_without_a_font_file_written_for_the_user(tmp_path):
    """A start in a process of its own, with the user's folders (Windows' and Linux's) in the
    test's folder: every bundled font is an application font, the icons draw, qtawesome's
    installer was never called, and no font file appeared anywhere."""
    home = tmp_path / "home"
    places = {"HOME": home, "LOCALAPPDATA": home / "AppData" / "Local",
              "APPDATA": home / "AppData" / "Roaming", "XDG_DATA_HOME": home / ".local/share",
              "XDG_CACHE_HOME": home / ".cache", "TMPDIR": tmp_path / "tmp"}
    for folder in places.values():
        folder.mkdir(parents=True, exist_ok=True)
    package = _files(fonts_folder())
    env = {**os.environ, **{k: str(v) for k, v in places.items()},
           "QT_QPA_PLATFORM": "offscreen", "CRM_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    count, registered, drawn, installs = result.stdout.strip().split(" ", 3)
    assert int(count) == len(qta._BUNDLED_FONTS) and registered == "True" and drawn == "True"
    assert installs == "[]"
    written = _files(tmp_path)
    assert not [p for p in written if p.suffix.lower() in (".ttf", ".otf", ".woff")]
    assert not (places["LOCALAPPDATA"] / "Microsoft" / "Windows" / "Fonts").exists()
    assert _files(fonts_folder()) == package  # nothing added beside the package's own


def test_a_failed_load_leaves_text_buttons(window, tmp_path):
    """Fonts the system refuses (an untrusted-font policy; here files that are no fonts): the
    start goes on, icons are empty, and tool buttons show their text."""
    blocked = tmp_path / "fonts"
    blocked.mkdir()
    for font in fonts_folder().iterdir():
        (blocked / font.name).write_bytes(b"not a font" if font.suffix == ".ttf"
                                          else font.read_bytes())
    try:
        assert load_icon_fonts(blocked) is False
        assert not icons_loaded() and qta.icon("fa5s.plus").isNull()
        overview = window.open_session("tccom6100m000")
        buttons = [b for b in overview.toolbar.findChildren(QToolButton) if b.text()]
        assert buttons
        for button in buttons:
            option = QStyleOptionToolButton()
            button.initStyleOption(option)
            assert option.icon.isNull()
            assert option.toolButtonStyle == option.toolButtonStyle.ToolButtonTextOnly, \
                button.text()
            assert button.sizeHint().width() > button.iconSize().width()
    finally:
        assert load_icon_fonts() is True
    assert icons_loaded() and not qta.icon("fa5s.plus").isNull()
