"""Importing this module imports every feature package; each registers its sessions, the tabs
it adds to other entities' windows and the records it opens."""

from desktop.views import (  # noqa: F401
    activities,
    attributes,
    audit,
    campaigns,
    customer360,
    exchange,
    home,
    letters,
    masterdata,
    notes,
    opportunities,
    partners,
    quotations,
    reports,
    selections,
    team,
)
