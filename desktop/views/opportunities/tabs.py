"""The satellites of an opportunity: Items (tdsmi1113m000), Contacts (tdsmi1122m000) and
References (tdsmi1115m000), as tabs of the detail and as sessions of their own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from sqlalchemy import outerjoin

from desktop.crm import entities as E, lookup_scopes as scopes, opportunities as O
from desktop.models.columns import Column, display, translate_stored_enum
from desktop.views.opportunities import ops
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.item_lines import follow_item
from desktop.views.shapes.references import reference_groups, save_reference
from desktop.views.shapes.satellite import SatelliteGrid
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec

I, OI = E.Item, E.OpportunityItem


def item_line_groups() -> list[Group]:
    """The form of an item line: the Items tab's dialog and the draft lines of a new
    opportunity."""
    return [Group("Item line", [
        F("item_id", kind="lookup", required=True, lookup=LookupSpec(E.Item)),
        F("ordered_qty", kind="decimal", required=True, options={"decimals": 4}),
        F("order_unit"),
        F("price", kind="decimal", options={"decimals": 4},
          tooltip="Empty: the item's price at the expected close date"),
        F("discount_pct", kind="percent"),
        F("discount_amount", kind="money"),
        F("selected", kind="bool"),
        F("mandatory_project_peg", kind="bool"),
        F("peg_project"), F("peg_element"),
        F("peg_activity")])]


@session("tdsmi1113m000", "Items by Opportunity", "fa5s.boxes", "opportunities")
class ItemsTab(SatelliteGrid):
    #: the total of the selected items, each time it is read
    totalRead = Signal(object)
    entity = OI
    parent_entity = E.Opportunity
    parent_key = "opportunity_id"
    line_saver = ops.save_item_line
    deleter = O.delete_item

    def from_obj(self):
        return outerjoin(OI.__table__, I.__table__, OI.item_id == I.id).outerjoin(
            E.Opportunity.__table__, OI.opportunity_id == E.Opportunity.id)

    def default_order(self):
        return [E.Opportunity.code, OI.position]

    def columns(self):
        columns = [
            Column("selected", t("Select"), OI.selected, kind="bool", width=60,
                   setter=self._set_selected),
            Column("position", t("Position"), OI.position, kind="int", width=70),
            Column("item", t("Item"), I.code, searchable=True, width=110),
            Column("description", t("Description"), I.description, searchable=True,
                   width=220),
            Column("qty", t("Ordered qty"), OI.ordered_qty, kind="decimal", width=90),
            Column("unit", t("Unit"), OI.order_unit, width=50),
            Column("price", t("Price"), OI.price, kind="money", width=100),
            Column("currency", t("Currency"), OI.price_currency, width=60),
            Column("discount_pct", t("Discount %"), OI.discount_pct, kind="percent", width=80),
            Column("discount_amount", t("Discount amount"), OI.discount_amount, kind="money"),
            Column("amount", t("Amount"), OI.amount, kind="money", width=110),
            Column("manual", t("Manual price"), OI.manual_price, kind="bool", width=60),
            Column("peg", t("Project peg"), OI.peg_project, width=90)]
        if "opportunity_id" not in self.params:
            columns.insert(0, Column("opportunity", t("Opportunity"), E.Opportunity.code,
                                     searchable=True, width=100))
        return columns

    def fixed_clauses(self):
        return [OI.opportunity_id == self.parent_id] if self.parent_key in self.params else []

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        if self.parent_key not in params:
            self.new_action.setVisible(False)
        self.total_label = QLabel(self)
        self.layout().addWidget(self.total_label)
        self.select_all = QAction(self)
        self.translated(self.select_all.setText, "fields", "Select all")
        self.select_all.triggered.connect(lambda: self._select(True))
        self.select_none = QAction(self)
        self.translated(self.select_none.setText, "fields", "Select none")
        self.select_none.triggered.connect(lambda: self._select(False))
        self.reprice_action = QAction(self)
        self.translated(self.reprice_action.setText, "fields", "Recalculate prices")
        self.reprice_action.triggered.connect(self._reprice)
        self.toolbar.addSeparator()
        for act in (self.select_all, self.select_none, self.reprice_action):
            self.toolbar.addAction(act)
            act.setEnabled(self.parent_key in params)
        self.model.countChanged.connect(lambda _n: self._show_total())
        self.model.dataChanged.connect(lambda *_: self._show_total())
        self._show_total()

    def _show_total(self) -> None:
        if self.parent_key not in self.params:
            return
        self.query(ops.item_revenue, self.parent_id).success(self._total_read).run()

    def _total_read(self, total) -> None:
        self.total = total
        self.totalRead.emit(total)
        self._show_total_text()

    def _show_total_text(self) -> None:
        self.total_label.setText(QCoreApplication.translate(
            "ItemsTab", "Total of selected items (item revenue): %1").replace(
            "%1", display("money", self.total)))

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "total", None) is not None:
            self._show_total_text()  # the words and the amount in the new locale

    def _set_selected(self, row_id: int, value: bool, version: int) -> bool | None:
        return self.op(ops.set_item_selected, row_id, version, value).run()

    def _select(self, value: bool) -> None:
        self.op(ops.select_all_items, self.parent_id, value, kinds=(OI,)).run()

    def _reprice(self) -> None:
        self.op(ops.reprice_items, self.parent_id, kinds=(OI,)).run()

    def dialog_groups(self, values):
        return item_line_groups()

    def new_values(self):
        return {"selected": True}

    def prepare_dialog(self, dialog) -> None:
        follow_item(dialog, self.ctx, unit="order_unit")



OC, C = E.OpportunityContact, E.Contact


@session("tdsmi1122m000", "Contacts by Opportunity", "fa5s.user-friends", "opportunities")
class ContactsTab(SatelliteGrid):
    entity = OC
    parent_entity = E.Opportunity
    parent_key = "opportunity_id"
    line_saver = O.save_contact_link

    def from_obj(self):
        return outerjoin(OC.__table__, C.__table__, OC.contact_id == C.id).outerjoin(
            E.BuyerRole.__table__, OC.buyer_role_id == E.BuyerRole.id).outerjoin(
            E.BusinessPartner.__table__, C.business_partner_id == E.BusinessPartner.id)

    def default_order(self):
        return [C.last_name]

    def columns(self):
        return [Column("contact", t("Contact"), C.code, searchable=True, width=90),
                Column("name", t("Last name"), C.last_name, searchable=True, width=140),
                Column("first", t("First name"), C.first_name, width=110),
                Column("role", t("Buyer role"), E.BuyerRole.description, width=150),
                Column("email", t("E-mail"), C.email, width=220),
                Column("phone", t("Phone"), C.office_phone, width=130),
                Column("primary", t("Primary contact"), OC.primary_contact, kind="bool"),
                Column("job", t("Job title"), C.job_title, width=160),
                Column("bp", t("Business partner"), E.BusinessPartner.name, width=200),
                Column("opted_out", t("Opted out"), C.opted_out, kind="bool"),
                Column("dnc", t("Do not call"), C.do_not_call, kind="bool"),
                Column("contact_id", "", OC.contact_id, kind="int", hidden=True)]

    def fixed_clauses(self):
        return [OC.opportunity_id == self.parent_id] if self.parent_key in self.params else []

    def _double_clicked(self, index) -> None:
        """Double-click opens the contact itself, as in LN."""
        contact_id = self.model.row_values(index.row()).get("contact_id")
        if contact_id:
            self.ctx.open_record(E.Contact, contact_id)

    def dialog_groups(self, values):
        return [Group("Contact by opportunity", [
            F("contact_id", kind="lookup", required=True,
              lookup=LookupSpec(C, "full_name",
                                 prefer=scopes.contacts_of_opportunity_partner(
                                     values.get(self.parent_key) or self.parent_id))),
            F("buyer_role_id", kind="lookup", lookup=LookupSpec(E.BuyerRole)),
            F("primary_contact", kind="bool")])]


R = E.OpportunityReference


@session("tdsmi1115m000", "References by Opportunity", "fa5s.link", "opportunities")
class ReferencesTab(SatelliteGrid):
    entity = R
    parent_entity = E.Opportunity
    parent_key = "opportunity_id"
    line_saver = save_reference
    deleter = O.delete_reference

    def from_obj(self):
        return outerjoin(R.__table__, E.Opportunity.__table__, R.opportunity_id == E.Opportunity.id)

    def default_order(self):
        return [E.Opportunity.code, R.sequence]

    def columns(self):
        return [Column("sequence", t("Sequence"), R.sequence, kind="int", width=70),
                Column("type", t("Type"), R.type, width=140),
                Column("reference", t("Reference"), R.reference, searchable=True, width=110),
                Column("status", t("Status"), R.status, width=90, render=translate_stored_enum),
                Column("due", t("Due date"), R.due_date, kind="date", width=95),
                Column("amount", t("Amount"), R.amount, kind="money", width=110),
                Column("currency", t("Currency"), R.currency, width=60),
                Column("information", t("Information"), R.information, width=200),
                Column("remark", t("Remark"), R.remark, searchable=True, width=200),
                Column("system", t("System"), R.system_generated, kind="bool", width=60)]

    def fixed_clauses(self):
        return [R.opportunity_id == self.parent_id] if self.parent_key in self.params else []

    def dialog_groups(self, values):
        return reference_groups(values)

    def open_current(self) -> None:
        """Details: a quotation reference opens the quotation itself."""
        ref_id = self.current_id()
        if ref_id is None:
            return
        self.query(ops.referenced_quotation, ref_id).success(
            lambda quotation_id: self.ctx.open_record(E.Quotation, quotation_id)
            if quotation_id else self.edit_line(ref_id)).run()


def opportunity_tab(cls):
    return lambda detail, record_id: cls(detail.ctx, detail, opportunity_id=record_id)


__all__ = ["ItemsTab", "ContactsTab", "ReferencesTab", "opportunity_tab", "Qt"]
