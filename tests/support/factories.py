"""Small builders of domain records for tests: one call, a valid record, sensible defaults."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Session

from desktop.crm import entities as E
from desktop.crm.enums import BPStatus

UTC = dt.UTC


def series(session: Session, code: str, prefix: str = "", width: int = 6) -> E.NumberSeries:
    s = E.NumberSeries(code=code, description=code, prefix=prefix, width=width, next_value=1)
    session.add(s)
    session.flush()
    return s


def employee(session: Session, code: str = "E001", user: str | None = "tester",
             office: E.SalesOffice | None = None) -> E.Employee:
    e = E.Employee(code=code, name=f"Employee {code}", user_name=user,
                   email=f"{code.lower()}@example.com", default_sales_office=office)
    session.add(e)
    session.flush()
    return e


def partner(session: Session, code: str = "BP000001", name: str = "Forges de Lorraine SA",
            **kw) -> E.BusinessPartner:
    bp = E.BusinessPartner(code=code, name=name, status=kw.pop("status", BPStatus.ACTIVE), **kw)
    session.add(bp)
    session.flush()
    return bp


def contact(session: Session, code: str = "CT000001", bp: E.BusinessPartner | None = None,
            **kw) -> E.Contact:
    c = E.Contact(code=code, first_name=kw.pop("first_name", "Amélie"),
                  last_name=kw.pop("last_name", "Lefèvre"), business_partner=bp,
                  email=kw.pop("email", f"{code.lower()}@client.example"), **kw)
    session.add(c)
    session.flush()
    return c


def item(session: Session, code: str = "ART-1", price: str = "100") -> E.Item:
    i = E.Item(code=code, description=f"Item {code}", sales_unit="pcs", currency="EUR",
               base_price=Decimal(price))
    session.add(i)
    session.flush()
    return i


def sales_process(session: Session, code: str = "STD",
                  phases: tuple[tuple[str, int], ...] = (("ANA", 20), ("PROP", 50))
                  ) -> E.SalesProcess:
    process = E.SalesProcess(code=code, description=f"Process {code}", active=True)
    for seq, (phase_code, pct) in enumerate(phases, 1):
        phase = session.query(E.Phase).filter_by(code=phase_code).one_or_none()
        if phase is None:
            phase = E.Phase(code=phase_code, description=phase_code)
        process.phases.append(E.SalesProcessPhase(sequence=seq * 10, phase=phase,
                                                  probability_pct=Decimal(pct)))
    session.add(process)
    session.flush()
    return process


def opportunity(session: Session, code: str = "OPP000001", **kw) -> E.Opportunity:
    bp = kw.pop("sold_to_bp", None) or partner(session, code=f"B{code[-6:]}")
    rep = kw.pop("assigned_to", None) or employee(session, code=f"E{code[-6:]}", user=None)
    process = kw.pop("sales_process", None) or sales_process(session, code=f"P{code[-5:]}")
    opp = E.Opportunity(code=code, description=kw.pop("description", "Rénovation ligne"),
                        sold_to_bp=bp, assigned_to=rep, sales_process=process, **kw)
    session.add(opp)
    session.flush()
    return opp
