"""The focus is seen (issue 40, WCAG 2.4.7): a ring follows the focused widget from field to
field and window to window, with real Tab presses."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.widgets.focus_ring import WIDTH


def _ring(window) -> QWidget:
    rings = [w for w in QApplication.allWidgets() if w.objectName() == "focus_ring"
             and w.isVisible()]
    assert len(rings) == 1, rings
    return rings[0]


def _around(ring: QWidget, widget: QWidget) -> bool:
    where = QRect(widget.mapTo(ring.parentWidget(), QPoint(0, 0)), widget.size())
    return ring.isAncestorOf(widget) is False and ring.parentWidget().isAncestorOf(widget) \
        and ring.geometry() == where.adjusted(-WIDTH - 1, -WIDTH - 1, WIDTH + 1, WIDTH + 1)


def test_the_ring_follows_tab_and_outlives_a_closed_window(window, qtbot):
    overview = window.open_session("tccom4500m000")
    overview.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is overview.search)
    assert _around(_ring(window), overview.search)
    for _ in range(8):  # on to the grid, the ring with the focus at each press
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert _around(_ring(window), QApplication.focusWidget())
        if QApplication.focusWidget() is overview.view:
            break
    assert QApplication.focusWidget() is overview.view
    window.mdi.closeAllSubWindows()  # the ring's parent goes with its window
    other = window.open_session("tccom1140m000")
    other.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is other.search)
    assert _around(_ring(window), other.search)


def test_a_lookup_s_ring_is_drawn_beside_the_field_not_clipped_inside_it(window, qtbot):
    """A lookup's inner line edit fills its container to the edge: the ring goes in the
    container's parent, around the line edit."""
    detail = window.open_session("tdsmi1610m000")  # a new opportunity: lookups in its form
    field = next(e for e in detail.form.findChildren(QWidget)
                 if type(e).__name__ == "LookupField" and e.isVisible())
    field.code.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field.code)
    ring = _ring(window)
    assert ring.parentWidget() is field.parentWidget()
    assert _around(ring, field.code)
