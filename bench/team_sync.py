"""The team's sync over a poor link: a laptop reaches the team server (in this process, TLS)
through a loopback proxy shaped to 100 ms round trips and 5 Mbit/s each way.

- push: the laptop made CHANGES changes offline, one local transaction each (the worst case:
  a unit per change); ours is its sync (push, answers, the pull after), the floor the same
  change rows sent in one request and applied with one executemany;
- idle: a sync with nothing to do: one round trip, its bytes;
- copy: the first copy of a salesperson's scope (over loopback, unshaped: the link's speed is
  not the laptop's size), the replica file's size and the process's peak memory."""

from __future__ import annotations

import asyncio
import resource
import socket
import threading
import time
from statistics import median

CHANGES = 1_000
RUNS = int(__import__("os").environ.get("TEAM_BENCH_RUNS", "3"))
LATENCY = 0.050  # each way: 100 ms round trips
RATE = 5_000_000 / 8  # bytes per second, each way


class ShapedProxy:
    """127.0.0.1:port -> target: each direction delays every chunk by LATENCY and holds the
    link for the chunk's time at RATE, as a 5 Mbit/s line 50 ms away does."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
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
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.target_port)
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer),
                             return_exceptions=True)

    async def _pipe(self, reader, writer) -> None:
        queue: asyncio.Queue = asyncio.Queue()
        free = [0.0]

        async def deliver() -> None:
            while (item := await queue.get()) is not None:
                at, data = item
                await asyncio.sleep(max(0.0, at - self.loop.time()))
                writer.write(data)
                await writer.drain()
            writer.close()

        sender = asyncio.ensure_future(deliver())
        try:
            while data := await reader.read(16384):
                start = max(self.loop.time(), free[0])
                free[0] = start + len(data) / RATE
                queue.put_nowait((free[0] + LATENCY, data))
        except (ConnectionError, asyncio.CancelledError):
            pass
        queue.put_nowait(None)
        await sender

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)


def _server(db, folder):
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    from desktop.team import wire
    from desktop.team.server import tls
    from desktop.team.server.app import make_app
    from desktop.team.server.service import TeamService

    def floor(body: dict) -> dict:
        """The floor: the same change rows, one executemany (rolled back: the laptop's own
        sync applies them for real, whichever side runs first)."""
        from desktop.team import tables as T

        rows = [(c["t"], c["id"], c["new"]) for u in body["units"] for c in u["changes"]]
        with db.engine.connect() as conn:
            by_table: dict[str, list] = {}
            for name, row_id, new in rows:
                by_table.setdefault(name, []).append({**wire.decode(name, new), "id": row_id})
            for name, values in by_table.items():
                table = T.table(name)
                keys = [k for k in values[0] if k != "id"]
                conn.execute(table.update().where(table.c.id == _bind("id")).values(
                    {k: _bind(k) for k in keys}), [{("b_" + k): v[k] for k in [*keys, "id"]}
                                                   for v in values])
            conn.rollback()
        return {"applied": len(rows)}

    async def floor_route(request: Request) -> Response:
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(floor, wire.unpack(await request.body()))
        return Response(wire.pack(result))

    app = make_app(TeamService(db))
    app = Starlette(routes=[*app.routes, Route("/floor", floor_route, methods=["POST"])])
    cert, key = tls.self_signed(folder, "localhost")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    server = uvicorn.Server(uvicorn.Config(app, ssl_certfile=str(cert), ssl_keyfile=str(key),
                                           log_level="warning", lifespan="off"))
    threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
    return server, sock.getsockname()[1], tls.fingerprint(cert)


def _bind(key: str):
    from sqlalchemy import bindparam

    return bindparam("b_" + key)


def _laptop(url: str, port: int, fingerprint: str, user: str, folder):
    from desktop.crm.db.database import open_database
    from desktop.team.replica.replica import Replica
    from desktop.team.replica.transport import HttpsTransport

    db = open_database(f"sqlite:///{folder / (user + str(time.monotonic_ns()) + '.sqlite')}")
    replica = Replica(db, HttpsTransport(f"https://127.0.0.1:{port}", fingerprint))
    replica.setup(user, name="bench", server_url=url)
    return replica


def _offline_changes(replica, count: int, tag: str) -> None:
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.db.records import apply_values

    with replica.db.session("bench") as s:
        ids = list(s.scalars(select(E.Activity.id).order_by(E.Activity.id).limit(count)))
    for n, activity in enumerate(ids):  # one local transaction each
        with replica.db.session("bench") as s:
            apply_values(s, s.get(E.Activity, activity), {"subject": f"{tag} {n}"})
            s.commit()


def run(size: str = "medium", report=print, copy_only: bool = False) -> dict:
    import tempfile
    from pathlib import Path

    from sqlalchemy import select, text
    from sqlalchemy.engine import make_url

    from desktop.crm import entities as E, migrations
    from desktop.crm.db.database import Database, make_engine
    from desktop.crm.demo import build_demo
    from desktop.team import versions
    from tests.support.pgserver import PostgresCluster, find_bindir

    folder = Path(tempfile.mkdtemp(prefix="bench-team-"))
    cluster = PostgresCluster(find_bindir())
    admin = cluster.start()
    try:
        engine = make_engine(admin)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text('CREATE DATABASE "team"'))
        engine.dispose()
        url = make_url(admin).set(database="team").render_as_string(hide_password=False)
        db = Database(url, make_engine(url))
        migrations.upgrade(db.engine)
        report(f"filling the {size} demo on PostgreSQL ...")
        started = time.perf_counter()
        build_demo(db.engine, size)
        report(f"  {time.perf_counter() - started:.0f} s")
        server, port, fingerprint = _server(db, folder)
        with db.session() as s:
            user = s.scalar(select(E.Employee.user_name).order_by(E.Employee.id))
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        copy = _laptop(url, port, fingerprint, user, folder)
        copied = copy.sync()
        copy_seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        copy_mb = Path(make_url(copy.db.url).database).stat().st_size / 1e6
        report(f"first copy of {user}'s scope: {copied.pulled:,} rows in {copy_seconds:.1f} s "
               f"over loopback, file {copy_mb:.0f} MB, peak memory of the process "
               f"{peak:.0f} MB (before {before:.0f} MB)")
        if copy_only:  # team-copy: the laptop's size is all that is asked
            server.should_exit = True
            return dict(copy_mb=copy_mb, copy_rows=copied.pulled, copy_seconds=copy_seconds,
                        peak_mb=peak)
        proxy = ShapedProxy(port)
        laptop = _laptop(url, proxy.port, fingerprint, user, folder)
        laptop.sync()
        ours, floor, requests = [], [], []
        for n in range(RUNS):
            _offline_changes(laptop, CHANGES, f"run {n}")
            body, _sent = laptop._request()
            for side in (("ours", "floor") if n % 2 == 0 else ("floor", "ours")):
                started = time.perf_counter()
                if side == "ours":
                    requests.append(laptop.sync().requests)
                    ours.append(time.perf_counter() - started)
                else:
                    laptop.transport.post("/floor", dict(units=body["units"],
                                                         revision=versions.current()))
                    floor.append(time.perf_counter() - started)
            report(f"  run {n + 1}: ours {ours[-1]:.2f} s ({requests[-1]} requests), "
                   f"floor {floor[-1]:.2f} s")
        laptop.sync()
        sent, received = laptop.transport.sent, laptop.transport.received
        started = time.perf_counter()
        idle = laptop.sync()
        idle_seconds = time.perf_counter() - started
        idle_bytes = laptop.transport.sent + laptop.transport.received - sent - received
        proxy.stop()
        server.should_exit = True
        return dict(ours=median(ours), floor=median(floor), idle_requests=idle.requests,
                    idle_bytes=idle_bytes, idle_seconds=idle_seconds, copy_mb=copy_mb,
                    copy_rows=copied.pulled, copy_seconds=copy_seconds, peak_mb=peak)
    finally:
        cluster.stop()
