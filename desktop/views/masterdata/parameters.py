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
                F("opportunity_series_id", kind="lookup", lookup=SERIES),
                F("default_sales_process_id", kind="lookup", lookup=LookupSpec(E.SalesProcess)),
                F("default_opportunity_type_id", kind="lookup", lookup=LookupSpec(E.OpportunityType)),
                F("default_origin_id", kind="lookup", lookup=LookupSpec(E.OpportunitySource)),
                F("home_currency")]),
            Group("Default attribute sets", [
                F("default_attribute_set_opportunity_id", kind="lookup", lookup=SETS),
                F("default_attribute_set_contact_id", kind="lookup", lookup=SETS)],
                column=1),
            Group("Personal data", [
                F("retention_contact_years", "Contacts without activity kept (years)", "int",
                  tooltip="0: kept; otherwise the retention run anonymises them"),
                F("retention_prospect_years", "Prospects' contacts kept (years)", "int",
                  tooltip="The contacts of prospects and of no partner; 0: as the other "
                          "contacts")], column=1),
        ]


@session("tccom0000s000", "COM Parameters", "fa5s.cogs", "master")
class COMParametersSession(ParameterSession):
    entity = E.COMParameters
    loader = staticmethod(ops.com_parameters)

    def groups(self):
        return [
            Group("Company", [F("company_name", "Company name"),
                              F("company_address", "Address", "multiline"),
                              F("company_legal_form", "Legal form",
                                tooltip="e.g. SAS, SARL, GmbH: printed on quotations"),
                              F("company_capital", "Share capital",
                                tooltip="As printed, e.g. 50 000 €"),
                              F("company_registration", "Registration",
                                tooltip="SIREN / SIRET and the trade register (RCS), or the "
                                        "company number of another country"),
                              F("company_vat_number", "VAT number",
                                tooltip="The intra-community VAT number, e.g. FR32412345678")]),
            Group("Number series", [
                F("bp_series_id", kind="lookup", lookup=SERIES),
                F("contact_series_id", kind="lookup", lookup=SERIES),
                F("appointment_series_id", kind="lookup", lookup=SERIES),
                F("call_series_id", kind="lookup", lookup=SERIES),
                F("task_series_id", kind="lookup", lookup=SERIES),
                F("mailing_series_id", kind="lookup", lookup=SERIES),
                F("email_series_id", kind="lookup", lookup=SERIES)]),
            Group("Contacts and activities", [
                F("initials_based_on", kind="enum", enum_class=InitialsBasedOn),
                F("synchronize_contacts", kind="bool"),
                F("synchronize_activities", kind="bool"),
                F("path_for_attachments"),
                F("maximum_email_size", kind="int"),
                F("assignment_appointments_service", kind="bool"),
                F("assignment_appointments_project", kind="bool")], column=1),
        ]


@session("tdsls0100s100", "Quotation Parameters", "fa5s.file-signature", "master")
class QuotationParametersSession(ParameterSession):
    entity = E.QuotationParameters
    loader = staticmethod(ops.quotation_parameters)

    def groups(self):
        return [Group("Sales quotations", [
            F("quotation_series_id", "Quotation number series", "lookup", lookup=SERIES),
            F("default_validity_days", kind="int"),
            F("default_tax_rate_pct", kind="percent")])]
