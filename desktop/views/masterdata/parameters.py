"""Single-record parameter sessions: CRM, COM and quotation parameters."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.enums import InitialsBasedOn
from desktop.views.masterdata import ops
from desktop.views.shapes.forms import FieldSpec as F, Group
from desktop.views.shapes.parameters import ParameterSession
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec

SERIES = LookupSpec(E.NumberSeries)
SETS = LookupSpec(E.AttributeSet)


@session("tdsmi0100m000", "CRM Parameters", "fa5s.sliders-h", "master")
class CRMParametersSession(ParameterSession):
    entity = E.CRMParameters
    loader = staticmethod(ops.crm_parameters)

    def groups(self):
        return [
            Group("Opportunities", [
                F("opportunity_series_id", "Opportunity number series", "lookup", lookup=SERIES),
                F("default_sales_process_id", "Default sales process", "lookup",
                  lookup=LookupSpec(E.SalesProcess)),
                F("default_opportunity_type_id", "Default opportunity type", "lookup",
                  lookup=LookupSpec(E.OpportunityType)),
                F("default_origin_id", "Default origin", "lookup",
                  lookup=LookupSpec(E.OpportunitySource)),
                F("home_currency", "Home currency")]),
            Group("Default attribute sets", [
                F("default_attribute_set_opportunity_id", "Opportunities", "lookup",
                  lookup=SETS),
                F("default_attribute_set_contact_id", "Contacts", "lookup", lookup=SETS)],
                column=1),
        ]


@session("tccom0000s000", "COM Parameters", "fa5s.cogs", "master")
class COMParametersSession(ParameterSession):
    entity = E.COMParameters
    loader = staticmethod(ops.com_parameters)

    def groups(self):
        return [
            Group("Company", [F("company_name", "Company name"),
                              F("company_address", "Address", "multiline")]),
            Group("Number series", [
                F("bp_series_id", "Business partners", "lookup", lookup=SERIES),
                F("contact_series_id", "Contacts", "lookup", lookup=SERIES),
                F("appointment_series_id", "Appointments", "lookup", lookup=SERIES),
                F("call_series_id", "Calls", "lookup", lookup=SERIES),
                F("task_series_id", "Tasks", "lookup", lookup=SERIES),
                F("mailing_series_id", "Mailings", "lookup", lookup=SERIES),
                F("email_series_id", "E-mails", "lookup", lookup=SERIES)]),
            Group("Contacts and activities", [
                F("initials_based_on", "Initials based on", "enum",
                  enum_class=InitialsBasedOn),
                F("synchronize_contacts", "Synchronize contacts", "bool"),
                F("synchronize_activities", "Synchronize activities", "bool"),
                F("path_for_attachments", "Path for attachments"),
                F("maximum_email_size", "Maximum e-mail size (bytes)", "int"),
                F("assignment_appointments_service",
                  "Appointments for service assignments", "bool"),
                F("assignment_appointments_project",
                  "Appointments for project assignments", "bool")], column=1),
        ]


@session("tdsls0100s100", "Quotation Parameters", "fa5s.file-signature", "master")
class QuotationParametersSession(ParameterSession):
    entity = E.QuotationParameters
    loader = staticmethod(ops.quotation_parameters)

    def groups(self):
        return [Group("Sales quotations", [
            F("quotation_series_id", "Quotation number series", "lookup", lookup=SERIES),
            F("default_validity_days", "Validity (days)", "int"),
            F("default_tax_rate_pct", "Default tax rate %", "percent")])]
