"""Opportunities (tdsmi1110m000) and Opportunity (tdsmi1610m000): filters, in-grid status and
phase, Assign to me, forecast figures, and Generate quotation."""

from __future__ import annotations

from decimal import Decimal

import qtawesome as qta
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox
from sqlalchemy import outerjoin

from desktop.crm import entities as E, lookup_scopes as scopes, opportunities as O
from desktop.crm.enums import OpportunityStatus as S
from desktop.models.columns import Column, display, translate_enum
from desktop.views.opportunities import ops
from desktop.views.opportunities.draft_items import DraftItemsTab
from desktop.views.opportunities.tabs import (
    ContactsTab,
    ItemsTab,
    ReferencesTab,
    item_line_groups,
    opportunity_tab,
)
from desktop.views.ops import Op
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.processing import ProcessingSession
from desktop.views.shell.registry import session
from desktop.widgets.delegates import ChoiceDelegate
from desktop.widgets.fields import DateField
from desktop.widgets.lookup import LookupField, LookupSpec

Opp, BP, EMP = E.Opportunity, E.BusinessPartner, E.Employee


def run_generation(parent, ctx, opportunity_id: int) -> None:
    """Generate a quotation in a unit of work of its own; offer to open it (BR-GQ-11)."""
    title = QCoreApplication.translate("Opportunities", "Generate quotation")

    def generated(result: tuple[str, int, int]) -> None:
        code, quotation_id, lines = result
        text = QCoreApplication.translate(
            "Opportunities", "Quotation %1 was created with %n line(s). Open it?", "",
            lines).replace("%1", code)
        if QMessageBox.question(parent, title, text) == QMessageBox.Yes:
            ctx.open_record(E.Quotation, quotation_id)

    Op(ctx, parent, ops.generate_quotation, opportunity_id,
       kinds=(E.Quotation, E.QuotationLine, E.OpportunityReference)) \
        .titled(title).success(generated).run()


@session("tdsmi1110m000", "Opportunities", "fa5s.bullseye", "opportunities")
class OpportunityOverview(OverviewSession):
    entity = Opp
    detail_code = "tdsmi1610m000"
    deleter = O.delete_opportunity

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
                       choices=lambda _row: [])
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
        self.mine = QCheckBox()
        self.translated(self.mine.setText, "fields", "Assigned to me")
        self.mine.setChecked(self.ctx.employee_id is not None)
        self.open_only = QCheckBox()
        self.translated(self.open_only.setText, "fields", "Open only")
        self.open_only.setChecked(True)
        self.partner = LookupField(LookupSpec(BP, "name"), self.ctx.db.engine, self.ctx.pool)
        self.translated(self.partner.setToolTip, "fields", "Sold-to business partner")
        self.close_from, self.close_to = DateField(), DateField()
        self.translated(self.close_from.setToolTip, "fields", "Expected close from")
        self.translated(self.close_to.setToolTip, "fields", "Expected close to")
        for widget in (self.mine, self.open_only):
            widget.toggled.connect(self.apply_filters)
        for widget in (self.partner, self.close_from, self.close_to):
            widget.changed.connect(self.apply_filters)
        partner_label, close_label = QLabel(), QLabel()
        self.translated(partner_label.setText, "fields", "Business partner")
        self.translated(close_label.setText, "fields", "Close date")
        return [self.mine, self.open_only, partner_label, self.partner,
                close_label, self.close_from, QLabel("–"), self.close_to]

    def filter_clauses(self):
        if not hasattr(self, "mine"):
            return []
        mine = self.ctx.employee_id if self.mine.isChecked() else None
        return O.overview_filter(assigned_to=mine, open_only=self.open_only.isChecked(),
                                 partner_id=self.partner.value(),
                                 close_from=self.close_from.value(),
                                 close_to=self.close_to.value()) + self.context_clauses()

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
                load = self._phase_choices if column.key == "phase" else None
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(column, self.view, load))
        self.assign_action = QAction(qta.icon("fa5s.user-check"), "", self)
        self.translated(self.assign_action.setText, "fields", "Assign to me")
        self.assign_action.triggered.connect(self.assign_to_me)
        self.generate_action = QAction(qta.icon("fa5s.file-invoice-dollar"), "", self)
        self.translated(self.generate_action.setText, "fields", "Generate quotation")
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
        self.query(ops.forecast, self.model.where(), self.from_obj()) \
            .success(self._show_figures).run()

    def _show_figures(self, figures) -> None:
        self.figures = figures
        count = figures.count  # a plain name: lupdate skips a call as the count
        self.forecast_label.setText(QCoreApplication.translate(
            "Opportunities", "%n opportunities · expected revenue %2 · weighted revenue in "
            "forecast %3", "", count)
            .replace("%2", display("money", figures.expected))
            .replace("%3", display("money", figures.weighted)))
        self.forecast_label.setToolTip(QCoreApplication.translate(
            "Opportunities", "Weighted revenue: expected revenue × probability of the open "
            "opportunities included in the forecast"))

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "figures", None) is not None:
            self._show_figures(self.figures)  # its words and amounts in the new language

    # -- in-grid edits ---------------------------------------------------------------------
    def _phase_choices(self, row_id: int, fill) -> None:
        """The phases of the opportunity's sales process, read when the editor opens."""
        self.query(ops.phase_choices, row_id).success(fill).run()

    def _set_status(self, row_id: int, status: S, version: int) -> bool | None:
        return self._edit(ops.change_status, row_id, version, status)

    def _set_phase(self, row_id: int, phase_id, version: int) -> bool | None:
        return self._edit(ops.change_phase, row_id, version, phase_id)

    def _edit(self, work, *args) -> bool | None:
        return self.op(work, *args).confirming().titled(
            QCoreApplication.translate("Opportunities", "Reopen opportunity")).run()

    # -- actions ---------------------------------------------------------------------------
    def assign_to_me(self) -> None:
        self.op(ops.assign_to, self.selected_ids(), self.ctx.employee_id).run()

    def generate(self) -> None:
        if self.current_id() is not None:
            run_generation(self, self.ctx, self.current_id())

    def on_changes(self, changes) -> None:
        super().on_changes(changes)
        self.show_forecast()

    def refresh(self) -> None:
        super().refresh()
        self.show_forecast()



