"""Customer 360 benchmark on the large demo (1,000,000 activities), in one process, warm:

- open: the 360 of the heavy customer (BP000001: 10,000 activities, 500 opportunities, 200
  quotations, 100 contacts) until every panel is filled and the window painted, against the
  same for the lightest sold-to customer (the fewest activities): the cost must not grow with
  the customer; the two sides alternate over RUNS runs, medians are printed;
- statements: how many statements the panels' reads send for each (the same number);
- stall: the longest event-loop stall while switching between 20 customers, each until its
  panels are filled; the median over STALL_RUNS rounds;
- cpu: the processor time the process spent (both threads) on each side's open, beside the
  wall-clock time: on a machine shared with others it moves far less from run to run.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

RUNS = 7
SWITCHES = 20
STALL_RUNS = 5


def customers(db) -> tuple[int, int, list[int]]:
    """The heavy customer, the lightest sold-to customer, and 20 others to switch between
    (the busiest ones after the heavy one)."""
    from sqlalchemy import func, select

    from desktop.crm import entities as E
    from desktop.crm.customer360.accounts import sold_to
    from desktop.crm.demo.heavy import HEAVY_PARTNER

    BP, A = E.BusinessPartner, E.Activity
    activities = select(func.count()).where(A.business_partner_id == BP.id).scalar_subquery()
    with db.session() as s:
        lightest = s.scalar(select(BP.id).where(sold_to()).order_by(activities, BP.id)
                            .limit(1))
        top = s.execute(select(A.business_partner_id, func.count()).group_by(
            A.business_partner_id).order_by(func.count().desc()).limit(200)).all()
        busy = [bp for bp, _n in top if bp != HEAVY_PARTNER
                and s.scalar(select(BP.id).where(BP.id == bp, sold_to()))]
        return HEAVY_PARTNER, lightest, busy[:SWITCHES]


def describe(db, bp_id: int) -> str:
    """The customer's code and what it holds."""
    from desktop.crm import entities as E
    from desktop.crm.customer360.figures import link_counts

    with db.session() as s:
        held = link_counts(s, bp_id)
        code = s.get(E.BusinessPartner, bp_id).code
    return (f"{code} ({held['Activities']:,} activities, {held['Opportunities']} "
            f"opportunities, {held['Quotations']} quotations, {held['Contacts']} contacts)")


def statements_sent(db, readers, bp_id: int) -> int:
    """How many statements the panels' reads send for one customer."""
    from sqlalchemy import event

    from desktop.views.customer360 import ops

    seen: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        with db.session() as s:
            ops.read_panels(s, readers, bp_id)
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    return len(seen)


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
    heavy, lightest, others = customers(db)
    share_the_interpreter()  # as the application does once its window is up
    settle_memory()

    cpu: dict[int, list[float]] = {heavy: [], lightest: []}

    def open_partner(bp_id: int) -> float:
        """From the choice of a customer to its 360 filled and painted."""
        started, processor = time.perf_counter(), time.process_time()
        view.show_partner(bp_id)
        while not view.filled:
            app.processEvents()
        view.repaint()
        cpu.setdefault(bp_id, []).append(time.process_time() - processor)
        return time.perf_counter() - started

    readers = [type(panel).reader for panel in view.panels]
    counts = {bp: statements_sent(db, readers, bp) for bp in (heavy, lightest)}
    for bp_id in (others[0], heavy, lightest):  # warm: statements compiled, caches filled
        open_partner(bp_id)
    for spent in cpu.values():
        spent.clear()  # the warm-up runs are not counted
    mine, theirs = alternate(RUNS, lambda: (open_partner(others[0]), open_partner(heavy))[1],
                             lambda: (open_partner(others[0]), open_partner(lightest))[1],
                             lambda n, a, b: print(f"run {n}: heavy {a * 1000:.1f} ms, "
                                                   f"lightest {b * 1000:.1f} ms", flush=True))
    stalls = []
    for _ in range(STALL_RUNS):  # the longest stall of each round of switches; their median
        meter = StallMeter()
        for bp_id in others:
            open_partner(bp_id)
        stalls.append(meter.stop())
    print("longest stall of each round: " + ", ".join(f"{s * 1000:.0f} ms" for s in stalls))
    ctx.pool.wait_idle()
    sizes = {bp: describe(db, bp) for bp in (heavy, lightest)}
    view.close()
    db.dispose()
    return {"heavy": sizes[heavy], "lightest": sizes[lightest], "statements": counts,
            "ours": statistics.median(mine), "peer": statistics.median(theirs),
            "stall": statistics.median(stalls),
            "cpu": (statistics.median(cpu[heavy]), statistics.median(cpu[lightest]))}
