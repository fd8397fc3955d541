"""No text cut at 1366x768 in French (issue 40): a label wider than its widget loses its end
to every reader, sighted or not. Generated over the windows a laptop user lives in: My day,
the Customer 360 on a busy customer, the Contacts overview, a new call (the longest French
form) and the session tabs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea, QTabBar, QWidget
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.customer360.accounts import sold_to
from desktop.widgets.fitting import placeholder_room
from desktop.widgets.mnemonics import without_mnemonic

LAPTOP = (1366, 768)


def _cut_labels(root) -> list[str]:
    """Plain-text labels on one line whose words are wider than the room they are given."""
    cut = []
    for label in root.findChildren(QLabel):
        text = without_mnemonic(label.text())
        if not label.isVisible() or label.wordWrap() or not text or "\n" in text \
                or QtGui.mightBeRichText(label.text()) or label.textFormat() == Qt.RichText:
            continue
        room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
        if label.fontMetrics().horizontalAdvance(text) > room:
            cut.append(f"{text!r} ({room}px)")
    return cut


def _cut_areas(root) -> list[str]:
    """Scroll areas whose page is wider than their viewport with no scroll bar to reach the
    rest: everything on the right of the page is cut."""
    return [f"{type(area.widget()).__name__}: {area.widget().width()} > "
            f"{area.viewport().width()}px"
            for area in root.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None
            and area.widget().width() > area.viewport().width()
            and not area.horizontalScrollBar().isVisible()]


def _cut_placeholders(root) -> list[str]:
    return [line.placeholderText() for line in root.findChildren(QLineEdit)
            if line.isVisible() and line.placeholderText() and not line.text()
            and line.fontMetrics().horizontalAdvance(line.placeholderText())
            > placeholder_room(line)]


def _on_a_laptop(window, qtbot) -> None:
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: window.width() == LAPTOP[0])
    QApplication.processEvents()  # the layouts' posted requests: widths as they will show


def _busy_customer(ctx) -> str:
    with ctx.db.session() as s:
        return s.scalar(select(E.BusinessPartner.code).join(
            E.Activity, E.Activity.business_partner_id == E.BusinessPartner.id)
            .where(sold_to()).group_by(E.BusinessPartner.code)
            .order_by(func.count(E.Activity.id).desc()).limit(1))


def _open_360(window, ctx, qtbot):
    view = window.open_session("tdsmi1500m000")
    qtbot.waitUntil(lambda: view.accounts.model.count_known)
    view.accounts.only_mine.setChecked(False)
    view.accounts.search.setText(_busy_customer(ctx))
    view.accounts.apply_filters()
    qtbot.waitUntil(lambda: view.accounts.model.rowCount() == 1)
    view.accounts.view.selectRow(0)
    qtbot.waitUntil(lambda: view.filled)
    return view


OPENERS = {
    "home": lambda window, ctx, qtbot: window.open_session("home"),
    "customer360": _open_360,
    "contacts": lambda window, ctx, qtbot: window.open_session("tccom1140m000"),
    "call": lambda window, ctx, qtbot: window.open_session("tccom6600m200"),
}


@pytest.mark.parametrize("where", sorted(OPENERS))
def test_no_label_nor_placeholder_is_cut_in_french_on_a_laptop(where, window, ctx, french,
                                                                qtbot):
    _on_a_laptop(window, qtbot)
    opened = OPENERS[where](window, ctx, qtbot)
    qtbot.waitUntil(opened.isVisible)
    QApplication.processEvents()
    assert _cut_labels(opened) == []
    assert _cut_placeholders(opened) == []
    assert _cut_areas(opened) == []


def test_the_check_sees_a_cut_label(qtbot):
    """The check itself: a label narrower than its words is reported, a wrapped one not."""
    page = QWidget()
    qtbot.addWidget(page)
    cut, wrapped = QLabel("Jours depuis la dernière activité", page), QLabel(page)
    wrapped.setText(cut.text())
    wrapped.setWordWrap(True)
    for label in (cut, wrapped):
        label.setFixedWidth(60)
    wrapped.move(0, 40)
    page.show()
    qtbot.waitExposed(page)
    assert _cut_labels(page) == [f"{cut.text()!r} (60px)"]


def test_every_session_tab_tells_its_whole_title(window, french_later, qtbot):
    """Half a dozen tabs on a laptop: each tab's tooltip is its whole title (a long one is
    elided in its tab), in the language the tab speaks now: the titles change after the
    tabs were made (a language switch, a record's title once saved)."""
    _on_a_laptop(window, qtbot)
    for code in ("home", "tccom4500m000", "tccom1140m000", "tdsmi1610m000", "tccom6600m200",
                 "tdsmi1500m000"):
        window.open_session(code)
    bar = window.mdi.findChild(QTabBar)
    qtbot.waitUntil(lambda: bar.count() == 6)
    french_later()
    longest = "Opportunité OPP000240 — Contrat cadre maintenance des ateliers de Lyon"
    window.mdi.subWindowList()[0].setWindowTitle(longest)
    qtbot.waitUntil(lambda: longest in [bar.tabText(i) for i in range(bar.count())])
    assert "Tiers" in [bar.tabText(i) for i in range(bar.count())]  # it speaks French
    for index in range(bar.count()):
        centre = bar.tabRect(index).center()  # as the mouse resting on the tab asks
        QApplication.sendEvent(bar, QHelpEvent(QEvent.ToolTip, centre, bar.mapToGlobal(centre)))
        assert bar.tabToolTip(index) == bar.tabText(index), bar.tabText(index)
    index = [bar.tabText(i) for i in range(bar.count())].index(longest)
    assert bar.fontMetrics().horizontalAdvance(longest) > bar.tabRect(index).width()  # elided


def test_my_day_s_cards_share_the_width_and_a_cut_line_tells_its_words(window, french, qtbot):
    """The closing card's long title wraps instead of widening its column, so the three
    columns share the laptop's width; a line still too long for its card ends in '…' and
    its tooltip gives the whole title and partner."""
    _on_a_laptop(window, qtbot)
    home = window.open_session("home")
    qtbot.waitUntil(lambda: all(not s.loading for s in home.sections.values()))
    QApplication.processEvents()
    widths = [home.sections[key].width() for key in ("overdue", "today", "tomorrow")]
    assert max(widths) - min(widths) < 0.1 * max(widths), widths
    for section in home.sections.values():
        for row in range(section.tree.topLevelItemCount()):
            item = section.tree.topLevelItem(row)
            for column in (1, 2):
                room = section.tree.header().sectionSize(column)
                if section.tree.fontMetrics().horizontalAdvance(item.text(column)) > room:
                    assert item.toolTip(column) == item.text(column), item.text(column)


def test_a_narrow_toolbar_drops_labels_from_its_end_not_commands(window, qtbot, french_later):
    """In French at 1366 pixels the Contacts toolbar's last commands lost their labels, not
    their buttons (no "»" hiding them); wider, every label comes back."""
    from PySide6.QtCore import Qt

    from tests.support.typing import turn

    french_later()
    window.resize(1366, 768)
    contacts = window.open_session("tccom1140m000")
    turn()
    bar = contacts.toolbar
    buttons = [bar.widgetForAction(a) for a in bar.actions()
               if a.isVisible() and not a.isSeparator()]
    qtbot.waitUntil(lambda: all(b.isVisible() for b in buttons))
    styles = [b.toolButtonStyle() for b in buttons]
    assert styles[0] == Qt.ToolButtonTextBesideIcon and Qt.ToolButtonIconOnly in styles
    shed = styles.index(Qt.ToolButtonIconOnly)
    assert set(styles[shed:]) == {Qt.ToolButtonIconOnly}  # from the end
    window.resize(2600, 768)
    qtbot.waitUntil(lambda: all(b.toolButtonStyle() == Qt.ToolButtonTextBesideIcon
                                for b in buttons))
