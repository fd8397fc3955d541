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


def fit(bar: QToolBar) -> None:
    """Every label back, then the last ones dropped until the buttons fit the bar's width."""
    if bar.orientation() != Qt.Horizontal or bar.width() <= 0:
        return
    buttons = _buttons(bar)
    for button in buttons:
        button.setToolButtonStyle(bar.toolButtonStyle())
    bar.layout().invalidate()
    room = bar.contentsRect().width()
    for button in reversed(buttons):
        if bar.layout().sizeHint().width() <= room:
            return
        button.setToolButtonStyle(Qt.ToolButtonIconOnly)
        bar.layout().invalidate()


def fit_row(row: QWidget, buttons: list[QToolButton], style: Qt.ToolButtonStyle) -> None:
    """The buttons of a row with their labels, the last ones without where the row's width
    does not hold them all."""
    for button in buttons:
        button.setToolButtonStyle(style)
    spacing = max(row.layout().spacing(), 0) if row.layout() is not None else 0
    need = sum(b.sizeHint().width() + spacing for b in buttons if b.isVisibleTo(row))
    for button in reversed(buttons):
        if need <= row.contentsRect().width():
            return
        before = button.sizeHint().width()
        button.setToolButtonStyle(Qt.ToolButtonIconOnly)
        need -= before - button.sizeHint().width()


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
