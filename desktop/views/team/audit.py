"""The audit trail tab (tdsmi9700m000) of the team's business records' windows: what the team
server applied to the record, field by field (when, who, from which laptop, which field, old
and new value); read-only, exported to CSV or Excel like any grid. Rows show to a CRM manager
only: the filter is the domain's (rights.manager_clause), so the grid reads nothing else; and
only a CRM manager is offered the tab, rather than an empty grid."""

from __future__ import annotations

from desktop.crm import entities as E
from desktop.crm.db.base import table_of
from desktop.crm.rights import manager_clause
from desktop.models.columns import Column
from desktop.views.shapes.forms import tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shell import registry
from desktop.views.shell.registry import session
from desktop.views.team import ops

A = E.AuditEntry


@session("tdsmi9700m000", "Audit trail", "fa5s.history", "team", in_menu=False)
class AuditTab(OverviewSession):
    entity = A
    allow_new = False
    allow_delete = False

    def columns(self):
        return [Column("at", t("When"), A.at, kind="datetime", width=140),
                Column("user_name", t("User"), A.user_name, searchable=True, width=100),
                Column("device_no", t("Laptop"), A.device_no, width=60),
                Column("field", t("Field"), A.field, searchable=True, width=160),
                Column("old_value", t("Old value"), A.old_value, searchable=True, width=200),
                Column("new_value", t("New value"), A.new_value, searchable=True, width=200)]

    def default_order(self):
        return [A.id.desc()]

    def fixed_clauses(self):
        return [A.table_name == self.params.get("table_name", ""),
                A.row_id == self.params.get("row_id", 0), manager_clause(self.ctx.user)]


def audit_tab(entity: type):
    name = table_of(entity).name
    return lambda detail, record_id: AuditTab(detail.ctx, detail, table_name=name,
                                              row_id=record_id)


for _entity in (E.BusinessPartner, E.Contact, E.Opportunity, E.Activity, E.Quotation):
    registry.add_tab(_entity, "Audit trail", audit_tab(_entity), order=95, offered=ops.is_crm_manager)
