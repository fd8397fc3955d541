"""Sales quotations created from opportunities: overview (tdsls1500m000), detail
(tdsls1100s000) and lines (tdsls1600m000), to read and maintain."""

from __future__ import annotations

from sqlalchemy import func, outerjoin, select

from desktop.crm import entities as E
from desktop.crm.enums import PriceOrigin, QuotationOrigin, QuotationStatus
from desktop.crm.quotations import save_line
from desktop.models.columns import Column
from desktop.views.quotations import ops
from desktop.views.quotations.document import QuotationDocumentActions
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.item_lines import follow_item
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.satellite import SatelliteGrid
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec

Q, QL, BP, I = E.Quotation, E.QuotationLine, E.BusinessPartner, E.Item


@session("tdsls1500m000", "Sales Quotations", "fa5s.file-invoice-dollar", "opportunities")
class QuotationOverview(OverviewSession):
    entity = Q
    detail_code = "tdsls1100s000"
    allow_new = False

    def from_obj(self):
        return outerjoin(Q.__table__, BP.__table__, Q.sold_to_bp_id == BP.id).outerjoin(
            E.Opportunity.__table__, Q.opportunity_id == E.Opportunity.id)

    def default_order(self):
        return [Q.code.desc()]

    def fixed_clauses(self):
        bp = self.params.get("bp_id")
        return [Q.sold_to_bp_id == bp] if bp else []

    def columns(self):
        total = select(func.coalesce(func.sum(QL.amount), 0)).where(
            QL.quotation_id == Q.id).scalar_subquery()
        return [Column("code", t("Quotation"), Q.code, searchable=True, width=100),
                Column("date", t("Date"), Q.quotation_date, kind="date", width=95),
                Column("bp", t("Sold-to business partner"), BP.name, searchable=True,
                       width=220),
                Column("origin", t("Origin"), Q.origin, width=100),
                Column("opportunity", t("Opportunity"), E.Opportunity.code, searchable=True,
                       width=100),
                Column("status", t("Status"), Q.status, width=90),
                Column("total", t("Amount"), total, kind="money", width=120),
                Column("currency", t("Currency"), Q.currency, width=60),
                Column("valid", t("Valid until"), Q.valid_until, kind="date", width=95)]


class QuotationLinesTab(SatelliteGrid):
    entity = QL
    parent_entity = Q
    parent_key = "quotation_id"
    line_saver = save_line

    def from_obj(self):
        return outerjoin(QL.__table__, I.__table__, QL.item_id == I.id).outerjoin(
            E.Opportunity.__table__, QL.opportunity_id == E.Opportunity.id)

    def default_order(self):
        return [QL.position]

    def columns(self):
        return [Column("position", t("Position"), QL.position, kind="int", width=70),
                Column("item", t("Item"), I.code, searchable=True, width=110),
                Column("description", t("Description"), I.description, width=220),
                Column("qty", t("Ordered qty"), QL.ordered_qty, kind="decimal", width=90),
                Column("unit", t("Unit"), QL.unit, width=50),
                Column("price", t("Price"), QL.price, kind="money", width=100),
                Column("discount_pct", t("Discount %"), QL.discount_pct, kind="percent"),
                Column("amount", t("Amount"), QL.amount, kind="money", width=110),
                Column("price_origin", t("Price origin"), QL.price_origin, width=90),
                Column("opportunity", t("Opportunity"), E.Opportunity.code, width=100),
                Column("peg", t("Project peg"), QL.peg_project, width=90)]

    def fixed_clauses(self):
        return [QL.quotation_id == self.parent_id]

    def dialog_groups(self, values):
        return [Group("Quotation line", [
            F("item_id", kind="lookup", required=True, lookup=LookupSpec(I)),
            F("ordered_qty", kind="decimal", required=True, options={"decimals": 4}),
            F("unit", tooltip="Empty: the item's sales unit"),
            F("price", kind="decimal", options={"decimals": 4}, tooltip="Empty: the item's price"),
            F("discount_pct", kind="percent"),
            F("discount_amount", kind="money"),
            F("price_origin", kind="enum", enum_class=PriceOrigin, readonly=True),
            F("peg_project")])]

    def new_values(self):
        return {"price_origin": PriceOrigin.MANUAL, "ordered_qty": 1}

    def prepare_dialog(self, dialog) -> None:
        follow_item(dialog, self.ctx)


@session("tdsls1100s000", "Sales Quotation", "fa5s.file-invoice-dollar", "opportunities",
         in_menu=False, is_detail=True)
class QuotationDetail(DetailSession):
    entity = Q
    hooks = ops.HOOKS

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.document_actions = QuotationDocumentActions(self)

    def retranslate(self) -> None:
        super().retranslate()
        self.document_actions.retranslate()

    def groups(self):
        return [
            Group("General", [
                F("code", "Quotation", readonly=True),
                F("sold_to_bp_id", kind="lookup", readonly=True, lookup=LookupSpec(BP, "name")),
                F("opportunity_id", kind="lookup", readonly=True, lookup=LookupSpec(E.Opportunity)),
                F("origin", kind="enum", enum_class=QuotationOrigin, readonly=True),
                F("description")]),
            Group("Status and dates", [
                F("status", kind="enum", enum_class=QuotationStatus),
                F("quotation_date", kind="date", required=True),
                F("valid_until", kind="date"),
                F("probability_pct", kind="percent"),
                F("currency"),
                F("sales_office_id", kind="lookup", lookup=LookupSpec(E.SalesOffice))], column=1),
            Group("Totals", [
                F("total_net", "Total of the lines", "money", readonly=True),
                F("total_tax", "Tax", "money", readonly=True),
                F("total_gross", "Total with tax", "money", readonly=True)], column=2)]

    def entities_shown(self) -> set[type]:
        return {Q, QL}

    def on_changes(self, changes) -> None:
        """A line added, changed or deleted changes the totals: show them again."""
        super().on_changes(changes)
        if self.record_id is not None and QL in changes.kinds and changes.origin is not self:
            self.query(ops.totals, self.record_id).success(self._totals).run()

    def _totals(self, totals) -> None:
        for name, value in (("total_net", totals.net), ("total_tax", totals.tax),
                            ("total_gross", totals.gross)):
            self.form.editor(name).set_value(value)

    def tabs(self):
        return [("Lines", lambda d, rid: QuotationLinesTab(d.ctx, d, quotation_id=rid))]
