"""The whole domain at once: every entity, every rule set and every session hook.

Whoever opens a database imports this module (``desktop.crm.db.database`` does), so the window,
the command line, the scheduled sync and the team server apply the same rules, whatever else
they import. A module that registers rules (``@records.rule``) or hooks on ``CrmSession`` is
listed here; tests/crm/test_domain_alone.py checks that none is missing.
"""

from __future__ import annotations

from desktop.crm import (
    activity_templates,
    attributes,
    audit,
    consent,
    entities,
    exchange_settings,
    partners,
    rights,
    sales_processes,
    sync_outbox,
)
from desktop.crm.db import base, identity
from desktop.crm.letters import rules as letter_rules
from desktop.crm.reports import rules as report_rules

#: the modules that register rules or session hooks, loaded with the domain
RULE_MODULES = (activity_templates, attributes, exchange_settings, partners, sales_processes,
                letter_rules, report_rules)
HOOK_MODULES = (audit, base, consent, identity, rights, sync_outbox)
ENTITIES = entities
