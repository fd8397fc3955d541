"""A new selection keeps its Expression tab when saved; closing its tab after an error raises
nothing; an unexpected error leaves the workspace in tabs."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMdiArea, QMessageBox

from desktop.crm.enums import BusinessObjectKind
from desktop.dialogs import error_dialog
from tests.support.typing import type_text


def _new_selection(window, qtbot, expression: str):
    detail = window.open_session("tdsmi0170s000")
    type_text(qtbot, detail.form.editor("code"), "MONDAY")
    type_text(qtbot, detail.form.editor("description"), "Clients lyonnais")
    detail.form.editor("object_kind").set_value(BusinessObjectKind.BUSINESS_PARTNER)
    type_text(qtbot, detail.panel.editor, expression)
    return detail


def test_saving_a_new_selection_keeps_its_expression_tab(window, qtbot, answers):
    detail = _new_selection(window, qtbot, 'bp.city = "Lyon"')
    assert detail.tab_widget.widget(0) is detail.panel
    detail.save_action.trigger()
    assert detail.record_id is not None and answers.shown == []
    assert detail.tab_widget.widget(0) is detail.panel
    assert detail.tab_widget.tabText(0) == "Expression" and detail.tab_widget.isTabEnabled(0)
    assert detail.panel.editor.toPlainText() == 'bp.city = "Lyon"'
    assert detail.tab_widget.currentIndex() == 0


def test_closing_the_tab_after_an_error(window, qtbot, answers):
    detail = _new_selection(window, qtbot, 'bp.cty = "Lyon"')
    detail.compile()
    assert detail.panel.error is not None
    late = []  # a preview whose answer arrives after the tab closed
    pool = window.ctx.pool
    pool.run = lambda fn, done, failed=None, owner=None: late.append((fn, done, owner))
    detail.panel.start_preview()
    del pool.run  # the class's own again
    answers.answer = QMessageBox.Discard
    sub = window.mdi.activeSubWindow()
    sub.close()
    qtbot.waitUntil(lambda: sub not in window.mdi.subWindowList())
    fn, done, owner = late[0]
    pool.run(fn, done, None, owner=owner)  # delivered to a window that is gone
    assert window.mdi.viewMode() == QMdiArea.TabbedView


def test_an_unexpected_error_leaves_the_workspace_in_tabs(window, qtbot, monkeypatch):
    window.open_session("tdsmi0170m000")
    window.open_session("tdsmi0170s000", record_id=2)
    shown = []
    monkeypatch.setattr(error_dialog.QMessageBox, "exec", lambda box: shown.append(box.text()))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        error_dialog.show_unexpected(*sys.exc_info())
    assert shown and "boom" in shown[0]
    assert window.mdi.viewMode() == QMdiArea.TabbedView
    active = window.mdi.activeSubWindow()
    assert active is not None and active.isMaximized()
    assert active.geometry() == window.mdi.viewport().rect()


def test_counts_say_row_and_rows(window, ctx):
    from desktop.i18n import Translations

    translations = Translations()
    translations.install("en")
    overview = window.open_session("tdsmi0170m000")
    overview.search.setText("LYON")
    assert overview.count_label.text() == "1 row"
    overview.search.setText("")
    assert overview.count_label.text() == f"{overview.model.rowCount()} rows"
    translations.install("fr")
    overview.retranslate()
    assert overview.count_label.text() == f"{overview.model.rowCount()} lignes"
