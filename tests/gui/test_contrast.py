"""Text stays readable (issue 40, item 4): every text colour of the application holds WCAG's
4.5:1 against what it is drawn on, on the light palette the application sets and on a dark
one (a platform's dark mode), and the palettes' own text roles do too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory

from desktop.widgets import colours

AA = 4.5


def _light() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def _dark() -> QPalette:
    """Fusion's dark palette as Qt builds it for a platform in dark mode."""
    dark = QPalette(QColor("#2d2d2d"), QColor("#353535"))
    for role, colour in ((QPalette.WindowText, "#f0f0f0"), (QPalette.Text, "#f0f0f0"),
                         (QPalette.Base, "#1e1e1e"), (QPalette.ButtonText, "#f0f0f0")):
        dark.setColor(role, QColor(colour))
    return dark


PALETTES = {"light": _light, "dark": _dark}


@pytest.mark.parametrize("name", sorted(colours.FIXED))
def test_fixed_pairs_read_at_four_and_a_half_to_one(name, qapp):
    text, background = colours.FIXED[name]
    assert colours.contrast(text, background) >= AA, name


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_status_colours_read_on_either_scheme(scheme, qapp):
    palette = PALETTES[scheme]()
    assert colours.is_dark(palette) == (scheme == "dark")
    for kind in colours.STATUS:
        for role in (QPalette.Window, QPalette.Base):
            ratio = colours.contrast(colours.status(kind, palette), palette.color(role))
            assert ratio >= AA, (scheme, kind, role, round(ratio, 2))


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_the_selection_editor_s_syntax_colours_read_on_either_scheme(scheme, qapp):
    palette = PALETTES[scheme]()
    for kind in colours.SYNTAX:
        ratio = colours.contrast(colours.syntax(kind, palette), palette.color(QPalette.Base))
        assert ratio >= AA, (scheme, kind, round(ratio, 2))


def test_the_agenda_draws_each_type_in_the_checked_colours(qapp):
    from desktop.crm.enums import ActivityType
    from desktop.views.activities import agenda_grid

    for kind in ActivityType:  # a type added later must get a checked pair too
        text, background = agenda_grid.item_colours(kind)
        assert (text, background) in colours.FIXED.values(), kind
    for background in colours.AGENDA.values():  # the activity in focus is ringed visibly
        assert colours.contrast(colours.AGENDA_FOCUS, background) >= colours.NON_TEXT


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_the_palettes_own_text_reads(scheme, qapp):
    palette = PALETTES[scheme]()
    for text, background in ((QPalette.WindowText, QPalette.Window),
                             (QPalette.Text, QPalette.Base),
                             (QPalette.ButtonText, QPalette.Button)):
        assert colours.contrast(palette.color(text), palette.color(background)) >= AA


@pytest.mark.parametrize("scheme", sorted(PALETTES))
def test_the_focus_ring_stands_out_at_three_to_one(scheme, qapp):
    """WCAG 2.4.11/1.4.11: the focus indicator at 3:1 to the window, fields and buttons it
    rings; on a selected item it is the highlighted text's colour, on the highlight."""
    palette = PALETTES[scheme]()
    for role in (QPalette.Window, QPalette.Base, QPalette.Button):
        ratio = colours.contrast(colours.focus(palette), palette.color(role))
        assert ratio >= colours.NON_TEXT, (scheme, role, round(ratio, 2))
    on_item = colours.contrast(palette.color(QPalette.HighlightedText),
                               palette.color(QPalette.Highlight))
    assert on_item >= colours.NON_TEXT, (scheme, round(on_item, 2))


def test_the_ratio_is_wcag_s():
    assert round(colours.contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(colours.contrast("#777777", "#ffffff"), 2) == 4.48  # WCAG's classic grey