@session("tdsmi1610m000", "Opportunity", "fa5s.bullseye", "opportunities", in_menu=False,
         is_detail=True)
class OpportunityDetail(DetailSession):
    entity = Opp
    hooks = ops.HOOKS
    new_defaults_op = ops.new_defaults
    first_field = "description"

    def groups(self):
        employee = LookupSpec(EMP, "name", where=[EMP.active.is_(True)])
        return [
            Group("General", [
                F("code", "Opportunity", tooltip="Empty: numbered from the CRM parameters"),
                F("description", required=True),
                F("sold_to_bp_id", kind="lookup", required=True, lookup=LookupSpec(BP, "name")),
                F("assigned_to_id", kind="lookup", lookup=employee),
                F("status", kind="enum", enum_class=S),
                F("reason_id", kind="lookup", lookup=LookupSpec(E.Reason)),
                F("opportunity_type_id", kind="lookup", lookup=LookupSpec(E.OpportunityType)),
                F("origin_id", kind="lookup", lookup=LookupSpec(E.OpportunitySource))]),
            Group("General information", [F("general_information", kind="multiline")],
                  column=2),
            Group("Sales process", [
                F("sales_process_id", kind="lookup",
                  lookup=LookupSpec(E.SalesProcess, where=[E.SalesProcess.active.is_(True)])),
                F("phase_id", kind="lookup", lookup=LookupSpec(E.Phase),
                  options={"scope": ("sales_process_id",
                                     lambda p: ([scopes.phases_of_process(p)], None))}),
                F("probability_pct", kind="percent"),
                F("sales_office_id", kind="lookup", lookup=LookupSpec(E.SalesOffice))], column=1),
            Group("Revenue and dates", [
                F("expected_revenue", kind="money"),
                F("currency"),
                F("include_in_forecast", kind="bool"),
                F("first_contact_date", kind="date"),
                F("expected_close_date", kind="date"),
                F("end_date", kind="date", readonly=True)], column=1)]

    def tabs(self):
        return [("Items", opportunity_tab(ItemsTab)),
                ("Contacts", opportunity_tab(ContactsTab)),
                ("References", opportunity_tab(ReferencesTab))]

    def __init__(self, ctx, parent=None, **params) -> None:
        self.assign_action = self.generate_action = self.draft_items = None
        self.items_total: Decimal | None = None
        super().__init__(ctx, parent, **params)
        self.use_total_action = QAction(qta.icon("fa5s.equals"), "", self)
        self.use_total_action.triggered.connect(self.use_item_total)
        self.form.editor("sold_to_bp_id").changed.connect(self._partner_changed)
        self.form.editor("expected_revenue").changed.connect(self._offer_item_total)
        self.assign_action = QAction(qta.icon("fa5s.user-check"), "", self)
        self.assign_action.triggered.connect(self.assign_to_me)
        self.generate_action = QAction(qta.icon("fa5s.file-invoice-dollar"), "", self)
        self.generate_action.triggered.connect(self.generate)
        self.toolbar.addAction(self.assign_action)
        self.toolbar.addAction(self.generate_action)
        self.toolbar.addAction(self.use_total_action)
        self.update_actions()
        self._offer_item_total()

    # -- before the first save: defaults shown, items entered with the header -------------
    def draft_tab(self, title: str):
        if title != "Items":
            return None
        self.draft_items = DraftItemsTab(self, item_line_groups())
        self.draft_items.changed.connect(lambda: self._set_dirty(True))
        self.draft_items.totalChanged.connect(self._items_total_read)
        return self.draft_items

    def form_values(self) -> dict:
        values = super().form_values()
        if self.record_id is None and self.draft_items is not None:
            values["items"] = [dict(line) for line in self.draft_items.lines]
        return values

    def _partner_changed(self) -> None:
        """The opportunity is in the partner's currency."""
        if self._loading:
            return
        self.query(ops.partner_currency, self.form.editor("sold_to_bp_id").value()) \
            .success(self._partner_currency).run()

    def _partner_currency(self, currency: str | None) -> None:
        if currency:
            self.form.editor("currency").set_value(currency)

    # -- the expected revenue offered from the items --------------------------------------
    def _items_total_read(self, total) -> None:
        self.items_total = total
        self._offer_item_total()

    def _offer_item_total(self) -> None:
        total = self.items_total
        revenue = self.form.editor("expected_revenue")
        offered = total is not None and total > 0 and revenue.value() != total
        self.use_total_action.setEnabled(offered)
        text = display("money", total) if total is not None else ""
        self.use_total_action.setText(t("Use item total"))
        self.use_total_action.setToolTip(t("Expected revenue = total of the selected items (%1)")
                                         .replace("%1", text))
        revenue.setPlaceholderText(t("Item total: %1").replace("%1", text) if offered else "")

    def use_item_total(self) -> None:
        if self.items_total is not None:
            self.form.editor("expected_revenue").set_value(self.items_total)
            self._set_dirty(True)
            self._offer_item_total()

    def update_actions(self) -> None:
        if self.generate_action is None:
            return
        self.assign_action.setText(t("Assign to me"))
        self.generate_action.setText(t("Generate quotation"))
        status = self.snap.values.get("status") if self.snap is not None else S.PRELIMINARY
        frozen = status in O.FROZEN or self.record_id is None
        self.generate_action.setEnabled(not frozen)
        self.generate_action.setToolTip(
            QCoreApplication.translate("Opportunities", "A quotation cannot be generated for an opportunity with status %1.")  # noqa: E501
            .replace("%1", translate_enum(status)) if status in O.FROZEN else
            QCoreApplication.translate("Opportunities", "Save the opportunity first.") if self.record_id is None else  # noqa: E501
            QCoreApplication.translate("Opportunities", "Create a sales quotation from the selected items"))

    def loaded(self) -> None:
        self.update_actions()
        if self.record_id is not None:
            self.draft_items = None
            items = self._items_tab()
            if items is not None:
                items.totalRead.connect(self._items_total_read)

    def _items_tab(self):
        for index in range(self.tab_widget.count()):
            if isinstance(self.tab_widget.widget(index), ItemsTab):
                return self.tab_widget.widget(index)
        return None

    def retranslate(self) -> None:
        super().retranslate()
        self.update_actions()
        if getattr(self, "figures", None) is not None:
            self._show_figures(self.figures)  # its amounts in the new locale
        if hasattr(self, "items_total"):
            self._offer_item_total()

    def assign_to_me(self) -> None:
        self.form.editor("assigned_to_id").set_value(self.ctx.employee_id)
        self._set_dirty(True)

    def generate(self) -> None:
        """Generate a quotation from the selected items, saving the header first."""
        opportunity_id, ctx = self.record_id, self.ctx
        if self.dirty:
            self.save(then=lambda: run_generation(self, ctx, opportunity_id))
        else:
            run_generation(self, ctx, opportunity_id)


def bp_opportunities(detail, record_id):
    """The Opportunities tab of a business partner: all its opportunities."""
    overview = OpportunityOverview(detail.ctx, detail, bp_id=record_id)
    overview.mine.setChecked(False)
    overview.open_only.setChecked(False)
    return overview


@session("tdsmi2213m000", "Recalculate Opportunity Prices", "fa5s.calculator", "opportunities")
class RecalculatePricesSession(ProcessingSession):
    """Re-prices the item lines whose price was not typed, on open opportunities (BR-ITM-01):
    run it after item prices change."""

    def parameter_groups(self):
        return [Group("Selection", [
            F("code_from", "Opportunity from"), F("code_to", "Opportunity to"),
            F("sold_to_bp_id", kind="lookup", lookup=LookupSpec(BP, "name")),
            F("assigned_to_id", kind="lookup", lookup=LookupSpec(EMP, "name"))])]

    def job(self, values: dict) -> ops.RecalculatePricesJob:
        return ops.RecalculatePricesJob(values, self.confirmed)

    def entities_changed(self):
        return {Opp, E.OpportunityItem}
