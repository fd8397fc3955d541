"""The application's text colours, each with the background it is drawn on (issue 40, item 4):
in one place so that a test can hold every pair to WCAG's 4.5:1 for text.

A colour written on a fixed background sets both (the palette cannot turn a dark text light
on a pale yellow); a colour written on the window's own background has a variant per scheme,
chosen from the palette in force."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

#: (text, background) drawn together wherever they are used
SEARCH_ACTIVE = ("#1a1a1a", "#fff6d6")  # a quick search in force
CHANGED_BAR = ("#1a1a1a", "#fff4ce")  # "changed by ...: Reload / Keep mine"
GRID_ERROR = ("#8c1d18", "#fdecea")  # a grid that could not be read
MERGE_TOKEN = ("#1f3a68", "#e3ecfa")  # a merge field in a letter
FIXED = {"search": SEARCH_ACTIVE, "changed": CHANGED_BAR, "grid error": GRID_ERROR,
         "merge token": MERGE_TOKEN}

#: status words on the window's background: (on a light window, on a dark one)
STATUS = {"success": ("#1b6e2d", "#7ddc94"),
          "error": ("#a8322a", "#ff9c8f"),
          "warning": ("#7a5200", "#f0c060")}


#: the agenda's activities: dark text on a pale background per type (the type is also said by
#: the item's tooltip and the Activities grid, never by colour alone)
AGENDA_TEXT = "#1a1a1a"
AGENDA = {"appointment": "#dbe8f7", "call": "#e3f1e0", "task": "#fbefd5", "other": "#eef2f7"}
#: the border of the activity in focus: 3:1 at least against every pale background (WCAG 1.4.11)
AGENDA_FOCUS = "#1f4e9c"
FIXED.update({f"agenda {kind}": (AGENDA_TEXT, background)
              for kind, background in AGENDA.items()})

#: the selection editor's syntax colours on the editor's base: (light, dark)
SYNTAX = {"comment": ("#1d7324", "#6a9955"), "string": ("#a31515", "#ce9178"),
          "keyword": ("#0000ff", "#569cd6"), "number": ("#09734c", "#b5cea8"),
          "field": ("#795e26", "#dcdcaa"), "kind": ("#1f6a80", "#4ec9b0")}


def syntax(kind: str, palette: QPalette) -> str:
    """The colour of a ``kind`` of word in the selection editor on this palette's base."""
    return SYNTAX[kind][1 if palette.color(QPalette.Base).lightness() < 128 else 0]


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Window).lightness() < 128


def status(kind: str, palette: QPalette) -> str:
    """The colour of a success, error or warning text on this palette's window."""
    return STATUS[kind][1 if is_dark(palette) else 0]


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) \
        + 0.0722 * channel(colour.blueF())


def contrast(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2's contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(QColor(first)), luminance(QColor(second))), reverse=True)
    return (light + 0.05) / (dark + 0.05)

#: the keyboard focus indicator (issue 40; WCAG 2.4.7/2.4.11 asks 3:1 against what is around
#: it): (light, dark)
FOCUS = ("#0b57d0", "#8ab4f8")
NON_TEXT = 3.0


def focus(palette: QPalette) -> str:
    """The colour of the focus indicator on this palette's window and base."""
    return FOCUS[1 if is_dark(palette) else 0]
