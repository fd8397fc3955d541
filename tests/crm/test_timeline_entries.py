"""The Customer 360 timeline (issue 31): each activity with its type (its own icon), each
quotation dated by its quotation date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.customer360.timeline import first_page


def test_activities_carry_their_type_and_quotations_their_date(demo_session):
    s = demo_session
    quotation = s.scalars(select(E.Quotation).order_by(E.Quotation.id)).first()
    quotation.quotation_date -= dt.timedelta(days=40)  # not the day it was recorded
    s.flush()
    _count, entries = first_page(s, quotation.sold_to_bp_id, limit=500)
    activities = [e for e in entries if e.kind == "activity"]
    assert activities and all(e.type == s.get(E.Activity, e.id).type for e in activities)
    dated = next(e for e in entries if e.kind == "quotation" and e.id == quotation.id)
    assert dated.day == quotation.quotation_date and dated.type is None
    assert all(e.day is None for e in entries if e.kind != "quotation")
