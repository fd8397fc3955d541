"""Campaigns: activity templates (tdsmi0155m000), Global Addition and Deletion of Activities
(tdsmi2210m100, tdsmi2210m200) and Mail Merge by Standard Letter (tdsmi2410m000)."""

from desktop.crm import entities as E
from desktop.views.campaigns import global_activities, templates  # noqa: F401 - sessions
from desktop.views.shell import registry

registry.register_record(E.ActivityTemplate, "tdsmi0155s000")
