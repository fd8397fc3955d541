"""Master-data sessions: employees, items, offices, profiles, order types, number series,
phases, sales processes, buyer roles, opportunity types and sources, reasons."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.enums import EmployeeRole
from desktop.models.columns import Column
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.simple import code_columns, code_groups, define
from desktop.widgets.lookup import LookupSpec

OFFICE = LookupSpec(E.SalesOffice)
SERIES = LookupSpec(E.NumberSeries)


def _employee_columns(self):
    return [Column("code", t("Employee"), E.Employee.code, searchable=True, width=90),
            Column("name", t("Name"), E.Employee.name, searchable=True, width=220),
            Column("user_name", t("User"), E.Employee.user_name, searchable=True),
            Column("email", t("E-mail"), E.Employee.email, searchable=True, width=240),
            Column("active", t("Active"), E.Employee.active, kind="bool", width=60)]


def _employee_groups(self):
    return [Group("General", [F("code", "Employee", required=True), F("name", required=True),
                              F("user_name"), F("email"), F("phone"),
                              F("active", kind="bool")]),
            Group("Sales", [F("default_sales_office_id", kind="lookup", lookup=OFFICE),
                            # given by a CRM manager: the domain refuses anyone else
                            F("roles", kind="enum_set", enum_class=EmployeeRole)],
                  column=1)]


define(E.Employee, ("tccom0101m000", "Employees"), ("tccom0101s000", "Employee"),
       "fa5s.user-tie", "master", _employee_columns, _employee_groups)


def _item_columns(self):
    return [Column("code", t("Item"), E.Item.code, searchable=True, width=110),
            Column("description", t("Description"), E.Item.description, searchable=True,
                   width=300),
            Column("sales_unit", t("Sales unit"), E.Item.sales_unit, width=70),
            Column("base_price", t("Base price"), E.Item.base_price, kind="money"),
            Column("currency", t("Currency"), E.Item.currency, width=70),
            Column("active", t("Active"), E.Item.active, kind="bool", width=60)]


def _item_groups(self):
    return [Group("General", [F("code", "Item", required=True),
                              F("description", required=True),
                              F("active", kind="bool")]),
            Group("Sales", [F("sales_unit", required=True),
                            F("base_price", kind="decimal", options={"decimals": 4}),
                            F("tax_rate_pct", kind="percent",
                              tooltip="Empty: the default rate of the quotation parameters"),
                            F("currency", required=True)], column=1)]


define(E.Item, ("tcibd0501m000", "Items"), ("tcibd0101s000", "Item"), "fa5s.box", "master",
       _item_columns, _item_groups)


def _office_columns(self):
    return code_columns(E.SalesOffice, self) + [
        Column("city", t("City"), E.SalesOffice.city, searchable=True)]


define(E.SalesOffice, ("tdsls0512m000", "Sales Offices"), ("tdsls0112s000", "Sales Office"),
       "fa5s.building", "master", _office_columns,
       lambda self: code_groups([F("city"),
                                 F("quotation_series_id", kind="lookup", lookup=SERIES)]))


def _profile_columns(self):
    return [Column("user_name", t("User"), E.SalesUserProfile.user_name, searchable=True,
                   width=160)]


define(E.SalesUserProfile, ("tdsls0139m000", "Sales User Profiles"),
       ("tdsls0139s000", "Sales User Profile"), "fa5s.id-badge", "master", _profile_columns,
       lambda self: [Group("General", [
           F("user_name", required=True),
           F("default_sales_office_id", kind="lookup", lookup=OFFICE),
           F("quotation_series_id", kind="lookup", lookup=SERIES)])],
       order=lambda: [E.SalesUserProfile.user_name])


define(E.SalesOrderType, ("tdsls0594m000", "Sales Order Types"),
       ("tdsls0194s000", "Sales Order Type"), "fa5s.file-invoice", "master",
       lambda self: code_columns(E.SalesOrderType, self) + [
           Column("is_default", t("Default"), E.SalesOrderType.is_default, kind="bool")],
       lambda self: code_groups([F("is_default", kind="bool"),
                                 F("quotation_series_id", kind="lookup", lookup=SERIES)]))


def _series_columns(self):
    return code_columns(E.NumberSeries, self) + [
        Column("prefix", t("Prefix"), E.NumberSeries.prefix, width=70),
        Column("width", t("Digits"), E.NumberSeries.width, kind="int", width=60),
        Column("next_value", t("Next number"), E.NumberSeries.next_value, kind="int")]


define(E.NumberSeries, ("tcmcs0147m000", "Number Series"), ("tcmcs0147s000", "Number Series"),
       "fa5s.sort-numeric-down", "master", _series_columns,
       lambda self: code_groups([F("prefix"),
                                 F("width", kind="int", options={"minimum": 1, "maximum": 9}),
                                 F("next_value", kind="int", options={"minimum": 1})]))

define(E.Phase, ("tdsmi0107m000", "Phases"), ("tdsmi0107s000", "Phase"), "fa5s.flag",
       "master", lambda self: code_columns(E.Phase, self), lambda self: code_groups())

define(E.BuyerRole, ("tdsmi0121m000", "Buyer Roles"), ("tdsmi0121s000", "Buyer Role"),
       "fa5s.user-tag", "master", lambda self: code_columns(E.BuyerRole, self),
       lambda self: code_groups())


def _active_columns(entity):
    return lambda self: code_columns(entity, self) + [
        Column("active", t("Active"), entity.active, kind="bool", width=60)]


define(E.OpportunityType, ("tdsmi0110m000", "Opportunity Types"),
       ("tdsmi0110s000", "Opportunity Type"), "fa5s.tags", "master",
       _active_columns(E.OpportunityType), lambda self: code_groups([F("active", kind="bool")]))
define(E.OpportunitySource, ("tdsmi0111m000", "Opportunity Sources"),
       ("tdsmi0111s000", "Opportunity Source"), "fa5s.bullhorn", "master",
       _active_columns(E.OpportunitySource), lambda self: code_groups([F("active", kind="bool")]))
define(E.Reason, ("tdsmi0112m000", "Reasons"), ("tdsmi0112s000", "Reason"), "fa5s.comment-dots",
       "master", lambda self: code_columns(E.Reason, self),
       lambda self: code_groups([F("applies_to")]))
