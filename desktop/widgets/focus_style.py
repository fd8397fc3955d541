"""A focus indicator that can be seen (issue 40; EN 301 549 / WCAG 2.4.7 and 2.4.11): a ring
2 px wide, at 3:1 against its surroundings, around the focused field, combo, button, check box
and current item. Fusion's own is a 1 px frame in a light blue, hard to find on a long form.

A proxy style, installed once on the application, rather than a ring widget: it paints with
the widget and has no lifetime of its own (a ring widget left stale Python wrappers behind)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from desktop.widgets import colours

WIDTH = 2

#: what Fusion draws for a focused control, after which the ring goes over its edge
FRAMED_PRIMITIVES = {QStyle.PE_FrameLineEdit, QStyle.PE_PanelButtonCommand}
FRAMED_COMPLEX = {QStyle.CC_ComboBox, QStyle.CC_SpinBox}


def ring_colour(option: QStyleOption, on_item: bool = False) -> QColor:
    """The ring's colour: the focus colour, or on a selected item (drawn on the highlight) the
    highlighted text's, which is what reads there. Only on an item: a focused combo says it is
    "selected" too, and is not drawn on the highlight."""
    if on_item and option.state & QStyle.State_Selected:
        return option.palette.color(QPalette.HighlightedText)
    return QColor(colours.focus(option.palette))


def draw_ring(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A ring ``WIDTH`` px wide just inside ``rect`` (inside, so a parent's clip never cuts
    it), filled as four bands: exact pixels, where a wide pen's are left to rounding."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    painter.save()
    for band in (QRect(x, y, w, WIDTH), QRect(x, y + h - WIDTH, w, WIDTH),
                 QRect(x, y, WIDTH, h), QRect(x + w - WIDTH, y, WIDTH, h)):
        painter.fillRect(band, colour)
    painter.restore()


def is_view_without_current(widget: QWidget | None) -> bool:
    """A grid or list with no current cell (an empty one): no item draws the ring, so its
    frame does."""
    return isinstance(widget, QAbstractItemView) and not widget.currentIndex().isValid()


def focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.State_HasFocus) and bool(option.state & QStyle.State_Enabled)


class FocusStyle(QProxyStyle):
    """Fusion with the strong focus ring."""

    def drawPrimitive(self, element, option, painter, widget: QWidget | None = None) -> None:  # noqa: N802
        if element == QStyle.PE_FrameFocusRect:
            draw_ring(painter, option.rect, ring_colour(option, on_item=True))  # not Fusion's
            return
        super().drawPrimitive(element, option, painter, widget)
        if (element in FRAMED_PRIMITIVES or element == QStyle.PE_Frame
                and is_view_without_current(widget)) and focused(option):
            draw_ring(painter, option.rect, ring_colour(option))

    def pixelMetric(self, metric, option=None, widget: QWidget | None = None) -> int:  # noqa: N802
        if metric == QStyle.PM_DefaultFrameWidth and isinstance(widget, QAbstractItemView):
            # room for the whole ring on a grid's frame: its cells would cover a second pixel
            return max(WIDTH, super().pixelMetric(metric, option, widget))
        return super().pixelMetric(metric, option, widget)

    def drawComplexControl(  # noqa: N802
            self, control, option, painter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        # PySide passes this one as a plain int
        if QStyle.ComplexControl(control) in FRAMED_COMPLEX and focused(option):
            draw_ring(painter, option.rect, ring_colour(option))


def ring_label(label: QLabel) -> None:
    """The ring around a label whose links Tab reaches, while it has the focus: Qt marks the
    focused link only with a thin dotted outline, lost on a figure panel. The border is there
    unfocused too, transparent, so that nothing moves when the focus comes."""
    label.setStyleSheet(f"QLabel {{ border: {WIDTH}px solid transparent; }} QLabel:focus "
                        f"{{ border-color: {colours.focus(label.palette())}; }}")


def focus_style() -> FocusStyle:
    return FocusStyle("Fusion")
