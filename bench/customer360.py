"""Customer 360 benchmark on the large demo (1,000,000 activities), in one process, warm:

- open: the 360 on the partner with the most activities until every panel is filled (its
  queries on the task pool, the panels filled on the GUI thread), against the same SQL
  statements, captured from the panels' reads, replayed on a raw sqlite3 connection;
- stall: the longest event-loop stall while switching between 20 partners, each until its
  panels are filled; the median over STALL_RUNS rounds.

The two sides of "open" alternate over RUNS runs; medians are printed."""

from __future__ import annotations

import sqlite3
import statistics
import time
from pathlib import Path

RUNS = 7
SWITCHES = 20
STALL_RUNS = 5


def busiest(db) -> tuple[int, str, list[int]]:
    """The sold-to partner with the most activities, and 20 others to switch between."""
    from sqlalchemy import func, select

    from desktop.crm import entities as E
    from desktop.crm.customer360.accounts import sold_to

    BP, A = E.BusinessPartner, E.Activity
    with db.session() as s:
        top = s.execute(select(A.business_partner_id, func.count()).group_by(
            A.business_partner_id).order_by(func.count().desc()).limit(200)).all()
        ids = [bp for bp, _n in top if s.scalar(select(BP.id).where(BP.id == bp, sold_to()))]
        return ids[0], s.get(BP, ids[0]).code, ids[1:SWITCHES + 1]


def captured_statements(db, panels, bp_id: int) -> list[tuple[str, tuple]]:
    """The SQL each panel's read sends, with its parameters, as the driver received them."""
    from sqlalchemy import event

    seen: list[tuple[str, tuple]] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, tuple(parameters)))

    engine = db.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        with db.session() as s:
            for panel in panels:
                panel.read(s, bp_id)
    finally:
        event.remove(engine, "before_cursor_execute", before)
    return seen


def replay(path: Path, statements: list[tuple[str, tuple]]) -> float:
    con = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        for statement, parameters in statements:
            con.execute(statement, parameters).fetchall()
        return time.perf_counter() - started
    finally:
        con.close()


def run(path: Path) -> dict:
    from PySide6.QtWidgets import QApplication

    from bench.alternating import alternate
    from bench.stall import StallMeter
    from desktop.crm.db.database import open_database
    from desktop.interpreter import settle_memory, share_the_interpreter
    from desktop.settings import Settings
    from desktop.views.shell import features  # noqa: F401 - registers the panels
    from desktop.views.shell.context import AppContext

    app = QApplication.instance() or QApplication([])
    db = open_database(f"sqlite:///{path}")
    ctx = AppContext(db=db, user="bench", settings=Settings(), employee_id=1,
                     employee_name="Bench")
    from desktop.views.customer360.session import Customer360Session

    view = Customer360Session(ctx)
    view.resize(1500, 1000)
    view.show()
    target, code, others = busiest(db)
    share_the_interpreter()  # as the application does once its window is up
    settle_memory()

    def open_partner(bp_id: int) -> float:
        started = time.perf_counter()
        view.show_partner(bp_id)
        while not view.filled:
            app.processEvents()
        return time.perf_counter() - started

    statements = captured_statements(db, view.panels, target)
    open_partner(others[0])  # warm: statements compiled, caches filled
    replay(path, statements)
    ours, raw = alternate(RUNS, lambda: (open_partner(others[0]), open_partner(target))[1],
                          lambda: replay(path, statements),
                          lambda n, a, b: print(f"run {n}: ours {a * 1000:.1f} ms, raw SQL "
                                                f"{b * 1000:.1f} ms", flush=True))
    stalls = []
    for _ in range(STALL_RUNS):  # the longest stall of each round of switches; their median
        meter = StallMeter()
        for bp_id in others:
            open_partner(bp_id)
        stalls.append(meter.stop())
    print("longest stall of each round: " + ", ".join(f"{s * 1000:.0f} ms" for s in stalls))
    stall = statistics.median(stalls)
    ctx.pool.wait_idle()
    view.close()
    db.dispose()
    return {"code": code, "statements": len(statements), "ours": statistics.median(ours),
            "raw": statistics.median(raw), "stall": stall}
