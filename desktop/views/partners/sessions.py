"""Business partners (tccom4500m000 / tccom4100s000) and contacts (tccom1140m000 /
tccom1640m000)."""

from __future__ import annotations

import qtawesome as qta
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from sqlalchemy import outerjoin

from desktop.crm import entities as E
from desktop.crm.enums import BPStatus, ContactCategory
from desktop.crm.partners import save_contact, save_partner
from desktop.models.columns import Column
from desktop.views.partners.cards import add_card_actions
from desktop.views.partners.merge import MergeDialog
from desktop.views.partners.privacy import ContactDetail, PartnerDetail
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.simple import define
from desktop.widgets.fields import EnumField
from desktop.widgets.lookup import LookupSpec

MERGE = QT_TRANSLATE_NOOP("MergeAction", "Merge…")
MERGE_TIP = QT_TRANSLATE_NOOP("MergeAction", "Merge the two selected records")
EMPLOYEE = LookupSpec(E.Employee, "name", where=[E.Employee.active.is_(True)])
BP = LookupSpec(E.BusinessPartner, "name")


class _MergingOverview(OverviewSession):
    """An overview with Merge…, on two selected rows."""

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        self.merge_action = QAction(qta.icon("fa5s.object-group"), "", self)
        self.translated(self.merge_action.setText, "MergeAction", MERGE)
        self.translated(self.merge_action.setToolTip, "MergeAction", MERGE_TIP)
        self.merge_action.triggered.connect(self.merge_selected)
        self.toolbar.addAction(self.merge_action)
        self.view.selectionModel().selectionChanged.connect(self._merge_enabled)
        self._merge_enabled()

    def _merge_enabled(self) -> None:
        self.merge_action.setEnabled(len(self.selected_ids()) == 2)

    def merge_selected(self) -> MergeDialog | None:
        ids = self.selected_ids()
        if len(ids) != 2:
            return None
        dialog = MergeDialog(self.ctx, self.entity, ids, self)
        dialog.merged.connect(lambda _keep: self.refresh())
        dialog.show()
        return dialog


class PartnerOverview(_MergingOverview):
    def filter_widgets(self):
        self.status_filter = EnumField(BPStatus, optional=True, empty_text=t("All statuses"))
        self.translated(self.status_filter.setToolTip, "fields", "Status")
        self.status_filter.changed.connect(self.apply_filters)
        return [self.status_filter]

    def filter_clauses(self):
        status = getattr(self, "status_filter", None)
        return [E.BusinessPartner.status == status.value()] if status and status.value() \
            else []

    def from_obj(self):
        return outerjoin(E.BusinessPartner.__table__, E.Employee.__table__,
                         E.BusinessPartner.internal_rep_id == E.Employee.id)


def _bp_columns(self):
    bp = E.BusinessPartner
    return [Column("code", t("Business partner"), bp.code, searchable=True, width=100),
            Column("name", t("Name"), bp.name, searchable=True, width=260),
            Column("status", t("Status"), bp.status, width=90),
            Column("city", t("City"), bp.city, searchable=True, width=130),
            Column("country", t("Country"), bp.country, width=60),
            Column("phone", t("Phone"), bp.phone, width=140),
            Column("internal_rep", t("Internal sales rep"), E.Employee.name, searchable=True,
                   width=160)]


def _bp_groups(self):
    return [
        Group("General", [
            F("code", "Business partner", tooltip="Empty: numbered from the COM parameters"),
            F("name", required=True),
            F("status", kind="enum", enum_class=BPStatus),
            F("status_effective_date", kind="date"),
            F("status_expiry_date", kind="date"),
            F("phase_id", kind="lookup", lookup=LookupSpec(E.Phase))]),
        Group("Address", [F("street"), F("postal_code"),
                          F("city"), F("country"),
                          F("language")]),
        Group("Sales", [
            F("internal_rep_id", kind="lookup", lookup=EMPLOYEE),
            F("external_rep_id", kind="lookup", lookup=EMPLOYEE),
            F("sales_office_id", kind="lookup", lookup=LookupSpec(E.SalesOffice)),
            F("vat_number"),
            F("registration_number",
              tooltip="SIRET in France, company number in the UK: a sign of duplicates as sure "
                      "as the VAT number"),
            F("currency"),
            F("credit_limit", kind="money")], column=1),
        Group("Communication", [F("phone"), F("email"),
                                F("website")], column=1),
    ]


class PartnerContactsTab(OverviewSession):
    entity = E.Contact
    detail_code = "tccom1640m000"

    def columns(self):
        return _contact_columns(self)[:-1]

    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        add_card_actions(self, params["bp_id"])

    def fixed_clauses(self):
        return [E.Contact.business_partner_id == self.params["bp_id"]]

    def new_defaults(self):
        return {"business_partner_id": self.params["bp_id"]}


def _bp_tabs(self):
    return [("Contacts", lambda d, rid: PartnerContactsTab(d.ctx, d, bp_id=rid))]


define(E.BusinessPartner, ("tccom4500m000", "Business Partners"),
       ("tccom4100s000", "Business Partner"), "fa5s.industry", "sales", _bp_columns,
       _bp_groups, tabs=_bp_tabs, save=save_partner, base_overview=PartnerOverview,
       base_detail=PartnerDetail)


class ContactOverview(_MergingOverview):
    def __init__(self, ctx, parent=None, **params) -> None:
        super().__init__(ctx, parent, **params)
        add_card_actions(self)

    def from_obj(self):
        return outerjoin(E.Contact.__table__, E.BusinessPartner.__table__,
                         E.Contact.business_partner_id == E.BusinessPartner.id)


def _contact_columns(self):
    c = E.Contact
    return [Column("code", t("Contact"), c.code, searchable=True, width=90),
            Column("last_name", t("Last name"), c.last_name, searchable=True, width=150),
            Column("first_name", t("First name"), c.first_name, searchable=True, width=120),
            Column("job_title", t("Job title"), c.job_title, width=170),
            Column("email", t("E-mail"), c.email, searchable=True, width=220),
            Column("office_phone", t("Office phone"), c.office_phone, width=130),
            Column("primary", t("Primary"), c.is_primary, kind="bool", width=60),
            Column("active", t("Active"), c.active, kind="bool", width=60),
            Column("bp", t("Business partner"), E.BusinessPartner.name, searchable=True,
                   width=220)]


def _contact_groups(self):
    return [
        Group("General", [
            F("code", "Contact", tooltip="Empty: numbered from the COM parameters"),
            F("salutation"), F("first_name"),
            F("before_surname_prefix"),
            F("last_name", required=True), F("initials"),
            F("job_title"),
            F("business_partner_id", kind="lookup", lookup=BP),
            F("is_primary", kind="bool"),
            F("category", kind="enum", enum_class=ContactCategory),
            F("active", kind="bool")]),
        Group("Communication", [
            F("email"), F("office_phone"),
            F("primary_office_phone", kind="bool"),
            F("mobile_phone"),
            F("primary_mobile_phone", kind="bool"),
            F("do_not_call", kind="bool"), F("do_not_mail", kind="bool"),
            F("opted_out", kind="bool"),
            F("legal_hold", kind="bool",
              tooltip="A dispute or an audit: the personal data of this person may not be "
                      "erased while it is ticked"),
            F("synchronize", "Synchronize with Exchange", "bool"),
            F("country"), F("language")], column=1),
    ]


define(E.Contact, ("tccom1140m000", "Contacts"), ("tccom1640m000", "Contact"),
       "fa5s.address-card", "sales", _contact_columns, _contact_groups,
       save=save_contact, base_overview=ContactOverview, base_detail=ContactDetail)
