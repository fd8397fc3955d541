"""The icon fonts, loaded privately into the application and never installed for the user.

qtawesome, asked for its first icon, copies its fonts into the user's fonts folder and registry
on Windows (%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts, HKCU\\...\\Fonts: IconicFont.
_get_fonts_directory calls _install_fonts) before loading them; under the "untrusted font
blocking" policy companies set, the load then fails with FontError, which nothing caught, and
the start stopped. Here the fonts are read from the package's own files and handed to Qt as
application fonts (QFontDatabase.addApplicationFontFromData: "available to the application
only", https://doc.qt.io/qt-6/qfontdatabase.html#addApplicationFontFromData); qtawesome's
load_font skips its installation whenever it is given the fonts' folder. If they cannot be
loaded, the icons are empty, and a tool button without an icon shows its text
(QToolButton::initStyleOption makes it text-only), so the application still starts."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtGui import QFont, QIcon


def qtpy_as_pyside6() -> None:
    """qtpy's QtCore, QtGui and QtWidgets are PySide6's own modules, before qtawesome imports
    them. qtpy's wrappers star-import every class of the three modules and of QtOpenGL, which
    makes PySide6 create every class it would otherwise create on first use: that was half of
    qtawesome's import, itself the largest part of the start (0.6 s to 0.3 s). qtawesome uses
    only classes PySide6 has under the same names, and this application runs on PySide6 only
    (qtpy itself still loads: qtawesome reads its PYSIDE_VERSION)."""
    for name, module in (("QtCore", QtCore), ("QtGui", QtGui), ("QtWidgets", QtWidgets)):
        sys.modules.setdefault(f"qtpy.{name}", module)


qtpy_as_pyside6()
import qtawesome  # noqa: E402  # after the aliases above
from qtawesome.iconic_font import IconicFont  # noqa: E402

log = logging.getLogger(__name__)


def fonts_folder() -> Path:
    """The fonts shipped inside qtawesome (and inside the bundle, collected with it)."""
    return Path(qtawesome.__file__).resolve().parent / "fonts"


class TextButtons:
    """Stands in for the fonts when they cannot be loaded: every icon is empty."""

    fontids: dict = {}
    charmap: dict = {}
    icon_cache: dict = {}

    def icon(self, *names, **kwargs) -> QIcon:
        return QIcon()

    def font(self, prefix: str, size: float) -> QFont:
        return QFont()


def load_icon_fonts(folder: Path | None = None) -> bool:
    """Load qtawesome's fonts as application fonts (True), or fall back to text buttons."""
    folder = folder or fonts_folder()
    try:
        fonts = IconicFont(*[(prefix, ttf, charmap, str(folder))
                             for prefix, ttf, charmap in qtawesome._BUNDLED_FONTS])
    except Exception:  # FontError, a missing or blocked file: start anyway
        log.exception("icon fonts: cannot be loaded from %s; buttons show their text", folder)
        qtawesome._resource["iconic"] = TextButtons()
        return False
    qtawesome._resource["iconic"] = fonts
    return True


def icons_loaded() -> bool:
    return not isinstance(qtawesome._resource["iconic"], TextButtons)
