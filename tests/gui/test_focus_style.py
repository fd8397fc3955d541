"""The focus can be seen (issue 40; WCAG 2.4.7/2.4.11): the application's style rings the
focused field, combo, button and check box with 2 px in a colour at 3:1 to what is around it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.widgets import colours
from desktop.widgets.focus_style import WIDTH, FocusStyle


def _form(qtbot):
    form = QWidget()
    layout = QVBoxLayout(form)
    widgets = [QLineEdit("Dupont"), QComboBox(), QPushButton("OK"), QCheckBox("Actif")]
    widgets[1].addItems(["Appel", "Rendez-vous"])
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitExposed(form)
    return form, widgets


def _focus(qtbot, widget) -> None:
    widget.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def _ring_pixels(widget) -> int:
    """How many pixels of the widget's grab have the focus colour exactly."""
    image = widget.grab().toImage()
    ring = QColor(colours.focus(widget.palette())).rgb()
    return sum(image.pixel(x, y) == ring
               for x in range(image.width()) for y in range(image.height()))


def test_the_application_style_is_the_focus_style(qapp):
    assert isinstance(QApplication.style(), FocusStyle)


def test_a_focused_line_edit_is_ringed_two_pixels_wide(qtbot):
    _form_widget, (line, *_rest) = _form(qtbot)
    _focus(qtbot, line)
    image = line.grab().toImage()
    ring = QColor(colours.focus(line.palette())).rgb()
    middle = image.height() // 2
    # both pixel columns at the left edge, and both rows at the top, are the ring
    for x in range(WIDTH):
        assert image.pixel(x, middle) == ring, x
    for y in range(WIDTH):
        assert image.pixel(image.width() // 2, y) == ring, y
    assert image.pixel(WIDTH + 2, middle) != ring  # and no wider: the text keeps its room


def test_only_the_focused_control_has_the_ring(qtbot):
    _form_widget, widgets = _form(qtbot)
    for widget in widgets:
        _focus(qtbot, widget)
        others = [w for w in widgets if w is not widget]
        # at least both sides, WIDTH deep (a check box rings its text, not its whole row)
        assert _ring_pixels(widget) >= 2 * WIDTH * widget.height(), widget
        assert all(_ring_pixels(other) == 0 for other in others), widget


def _empty_grid(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    form, (line, *_rest) = _form(qtbot)
    grid = QTableView(form)
    model = QStandardItemModel(0, 3, grid)  # the columns, no row
    grid.setModel(model)
    form.layout().addWidget(grid)
    qtbot.waitUntil(grid.isVisible)
    return form, line, grid, model


def test_an_empty_grid_with_the_focus_is_ringed_around_its_frame(qtbot):
    _form_widget, line, grid, _model = _empty_grid(qtbot)
    _focus(qtbot, line)
    assert _ring_pixels(grid) == 0
    qtbot.keyClick(line, Qt.Key_Tab)  # on through the combo, the button, the box
    for _step in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    qtbot.waitUntil(grid.hasFocus)
    assert not grid.currentIndex().isValid()
    image = grid.grab().toImage()
    ring = QColor(colours.focus(grid.palette())).rgb()
    middle_x, middle_y = image.width() // 2, image.height() // 2
    for inset in range(WIDTH):  # both pixels deep on every side
        assert image.pixel(inset, middle_y) == ring, inset
        assert image.pixel(image.width() - 1 - inset, middle_y) == ring, inset
        assert image.pixel(middle_x, inset) == ring, inset
        assert image.pixel(middle_x, image.height() - 1 - inset) == ring, inset
    qtbot.keyClick(grid, Qt.Key_Tab)  # and gone with the focus
    qtbot.waitUntil(lambda: not grid.hasFocus())
    assert _ring_pixels(grid) == 0


def test_a_grid_with_a_current_cell_rings_the_cell_not_the_frame(qtbot):
    from PySide6.QtGui import QStandardItem

    _form_widget, _line, grid, model = _empty_grid(qtbot)
    model.appendRow([QStandardItem("Dupont"), QStandardItem("Lyon"), QStandardItem("3")])
    grid.setCurrentIndex(model.index(0, 1))
    _focus(qtbot, grid)
    image = grid.grab().toImage()
    ring = QColor(colours.focus(grid.palette())).rgb()
    # the frame has none (the current cell, selected, has it in the highlighted text's colour)
    assert image.pixel(0, image.height() // 2) != ring
    assert image.pixel(image.width() // 2, image.height() - 1) != ring
