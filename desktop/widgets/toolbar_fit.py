"""A toolbar that is too narrow for its labels drops them from its last buttons first, keeping
their icons (and their names as tooltips), instead of hiding whole commands behind Qt's "»"
(issue 40: the Contacts toolbar lost its vCard commands at 1366 pixels in French). Labels come
back when the window widens or the language gets shorter. A row of tool buttons in a layout
(the Customer 360's quick actions) does the same with ``follow_row``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget

_FOLLOWED = "toolbar_fit_followed"


def _buttons(bar: QToolBar) -> list[QToolButton]:
    found = []
    for action in bar.actions():
        button = bar.widgetForAction(action)
        if isinstance(button, QToolButton) and action.isVisible() and not action.isSeparator():
            found.append(button)
    return found


def _shed(buttons: list[QToolButton], style: Qt.ToolButtonStyle, too_wide) -> None:
    """Every label back, then the last ones dropped while ``too_wide()`` says so."""
    for button in buttons:
        button.setToolButtonStyle(style)
    for button in reversed(buttons):
        if not too_wide():
            return
        button.setToolButtonStyle(Qt.ToolButtonIconOnly)


def fit(bar: QToolBar) -> None:
    """A toolbar's labels fitted to its width (its layout's hint counts separators too)."""
    if bar.orientation() != Qt.Horizontal or bar.width() <= 0:
        return

    def too_wide() -> bool:
        bar.layout().invalidate()
        return bar.layout().sizeHint().width() > bar.contentsRect().width()

    _shed(_buttons(bar), bar.toolButtonStyle(), too_wide)


def fit_row(row: QWidget, buttons: list[QToolButton], style: Qt.ToolButtonStyle) -> None:
    """The labels of a row of buttons in a layout fitted to the row's width."""
    spacing = max(row.layout().spacing(), 0) if row.layout() is not None else 0

    def too_wide() -> bool:
        need = sum(b.sizeHint().width() + spacing for b in buttons if b.isVisibleTo(row))
        return need > row.contentsRect().width()

    _shed(buttons, style, too_wide)


class _Follower(QObject):
    def __init__(self, bar: QWidget, refit=None) -> None:
        super().__init__(bar)
        self.bar = bar
        self.refit = refit or (lambda: fit(bar))
        self.pending = False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Resize, QEvent.LanguageChange, QEvent.Show) \
                and not self.pending:
            self.pending = True  # once per turn of the event loop, after the layout settled
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        self.pending = False
        self.refit()


def follow(bar: QToolBar) -> None:
    """Keep ``bar``'s labels fitted from now on (once per toolbar)."""
    if bar.property(_FOLLOWED) or bar.toolButtonStyle() == Qt.ToolButtonIconOnly:
        return
    bar.setProperty(_FOLLOWED, True)
    bar.installEventFilter(_Follower(bar))
    fit(bar)


def follow_row(row: QWidget, buttons: list[QToolButton]) -> None:
    """Keep the labels of ``row``'s ``buttons`` fitted to its width; the row may get as
    narrow as their icons (a laptop's pane), never wider than the pane for their words."""
    style = buttons[0].toolButtonStyle() if buttons else Qt.ToolButtonTextBesideIcon
    for button in buttons:
        icon_only = button.iconSize().width() + 12
        button.setMinimumWidth(icon_only)
    row.installEventFilter(_Follower(row, lambda: fit_row(row, buttons, style)))
