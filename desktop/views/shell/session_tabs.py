"""The session tabs of the main window's work area, readable with a dozen open on a laptop:
titles elided at a comfortable width with the whole title as tooltip, scroll buttons when they
do not fit, and closing a tab brings its neighbour forward (as browsers do), not the window
used before it."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMdiArea, QMdiSubWindow, QTabBar

TAB_WIDTH = (90, 230)  # pixels: a title shorter than the first is not squeezed, longer is elided


class SessionTabs(QObject):
    """Keeps the QMdiArea's tab bar (built by Qt in tabbed view) readable."""

    def __init__(self, mdi: QMdiArea) -> None:
        super().__init__(mdi)
        self.mdi = mdi
        self.bar = mdi.findChild(QTabBar)
        self.bar.setExpanding(False)
        self.bar.setElideMode(Qt.ElideRight)
        self.bar.setUsesScrollButtons(True)
        minimum, maximum = TAB_WIDTH
        self.bar.setStyleSheet(f"QTabBar::tab {{ min-width: {minimum}px; max-width: {maximum}px; }}")
        mdi.subWindowActivated.connect(lambda _sub: self.update_tooltips())
        self.bar.tabMoved.connect(lambda _a, _b: self.update_tooltips())

    def update_tooltips(self) -> None:
        """Each tab's whole title as its tooltip (the tab shows it elided)."""
        if not shiboken6.isValid(self.bar):
            return  # the window is being torn down: the last activations come after the bar
        for index, sub in enumerate(self.in_tab_order()):
            if index < self.bar.count():
                self.bar.setTabToolTip(index, sub.windowTitle())

    def in_tab_order(self) -> list[QMdiSubWindow]:
        """The sub-windows as their tabs stand (QMdiArea keeps its creation order in step with
        tabs the user moves)."""
        return self.mdi.subWindowList(QMdiArea.CreationOrder)

    def close_current(self) -> None:
        """Close the tab in front; once it is gone, the one to its right (else its left) comes
        forward. A window that asks first (unsaved changes) stays until answered."""
        current = self.mdi.activeSubWindow()
        if current is None:
            return
        order = self.in_tab_order()
        index = order.index(current)
        neighbours = order[index + 1:index + 2] or order[max(index - 1, 0):index]
        current.close()
        if getattr(current, "closed", False) and neighbours:
            # again once the closed window is gone: QMdiArea then activates the one used
            # before it, which is not where the user's eye is
            neighbour = neighbours[0]
            self.mdi.setActiveSubWindow(neighbour)
            current.destroyed.connect(lambda _o=None: self._activate(neighbour))

    def _activate(self, sub: QMdiSubWindow) -> None:
        if sub in self.mdi.subWindowList():
            self.mdi.setActiveSubWindow(sub)
