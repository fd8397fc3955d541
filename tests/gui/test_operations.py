"""One way to change data: operations on the pool, change notices to every window, live
retranslation (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.db.changes import Changes
from desktop.widgets.keyboard import plain
from desktop.widgets.mnemonics import mnemonic
from tests.support.typing import type_text

ACTIVE_WITHOUT_DATE = "A business partner with status Active needs an effective date."


def _name_column(overview) -> int:
    return next(i for i, c in enumerate(overview.model.columns) if c.key == "name")


def _partner_overview_at_row_150(window, qtbot):
    overview = window.open_session("tccom4500m000")
    overview.search.clear()
    qtbot.waitUntil(lambda: overview.model.count_known and overview.model.rowCount() == 200)
    view = overview.view
    view.scrollTo(overview.model.index(150, 0), QAbstractItemView.PositionAtTop)
    view.selectionModel().setCurrentIndex(
        overview.model.index(152, 0), QItemSelectionModel.ClearAndSelect
        | QItemSelectionModel.Rows)
    return overview


def test_a_rename_shows_in_the_grid_without_losing_its_place(window, ctx, qtbot, answers):
    overview = _partner_overview_at_row_150(window, qtbot)
    view = overview.view
    scroll = view.verticalScrollBar().value()
    assert view.rowAt(0) == 150
    partner_id = overview.model.row_id(152)
    other = type(window.open_session("tccom4100s000", record_id=partner_id))(
        ctx, record_id=partner_id)  # the same partner in a second window, being edited
    qtbot.addWidget(other)
    type_text(qtbot, other.form.editor("phone"), "+33 4 00 00 00 00")
    assert other.dirty
    detail = window.find_window(f"tccom4100s000:{partner_id}").session
    type_text(qtbot, detail.form.editor("name"), "Tissages Renommés")
    detail.save_action.trigger()
    assert answers.shown == []
    window.mdi.setActiveSubWindow(window.find_window("tccom4500m000"))
    assert overview.model.index(152, _name_column(overview)).data() == "Tissages Renommés"
    assert view.verticalScrollBar().value() == scroll and view.rowAt(0) == 150
    assert [i.row() for i in view.selectionModel().selectedRows()] == [152]
    assert view.currentIndex().row() == 152
    # the second window keeps its edit and says who changed the record
    assert other.changed_bar.isVisibleTo(other)
    assert "Changed by tester at" in other.changed_bar.label.text()
    assert other.form.editor("phone").value() == "+33 4 00 00 00 00" and other.dirty
    other.changed_bar.reload_button.click()
    assert other.form.editor("name").value() == "Tissages Renommés" and not other.dirty
    other.close()


def test_a_clean_window_reloads_a_record_changed_elsewhere(window, ctx, qtbot, answers):
    first = window.open_session("tccom4100s000", record_id=3)
    second = type(first)(ctx, record_id=3)
    qtbot.addWidget(second)
    type_text(qtbot, first.form.editor("city"), "Besançon")
    first.save_action.trigger()
    assert second.form.editor("city").value() == "Besançon"
    assert not second.changed_bar.isVisibleTo(second) and not second.dirty
    second.close()


def test_keep_mine_saves_through_the_conflict(window, ctx, qtbot, answers, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    first = window.open_session("tccom4100s000", record_id=4)
    second = type(first)(ctx, record_id=4)
    qtbot.addWidget(second)
    type_text(qtbot, second.form.editor("city"), "Dijon")
    type_text(qtbot, first.form.editor("city"), "Auxerre")
    first.save_action.trigger()
    second.changed_bar.keep_button.click()
    assert not second.changed_bar.isVisibleTo(second)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    second.save_action.trigger()
    assert shown and "was changed by tester after you opened it" in shown[0]
    assert second.form.editor("city").value() == "Dijon"  # nothing typed is lost
    with ctx.db.session(user=ctx.user) as s:
        assert s.get(E.BusinessPartner, 4).city == "Auxerre"  # nothing overwritten
    second.close()


def _refused_save(window, qtbot, answers, before_save=lambda: None):
    detail = window.open_session("tccom4100s000", record_id=None)
    type_text(qtbot, detail.form.editor("name"), "Sans date")
    status = detail.form.editor("status")
    status.setCurrentIndex(status.findText("Active"))
    before_save()
    detail.save_action.trigger()
    return detail


def test_a_refused_save_keeps_the_form_inline_pool(window, qtbot, answers):
    detail = _refused_save(window, qtbot, answers)
    assert answers.shown == [("warning", ACTIVE_WITHOUT_DATE)]
    assert detail.form.editor("name").value() == "Sans date" and detail.dirty
    assert detail.record_id is None


def test_a_refused_save_keeps_the_form_real_pool(window, ctx, qtbot, answers, real_pool):
    from desktop.i18n import Translations

    translations = Translations()  # its translators live as long as it does
    try:
        detail = _refused_save(window, qtbot, answers, lambda: translations.install("fr"))
        qtbot.waitUntil(lambda: bool(answers.shown), timeout=10000)
        template = "A business partner with status {status_label} needs an effective date."
        translated = QCoreApplication.translate("crm", template)
        assert translated != template  # the French sentence
        assert answers.shown[0][1] == translated.format(
            status_label=QCoreApplication.translate("crm", "Active"))
        assert detail.form.editor("name").value() == "Sans date" and detail.dirty
        assert detail.save_action.isEnabled()
    finally:
        translations.install("en")
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalar(select(E.BusinessPartner).where(
            E.BusinessPartner.name == "Sans date")) is None


def test_switching_to_french_keeps_an_edited_opportunity(window, ctx, qtbot, answers):
    from desktop.i18n import Translations

    detail = window.open_session("tdsmi1610m000", record_id=7)
    type_text(qtbot, detail.form.editor("description"), "Modifié avant la bascule")
    label = detail.form.labels["sold_to_bp_id"]
    assert plain(label.text()).startswith("Sold-to business partner")  # Alt+letter aside
    translations = Translations()  # its translators live as long as it does
    translations.install("fr")
    try:
        french = QCoreApplication.translate("fields", "Sold-to business partner")
        assert french != "Sold-to business partner"
        qtbot.waitUntil(lambda: plain(label.text()).startswith(french))
        assert mnemonic(label.text())  # a letter of the French words
        assert window.find_window("tdsmi1610m000:7").session is detail
        assert detail.form.editor("description").value() == "Modifié avant la bascule"
        assert detail.dirty
        assert detail.tab_widget.tabText(0) == QCoreApplication.translate("tabs", "Items")
        assert detail.save_action.text() != "Save"
    finally:
        translations.install("en")
        qtbot.waitUntil(lambda: plain(label.text()).startswith("Sold-to business partner"))


def test_every_window_hears_of_changes_and_only_relevant_ones_reload(window, ctx, qtbot):
    partners = window.open_session("tccom4500m000")
    items = window.open_session("tcibd0501m000")
    heard = []
    ctx.hub.changed.connect(heard.append)
    reloads = {"partners": 0, "items": 0}
    partners.model.dataChanged.connect(lambda *_: reloads.__setitem__(
        "partners", reloads["partners"] + 1))
    items.model.dataChanged.connect(lambda *_: reloads.__setitem__("items", reloads["items"] + 1))
    detail = window.open_session("tccom4100s000", record_id=5)
    type_text(qtbot, detail.form.editor("city"), "Annecy")
    detail.save_action.trigger()
    [changes] = heard
    assert isinstance(changes, Changes) and changes.origin is detail
    assert changes.changed == {(E.BusinessPartner, 5)} and changes.user == "tester"
    assert reloads["partners"] > 0 and reloads["items"] == 0


def test_a_note_is_written_through_the_record_dialog(window, ctx, qtbot, answers, monkeypatch):
    from desktop.views.shapes.satellite import RecordDialog

    detail = window.open_session("tccom4100s000", record_id=2)
    titles = [detail.tab_widget.tabText(i) for i in range(detail.tab_widget.count())]
    notes = detail.tab_widget.widget(titles.index("Notes"))
    before = notes.model.rowCount()

    def fill_and_save(dialog):
        dialog.form.editor("subject").set_value("Appel du lundi")
        dialog.form.editor("body").set_value("Rappeler après la démo.")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill_and_save)
    notes.new_action.trigger()
    assert answers.shown == []
    assert notes.model.rowCount() == before + 1  # the tab heard the change
    with ctx.db.session(user=ctx.user) as s:
        note = s.scalars(select(E.Note).where(E.Note.subject == "Appel du lundi")).one()
        assert note.body == "Rappeler après la démo." and not note.private
