"""Attribute sessions: options added through the tab's dialog; values edited in a detail."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.views.shapes.satellite import RecordDialog


def test_add_an_option_to_an_attribute(window, monkeypatch):
    detail = window.open_session("tdsmi0150s000", record_id=2)  # SECTEUR, an option list
    options = detail.tab_widget.widget(0)
    before = options.model.rowCount()

    def fill(dialog):
        dialog.form.editor("option_value").set_value("Chimie")
        dialog.form.editor("sequence").set_value(60)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fill)
    options.new_action.trigger()
    assert options.model.rowCount() == before + 1
    assert options.model.row_values(before)["value"] == "Chimie"


def test_only_what_the_type_allows_is_open(window, answers):
    from desktop.crm.enums import AttributeType

    detail = window.open_session("tdsmi0150s000", record_id=1)  # CLISINCE, a date
    editor = detail.form.editor
    assert editor("data_type").value() is AttributeType.DATE
    assert not any(editor(n).isEnabled() for n in ("length", "case_conversion", "zoom_code"))
    assert not detail.tab_widget.isTabEnabled(0)
    assert detail.tab_widget.tabToolTip(0) == "Options belong to attributes of type Option."
    def choose(data_type) -> None:  # as the user picks it in the list
        editor("data_type").setCurrentIndex(editor("data_type").findData(data_type))

    choose(AttributeType.ALPHANUMERIC)
    assert all(editor(n).isEnabled() for n in ("length", "case_conversion", "alignment",
                                               "zoom_code", "zoom_validation"))
    assert not detail.tab_widget.isTabEnabled(0)
    choose(AttributeType.OPTION)
    assert not editor("length").isEnabled() and detail.tab_widget.isTabEnabled(0)
    answers.answer = QMessageBox.Discard  # closing at the end of the test asks


def test_edit_an_attribute_value_through_the_grid(window, ctx):
    detail = window.open_session("tccom4100s000", record_id=1)
    titles = [detail.tab_widget.tabText(i) for i in range(detail.tab_widget.count())]
    tab = detail.tab_widget.widget(titles.index("Attributes"))
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.row_values(r)["attribute"] == "CLISINCE")
    assert tab.model.setData(tab.model.index(row, 3), "15/03/2024")
    assert tab.model.row_values(row)["value"] == "2024-03-15"
    assert tab.model.index(row, 3).data() == "15/03/2024"  # shown in the user's locale
    numbers = [r for r in range(tab.model.rowCount())
               if tab.model.row_values(r)["value_number"] is not None]
    assert numbers and all(tab.model.index(r, 3).data() ==
               f"{int(tab.model.row_values(r)['value_number']):,}" for r in numbers)


def test_f2_chooses_a_listed_value(window, ctx, monkeypatch, answers):
    """An attribute taken from the Items list (BR-ATR-07): F2 picks the item's code."""
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.enums import AttributeObjectKind, AttributeType, ZoomValidation
    from desktop.widgets.lookup import LookupDialog

    with ctx.db.session(user=ctx.user) as s:
        attribute = E.Attribute(code="MACHINE", label="Machine", search_key="Machine",
                                data_type=AttributeType.ALPHANUMERIC, length=20,
                                zoom_code="tcibd0501m000",
                                zoom_validation=ZoomValidation.MANDATORY)
        s.add(E.AttributeValue(object_kind=AttributeObjectKind.R, object_id=1,
                               attribute=attribute))
        item = s.scalars(select(E.Item).order_by(E.Item.code.desc())).first()
        item_id, item_code = item.id, item.code
        s.commit()

    def choose(dialog):  # the user searches the item and presses Enter
        dialog.search.setText(item_code)
        dialog.accept()
        assert dialog.chosen == item_id
        return dialog.result()

    monkeypatch.setattr(LookupDialog, "exec", choose)
    detail = window.open_session("tccom4100s000", record_id=1)
    titles = [detail.tab_widget.tabText(i) for i in range(detail.tab_widget.count())]
    tab = detail.tab_widget.widget(titles.index("Attributes"))
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.row_values(r)["attribute"] == "MACHINE")
    other = next(r for r in range(tab.model.rowCount()) if r != row)
    tab.view.setCurrentIndex(tab.model.index(other, 3))
    assert not tab.pick_action.isEnabled()  # not taken from a list
    tab.view.setCurrentIndex(tab.model.index(row, 3))
    assert tab.pick_action.isEnabled()
    tab.pick_action.trigger()
    assert tab.model.row_values(row)["value"] == item_code
    assert not tab.model.setData(tab.model.index(row, 3), "NO-SUCH-ITEM")
    assert "NO-SUCH-ITEM is not in Item; press F2 to choose." in answers.shown[-1][1]


def test_attributes_by_business_partner(window, ctx, answers, qtbot):
    """tdsmi1101m000: every partner's values in one grid, edited in place, opening the partner."""
    from sqlalchemy import func, select

    from desktop.crm import entities as E
    from desktop.crm.enums import AttributeObjectKind

    grid = window.open_session("tdsmi1101m000")
    with ctx.db.session(user=ctx.user) as s:
        expected = s.scalar(select(func.count()).select_from(E.AttributeValue).where(
            E.AttributeValue.object_kind == AttributeObjectKind.R))
    qtbot.waitUntil(lambda: grid.model.count_known, timeout=10000)
    assert grid.model.rowCount() == expected
    row = next(r for r in range(grid.model.rowCount())
               if grid.model.row_values(r)["attribute"] == "CLISINCE")
    assert grid.model.setData(grid.model.index(row, grid.value_column), "01/02/2025")
    assert grid.model.row_values(row)["value"] == "2025-02-01"
    assert not grid.model.setData(grid.model.index(row, grid.value_column), "31/02/2025")
    assert "31/02/2025 is not a valid date." in answers.shown[-1][1]
    partner = grid.model.row_values(row)["object"]
    grid.view.setCurrentIndex(grid.model.index(row, 0))
    grid.open_current()
    assert window.mdi.activeSubWindow().session.snap.values["code"] == partner
