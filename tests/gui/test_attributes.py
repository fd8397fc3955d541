"""Attribute sessions: options added through the tab's dialog; values edited in a detail."""

from __future__ import annotations

from desktop.views.satellite import RecordDialog


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


def test_edit_an_attribute_value_through_the_grid(window, ctx):
    detail = window.open_session("tccom4100s000", record_id=1)
    titles = [detail.tab_widget.tabText(i) for i in range(detail.tab_widget.count())]
    tab = detail.tab_widget.widget(titles.index("Attributes"))
    row = next(r for r in range(tab.model.rowCount())
               if tab.model.row_values(r)["attribute"] == "CLISINCE")
    assert tab.model.setData(tab.model.index(row, 3), "15/03/2024")
    assert tab.model.row_values(row)["value"] == "2024-03-15"
