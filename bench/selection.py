"""Selection benchmark: a compiled expression with a field and an attribute predicate over the
large demo database (100,000 partners), against the same query written by hand in SQL.

Ours includes the whole path a user waits for: parse, type-check, compile (with its attribute
lookup), then run through SQLAlchemy and fetch the codes. The peer is the SQL a developer
would write for that one selection, run with the sqlite3 module."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time
from pathlib import Path

RUNS = 15
EXPRESSION = 'bp.city = "Lyon" and attribute("CLISINCE") >= today() - 365'
HAND_WRITTEN = """
SELECT bp.code FROM business_partners AS bp
WHERE bp.city = ? AND EXISTS (
    SELECT 1 FROM attribute_values AS v JOIN attributes AS a ON a.id = v.attribute_id
    WHERE v.object_kind = 'R' AND v.object_id = bp.id AND a.code = 'CLISINCE'
      AND v.value_date >= ?)
ORDER BY bp.code"""


def run(path: Path) -> tuple[float, float, int]:
    """Median times of ours and of the hand-written SQL, the two taking turns so that the
    machine's noise falls on both alike."""
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.db.database import Database, make_engine
    from desktop.crm.expressions.compiler import compile_selection

    today = dt.date.today()
    db = Database(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))
    con = sqlite3.connect(path)
    mine, peer, selected, expected = [], [], [], []
    with db.session("bench") as s:
        for _ in range(RUNS + 1):  # the first round warms the page cache for both
            started = time.perf_counter()
            clause = compile_selection(s, "bp", EXPRESSION, today)
            selected = s.scalars(select(E.BusinessPartner.code).where(clause)
                                 .order_by(E.BusinessPartner.code)).all()
            mine.append(time.perf_counter() - started)
            started = time.perf_counter()
            expected = [row[0] for row in con.execute(
                HAND_WRITTEN, ("Lyon", (today - dt.timedelta(days=365)).isoformat()))]
            peer.append(time.perf_counter() - started)
    con.close()
    db.dispose()
    assert selected == expected, "the two queries disagree"
    return statistics.median(mine[1:]), statistics.median(peer[1:]), len(selected)
