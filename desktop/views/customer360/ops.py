"""What the Customer 360 reads, as plain functions of a database session and plain values:
each panel's figures for one partner, all of them in one task, and the timeline's pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.customer360 import charts, figures, timeline


def contact_block(session: Session, record_id: int) -> figures.ContactBlock:
    return figures.contact_block(session, record_id)


def credit(session: Session, record_id: int) -> figures.Credit:
    return figures.credit(session, record_id)


def kpis(session: Session, record_id: int) -> figures.Kpis:
    return figures.kpis(session, record_id, clock.now(), clock.today())


def link_counts(session: Session, record_id: int) -> dict:
    return figures.link_counts(session, record_id)


def chart_series(session: Session, record_id: int) -> tuple:
    today = clock.today()
    return (charts.pipeline_by_phase(session, record_id),
            charts.revenue_by_month(session, record_id, today),
            charts.activities_by_month(session, record_id, today))


def timeline_start(session: Session, record_id: int) -> tuple:
    return timeline.first_page(session, record_id)


def timeline_more(session: Session, record_id: int, offset: int) -> list:
    return timeline.timeline(session, record_id, offset)


def partner_code(session: Session, record_id: int) -> str:
    return session.get(E.BusinessPartner, record_id).code


def read_panels(session: Session, readers: Sequence[Callable[[Session, int], Any]],
                record_id: int) -> list[Any]:
    """Every panel's figures in one task: the 360 is painted once, whatever its panels."""
    return [reader(session, record_id) for reader in readers]
