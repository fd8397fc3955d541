"""Reports (tdsmi0180m000 / tdsmi0180s000): code, description, business object, orientation;
the Layout tab (tdsmi0181s000) lists the columns; the header and the footer are edited in the
letter editor with the page's @variables. Print opens Flexible Printing on the report."""

from __future__ import annotations

from dataclasses import replace

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCompleter, QDialog, QPushButton

from desktop.crm import entities as E
from desktop.crm.db.database import data_dir
from desktop.crm.enums import BusinessObjectKind, ReportOrientation
from desktop.crm.letters.storage import dumps, loads
from desktop.crm.reports import rules
from desktop.crm.reports.columns import REPORT_KINDS, page_catalogue
from desktop.i18n import current_language, tr_crm
from desktop.models.columns import Column
from desktop.views.reports import ops
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.satellite import RecordDialog, SatelliteGrid
from desktop.views.shapes.simple import define
from desktop.widgets.keyboard import window_key
from desktop.widgets.letter_editor import LetterEditor
from desktop.widgets.letter_editor.dialogs import FieldPicker

R, L = E.Report, E.ReportLayoutLine
PAGE_TEXTS = ops.PAGE_TEXTS


class LayoutTab(SatelliteGrid):
    """The columns of the report (tdsmi0181s000), in sequence order (BR-REP-01)."""

    entity = L
    parent_entity = R
    parent_key = "report_id"
    parent_link = "report"
    line_saver = ops.save_layout_line

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.catalogue = []
        self.query(ops.layout_fields, self.parent_id).success(self._catalogue_read).run()

    def _catalogue_read(self, entries) -> None:
        self.catalogue = entries

    def default_order(self):
        return [L.sequence]

    def columns(self):
        return [Column("sequence", t("Sequence"), L.sequence, kind="int", width=70),
                Column("field", t("Field"), L.field_name, searchable=True, width=220),
                Column("heading", t("Heading"), L.heading, searchable=True, width=160),
                Column("width", t("Width"), L.width, kind="int", width=60),
                Column("sort", t("Sort"), L.sort, kind="bool", width=50),
                Column("subtotal", t("Subtotals"), L.subtotal, kind="bool", width=70),
                Column("total", t("Totalize"), L.total, kind="bool", width=70),
                Column("new_page", t("New page"), L.new_page, kind="bool", width=70)]

    def fixed_clauses(self):
        return [L.report_id == self.parent_id]

    def dialog_groups(self, values):
        return [Group("Column", [
            F("sequence", kind="int", tooltip="The column's place; left empty, after the last one"),
            F("field_name", required=True,
              tooltip="A field or an attribute (R, CODE) of the report's object; the button "
                      "beside lists them"),
            F("heading", "Heading"), F("width", "Width", "int", options={"maximum": 120})]),
            Group("Sorting and totals", [
                F("sort", "Sort", "bool"),
                F("subtotal", "Subtotals", "bool",
                  tooltip="At each change of a sorted field above it; numbers only"),
                F("total", "Totalize", "bool", tooltip="A grand total at the end; numbers only"),
                F("new_page", "New page", "bool",
                  tooltip="A new page each time this sorted field changes")], column=1)]

    def new_values(self) -> dict:
        return {"width": rules.DEFAULT_WIDTH}

    def prepare_dialog(self, dialog: RecordDialog) -> None:
        editor = dialog.form.editor("field_name")
        names = [entry.name for entry in self.catalogue]
        completer = QCompleter(names, editor)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        editor.setCompleter(completer)
        button = QPushButton(qta.icon("fa5s.list"), "", dialog)
        button.setToolTip(t("Choose a field"))
        button.setObjectName("choose_field")
        button.clicked.connect(lambda: self.choose_field(dialog))
        dialog.form.add_beside("field_name", button)

    def choose_field(self, dialog: RecordDialog) -> None:
        picker = FieldPicker(self.catalogue, tr_crm, dialog, placements=False)
        if picker.exec() != QDialog.Accepted or picker.field() is None:
            return
        name = picker.field().name
        dialog.form.editor("field_name").set_value(name)
        heading = dialog.form.editor("heading")
        if not heading.value():
            label = next((e.label for e in self.catalogue if e.name == name), "")
            heading.set_value(tr_crm(label)[:40])



