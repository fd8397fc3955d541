"""User-defined attributes: definitions, sets, the Attributes tab of business partners,
contacts, opportunities and activities, the grids by object and the global addition."""

from desktop.crm import entities as E
from desktop.crm.enums import AttributeObjectKind as K
from desktop.views.attributes import global_addition, sessions, values  # noqa: F401
from desktop.views.shell import registry

for _entity, _kind in ((E.BusinessPartner, K.R), (E.Contact, K.C), (E.Opportunity, K.P),
                       (E.Activity, K.A)):
    registry.add_tab(_entity, "Attributes", values.attributes_tab(_kind), order=40)
