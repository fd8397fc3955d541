"""One side of the grid benchmark, in its own process: prints JSON with the time to the first
rows, the time to show row 500,000, and the peak memory above the baseline."""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QTableView

VISIBLE = 40  # rows a grid paints at once (the view's height decides in show())
JUMP = 500_000
SQL = ("SELECT id, code, type, subject, status, sort_date FROM activities "
       "ORDER BY sort_date, id")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def show(model, row: int = 0) -> None:
    """What the user waits for: a table view painted with the rows around ``row`` (rows
    read on a worker thread arrive through the event loop)."""
    view = VIEWS.get(id(model))
    if view is None:
        view = VIEWS[id(model)] = QTableView()
        view.resize(1280, 900)
        view.verticalHeader().hide()  # as the application's grids
        view.setModel(model)
        view.show()
    while model.rowCount() <= row:
        _wait_for(model.rowsInserted)
    view.scrollTo(model.index(row, 0), QTableView.PositionAtTop)
    view.viewport().grab()  # renders now, asking the model for every visible cell
    while not model.index(row, 0).data():
        _wait_for(model.dataChanged)
    view.viewport().grab()


def _wait_for(signal) -> None:
    """Wait in an event loop, as the application does (a busy loop of processEvents would
    hold the interpreter and starve the thread that reads the rows)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(50, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


VIEWS: dict = {}


def ours(path: str) -> dict:
    from sqlalchemy import text
    from sqlalchemy.orm import configure_mappers

    from desktop.crm import entities as E
    from desktop.crm.db.database import make_engine
    from desktop.interpreter import share_the_interpreter
    from desktop.models.columns import Column
    from desktop.models.sql_table import SqlTableModel
    from desktop.views.ops.pool import TaskPool

    engine = make_engine(f"sqlite:///{path}")
    configure_mappers()  # done once at application start, before any grid opens
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    pool = TaskPool()  # as in the application: pages and counts are read on the pool
    share_the_interpreter()  # as the application does once its window is up
    a = E.Activity

    def model() -> SqlTableModel:
        return SqlTableModel(engine, a.__table__, a.id, [
            Column("code", "Activity", a.code), Column("type", "Type", a.type),
            Column("subject", "Subject", a.subject), Column("status", "Status", a.status),
            Column("sort_date", "Date", a.sort_date, kind="datetime")],
            default_order=[a.sort_date], pool=pool)

    warm = model()  # warm: the file's pages in the OS cache, the first paint done once
    show(warm, 0)
    while not warm.count_known:  # its count too: nothing of the warm-up runs on meanwhile
        _wait_for(warm.countChanged)
    pool.wait_idle()
    base = peak_mb()
    started = time.perf_counter()
    model = model()
    show(model, 0)
    first = time.perf_counter() - started
    started = time.perf_counter()
    while not model.count_known:  # the count arrives from its thread through the event loop
        _wait_for(model.countChanged)
    show(model, JUMP)
    jump = time.perf_counter() - started
    return {"rows": model.rowCount(), "first": first, "jump": jump, "mb": peak_mb() - base}


def qsqlquerymodel(path: str) -> dict:
    from PySide6.QtSql import QSqlDatabase, QSqlQuery, QSqlQueryModel

    db = QSqlDatabase.addDatabase("QSQLITE")
    db.setDatabaseName(path)
    db.open()
    warm = QSqlQueryModel()  # warm, as ours: the file's pages cached, the first paint done
    warm.setQuery(QSqlQuery(SQL, db))
    show(warm, 0)
    warm.clear()
    base = peak_mb()
    started = time.perf_counter()
    model = QSqlQueryModel()
    model.setQuery(QSqlQuery(SQL, db))
    show(model, 0)
    first = time.perf_counter() - started
    started = time.perf_counter()
    while model.rowCount() <= JUMP + VISIBLE and model.canFetchMore():
        model.fetchMore()  # what a view does while the user drags the scroll bar down
    show(model, JUMP)
    jump = time.perf_counter() - started
    result = {"rows": model.rowCount(), "first": first, "jump": jump, "mb": peak_mb() - base}
    model.clear()
    db.close()
    return result


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    kind, path = sys.argv[1], sys.argv[2]
    print(json.dumps({"ours": ours, "qsqlquerymodel": qsqlquerymodel}[kind](path)), flush=True)
    os._exit(0)  # QtSql's driver may crash in interpreter finalisation; the result is out
