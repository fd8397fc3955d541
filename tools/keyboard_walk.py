"""The keyboard-only morning (issue 40), a screenshot scene of tools/screenshots.py: My day
from the File menu, a call of the day, its partner (Shift+F2 in the partner field), one of the
partner's quotations (the Sales Quotations window, Ctrl+F), and Print from the Commands menu.
Driven with keys only; a picture at each step shows where the focus is.

The scene writes its steps itself (``window.shots_to``: the folder and the language), then
leaves the print dialog's picture as the scene's own."""

from __future__ import annotations

from scene_helpers import _idle, _wait


def _keys(widget, key, modifier=None, times: int = 1) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for _ in range(times):
        QTest.keyClick(widget, key, modifier or Qt.NoModifier)


def _focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _step(window, app, number: int, what: str) -> None:
    """The screen under the window (menus and dialogs over it included), as ``NN-what``."""
    from PySide6.QtWidgets import QApplication

    for _ in range(20):
        app.processEvents()
    out, lang = window.shots_to
    frame = window.frameGeometry()
    pixmap = QApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(),
                                                     frame.height())
    path = out / f"keyboard-morning-{number:02d}-{what}_{lang}.png"
    pixmap.save(str(path))
    focus = QApplication.focusWidget()
    print(path, type(focus).__name__, focus.objectName() if focus else "",
          focus.geometry() if focus else "")


def _menu_to(window, app, area: str, code: str) -> None:
    """Alt+the menu's letter, Down to the session's entry, Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.views.shell import registry
    from desktop.widgets.mnemonics import mnemonic

    menu = window.menus[area]
    letter = mnemonic(menu.title())
    _keys(_focused() or window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.AltModifier)
    _wait(app, lambda: QApplication.activePopupWidget() is menu, 5)
    title = registry.get(code).translated_title
    for _ in range(len(menu.actions())):
        if menu.activeAction() is not None and menu.activeAction().text().replace("&", "") \
                == title:
            return
        _keys(menu, Qt.Key_Down)


def _a_call_with_a_quotation(window):
    """(call id, partner id, quotation code): a call of My day whose partner has a
    quotation; the scene needs such a morning, not the user."""
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.enums import ActivityType

    home = window.front_session()
    lines = [line for key in ("today", "overdue", "tomorrow")
             for line in home.sections[key].lines if line.type is ActivityType.CALL]
    with window.ctx.db.session() as s:
        for line in lines:
            bp_id = s.scalar(select(E.Activity.business_partner_id)
                             .where(E.Activity.id == line.record_id))
            code = s.scalar(select(E.Quotation.code).where(E.Quotation.sold_to_bp_id == bp_id)
                            .order_by(E.Quotation.code).limit(1))
            if code is not None:
                return line, code
    return (lines[0], None) if lines else (None, None)


def _to_line(window, app, line) -> None:
    """Tab to the section holding ``line``, then Down to it."""
    from PySide6.QtCore import Qt

    home = window.front_session()
    section = next(s for s in home.sections.values() if line in s.lines)
    for _ in range(30):
        if _focused() is section.tree:
            break
        _keys(_focused(), Qt.Key_Tab)
    for _ in range(len(section.lines)):
        current = section.tree.currentItem()
        if current is not None and current.data(0, Qt.UserRole + 1) is line:
            return
        _keys(section.tree, Qt.Key_Down)


def keyboard_morning(window, app) -> None:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.widgets.mnemonics import mnemonic

    window.activateWindow()  # no window manager under Xvfb: the keys need an active window
    _wait(app, lambda: QApplication.activeWindow() is window, 5)
    _menu_to(window, app, "file", "home")
    _step(window, app, 1, "file-menu")
    _keys(QApplication.activePopupWidget(), Qt.Key_Return)
    _idle(window, app)
    home = window.front_session()
    _wait(app, lambda: not any(s.loading for s in home.sections.values()))
    _step(window, app, 2, "my-day")
    line, quotation = _a_call_with_a_quotation(window)
    if line is None:
        print("no call in My day: the walk stops here")
        return
    _to_line(window, app, line)
    _step(window, app, 3, "my-day-call")
    _keys(_focused(), Qt.Key_Return)
    _wait(app, lambda: window.front_session() is not home)
    _idle(window, app)
    call = window.front_session()
    _step(window, app, 4, "call")
    partner_label = call.form.labels["business_partner_id"]
    letter = mnemonic(partner_label.text())
    if letter:  # Alt+its letter
        _keys(_focused(), getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.AltModifier)
    else:  # a long form's label may have none left (no letter twice): Tab to it
        field = call.form.editor("business_partner_id").code
        for _ in range(40):
            if _focused() is field:
                break
            _keys(_focused(), Qt.Key_Tab)
    _step(window, app, 5, "call-partner-field")
    _keys(_focused(), Qt.Key_F2, Qt.ShiftModifier)
    _wait(app, lambda: window.front_session() is not call)
    _idle(window, app)
    _step(window, app, 6, "partner")
    if quotation is None:
        print("the partner has no quotation: the walk stops here")
        return
    _menu_to(window, app, "opportunities", "tdsls1500m000")
    _step(window, app, 7, "opportunities-menu")
    _keys(QApplication.activePopupWidget(), Qt.Key_Return)
    _idle(window, app)
    quotations = window.front_session()
    _keys(_focused(), Qt.Key_F, Qt.ControlModifier)
    QTest.keyClicks(_focused(), quotation)  # key by key
    _wait(app, lambda: quotations.model.rowCount() == 1)
    _idle(window, app)
    _keys(_focused(), Qt.Key_Tab)  # from the search to the grid (filters come first)
    for _ in range(6):
        if _focused() is quotations.view:
            break
        _keys(_focused(), Qt.Key_Tab)
    _keys(quotations.view, Qt.Key_Home, Qt.ControlModifier)
    _step(window, app, 8, "quotations")
    _keys(quotations.view, Qt.Key_Return)
    _wait(app, lambda: window.front_session() is not quotations)
    _idle(window, app)
    _step(window, app, 9, "quotation")
    # Alt+C: the Commands menu, Down to Print…, Enter; the print dialog is modal: its
    # picture is taken from inside its own loop, then Escape closes it
    _keys(_focused(), Qt.Key_C, Qt.AltModifier)
    commands = QApplication.activePopupWidget()
    printing = window.front_session().document_actions.actions["print"]
    for _ in range(len(commands.actions())):
        if commands.activeAction() is printing:
            break
        _keys(commands, Qt.Key_Down)
    _step(window, app, 10, "commands-print")
    done = []

    def in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(100, in_the_dialog)
            return
        _step(window, app, 11, "print-dialog")
        _keys(dialog, Qt.Key_Escape)
        done.append(True)

    QTimer.singleShot(100, in_the_dialog)
    _keys(commands, Qt.Key_Return)
    _wait(app, lambda: bool(done))
