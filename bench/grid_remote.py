"""The activities grid on a remote PostgreSQL: a throwaway cluster on this machine is reached
through a loopback TCP proxy that holds every answer of the server for DELAY (a laptop on a
poor network). The grid is scrolled PAGES pages down, one page at a time, each time until the
page is painted, while a 5 ms timer measures the longest the event loop went without running.

Ours reads pages and counts on the task pool; the peer is the same model reading on the GUI
thread (pool=None), as every grid did before the operations issue."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from statistics import median

DELAY = 0.030
PAGES = 20
RUNS = 3


class DelayingProxy:
    """127.0.0.1:port -> target, each chunk from the server forwarded DELAY later."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        self.port = 0
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        ready.wait(10)

    def _serve(self, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(
            asyncio.start_server(self._client, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        ready.set()
        self.loop.run_forever()

    async def _client(self, reader, writer) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
            await asyncio.gather(self._pipe(reader, up_writer, 0.0),
                                 self._pipe(up_reader, writer, DELAY), return_exceptions=True)
        except asyncio.CancelledError:
            pass  # the proxy stops: its connections with it

    @staticmethod
    async def _pipe(reader, writer, delay: float) -> None:
        try:
            while data := await reader.read(65536):
                if delay:
                    await asyncio.sleep(delay)
                writer.write(data)
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    def stop(self) -> None:
        """Close every connection, then the loop."""
        async def shutdown() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self.loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop)


def _longest_stall(model, view, app) -> float:
    """Scroll PAGES pages, waiting for each to be painted; the longest event-loop gap."""
    from bench.stall import StallMeter

    meter = StallMeter()
    while not model.count_known:
        app.processEvents()
    for page in range(1, PAGES + 1):
        row = page * model.PAGE_SIZE
        view.scrollTo(model.index(row, 0), view.ScrollHint.PositionAtTop)
        view.viewport().repaint()  # what the user sees at once: empty cells or the rows
        while not model.index(row, 0).data():
            app.processEvents()
        view.viewport().repaint()
        app.processEvents()  # the user keeps scrolling: the loop runs between pages
    return meter.stop()


def _grid(url: str, pool):
    from desktop.crm import entities as E
    from desktop.crm.db.database import make_engine
    from desktop.models.columns import Column
    from desktop.models.sql_table import SqlTableModel

    a = E.Activity
    engine = make_engine(url)
    return SqlTableModel(engine, a.__table__, a.id, [
        Column("code", "Activity", a.code), Column("subject", "Subject", a.subject),
        Column("status", "Status", a.status),
        Column("sort_date", "Date", a.sort_date, kind="datetime")],
        default_order=[a.sort_date], pool=pool), engine


def _measure(url: str, threaded: bool) -> float:
    from PySide6.QtWidgets import QApplication, QTableView

    from desktop.views.ops.pool import TaskPool

    app = QApplication.instance()
    pool = TaskPool() if threaded else None
    model, engine = _grid(url, pool)
    view = QTableView()
    view.resize(1280, 900)
    view.setModel(model)
    view.show()
    try:
        return _longest_stall(model, view, app)
    finally:
        if pool is not None:
            pool.wait_idle()
        view.deleteLater()
        engine.dispose()


def run() -> tuple[float, float]:
    """(ours, peer): medians of RUNS runs, the two sides alternating."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from bench.alternating import alternate
    from desktop.crm import migrations
    from desktop.crm.db.database import make_engine
    from desktop.crm.demo import build_demo
    from tests.support.pgserver import PostgresCluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        sys.exit("grid-remote needs the PostgreSQL server binaries (apt-get install postgresql)")
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - kept alive
    cluster = PostgresCluster(bindir)
    admin = cluster.start()
    proxy = None
    try:
        engine = make_engine(admin)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text('CREATE DATABASE "bench"'))
        engine.dispose()
        direct = make_url(admin).set(database="bench")
        engine = make_engine(direct.render_as_string(hide_password=False))
        migrations.upgrade(engine)
        print("filling the medium demo data set on PostgreSQL ...", flush=True)
        build_demo(engine, "medium")
        engine.dispose()
        proxy = DelayingProxy(cluster.port)
        url = direct.set(port=proxy.port).render_as_string(hide_password=False)
        ours, peer = alternate(
            RUNS, lambda: _measure(url, True), lambda: _measure(url, False),
            lambda run, mine, theirs: print(
                f"run {run}: longest stall ours {mine * 1000:.0f} ms, on the GUI thread "
                f"{theirs * 1000:.0f} ms", flush=True))
        return median(ours), median(peer)
    finally:
        if proxy is not None:
            proxy.stop()
        cluster.stop()
