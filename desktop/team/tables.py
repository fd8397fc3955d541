"""Which tables replicate, and how: reference data comes from the server only (read-only on a
laptop), business data goes both ways within a laptop's scope; the rest stays where it is
written (batch logs, the Exchange sync's own tables, the replication's bookkeeping)."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Table

import desktop.crm.domain  # noqa: F401 - every entity in the metadata
from desktop.crm.db.base import Base

REFERENCE = (
    "number_series", "units", "unit_descriptions", "sales_offices", "employees",
    "sales_user_profiles", "sales_order_types",
    "quotation_parameters", "items", "phases", "sales_processes", "sales_process_phases",
    "buyer_roles", "opportunity_types", "opportunity_sources", "reasons", "attributes",
    "attribute_options", "attribute_sets", "attribute_set_members", "crm_parameters",
    "com_parameters", "user_defaults", "default_attribute_sets_by_role", "activity_templates",
    "letters", "reports", "report_layout_lines", "selections",
)
BUSINESS = (
    "business_partners", "business_partner_roles", "contacts", "opportunities",
    "opportunity_items", "opportunity_contacts", "opportunity_references", "quotations",
    "quotation_lines", "activities", "attendees", "email_recipients", "email_attachments",
    "activity_references", "notes", "attribute_values", "partner_pins", "sync_conflicts",
    "consent_events", "personal_data_erasures",
)
REPLICATED = REFERENCE + BUSINESS
#: columns the server writes and a laptop never pushes (the server's clock and the user it
#: verified stamp every change; the version is the server's count)
AUDIT = ("created_by", "created_at", "modified_by", "modified_at", "version")


def table(name: str) -> Table:
    return Base.metadata.tables[name]


@cache
def entity(name: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if isinstance(mapper.local_table, Table) and mapper.local_table.name == name:
            return mapper.class_
    raise KeyError(name)


@cache
def order() -> dict[str, int]:
    """Tables in dependency order: a parent is applied before its children."""
    return {t.name: n for n, t in enumerate(Base.metadata.sorted_tables)}


@cache
def business_links(name: str) -> tuple[tuple[str, str], ...]:
    """(column, target table) of the foreign keys of a business table to business tables:
    what a laptop must hold for a row of it to stand (the closure of its scope)."""
    links = []
    for column in table(name).columns:
        for fk in column.foreign_keys:
            target = fk.column.table.name
            if target in BUSINESS and target != "sync_conflicts":
                links.append((column.name, target))
    return tuple(links)
