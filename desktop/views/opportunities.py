"""Opportunities (tdsmi1110m000) and Opportunity (tdsmi1610m000): filters, in-grid status and
phase, Assign to me, forecast figures, and Generate quotation."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox
from sqlalchemy import outerjoin, select

from desktop.crm import entities as E
from desktop.crm import opportunities as O
from desktop.crm.enums import (
    AttributeObjectKind, BatchRunKind, BusinessObjectKind, OpportunityStatus as S,
)
from desktop.crm.errors import CrmError
from desktop.crm.quotations import generate_quotation
from desktop.crm.unit_of_work import commit, get_current
from desktop.models.columns import Column, display, translate_enum
from desktop.views.activities import activities_tab
from desktop.views.attribute_values import attributes_tab
from desktop.views.base import error_text
from desktop.views.detail import DetailSession
from desktop.views.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.notes import notes_tab
from desktop.views.opportunity_tabs import ContactsTab, ItemsTab, ReferencesTab, opportunity_tab
from desktop.views.overview import OverviewSession
from desktop.views.processing import ProcessingSession
from desktop.views.registry import session
from desktop.widgets.delegates import ChoiceDelegate
from desktop.widgets.fields import DateField
from desktop.widgets.lookup import LookupField, LookupSpec

Opp, BP, EMP = E.Opportunity, E.BusinessPartner, E.Employee


def ask_to_reopen(parent, error: CrmError) -> bool:
    return QMessageBox.question(parent, QCoreApplication.translate("Opportunities", "Reopen opportunity"), error_text(error)) == \
        QMessageBox.Yes


def run_generation(parent, ctx, opportunity_id: int) -> int | None:
    """Generate a quotation in a unit of work of its own; offer to open it (BR-GQ-11)."""
    with ctx.session() as s:
        try:
            quotation = generate_quotation(s, opportunity_id)
        except CrmError as error:
            QMessageBox.warning(parent, QCoreApplication.translate("Opportunities", "Generate quotation"), error_text(error))
            return None
        code, quotation_id, lines = quotation.code, quotation.id, len(quotation.lines)
    ctx.data_changed({Opp, E.OpportunityReference, E.Quotation})
    text = QCoreApplication.translate("Opportunities", "Quotation %1 was created with %2 line(s). Open it?").replace(
        "%1", code).replace("%2", str(lines))
    if QMessageBox.question(parent, QCoreApplication.translate("Opportunities", "Generate quotation"), text) == QMessageBox.Yes:
        ctx.open_session("tdsls1100s000", record_id=quotation_id)
    return quotation_id


@session("tdsmi1110m000", "Opportunities", "fa5s.bullseye", "opportunities")
class OpportunityOverview(OverviewSession):
    entity = Opp
    detail_code = "tdsmi1610m000"

    def from_obj(self):
        return outerjoin(Opp.__table__, BP.__table__, Opp.sold_to_bp_id == BP.id).outerjoin(
            EMP.__table__, Opp.assigned_to_id == EMP.id).outerjoin(
            E.SalesProcess.__table__, Opp.sales_process_id == E.SalesProcess.id).outerjoin(
            E.Phase.__table__, Opp.phase_id == E.Phase.id)

    def default_order(self):
        return [Opp.expected_close_date, Opp.code]

    def columns(self):
        status = Column("status", t("Status"), Opp.status, width=100, setter=self._set_status,
                        choices=lambda _row: [(s, translate_enum(s)) for s in S])
        phase = Column("phase", t("Phase"), E.Phase.code, width=80, setter=self._set_phase,
                       choices=self._phase_choices)
        return [
            Column("text", t("Text"), Opp.general_information != "", kind="bool", width=45),
            Column("code", t("Opportunity"), Opp.code, searchable=True, width=100),
            Column("description", t("Description"), Opp.description, searchable=True,
                   width=220),
            Column("bp", t("Sold-to business partner"), BP.name, searchable=True, width=200),
            Column("bp_status", t("BP status"), BP.status, width=80),
            Column("assigned", t("Assigned to"), EMP.name, searchable=True, width=140),
            status,
            Column("process", t("Sales process"), E.SalesProcess.code, width=80),
            phase,
            Column("probability", t("Probability"), Opp.probability_pct, kind="percent",
                   width=80),
            Column("revenue", t("Expected revenue"), Opp.expected_revenue, kind="money",
                   width=120),
            Column("close", t("Expected close date"), Opp.expected_close_date, kind="date",
                   width=110)]

    # -- filters ---------------------------------------------------------------------------
    def filter_widgets(self):
        self.mine = QCheckBox(t("Assigned to me"))
        self.mine.setChecked(self.ctx.employee_id is not None)
        self.open_only = QCheckBox(t("Open only"))
        self.open_only.setChecked(True)
        self.partner = LookupField(self.ctx.db.engine, LookupSpec(BP, "name"))
        self.partner.setToolTip(t("Sold-to business partner"))
        self.close_from, self.close_to = DateField(), DateField()
        self.close_from.setToolTip(t("Expected close from"))
        self.close_to.setToolTip(t("Expected close to"))
        for widget in (self.mine, self.open_only):
            widget.toggled.connect(self.apply_filters)
        for widget in (self.partner, self.close_from, self.close_to):
            widget.changed.connect(self.apply_filters)
        return [self.mine, self.open_only, QLabel(t("Business partner")), self.partner,
                QLabel(t("Close date")), self.close_from, QLabel("–"), self.close_to]

    def filter_clauses(self):
        if not hasattr(self, "mine"):
            return []
        clauses = []
        if self.mine.isChecked() and self.ctx.employee_id is not None:
            clauses.append(Opp.assigned_to_id == self.ctx.employee_id)
        if self.open_only.isChecked():
            clauses.append(Opp.status.in_([S.PRELIMINARY, S.IN_PROCESS]))
        if self.partner.value() is not None:
            clauses.append(Opp.sold_to_bp_id == self.partner.value())
        if self.close_from.value():
            clauses.append(Opp.expected_close_date >= self.close_from.value())
        if self.close_to.value():
            clauses.append(Opp.expected_close_date <= self.close_to.value())
        clauses.extend(self.context_clauses())
        return clauses

    def context_clauses(self):
        bp = self.params.get("bp_id")
        return [Opp.sold_to_bp_id == bp] if bp else []

    def new_defaults(self):
        return {"sold_to_bp_id": self.params["bp_id"]} if self.params.get("bp_id") else {}

    # -- construction ----------------------------------------------------------------------
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        for i, column in enumerate(self.model.columns):
            if column.choices is not None:
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(column, self.view))
        self.assign_action = QAction(qta.icon("fa5s.user-check"), t("Assign to me"), self)
        self.assign_action.triggered.connect(self.assign_to_me)
        self.generate_action = QAction(qta.icon("fa5s.file-invoice-dollar"),
                                       t("Generate quotation"), self)
        self.generate_action.triggered.connect(self.generate)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.assign_action)
        self.toolbar.addAction(self.generate_action)
        self.forecast_label = QLabel(self)
        self.layout().addWidget(self.forecast_label)
        self.model.countChanged.connect(lambda _n: self.show_forecast())
        self.show_forecast()

    def show_forecast(self) -> None:
        """Count, expected and weighted revenue of what the filter shows (BR-FC-01)."""
        with self.ctx.db.engine.connect() as conn:
            figures = O.forecast(conn, self.model.where(), self.from_obj())
        self.forecast_label.setText(
            QCoreApplication.translate("Opportunities", "%1 opportunities · expected revenue %2 · weighted revenue %3")
            .replace("%1", str(figures.count)).replace("%2", display("money", figures.expected))
            .replace("%3", display("money", figures.weighted)))

    # -- in-grid edits ---------------------------------------------------------------------
    def _phase_choices(self, row_id):
        with self.ctx.session() as s:
            opp = s.get(Opp, row_id)
            return [(None, "")] + [(p.phase_id, f"{p.phase.code} – {p.phase.description}")
                                   for p in opp.sales_process.phases]

    def _set_status(self, row_id: int, status: S, version: int) -> None:
        self._edit(row_id, version, lambda s, opp, confirm: O.change_status(s, opp, status,
                                                                             confirm))

    def _set_phase(self, row_id: int, phase_id, version: int) -> None:
        self._edit(row_id, version, lambda s, opp, _confirm: O.change_phase(s, opp, phase_id))

    def _edit(self, row_id: int, version: int, change) -> None:
        confirm = False
        while True:
            with self.ctx.session() as s:
                try:
                    change(s, get_current(s, Opp, row_id, version), confirm)
                    commit(s)
                    break
                except O.ConfirmationRequired as question:
                    s.rollback()
                    if not ask_to_reopen(self, question):
                        return
                    confirm = True
        self.show_forecast()
        self.ctx.data_changed({Opp})

    # -- actions ---------------------------------------------------------------------------
    def assign_to_me(self) -> None:
        ids = self.selected_ids()
        with self.ctx.session() as s:
            try:
                for opportunity_id in ids:
                    O.assign_to(s, s.get(Opp, opportunity_id), self.ctx.employee_id)
                commit(s)
            except CrmError as error:
                self.show_error(error)
        self.refresh()

    def generate(self) -> None:
        if self.current_id() is not None:
            run_generation(self, self.ctx, self.current_id())
            self.refresh()

    def refresh(self) -> None:
        super().refresh()
        self.show_forecast()

    def delete_record(self, session, obj) -> None:
        O.delete_opportunity(session, obj)


@session("tdsmi1610m000", "Opportunity", "fa5s.bullseye", "opportunities", in_menu=False,
         is_detail=True)
class OpportunityDetail(DetailSession):
    entity = Opp

    def groups(self):
        employee = LookupSpec(EMP, "name", where=[EMP.active.is_(True)])
        return [
            Group("General", [
                F("code", "Opportunity", tooltip="Empty: numbered from the CRM parameters"),
                F("description", "Description", required=True),
                F("sold_to_bp_id", "Sold-to business partner", "lookup", required=True,
                  lookup=LookupSpec(BP, "name")),
                F("assigned_to_id", "Assigned to", "lookup", lookup=employee),
                F("status", "Status", "enum", enum_class=S),
                F("reason_id", "Reason", "lookup", lookup=LookupSpec(E.Reason)),
                F("opportunity_type_id", "Opportunity type", "lookup",
                  lookup=LookupSpec(E.OpportunityType)),
                F("origin_id", "Origin", "lookup", lookup=LookupSpec(E.OpportunitySource))]),
            Group("Sales process", [
                F("sales_process_id", "Sales process", "lookup",
                  lookup=LookupSpec(E.SalesProcess, where=[E.SalesProcess.active.is_(True)])),
                F("phase_id", "Phase", "lookup", lookup=LookupSpec(E.Phase)),
                F("probability_pct", "Probability %", "percent"),
                F("sales_office_id", "Sales office", "lookup",
                  lookup=LookupSpec(E.SalesOffice))], column=1),
            Group("Revenue and dates", [
                F("expected_revenue", "Expected revenue", "money"),
                F("currency", "Currency"),
                F("include_in_forecast", "Include in forecast", "bool"),
                F("first_contact_date", "First contact", "date"),
                F("expected_close_date", "Expected close date", "date"),
                F("end_date", "End date", "date", readonly=True)], column=1),
            Group("General information", [F("general_information", "Text", "multiline")]),
        ]

    def tabs(self):
        return [("Items", opportunity_tab(ItemsTab)),
                ("Contacts", opportunity_tab(ContactsTab)),
                ("References", opportunity_tab(ReferencesTab)),
                ("Activities", activities_tab("opportunity_id")),
                ("Notes", notes_tab(BusinessObjectKind.OPPORTUNITY)),
                ("Attributes", attributes_tab(AttributeObjectKind.P))]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.assign_action = QAction(qta.icon("fa5s.user-check"), t("Assign to me"), self)
        self.assign_action.triggered.connect(self.assign_to_me)
        self.generate_action = QAction(qta.icon("fa5s.file-invoice-dollar"),
                                       t("Generate quotation"), self)
        self.generate_action.triggered.connect(self.generate)
        self.toolbar.addAction(self.assign_action)
        self.toolbar.addAction(self.generate_action)
        self.update_actions()

    def update_actions(self) -> None:
        status = self.obj.status if self.obj is not None else S.PRELIMINARY
        frozen = status in O.FROZEN or self.record_id is None
        self.generate_action.setEnabled(not frozen)
        self.generate_action.setToolTip(
            QCoreApplication.translate("Opportunities", "A quotation cannot be generated for an opportunity with status %1.")
            .replace("%1", translate_enum(status)) if status in O.FROZEN else
            QCoreApplication.translate("Opportunities", "Save the opportunity first.") if self.record_id is None else
            QCoreApplication.translate("Opportunities", "Create a sales quotation from the selected items"))

    def load(self) -> None:
        super().load()
        if hasattr(self, "generate_action"):
            self.update_actions()

    def save_values(self, session, obj, values):
        if obj is None:
            result = O.new_opportunity(session, values, self.ctx.employee_id)
        else:
            question = O.reopen_question(obj, values.get("status"))
            confirm = question is not None and ask_to_reopen(self, question)
            if question is not None and not confirm:
                raise CrmError("The opportunity was not reopened; nothing was saved.")
            result = O.save_opportunity(session, obj, values, confirm)
        for warning in result.warnings:
            QMessageBox.information(self, t("Opportunity"), error_text(warning))
        return result.opportunity

    def save(self) -> bool:
        saved = super().save()
        self.update_actions()
        return saved

    def assign_to_me(self) -> None:
        self.form.editor("assigned_to_id").set_value(self.ctx.employee_id)
        self._set_dirty(True)

    def generate(self) -> None:
        if self.dirty and not self.save():
            return
        run_generation(self, self.ctx, self.record_id)
        self.refresh()


def _bp_opportunities(detail, record_id):
    overview = OpportunityOverview(detail.ctx, detail, bp_id=record_id)
    overview.mine.setChecked(False)
    overview.open_only.setChecked(False)
    return overview




@session("tdsmi2213m000", "Recalculate Opportunity Prices", "fa5s.calculator", "opportunities")
class RecalculatePricesSession(ProcessingSession):
    """Re-prices the item lines whose price was not typed, on open opportunities (BR-ITM-01):
    run it after item prices change."""

    kind = BatchRunKind.RECALCULATE_PRICES

    def parameter_groups(self):
        return [Group("Selection", [
            F("code_from", "Opportunity from"), F("code_to", "Opportunity to"),
            F("sold_to_bp_id", "Sold-to business partner", "lookup",
              lookup=LookupSpec(BP, "name")),
            F("assigned_to_id", "Assigned to", "lookup", lookup=LookupSpec(EMP, "name"))])]

    def targets(self, session, values):
        where = []
        if values.get("code_from"):
            where.append(Opp.code >= values["code_from"])
        if values.get("code_to"):
            where.append(Opp.code <= values["code_to"])
        for name in ("sold_to_bp_id", "assigned_to_id"):
            if values.get(name) is not None:
                where.append(getattr(Opp, name) == values[name])
        return O.reprice_targets(session, where)

    def process(self, session, target, simulate):
        return O.reprice_one(session, target, simulate)

    def entities_changed(self):
        return {Opp, E.OpportunityItem}
