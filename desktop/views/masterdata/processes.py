"""Sales processes with their phases, and the phases by sales process."""

from __future__ import annotations

from sqlalchemy import outerjoin

from desktop.crm import entities as E
from desktop.models.columns import Column
from desktop.views.shapes.detail import DetailSession
from desktop.views.shapes.forms import FieldSpec as F, Group, tr_field as t
from desktop.views.shapes.overview import OverviewSession
from desktop.views.shapes.simple import code_columns, code_groups, define
from desktop.views.shell.registry import session
from desktop.widgets.lookup import LookupSpec


@session("tdsmi0109m000", "Phases by Sales Process", "fa5s.stream", "master")
class ProcessPhases(OverviewSession):
    entity = E.SalesProcessPhase
    detail_code = "tdsmi0109s000"

    def from_obj(self):
        return outerjoin(E.SalesProcessPhase.__table__, E.Phase.__table__,
                         E.SalesProcessPhase.phase_id == E.Phase.id).outerjoin(
            E.SalesProcess.__table__, E.SalesProcessPhase.sales_process_id == E.SalesProcess.id)

    def default_order(self):
        return [E.SalesProcess.code, E.SalesProcessPhase.sequence]

    def columns(self):
        return [Column("process", t("Sales process"), E.SalesProcess.code, searchable=True),
                Column("sequence", t("Sequence"), E.SalesProcessPhase.sequence, kind="int",
                       width=80),
                Column("phase", t("Phase"), E.Phase.code, searchable=True, width=90),
                Column("description", t("Description"), E.Phase.description, width=220),
                Column("probability", t("Probability"), E.SalesProcessPhase.probability_pct,
                       kind="percent", width=90)]

    def fixed_clauses(self):
        process = self.params.get("sales_process_id")
        return [E.SalesProcessPhase.sales_process_id == process] if process else []

    def new_defaults(self):
        process = self.params.get("sales_process_id")
        return {"sales_process_id": process} if process else {}


def _phase_groups(self):
    return [Group("General", [
        F("sales_process_id", kind="lookup", required=True, lookup=LookupSpec(E.SalesProcess)),
        F("sequence", kind="int", required=True, options={"minimum": 1}),
        F("phase_id", kind="lookup", required=True, lookup=LookupSpec(E.Phase)),
        F("probability_pct", kind="percent")])]


@session("tdsmi0109s000", "Phase by Sales Process", "fa5s.stream", "master", in_menu=False,
         is_detail=True)
class ProcessPhaseDetail(DetailSession):
    entity = E.SalesProcessPhase
    offers_new = False  # a phase is made in its process's Phases tab
    groups = _phase_groups


def _process_tabs(self):
    return [("Phases", lambda detail, rid: ProcessPhases(detail.ctx, detail,
                                                         sales_process_id=rid))]


define(E.SalesProcess, ("tdsmi0108m000", "Sales Processes"), ("tdsmi0608m000", "Sales Process"),
       "fa5s.project-diagram", "master",
       lambda self: code_columns(E.SalesProcess, self) + [
           Column("active", t("Active"), E.SalesProcess.active, kind="bool", width=60)],
       lambda self: code_groups([F("active", kind="bool")]), tabs=_process_tabs)
