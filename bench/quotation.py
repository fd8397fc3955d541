"""Quotation benchmark: generate_quotation for an opportunity of 500 items, against the same
rows written as plain SQL in one transaction with the sqlite3 module. Both sides are warm:
each first generates a quotation for a small opportunity on the same connection (statements
compiled and cached), then the one measured."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ITEMS = 500
RUNS = 7


def prepare(folder: Path) -> Path:
    """A small demo database with one In Process opportunity holding 500 selected items."""
    from desktop.crm import entities as E, opportunities as O
    from desktop.crm.db.database import open_database
    from desktop.crm.demo import build_demo
    from desktop.crm.enums import OpportunityStatus as S

    path = folder / "template.sqlite"
    db = open_database(f"sqlite:///{path}")
    build_demo(db.engine, "small")
    with db.session("bench") as s:
        opp = O.new_opportunity(s, {"description": "500 articles", "sold_to_bp_id": 1,
                                    "status": S.IN_PROCESS}, 1).opportunity
        items = s.query(E.Item).all()
        for i in range(ITEMS):
            O.save_item(s, opp, None, {"item_id": items[i % len(items)].id,
                                       "ordered_qty": Decimal(1 + i % 7)})
        warm = O.new_opportunity(s, {"description": "warm-up", "sold_to_bp_id": 1,
                                     "status": S.IN_PROCESS}, 1).opportunity
        for i in range(3):
            O.save_item(s, warm, None, {"item_id": items[i].id, "ordered_qty": Decimal(1)})
        s.commit()
    db.dispose()
    return path


def ours(path: Path) -> float:
    from desktop.crm.db.database import Database, make_engine
    from desktop.crm.quotations import generate_quotation

    db = Database(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))
    with db.session("bench") as s:
        ids = dict(s.execute(__import__("sqlalchemy").text(
            "SELECT description, id FROM opportunities WHERE description IN "
            "('500 articles', 'warm-up')")).all())
        generate_quotation(s, ids["warm-up"])  # warm: statements compiled and cached
        s.commit()
        opp_id = ids["500 articles"]
        started = time.perf_counter()
        quotation = generate_quotation(s, opp_id)
        s.commit()  # as the window's runner does once the work is done
        elapsed = time.perf_counter() - started
        assert len(quotation.lines) == ITEMS
    db.dispose()
    return elapsed


def plain_sql(path: Path) -> float:
    """The same reads and writes, by hand: what the ORM is measured against."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    _by_hand(con, "warm-up")  # warm, as our side
    started = time.perf_counter()
    count = _by_hand(con, "500 articles")
    elapsed = time.perf_counter() - started
    con.close()
    assert count == ITEMS
    return elapsed


def _by_hand(con, description: str) -> int:
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    con.execute("BEGIN")
    opp = con.execute("SELECT id, sold_to_bp_id, sales_office_id, probability_pct, currency, "
                      "description FROM opportunities WHERE description = ?", (description,)
                      ).fetchone()
    series = con.execute("UPDATE number_series SET next_value = next_value + 1 WHERE code = "
                         "'QUO' RETURNING next_value - 1, prefix, width").fetchone()
    code = f"{series[1]}{series[0]:0{series[2]}d}"
    audit = ("bench", now, "bench", now, 1)
    cur = con.execute(
        "INSERT INTO quotations (code, sold_to_bp_id, sales_office_id, opportunity_id, origin, "
        "status, quotation_date, valid_until, probability_pct, currency, description, "
        "created_by, created_at, modified_by, modified_at, version) "
        "VALUES (?, ?, ?, ?, 'OPPORTUNITY', 'CREATED', date('now'), date('now', '+30 day'), "
        "?, ?, ?, ?, ?, ?, ?, ?)", (code, opp[1], opp[2], opp[0], opp[3], opp[4], opp[5],
                                    *audit))
    quotation = cur.lastrowid
    lines = con.execute(
        "SELECT item_id, ordered_qty, order_unit, price, price_currency, price_unit, "
        "discount_pct, discount_amount, amount, peg_project, peg_element, peg_activity "
        "FROM opportunity_items WHERE opportunity_id = ? AND selected = 1 ORDER BY position",
        (opp[0],)).fetchall()
    con.executemany(
        "INSERT INTO quotation_lines (quotation_id, position, item_id, ordered_qty, unit, price, "
        "price_currency, price_unit, discount_pct, discount_amount, amount, opportunity_id, "
        "price_origin, peg_project, peg_element, peg_activity, created_by, created_at, "
        "modified_by, modified_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "'MANUAL', ?, ?, ?, ?, ?, ?, ?, ?)",
        [(quotation, (i + 1) * 10, *line[:9], opp[0], *line[9:], *audit)
         for i, line in enumerate(lines)])
    total = sum(line[8] for line in lines)
    con.execute(
        "INSERT INTO opportunity_references (opportunity_id, sequence, type, reference, status, "
        "amount, currency, information, remark, system_generated, created_by, created_at, "
        "modified_by, modified_at, version) VALUES (?, (SELECT COALESCE(MAX(sequence), 0) + 10 "
        "FROM opportunity_references WHERE opportunity_id = ?), 'SALES_QUOTATION', ?, "
        "'Created', ?, ?, '', '', 1, ?, ?, ?, ?, ?)",
        (opp[0], opp[0], code, total, opp[4], *audit))
    con.execute("COMMIT")
    return len(lines)


def run() -> tuple[float, float]:
    """Medians of RUNS runs, each side on a fresh copy of the database, the side that goes
    first alternating from run to run."""
    from bench.alternating import alternate

    folder = Path(tempfile.mkdtemp(prefix="bench-quotation-"))
    try:
        template = prepare(folder)
        copies = iter(range(10 * RUNS))

        def on_copy(measure):
            def side() -> float:
                copy = folder / f"run{next(copies)}.sqlite"
                shutil.copyfile(template, copy)
                return measure(copy)
            return side

        mine, theirs = alternate(RUNS, on_copy(ours), on_copy(plain_sql),
                                 lambda run, a, b: print(f"run {run}: ours {a:.4f} s, "
                                                         f"plain SQL {b:.4f} s"))
        return statistics.median(mine), statistics.median(theirs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