class ReportDetailBase(DetailSession):
    """The report's form, its Layout tab, and its header and footer in the letter editor."""

    hooks = ops.HOOKS

    def __init__(self, ctx, parent=None, **params) -> None:
        self.page_editors: dict[str, LetterEditor] = {}
        super().__init__(ctx, parent, **params)
        for name in PAGE_TEXTS:
            editor = LetterEditor(data_dir() / "dictionary.txt", self, translate=tr_crm)
            editor.setObjectName(f"{name}_editor")
            editor.set_catalogue(page_catalogue())
            editor.changed.connect(self._changed)
            self.page_editors[name] = editor
        self.add_leading_tab(self.page_editors["header_text"], "Header")
        self.add_leading_tab(self.page_editors["footer_text"], "Footer")
        self.tab_widget.setCurrentIndex(0)
        self.report_actions: dict[str, QAction] = {}
        for name, icon, slot in (("print", "fa5s.print", self.print_clicked),
                                 ("copy", "fa5s.copy", self.copy_clicked)):
            action = QAction(qta.icon(icon), "", self)
            action.triggered.connect(slot)
            self.toolbar.addAction(action)
            self.report_actions[name] = action
        window_key(self, self.report_actions["print"], QKeySequence.Print)
        self._translate_report()
        self.loaded()

    def _translate_report(self) -> None:
        texts = {"print": t("Print…"), "copy": t("Copy report")}
        for name, action in self.report_actions.items():
            action.setText(texts[name])

    def retranslate(self) -> None:
        super().retranslate()
        self._translate_report()

    def loaded(self) -> None:
        if not self.page_editors:
            return
        self._loading = True
        try:
            for name, editor in self.page_editors.items():
                stored = self.snap.extra[name] if self.snap and self.record_id else ""
                editor.set_document(replace(loads(stored), language=current_language()))
        finally:
            self._loading = False

    def form_values(self) -> dict:
        values = super().form_values()
        for name, editor in self.page_editors.items():
            document = editor.document()
            values[name] = dumps(document) if document.blocks and any(
                block_text(b) for b in document.blocks) else ""
        return values

    def print_clicked(self) -> None:
        if self.record_id is None:
            return
        self.ctx.open_session("tdsmi2410m100", report_id=self.record_id,
                              object_kind=self.form.editor("business_object").value())

    def copy_clicked(self) -> None:
        self.ask_copy(t("Copy report"), t("Code of the new report"), _copy_report)


def block_text(block) -> bool:
    """Whether a block holds anything (an empty editor still has one empty paragraph)."""
    return bool(getattr(block, "inlines", True))


def _copy_report(session, source_id: int, code: str):
    return rules.copy_report(session, source_id, code)


def _report_columns(self):
    return [Column("code", t("Report"), R.code, searchable=True, width=100),
            Column("description", t("Description"), R.description, searchable=True, width=300),
            Column("object", t("Business object"), R.business_object, width=150),
            Column("orientation", t("Orientation"), R.orientation, width=90)]


def _report_groups(self):
    return [Group("General", [F("code", "Report", required=True),
                              F("description", required=True)]),
            Group("Printing", [F("business_object", kind="enum", enum_class=BusinessObjectKind,
                                 options={"members": list(REPORT_KINDS)}),
                               F("orientation", "Orientation", "enum",
                                 enum_class=ReportOrientation,
                                 tooltip="Normal: portrait; Wide: landscape")], column=1)]


_, ReportDetail = define(
    R, ("tdsmi0180m000", "Reports"), ("tdsmi0180s000", "Report"), "fa5s.file-alt", "reports",
    _report_columns, _report_groups,
    tabs=lambda self: [("Layout", lambda d, rid: LayoutTab(d.ctx, d, report_id=rid))],
    base_detail=ReportDetailBase)

__all__ = ["LayoutTab", "ReportDetail"]
