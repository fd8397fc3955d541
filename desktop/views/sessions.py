"""Importing this module registers every session of the application."""

from desktop.views import (  # noqa: F401
    activities,
    activity_tabs,
    agenda,
    attributes,
    exchange,
    global_attributes,
    masterdata,
    notes,
    opportunities,
    opportunity_tabs,
    parameters,
    partners,
    processes,
    quotations,
    selections,
)
