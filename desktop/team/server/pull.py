"""A page of what changed for one laptop.

The change log is served below ``pg_snapshot_xmin(pg_current_snapshot())``: every transaction
with a smaller id has ended, so the entries below it are final and a transaction that commits
late (it started long ago) is never skipped; a page never splits a transaction. The cursor is
the (transaction id, entry id) of the last entry served. The laptop's own pushes are not sent
back (their answers carried the rows).

The scope is recomputed when business rows changed, on a new day (activities age out) and
until a laptop caught up with it: rows that entered are sent (at most COPY_ROWS a page: the
first copy comes this way), rows that left or were deleted are sent as removals."""

from __future__ import annotations

from sqlalchemy import delete, select, text, tuple_, update
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.db.base import table_of
from desktop.team import tables as T, wire
from desktop.team.server import rows as R
from desktop.team.server.context import RequestContext
from desktop.team.server.scope import Rows, Scope, User

PAGE_ENTRIES = 2_000
COPY_ROWS = 20_000
L = E.ChangeLogEntry
H = E.Holding
#: a change of these, even the laptop's own, may move rows in or out of its scope
SCOPE_TABLES = frozenset({"business_partners", "partner_pins", "employees"})


def xmin(session: Session) -> int:
    return session.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))


def start_cursor(session: Session) -> tuple[int, int]:
    """Where a new laptop starts reading the log: what committed before is in its copy."""
    return xmin(session), 0


def entries(session: Session, cursor: tuple[int, int]) -> list:
    """The next entries below xmin; the last transaction of the page whole."""
    bound = xmin(session)
    query = select(L.id, L.txid, L.table_name, L.row_id, L.origin).where(
        tuple_(L.txid, L.id) > tuple_(*cursor), L.txid < bound).order_by(L.txid, L.id)
    found = list(session.execute(query.limit(PAGE_ENTRIES)).all())
    if len(found) == PAGE_ENTRIES:
        last = found[-1]
        found += session.execute(select(L.id, L.txid, L.table_name, L.row_id, L.origin).where(
            L.txid == last.txid, L.id > last.id).order_by(L.id)).all()
    return found


def held(session: Session, device_id: int) -> Rows:
    found: Rows = {name: set() for name in T.BUSINESS}
    for name, row_id in session.execute(select(H.table_name, H.row_id).where(
            H.device_id == device_id, H.evicted_at.is_(None))):
        found[name].add(row_id)
    return found


def hold(session: Session, device: E.Device, name: str, ids: set[int]) -> None:
    """Note that the laptop holds these rows once it acknowledges this answer. A row it
    holds already keeps its generation: were it stamped with this answer's, an answer the
    laptop never reads (a late copy of an old request) would take it off the laptop's
    holdings, and the laptop's next change of it would be refused as out of its scope."""
    if not ids:
        return
    ids = ids - set(session.scalars(select(H.row_id).where(
        H.device_id == device.id, H.table_name == name, H.row_id.in_(sorted(ids)),
        H.evicted_at.is_(None))))
    if not ids:
        return
    listed = sorted(ids)
    session.execute(delete(H).where(H.device_id == device.id, H.table_name == name,
                                    H.row_id.in_(listed)))
    session.execute(table_of(H).insert(), [dict(device_id=device.id, table_name=name,
                                                row_id=i, generation=device.generation)
                                           for i in listed])


def undo_unacknowledged(session: Session, device: E.Device, acknowledged: int) -> None:
    """An answer the laptop never applied (lost on the way, or the laptop died first) did
    not change what it holds: its holdings and evictions are undone. A late copy of an old
    request acknowledges less than the laptop did since: the most it ever said counts."""
    acknowledged = device.acknowledged = max(acknowledged, device.acknowledged)
    if acknowledged >= device.generation:
        return
    session.execute(delete(H).where(H.device_id == device.id, H.generation > acknowledged,
                                    H.evicted_at.is_(None)))
    session.execute(update(H).where(H.device_id == device.id,
                                    H.evicted_generation > acknowledged)
                    .values(evicted_at=None, evicted_generation=None))
    device.scope_day = None  # the next page sends what entered again


def page(session: Session, ctx: RequestContext, device: E.Device,
         cursor: tuple[int, int]) -> dict:
    """The next page after the laptop's ``cursor``: rows to write (None: to remove)."""
    found = entries(session, cursor)
    mine = ctx.origin
    touched: dict[str, set[int]] = {}
    rescope = device.scope_day != clock.today()
    for entry in found:
        if entry.origin != mine or entry.table_name in T.REFERENCE:
            touched.setdefault(entry.table_name, set()).add(entry.row_id)
            rescope = rescope or entry.table_name in T.BUSINESS
        elif entry.table_name in SCOPE_TABLES:
            rescope = True
    wanted = {name: ids for name, ids in touched.items() if name in T.REFERENCE}
    holding = held(session, ctx.device_id)
    removed: Rows = {}
    more = False
    if rescope:
        more = _rescope(session, ctx, device, holding, touched, wanted, removed)
    else:
        for name in T.BUSINESS:
            wanted[name] = touched.get(name, set()) & holding[name]
    rows = R.read_all(session, wanted)
    for name, row_id, values in rows:
        if values is None and name in T.BUSINESS:
            removed.setdefault(name, set()).add(row_id)
    rows = [row for row in rows if row[2] is not None] + _removals(session, device, removed)
    if found:
        cursor = (found[-1].txid, found[-1].id)
    return dict(rows=rows, cursor=list(cursor), more=more or len(found) >= PAGE_ENTRIES)


def reference(session: Session) -> list[list]:
    """Every reference row: a laptop's first copy starts with them."""
    out = []
    for name in sorted(T.REFERENCE, key=T.order().__getitem__):
        table = T.table(name)
        out += [[name, row["id"], wire.encode(name, dict(row))]
                for row in session.execute(select(table).order_by(table.c.id)).mappings()]
    return out


def _removals(session: Session, device: E.Device, removed: Rows) -> list[list]:
    """[table, id, None] for rows the laptop lets go, children first; noted as evicted."""
    out = []
    for name in sorted(removed, key=T.order().__getitem__, reverse=True):
        ids = sorted(removed[name])
        if not ids:
            continue
        session.execute(update(H).where(H.device_id == device.id, H.table_name == name,
                                        H.row_id.in_(ids), H.evicted_at.is_(None))
                        .values(evicted_at=clock.now(), evicted_generation=device.generation))
        out += [[name, i, None] for i in ids]
    return out


def _rescope(session: Session, ctx: RequestContext, device: E.Device, holding: Rows,
             touched: dict[str, set[int]], wanted: dict[str, set[int]], removed: Rows) -> bool:
    """Removals, changed held rows and (some of) the rows that entered; True while rows
    that entered are still to be sent."""
    scope = Scope(session, User.read(session, ctx.user)).rows()
    budget, more = COPY_ROWS, False
    for name in sorted(T.BUSINESS, key=T.order().__getitem__):
        now, before = scope[name], holding[name]
        entering = sorted(now - before)
        if len(entering) > budget:
            entering, more = entering[:budget], True
        budget -= len(entering)
        hold(session, device, name, set(entering))
        removed[name] = before - now
        wanted[name] = set(entering) | (touched.get(name, set()) & now & before)
    device.scope_day = None if more else clock.today()
    return more


