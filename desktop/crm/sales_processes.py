"""Sales processes and their phases (tdsmi0608m000, tdsmi0109m000)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.db.records import rule
from desktop.crm.errors import ValidationError


@rule(E.SalesProcessPhase)
def _phase_checks(session: Session, line: E.SalesProcessPhase) -> None:
    pct = line.probability_pct
    if pct is not None and not Decimal(0) <= pct <= Decimal(100):
        raise ValidationError("The probability must be between 0 and 100 %.",
                              field="probability_pct")
    with session.no_autoflush:
        others = session.execute(select(
            E.SalesProcessPhase.sequence, E.SalesProcessPhase.phase_id,
            E.SalesProcessPhase.probability_pct).where(
            E.SalesProcessPhase.sales_process_id == line.sales_process_id,
            E.SalesProcessPhase.id != (line.id or -1))).all()
    for sequence, phase_id, other_pct in others:
        if sequence == line.sequence:
            raise ValidationError("Sequence {sequence} is already used in this sales process.",
                                  field="sequence", sequence=sequence)
        if phase_id == line.phase_id:
            raise ValidationError("This phase is already part of the sales process.",
                                  field="phase_id")
        if pct is None or other_pct is None:
            continue
        if (sequence < line.sequence and other_pct > pct) or \
                (sequence > line.sequence and other_pct < pct):
            raise ValidationError(
                "The probability may not decrease along the phases: sequence {sequence} has "
                "{other} %.", field="probability_pct", sequence=sequence, other=other_pct)


def phase_probability(session: Session, process_id: int, phase_id: int) -> Decimal | None:
    return session.scalar(select(E.SalesProcessPhase.probability_pct).where(
        E.SalesProcessPhase.sales_process_id == process_id,
        E.SalesProcessPhase.phase_id == phase_id))
