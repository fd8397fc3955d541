"""The audit trail tab (tdsmi9700m000) of the team's business records' windows: what the team
server applied to the record, field by field; a CRM manager's (the domain's filter says so)."""

from desktop.crm import entities as E
from desktop.views.audit import sessions
from desktop.views.shell import registry

for _entity in (E.BusinessPartner, E.Contact, E.Opportunity, E.Activity, E.Quotation):
    registry.add_tab(_entity, "Audit trail", sessions.audit_tab(_entity), order=95)
