"""Campaigns: activity templates (tdsmi0155m000), Global Addition and Deletion of Activities
(tdsmi2210m100, tdsmi2210m200) and Mail Merge by Standard Letter (tdsmi2410m000)."""

from desktop.crm import entities as E
from desktop.views.campaigns import (  # noqa: F401 - they register their sessions
    global_activities,
    mail_merge,
    templates,
)
from desktop.views.shell import registry

registry.register_record(E.ActivityTemplate, "tdsmi0155s000")
