"""Exchange push benchmark: 1,000 new synchronised appointments pushed by the engine to the
loopback EWS server of the test suite, against the same items saved one by one with
exchangelib (``CalendarItem.save()``), the way a naive sync would. Counts requests and time."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ITEMS = 1000
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _database(folder: Path, items: int = ITEMS):
    from sqlalchemy import select

    from desktop.crm import activities as A, entities as E
    from desktop.crm.db.database import open_database
    from desktop.crm.demo import build_demo
    from desktop.crm.enums import ActivityType as T, PartyType
    from desktop.crm.parameters import com_parameters

    db = open_database(f"sqlite:///{folder / 'push.sqlite'}")
    build_demo(db.engine, "small")
    with db.session("bench") as s:
        com_parameters(s).synchronize_activities = True
        user = s.scalars(select(E.ExchangeSyncUser).order_by(E.ExchangeSyncUser.id)).first()
        organizer = s.scalars(select(E.Employee).where(
            E.Employee.email == user.email_address)).one()
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "",
                                                    E.Contact.opted_out.is_(False))).first()
        start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=1)
        for n in range(items):
            act = A.new_activity(s, T.APPOINTMENT, {
                "subject": f"Visite {n:04}", "contact_id": contact.id,
                "start_at": start + dt.timedelta(minutes=n),
                "end_at": start + dt.timedelta(minutes=n + 30)}, organizer.id)
            A.add_attendee(s, act, {"attendee_type": PartyType.CONTACT,
                                    "contact_id": contact.id, "invite": True})
            A.save_activity(s, act, {"synchronize": True})
        s.commit()
        return db, user.email_address


def ours(server, db) -> tuple[int, float]:
    from desktop.sync.engine import SyncEngine
    from tests.sync.conftest import gateway_for

    engine = SyncEngine(db, gateway_for(server, timeout_seconds=60))
    engine.pull()  # the calendars are known, as after the first run
    before = len(server.requests)
    started = time.perf_counter()
    pushed = engine.push()
    elapsed = time.perf_counter() - started
    assert pushed == ITEMS, pushed
    return len(server.requests) - before, elapsed


def one_by_one(server, mailbox: str) -> tuple[int, float]:
    from desktop.sync.contract import RemoteItem
    from desktop.sync.gateways.ews_items import to_exchange
    from tests.sync.conftest import gateway_for

    gateway = gateway_for(server, timeout_seconds=60)
    account = gateway.account(mailbox)
    folder = account.calendar
    start = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(days=1)
    before = len(server.requests)
    started = time.perf_counter()
    for n in range(ITEMS):
        item = RemoteItem("event", f"PEER-{n}", subject=f"Visite {n:04}",
                          start=start + dt.timedelta(minutes=n),
                          end=start + dt.timedelta(minutes=n + 30))
        to_exchange(item, account, folder).save(send_meeting_invitations="SendToNone")
    return len(server.requests) - before, time.perf_counter() - started


def run() -> tuple[tuple[int, float], tuple[int, float]]:
    from tests.sync.ews_server import EwsServer

    with tempfile.TemporaryDirectory() as folder:
        db, mailbox = _database(Path(folder))
        server = EwsServer().start()
        try:
            mine = ours(server, db)
            peer = one_by_one(server, mailbox)
        finally:
            server.stop()
            db.dispose()
    return mine, peer
