"""Global Addition of Attributes (tdsmi2210m000, BR-ATR-10): an attribute set added to every
record of a target group, simulated or for real, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.attributes import attach_set
from desktop.crm.batch import Progress, ReportLine, RunReport, run_batch
from desktop.crm.db.session import CrmSession
from desktop.crm.enums import BatchLineResult, BatchRunKind, UpdateMode
from desktop.crm.errors import NotFoundError, ValidationError
from desktop.crm.target_groups import ATTRIBUTE_KIND, Target, TargetGroup


@dataclass(frozen=True)
class GlobalAttributeAddition:
    group: TargetGroup
    set_code: str

    def attribute_set(self, session: Session) -> E.AttributeSet:
        if not self.set_code.strip():
            raise ValidationError("Choose the attribute set to add.", field="attribute_set")
        found = session.scalars(select(E.AttributeSet).where(
            func.upper(E.AttributeSet.code) == self.set_code.strip().upper())).first()
        if found is None:
            raise NotFoundError("Attribute set {code} does not exist.", code=self.set_code)
        if not found.members:
            raise ValidationError("Attribute set {code} has no attributes.", code=found.code)
        return found

    def targets(self, session: Session) -> list[Target]:
        self.attribute_set(session)  # refuse a wrong set before the targets are read
        return self.group.targets(session)

    def process(self, session: Session, target: Target, simulate: bool) -> ReportLine:
        skipped = target.skipped_line()
        if skipped is not None:
            return skipped
        attribute_set = self.attribute_set(session)
        kind = ATTRIBUTE_KIND[self.group.object_kind]
        if simulate:
            present = set(session.scalars(select(E.AttributeValue.attribute_id).where(
                E.AttributeValue.object_kind == kind, E.AttributeValue.object_id == target.id)))
            added = sum(1 for m in attribute_set.members if m.attribute_id not in present)
        else:
            added = attach_set(session, kind, target.id, attribute_set)
        if not added:
            return ReportLine(target.code, BatchLineResult.SKIPPED_EXISTING,
                              "All attributes of the set are present.")
        if simulate:
            return ReportLine(target.code, BatchLineResult.WOULD_CREATE,
                              "{count} attribute(s) would be added", {"count": added})
        return ReportLine(target.code, BatchLineResult.CREATED, "{count} attribute(s) added",
                          {"count": added})

    def parameters(self) -> dict:
        return {**self.group.__dict__, "attribute_set": self.set_code}

    def run(self, session: CrmSession, mode: UpdateMode,
            progress: Progress = lambda done, total: True) -> RunReport:
        targets = self.targets(session)
        return run_batch(session, BatchRunKind.GLOBAL_ADD_ATTRIBUTES, mode, self.parameters(),
                         targets, self.process, len(targets), progress)
