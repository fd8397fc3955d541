"""Notes (tcstl1550m000): the Notes tab of business partners, contacts, opportunities and
activities."""

from desktop.crm import entities as E
from desktop.crm.enums import BusinessObjectKind as K
from desktop.views.notes import sessions
from desktop.views.shell import registry

for _entity, _kind in ((E.BusinessPartner, K.BUSINESS_PARTNER), (E.Contact, K.CONTACT),
                       (E.Opportunity, K.OPPORTUNITY), (E.Activity, K.ACTIVITY)):
    registry.add_tab(_entity, "Notes", sessions.notes_tab(_kind), order=50)

registry.register_record(E.Note, "tcstl1550s000")
