"""Deep pages on PostgreSQL: the activities grid of the large demo (1,000,000 rows, sorted by
date) on a PostgreSQL cluster kept in bench/data/pg-large, reached through the loopback proxy
that holds every answer of the server for 30 ms. Measured from the user's side, in a real
QTableView: the first page of a new grid until it is painted, against scrolling that grid to row
500,000 until that page is painted (once the grid has its count, as the scroll bar needs it).
The grid reads a deep page from the nearest known sort key; an OFFSET would make the server step
over half a million rows first.

Warm (a first grid opened and scrolled before the runs); the order of the two measurements
alternates from run to run (a fresh grid for the first page, a settled one for the jump);
medians of RUNS runs."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from statistics import median

RUNS = 5
DEEP = 500_000
ROOT = Path(__file__).resolve().parent.parent


def _painted(app, model, view, row: int) -> None:
    """Scroll to ``row`` and wait, the event loop turning, until its page is painted."""
    view.scrollTo(model.index(row, 0), view.ScrollHint.PositionAtTop)
    view.viewport().repaint()
    while not model.index(row, 0).data():
        app.processEvents()
    view.viewport().repaint()


def _open(engine, pool):
    from PySide6.QtWidgets import QTableView

    from desktop.crm import entities as E
    from desktop.models.columns import Column
    from desktop.models.sql_table import SqlTableModel

    a = E.Activity
    model = SqlTableModel(engine, a.__table__, a.id, [
        Column("code", "Activity", a.code), Column("subject", "Subject", a.subject),
        Column("status", "Status", a.status),
        Column("sort_date", "Date", a.sort_date, kind="datetime")],
        default_order=[a.sort_date], pool=pool)
    view = QTableView()
    view.resize(1280, 900)
    view.verticalHeader().hide()
    view.setModel(model)
    view.show()
    return model, view


def _first_page(app, engine, pool) -> tuple[float, object, object]:
    started = time.perf_counter()
    model, view = _open(engine, pool)
    _painted(app, model, view, 0)
    return time.perf_counter() - started, model, view


def _settle(app, model, pool) -> None:
    """The grid has its count (and its landmarks) and nothing more to read."""
    while not model.count_known or pool.busy:
        app.processEvents()


def _deep_page(app, model, view) -> float:
    started = time.perf_counter()
    _painted(app, model, view, DEEP)
    return time.perf_counter() - started


def _one_run(app, engine, pool, deep_first: bool) -> tuple[float, float]:
    if deep_first:
        _seconds, model, view = _first_page(app, engine, pool)
        _settle(app, model, pool)
        deep = _deep_page(app, model, view)
        first, *_ = _first_page(app, engine, pool)
    else:
        first, model, view = _first_page(app, engine, pool)
        _settle(app, model, pool)
        deep = _deep_page(app, model, view)
    pool.wait_idle()
    return first, deep


def _database(cluster) -> str:
    """The URL of the bench database, filled with the large demo on first use."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from desktop.crm import migrations
    from desktop.crm.db.database import make_engine
    from desktop.crm.demo import build_demo

    admin = cluster.start()
    url = make_url(admin).set(database="bench").render_as_string(hide_password=False)
    if not cluster.loaded:
        engine = make_engine(admin)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text('DROP DATABASE IF EXISTS "bench"'))
            conn.execute(text('CREATE DATABASE "bench"'))
        engine.dispose()
        engine = make_engine(url)
        migrations.upgrade(engine)
        print("loading the large demo into PostgreSQL (once) ...", flush=True)
        build_demo(engine, "large")
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
        engine.dispose()
        cluster.mark_loaded()
    return url


def run(report) -> tuple[float, float, int]:
    """(first page, deep page): medians of RUNS runs; and the rows of the grid."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.engine import make_url

    from bench.grid_remote import DelayingProxy
    from bench.kept_cluster import KeptCluster
    from desktop.crm.db.database import make_engine
    from desktop.interpreter import share_the_interpreter
    from desktop.views.ops.pool import TaskPool
    from tests.support.pgserver import find_bindir

    bindir = find_bindir()
    if bindir is None:
        sys.exit("grid-remote --deep needs the PostgreSQL server binaries")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    cluster = KeptCluster(bindir, ROOT / "bench" / "data" / "pg-large")
    proxy = None
    try:
        url = _database(cluster)
        proxy = DelayingProxy(cluster.port)
        engine = make_engine(make_url(url).set(port=proxy.port)
                             .render_as_string(hide_password=False))
        pool = TaskPool()
        share_the_interpreter()  # as the application does once its window is up
        _one_run(app, engine, pool, False)  # warm: the server's caches, the first paints
        firsts, deeps = [], []
        for number in range(RUNS):
            first, deep = _one_run(app, engine, pool, deep_first=number % 2 == 1)
            firsts.append(first)
            deeps.append(deep)
            report(number + 1, first, deep)
        model, _view = _open(engine, pool)
        _settle(app, model, pool)
        rows = model.rowCount()
        pool.wait_idle()
        engine.dispose()
        return median(firsts), median(deeps), rows
    finally:
        if proxy is not None:
            proxy.stop()
        cluster.stop()
