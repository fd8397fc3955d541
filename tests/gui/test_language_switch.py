"""The language switched while windows are open (issue 31): every string of every open widget
in the new language, numbers, amounts, dates and day names in the new locale, French plurals
right."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from sqlalchemy import select

from desktop.crm.batch import ReportLine, RunReport
from desktop.crm.enums import ActivityType, BatchLineResult, UpdateMode
from desktop.i18n import Translations, translations_dir
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shell import features, registry  # noqa: F401 - features register
from tests.support.typing import turn

#: sessions opened on a record, the others as they open
RECORDS = {"tccom4100s000": 1, "tdsls1100s000": 1, "tdsmi1610m000": 1}


@pytest.fixture(autouse=True)
def discard_on_close(answers):
    answers.answer = QMessageBox.Discard
    return answers


def _english_only() -> set[str]:
    """English texts of the application whose French differs (and is no English text)."""
    tree = ET.parse(translations_dir() / "crm_fr.ts")
    pairs = [(m.findtext("source"), "".join(m.find("translation").itertext()))
             for m in tree.getroot().iter("message")]
    french = {target for _source, target in pairs}
    return {source for source, target in pairs
            if target and source != target and source not in french and len(source) > 3}


def _shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what the widget and its children show: labels, buttons, titles,
    placeholders, tabs, headers, actions."""
    shown = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        name = type(child).__name__
        texts = [a.text() for a in child.actions()] + [a.toolTip() for a in child.actions()]
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        if isinstance(child, QGroupBox):
            texts.append(QGroupBox.title(child))  # subclasses may shadow title()
        if isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        if isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count())]
        if child.toolTip():
            texts.append(child.toolTip())
        if isinstance(child, (QTableView, QTreeView)) and child.model() is not None:
            model = child.model()  # list views' models keep columnCount private
            columns = range(model.columnCount(QModelIndex()))
            texts += [str(model.headerData(c, Qt.Horizontal) or "") for c in columns]
            texts += [str(model.index(r, c).data() or "") for c in columns
                      for r in range(min(model.rowCount(QModelIndex()), 20))]
        shown += [(name, t.replace("&", "")) for t in texts if t]
    return shown


def _menu_texts(bar) -> list[str]:
    """The texts and tooltips of every menu's actions, submenus included."""
    texts, menus = [], [bar]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            texts += [action.text().replace("&", ""), action.toolTip().replace("&", "")]
            if action.menu() is not None:
                menus.append(action.menu())
    return [t for t in texts if t]


def _open_everything(window) -> list:
    opened = []
    for spec in registry.all_sessions():
        if not spec.in_menu and not issubclass(spec.factory, (DetailSession, ProcessingSession)):
            continue
        params = {"record_id": RECORDS[spec.code]} if spec.code in RECORDS else {}
        opened.append(window.open_session(spec.code, **params))
    return opened


def test_every_open_window_speaks_french_after_the_switch(window, ctx, french_later):
    opened = _open_everything(window)
    english = _english_only()
    french_later()
    left = [(type(s).__name__, where, text) for s in opened for where, text in _shown_texts(s)
            if text in english]
    left += [("MainWindow", "menu", text) for text in _menu_texts(window.menuBar())
             if text in english]
    assert not left, "\n".join(f"{w} {where}: {text!r}" for w, where, text in left[:60])


def test_amounts_and_dates_are_shown_again_in_the_new_locale(window, ctx, today, french_later):
    quotation = window.open_session("tdsls1100s000", record_id=1)
    total = quotation.form.editor("total_gross").value()
    date = quotation.form.editor("quotation_date").value()
    home = window.open_session("home")
    agenda = window.open_session("tccom6150m000")
    french_later()
    assert quotation.form.editor("total_gross").value() == total
    assert quotation.form.editor("total_gross").text() == QLocale().toString(float(total),
                                                                             "f", 2)
    assert quotation.form.editor("quotation_date").line.text() == date.strftime("%d/%m/%Y")
    assert QLocale().toString(today, QLocale.LongFormat) in home.greeting.text()
    first = agenda.first_day()
    assert agenda.header.canvas.first == first  # the header paints QLocale's day names


def test_a_run_summary_speaks_french_with_plurals(window, ctx, french_later):
    processing = window.open_session("tdsmi2210m100")
    lines = [ReportLine("BP", BatchLineResult.WOULD_CREATE) for _ in range(200)]
    lines.append(ReportLine("BP", BatchLineResult.SKIPPED_SELECTION))
    processing._done(RunReport(UpdateMode.SIMULATE, lines))
    french_later()
    text = processing.summary.text()
    assert "201 enregistrements traités" in text
    assert "200 seraient créés" in text and "1 ignoré (sélection fausse)" in text


def test_the_items_total_is_written_again_in_french(window, ctx, french_later):
    opportunity = window.open_session("tdsmi1610m000", record_id=1)
    items = opportunity.tab_widget.widget(0)
    assert items.total is not None and items.total_label.text().startswith("Total of")
    french_later()
    amount = QLocale().toString(float(items.total), "f", 2)
    assert items.total_label.text() == f"Total des articles sélectionnés (CA articles) : {amount}"



def test_windows_whose_records_were_read_switch_both_ways(window, ctx, qtbot, french_later):
    """Tools > Settings after a morning's work (the call, its partner, quotations, the 360
    and contacts open and read): to French and back, nothing fails and nothing is lost."""
    from desktop.crm import entities as E

    with ctx.db.session() as s:
        call = s.scalars(select(E.Activity.id).where(E.Activity.type == ActivityType.CALL)
                         .limit(1)).one()
    details = [window.open_session("tccom6600m200", record_id=call),
               window.open_session("tccom4100s000", record_id=1)]
    for code in ("home", "tdsls1500m000", "tdsmi1500m000", "tccom1140m000"):
        window.open_session(code)
    for detail in details:
        qtbot.waitUntil(lambda d=detail: d._tabs_for == d.record_id)
    french_later()
    assert window.toolbar.actions()  # the main toolbar rebuilt, not lost
    Translations().install("en")
    turn()
    assert window.toolbar.actions()
