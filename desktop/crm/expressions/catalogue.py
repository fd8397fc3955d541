"""Every field a selection may use (E30 / Q-SEL-5): readable aliases and LN names, each with
its type and the column it reads. Nothing outside this catalogue can be reached."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, select, type_coerce

from desktop.crm import entities as E
from desktop.crm.db.base import Coded
from desktop.crm.enums import ActivityStatus, ActivityType, BPStatus, LabelledEnum, OpportunityStatus

KINDS = ("bp", "contact", "opportunity", "activity")
ENTITY: dict[str, type[Coded]] = {"bp": E.BusinessPartner, "contact": E.Contact, "opportunity": E.Opportunity,
          "activity": E.Activity}
ATTRIBUTE_KIND = {"R": "bp", "P": "opportunity", "C": "contact", "A": "activity"}


@dataclass(frozen=True)
class Field:
    name: str
    owner: str  # the kind of object the value belongs to
    type: str  # text number date
    column: Any  # a column of the owner, or a callable(owner_table) -> expression
    enum: builtins.type[LabelledEnum] | None = None
    label: str = ""

    def expression(self):
        column = self.column() if callable(self.column) else self.column
        return type_coerce(column, String) if self.enum is not None else column


def _code(entity, foreign_key):
    return lambda: select(entity.code).where(entity.id == foreign_key).scalar_subquery()


BP, C, O, A = E.BusinessPartner, E.Contact, E.Opportunity, E.Activity
_FIELDS = [
    Field("bp.code", "bp", "text", BP.code, label="Business partner"),
    Field("bp.name", "bp", "text", BP.name, label="Name"),
    Field("bp.status", "bp", "text", BP.status, BPStatus, "Status"),
    Field("bp.phase", "bp", "text", _code(E.Phase, BP.phase_id), label="Phase"),
    Field("bp.city", "bp", "text", BP.city, label="City"),
    Field("bp.country", "bp", "text", BP.country, label="Country"),
    Field("bp.internal_rep", "bp", "text", _code(E.Employee, BP.internal_rep_id),
          label="Internal sales rep"),
    Field("bp.external_rep", "bp", "text", _code(E.Employee, BP.external_rep_id),
          label="External sales rep"),
    Field("bp.sales_office", "bp", "text", _code(E.SalesOffice, BP.sales_office_id),
          label="Sales office"),
    Field("bp.turnover.previous.year", "bp", "number", BP.turnover_previous_year,
          label="Turnover of the previous year"),
    Field("bp.turnover.current.year", "bp", "number", BP.turnover_current_year,
          label="Turnover of the current year"),
    Field("bp.credit_limit", "bp", "number", BP.credit_limit, label="Credit limit"),
    Field("contact.code", "contact", "text", C.code, label="Contact"),
    Field("contact.first_name", "contact", "text", C.first_name, label="First name"),
    Field("contact.last_name", "contact", "text", C.last_name, label="Last name"),
    Field("contact.email", "contact", "text", C.email, label="E-mail"),
    Field("contact.job_title", "contact", "text", C.job_title, label="Job title"),
    Field("contact.language", "contact", "text", C.language, label="Language"),
    Field("opportunity.code", "opportunity", "text", O.code, label="Opportunity"),
    Field("opportunity.description", "opportunity", "text", O.description,
          label="Description"),
    Field("opportunity.status", "opportunity", "text", O.status, OpportunityStatus, "Status"),
    Field("opportunity.phase", "opportunity", "text", _code(E.Phase, O.phase_id),
          label="Phase"),
    Field("opportunity.sales_process", "opportunity", "text",
          _code(E.SalesProcess, O.sales_process_id), label="Sales process"),
    Field("opportunity.assigned_to", "opportunity", "text", _code(E.Employee, O.assigned_to_id),
          label="Assigned to"),
    Field("opportunity.expected_revenue", "opportunity", "number", O.expected_revenue,
          label="Expected revenue"),
    Field("opportunity.probability", "opportunity", "number", O.probability_pct,
          label="Probability"),
    Field("opportunity.expected_close_date", "opportunity", "date", O.expected_close_date,
          label="Expected close date"),
    Field("activity.code", "activity", "text", A.code, label="Activity"),
    Field("activity.type", "activity", "text", A.type, ActivityType, "Type"),
    Field("activity.status", "activity", "text", A.status, ActivityStatus, "Status"),
    Field("activity.subject", "activity", "text", A.subject, label="Subject"),
]
# LN table.field names accepted for compatibility (BR-SEL-13)
_LN = {"tccom100.bpid": "bp.code", "tccom100.nama": "bp.name", "tccom100.phase": "bp.phase",
       "tccom100.city": "bp.city", "tccom100.ccty": "bp.country",
       "tccom140.ccnt": "contact.code", "tccom140.namc": "contact.last_name",
       "tdsmi110.opno": "opportunity.code", "tdsmi110.xpam": "opportunity.expected_revenue",
       "tdsmi110.stat": "opportunity.status", "tccom600.actv": "activity.code"}

FIELDS: dict[str, Field] = {f.name: f for f in _FIELDS}
FIELDS.update({ln: FIELDS[alias] for ln, alias in _LN.items()})


def find(name: str) -> Field | None:
    return FIELDS.get(name.lower())


def names() -> list[str]:
    return sorted(FIELDS)
