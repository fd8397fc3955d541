"""Activities (appointments, calls, tasks, mailings, e-mails) with their tabs, My Agenda and
reminders, and the Activities tab of business partners, contacts and opportunities."""

from desktop.crm import entities as E
from desktop.views.activities import agenda, reminders, sessions, tabs  # noqa: F401
from desktop.views.shell import registry

registry.register_record(E.Activity, sessions.activity_detail)
for _entity, _param in ((E.BusinessPartner, "bp_id"), (E.Contact, "contact_id"),
                        (E.Opportunity, "opportunity_id")):
    registry.add_tab(_entity, "Activities", sessions.activities_tab(_param), order=30)
