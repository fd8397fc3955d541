"""The main window: every session opens from its menu and through Run session; grids sort and
filter; the language switches to French."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell import registry

#: overviews the demo database leaves empty by nature: a standalone installation has no
#: conflicts with a team server to review, nor laptops
EMPTY_ON_THE_DEMO = {"tdsmi9600m000", "tdsmi9800m000"}


def test_every_session_opens_from_its_menu(window, answers, qtbot):
    for spec in registry.all_sessions():
        if not spec.in_menu:
            continue
        window.session_actions[spec.code].trigger()
        active = window.mdi.activeSubWindow()
        assert active is not None and active.session.session_code == spec.code
        if isinstance(active.session, OverviewSession) and spec.code not in EMPTY_ON_THE_DEMO:
            assert active.session.rows_shown() > 0, spec.code
            qtbot.waitUntil(lambda shown=active: shown.session.model.count_known)
        active.close()
    assert answers.shown == []
    assert window.mdi.subWindowList() == []


def test_every_session_opens_by_code_through_run_session(window, qtbot, monkeypatch):
    from desktop.views.shell.run_session import RunSessionDialog

    for spec in registry.all_sessions():
        dialog = RunSessionDialog(window)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.edit, spec.code)
        qtbot.keyClick(dialog.edit, Qt.Key_Return)
        assert dialog.chosen == spec.code
        window.open_session(dialog.chosen)
        assert window.mdi.activeSubWindow().session.session_code == spec.code
        window.mdi.activeSubWindow().close()


def test_run_session_finds_sessions_by_name(window, qtbot):
    from desktop.views.shell.run_session import RunSessionDialog

    dialog = RunSessionDialog(window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edit, "sales proc")
    assert dialog.list.item(0).data(Qt.UserRole) in ("tdsmi0108m000", "tdsmi0608m000")
    qtbot.keyClick(dialog.list, Qt.Key_Return)
    assert dialog.chosen in ("tdsmi0108m000", "tdsmi0608m000")


def test_opening_an_open_session_focuses_it(window):
    first = window.open_session("tccom4500m000")
    window.open_session("tccom1140m000")
    again = window.open_session("tccom4500m000")
    assert again is first
    assert len(window.mdi.subWindowList()) == 2
    assert window.mdi.activeSubWindow().session is first


def test_grid_sorts_and_filters_in_sql(window, qtbot):
    overview = window.open_session("tccom4500m000")
    view, model = overview.view, overview.model
    settled = lambda: qtbot.waitUntil(lambda: model.count_known)  # noqa: E731
    settled()
    assert model.rowCount() == 200
    view.sortByColumn(0, Qt.AscendingOrder)
    assert model.index(0, 0).data() == "BP000001"
    view.sortByColumn(0, Qt.DescendingOrder)
    assert model.index(0, 0).data() == "BP000200"
    view.sortByColumn(1, Qt.AscendingOrder)
    settled()
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert names[0] <= names[1] <= names[-1]
    qtbot.keyClicks(overview.search, "Forges")
    assert 0 < model.rowCount() < 200
    assert all("Forges" in model.index(r, 1).data() for r in range(model.rowCount()))
    overview.search.clear()
    settled()
    assert model.rowCount() == 200
    status = overview.status_filter
    status.setCurrentIndex(status.findText("Inactive"))
    inactive = model.rowCount()
    assert 0 < inactive < 200
    assert {model.index(r, 2).data() for r in range(inactive)} == {"Inactive"}


def test_switching_to_french_translates_the_menus(window, ctx, qtbot):
    from desktop.i18n import Translations

    overview = window.open_session("tccom4500m000")
    qtbot.waitUntil(lambda: overview.count_label.text() == "200 rows")
    translations = Translations()
    translations.install("fr")
    qtbot.waitUntil(lambda: window.menuBar().actions()[1].text() == "&Relations commerciales")
    assert window.menuBar().actions()[0].text() == "&Fichier"
    titles = [a.text() for a in window.menuBar().actions()]
    reopened = window.mdi.activeSubWindow()
    assert reopened.windowTitle() == "Tiers"
    qtbot.waitUntil(lambda: reopened.session.count_label.text() == "200 lignes")
    assert reopened.session.new_action.text() == "Nouveau"
    assert "&Relations commerciales" in titles
    assert "&Opportunités" in titles
    assert "Données de &base" in titles
    assert window.session_actions["tccom4500m000"].iconText() == "Tiers"  # its Alt letter left out
    translations.install("en")
    qtbot.waitUntil(lambda: window.menuBar().actions()[1].text() == "&Sales relations")
    assert "&Sales relations" in [a.text() for a in window.menuBar().actions()]


def test_open_tabs_and_last_search_come_back(window, ctx, qtbot):
    from desktop.views.shell.main_window import MainWindow

    overview = window.open_session("tccom4500m000")
    qtbot.keyClicks(overview.search, "Lyon")
    window.open_session("tccom4100s000", record_id=7)
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.restore_state()
    keys = [s.key for s in again.sessions()]
    assert keys == ["home", "tccom4500m000", "tccom4100s000:7"]
    assert again.mdi.activeSubWindow().session.key == "home"  # it opens on My day
    assert again.sessions()[1].search.text() == "Lyon"
    for sub in again.mdi.subWindowList():
        sub.session.release()


def test_a_session_s_menu_entry_explains_itself_in_the_status_bar(window):
    """Hovering "My day" shows its (translated) title, never the session code "home"."""
    for code, action in window.session_actions.items():
        spec = registry.get(code)
        assert spec is not None
        assert action.statusTip() == spec.translated_title != code


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_menu_item_has_its_own_alt_letter(window, qtbot, lang):
    # the items are sorted by their translated titles: a count of Down presses differs by
    # language, a letter does not leave the user guessing
    from desktop.i18n import Translations
    from desktop.widgets.mnemonics import mnemonic

    translations = Translations()
    translations.install(lang)
    try:
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() ==
                        ("&File" if lang == "en" else "&Fichier"))
        for key, menu in window.menus.items():
            items = [a for a in menu.actions() if not a.isSeparator()]
            keys = [mnemonic(a.text()) for a in items]
            assert None not in keys, (key, [a.text() for a in items])
            assert len(set(keys)) == len(keys), (key, [a.text() for a in items])
    finally:
        translations.install("en")
