"""Business partners and contacts."""

from desktop.crm import entities as E
from desktop.views.partners import (  # noqa: F401 - register the sessions
    consent,
    duplicates,
    importing,
    retention,
    sessions,
)
from desktop.views.shell import registry

registry.register_record(E.BusinessPartner, "tccom4100s000")
registry.register_record(E.Contact, "tccom1640m000")
