"""A laptop's replica of the team's database (issue 34, points 3 to 5, 7 and 8).

``Replica.setup`` registers the laptop with the team server and makes its SQLite file a
replica; ``Replica.attach`` turns capture and the laptop's ids on for a database opened by the
application; ``sync()`` pushes every captured unit and pulls the pages that wait, until both
are done. Each answer is applied in one SQLite transaction with the cursor and the answer's
generation, which the next request acknowledges: a lost answer changes nothing on either
side, and a pushed unit's rows go only once its answer is written.

No Qt here: the window runs ``sync`` on a worker thread (desktop/views/team)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text

from desktop.crm import clock
from desktop.crm.db import identity as crm_identity
from desktop.crm.db.changes import Changes
from desktop.crm.db.database import Database
from desktop.team import tables as T, versions, wire
from desktop.team.replica import capture
from desktop.team.replica.apply import Applier
from desktop.team.replica.identity import LaptopIdentity, lease_asks
from desktop.team.replica.transport import ServerRefused, Transport
from desktop.team.replica.wipe import wipe

log = logging.getLogger(__name__)
#: changes sent in one request at most (whole units; the rest go in the next)
CHANGES_PER_REQUEST = 2_000
ROUNDS = 1_000  # a sync stops after this many requests even if more waits


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    requests: int = 0
    answers: dict[str, int] = field(default_factory=dict)
    changes: Changes = field(default_factory=Changes)


class Replica:
    def __init__(self, db: Database, transport: Transport) -> None:
        self.db, self.transport = db, transport
        self.device_id = self.device_no = 0
        self.revision = versions.current()

    # -- set-up ----------------------------------------------------------------------------
    @staticmethod
    def is_replica(db: Database) -> bool:
        with db.engine.connect() as c:
            return bool(c.execute(text("SELECT count(*) FROM replica_state")).scalar())

    def setup(self, user: str, name: str = "", server_url: str = "") -> None:
        """Register with the server and make this (empty, migrated) file its replica. A server
        that verifies sign-ins answers for whom the laptop works, which wins over ``user``."""
        answer = self.transport.post("/v1/register", dict(user=user, name=name,
                                                          revision=self.revision))
        with self.db.engine.begin() as c:
            c.execute(text(
                "INSERT INTO replica_state (id, server_url, device_id, device_no, user_name, "
                "capture, last_txn, next_id, id_high, cursor_txid, cursor_id, copied, "
                "generation, last_error) VALUES (1, :url, :device, :no, :user, 1, 0, :low, "
                ":high, :txid, 0, 0, 0, '')"),
                dict(url=server_url, device=answer["device"], no=answer["device_no"],
                     user=answer.get("user", user), low=answer["id_low"], high=answer["id_high"],
                     txid=answer["cursor"][0]))
            capture.install(c)
        self.attach()

    def attach(self) -> None:
        """Capture and the laptop's ids on, for this database (the triggers are remade from
        the tables as a migration left them)."""
        with self.db.engine.begin() as c:
            row = c.execute(text("SELECT device_id, device_no FROM replica_state WHERE id = 1")
                            ).one()
            capture.install(c)
        self.device_id, self.device_no = row
        capture.listen(self.db.engine)
        crm_identity.register(self.db.engine, LaptopIdentity(self.device_no))

    def detach(self) -> None:
        capture.forget(self.db.engine)
        crm_identity.register(self.db.engine, None)

    # -- sync ------------------------------------------------------------------------------
    def sync(self, progress: Callable[[SyncResult], None] | None = None) -> SyncResult:
        """Push everything captured, then pull until nothing waits. A TransportError or
        ServerRefused stops it; what was answered so far is kept."""
        result = SyncResult()
        for _round in range(ROUNDS):
            request, sent = self._request()
            try:
                answer = self.transport.post("/v1/sync", request)
            except ServerRefused as refused:
                if refused.status == 403 and refused.params.get("wipe") == "yes":
                    wipe(self.db.engine)  # a revoked laptop, lost or stolen
                raise
            result.requests += 1
            self._apply(answer, sent, result)
            if progress is not None:
                progress(result)
            if not answer["more"] and not self._waiting_units():
                break
        return result

    def _request(self) -> tuple[dict, dict[int, int]]:
        with self.db.engine.begin() as c:
            capture.close_transaction(c)  # a transaction that ended without our commit hook
            state = c.execute(text("SELECT cursor_txid, cursor_id, generation, copied FROM "
                                   "replica_state WHERE id = 1")).one()
            units, sent = self._units(c)
            asks = lease_asks(c, self.device_no)
        return dict(device=self.device_id, revision=self.revision, ack=state.generation,
                    cursor=[state.cursor_txid, state.cursor_id], units=units,
                    numbers=asks, reference=not state.copied), sent

    def _units(self, c) -> tuple[list[dict], dict[int, int]]:
        rows = c.execute(text(
            "SELECT seq, txn, table_name, row_id, op, old_values, new_values, changed, "
            "base_version FROM local_changes WHERE txn < (SELECT coalesce(min(txn), 1e18) "
            "FROM local_txn) ORDER BY seq LIMIT :n"), {"n": CHANGES_PER_REQUEST + 1}).all()
        if len(rows) > CHANGES_PER_REQUEST:  # whole units only
            last = rows[-1].txn
            rows = [r for r in rows if r.txn != last] or \
                c.execute(text("SELECT seq, txn, table_name, row_id, op, old_values, "
                               "new_values, changed, base_version FROM local_changes WHERE "
                               "txn = :t ORDER BY seq"), {"t": last}).all()
        units: dict[int, list] = {}
        sent: dict[int, int] = {}
        for r in rows:
            units.setdefault(r.txn, []).append(wire.slim(dict(
                t=r.table_name, id=r.row_id, op=r.op, old=_json(r.old_values),
                new=_json(r.new_values), changed=r.changed, base=r.base_version)))
            sent[r.txn] = max(sent.get(r.txn, 0), r.seq)
        return [dict(seq=txn, changes=changes) for txn, changes in units.items()], sent

    def _waiting_units(self) -> bool:
        with self.db.engine.connect() as c:
            return bool(c.execute(text("SELECT count(*) FROM local_changes WHERE txn < (SELECT "
                                       "coalesce(min(txn), 1e18) FROM local_txn)")).scalar())

    def _apply(self, answer: dict, sent: dict[int, int], result: SyncResult) -> None:
        with self.db.engine.begin() as c, Applier(c) as applier:
            # the units answered go first: the rows answered are then the server's (read
            # after the whole request), and only changes not answered yet keep their columns
            if answer["answers"]:
                c.exec_driver_sql("DELETE FROM local_changes WHERE txn = ? AND seq <= ?",
                                  [(unit["seq"], sent.get(unit["seq"], 0))
                                   for unit in answer["answers"]])
            for unit in answer["answers"]:
                applier.rows(unit["rows"])
                result.pushed += 1
                result.answers[unit["status"]] = result.answers.get(unit["status"], 0) + 1
                if unit["status"] == "refused":
                    log.warning("unit %s refused: %s", unit["seq"], unit["message"])
            applier.rows(answer["rows"])
            applier.retry_deferred()
            for lease in answer["leases"]:
                c.execute(text("INSERT INTO number_leases (device_no, series_id, first_value, "
                               "last_value, next_value, leased_at) VALUES (:d, :s, :f, :l, :f, "
                               ":at)"), dict(d=self.device_no, s=lease["series"],
                                             f=lease["first"], l=lease["last"],
                                             at=clock.now().replace(tzinfo=None)
                                             .isoformat(sep=" ")))
            c.execute(text("UPDATE replica_state SET cursor_txid = :t, cursor_id = :i, "
                           "generation = :g, last_sync_at = :at, last_error = '', copied = "
                           "copied OR :copied WHERE id = 1"),
                      dict(t=answer["cursor"][0], i=answer["cursor"][1],
                           g=answer["generation"], at=clock.now().replace(tzinfo=None)
                           .isoformat(sep=" "), copied=not answer["more"]))
        result.pulled += len(answer["rows"])
        result.changes = result.changes.union(_changes(applier))


def _json(value: str | None) -> dict | None:
    return json.loads(value) if value else None


def _changes(applier: Applier) -> Changes:
    created, deleted, kinds = set(), set(), set()
    for table, ids in applier.written.items():
        entity = T.entity(table)
        kinds.add(entity)
        created |= {(entity, i) for i in ids}
    for table, ids in applier.removed.items():
        entity = T.entity(table)
        kinds.add(entity)
        deleted |= {(entity, i) for i in ids}
    return Changes(frozenset(kinds), frozenset(), frozenset(created), frozenset(deleted))
