"""The light colour scheme is set explicitly: with Windows in dark mode the platform hands the
application a dark palette (Qt 6.5+), which the application's own light-only colours would
clash with; the start asks Qt for the light scheme and sets the style's light palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from desktop.app import use_light_scheme


def test_a_dark_system_palette_gives_way_to_the_light_scheme(qapp):
    before = qapp.palette()
    dark = QPalette(QColor("#202020"))  # what the platform theme gives in dark mode
    dark.setColor(QPalette.WindowText, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    try:
        use_light_scheme(qapp)
        palette = qapp.palette()
        assert palette.color(QPalette.Window).lightness() > 200
        assert palette.color(QPalette.Base).lightness() > 240
        assert palette.color(QPalette.WindowText).lightness() < 60
        assert palette.color(QPalette.Text).lightness() < 60
        assert qapp.styleHints().colorScheme() in (Qt.ColorScheme.Light,
                                                   Qt.ColorScheme.Unknown)
    finally:
        qapp.setPalette(before)
