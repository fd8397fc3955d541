"""A grid never fails silently: a page that cannot be read shows the reason in the grid and
in the status bar, Retry brings the rows back; control characters pasted into the quick
search are ignored, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from sqlalchemy import text

PARTNERS = "tccom4500m000"


def _rename(ctx, old: str, new: str) -> None:
    """Another session (an administrator, a migration) takes the table away and back."""
    with ctx.db.engine.begin() as conn:
        conn.execute(text(f"ALTER TABLE {old} RENAME TO {new}"))


def test_a_page_that_cannot_be_read_is_said_in_the_grid_and_the_status_bar(window, ctx,
                                                                          qtbot):
    overview = window.open_session(PARTNERS)
    assert overview.model.rowCount() > 0 and not overview.grid_error.isVisible()
    _rename(ctx, "business_partners", "business_partners_away")
    try:
        overview.refresh_action.trigger()
        qtbot.waitUntil(overview.grid_error.isVisible)
        shown = overview.grid_error.message.text()
        assert shown.startswith("The rows cannot be shown:") and "business_partners" in shown
        assert window.statusBar().currentMessage() == shown
    finally:
        _rename(ctx, "business_partners_away", "business_partners")
    qtbot.mouseClick(overview.grid_error.retry, Qt.LeftButton)
    qtbot.waitUntil(lambda: not overview.grid_error.isVisible())
    assert overview.model.rowCount() > 0


def test_control_characters_pasted_into_the_search_are_ignored(window, ctx, qtbot):
    overview = window.open_session(PARTNERS)
    qtbot.waitUntil(lambda: overview.model.count_known)
    name = overview.model.row_values(0)["name"]
    word = name.split()[0]
    overview.search.setFocus()
    QGuiApplication.clipboard().setText(f"{word[:2]}\x00{word[2:]}\t")
    qtbot.keySequence(overview.search, QKeySequence.Paste)
    qtbot.waitUntil(lambda: overview.model.count_known)
    assert not overview.grid_error.isVisible()
    assert overview.model.rowCount() > 0
    assert all(word.lower() in overview.model.row_values(r)["name"].lower()
               for r in range(min(overview.model.rowCount(), 20)))
