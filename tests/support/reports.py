"""Scenario 19's data: opportunities of three reps and a report of them sorted by rep with a
new page per rep, the expected revenue with a subtotal and a total."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.enums import BusinessObjectKind as K
from desktop.crm.reports import rules  # noqa: F401 - registers the rules of a report
from tests.support import factories as f

REVENUES = {"E1": ("100", "250.50"), "E2": ("1000",), "E3": ("7", "3", "0.25")}


def _report(session, lines, code="PIPE", header="Pipeline @today", footer="Page @page/@pages"):
    report = E.Report()
    apply_values(session, report, {"code": code, "description": "Pipeline par commercial",
                                   "business_object": K.OPPORTUNITY, "header_text": header,
                                   "footer_text": footer})
    session.flush()
    for sequence, (name, flags) in enumerate(lines, 1):
        line = E.ReportLayoutLine(report=report)
        apply_values(session, line, {"sequence": sequence * 10, "field_name": name,
                                     "heading": name.split(".")[-1], **flags})
    session.commit()
    return report


@pytest.fixture
def pipeline(session):
    """Scenario 19: opportunities of three reps, a report sorted by rep with a new page per
    rep, the expected revenue with a subtotal and a total."""
    bp = f.partner(session, "BP1", "Partner 1")
    process = f.sales_process(session, "STD")
    number = 0
    for rep_code, revenues in REVENUES.items():
        rep = f.employee(session, rep_code, user=None)
        for revenue in revenues:
            number += 1
            f.opportunity(session, f"OPP{number:06d}", sold_to_bp=bp, assigned_to=rep,
                          sales_process=process, expected_revenue=Decimal(revenue),
                          expected_close_date=dt.date(2026, 12, number))
    return _report(session, [("opportunity.assigned_to", {"sort": True, "new_page": True}),
                             ("opportunity.code", {}),
                             ("opportunity.expected_close_date", {}),
                             ("opportunity.expected_revenue", {"subtotal": True,
                                                               "total": True})])


