"""Opportunities with their items, contacts and references, Generate quotation, and the
Opportunities tab of business partners."""

from desktop.crm import entities as E
from desktop.views.opportunities import sessions, tabs  # noqa: F401 - registers the sessions
from desktop.views.shell import registry

registry.register_record(E.Opportunity, "tdsmi1610m000")
registry.add_tab(E.BusinessPartner, "Opportunities", sessions.bp_opportunities, order=20)
