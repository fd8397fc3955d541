"""A team at work, for the stateful test and the soak: laptops and office users (straight on
PostgreSQL) edit the same records, laptops drop off the network and come back, requests are
lost, doubled and replayed; then everyone syncs and the invariants are checked.

Every edit writes a token no one else writes ("L2-17", "O1-4") into a field, so that after
quiescence each field's history can be read back: the value the server holds is a token some
writer wrote, and each writer's last token is on the server, in a conflict record, or was
overwritten by a write made after it reached the server (nothing lost)."""

from __future__ import annotations

import json
from collections import Counter
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.errors import CrmError
from desktop.team import wire
from desktop.team.replica.replica import Replica
from desktop.team.replica.transport import ServerRefused, TransportError
from desktop.team.server.rules import LAST_WRITE_WINS
from tests.team.faults import MachineClocks
from tests.team.invariants import assert_converged

#: (entity, field) a token is written into; length fits every column
FIELDS = ((E.BusinessPartner, "phone"), (E.Activity, "subject"), (E.Note, "subject"),
          (E.Opportunity, "description"), (E.Contact, "job_title"))


@dataclass
class Write:
    writer: str
    token: str
    step: int
    delivered: int | None = None


@dataclass
class TeamModel:
    server: object  # Database
    laptops: list[Replica]
    office_users: list[str]
    step: int = 0
    writes: dict[tuple[str, int, str], list[Write]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    created: list[tuple[str, str]] = field(default_factory=list)  # (writer, code) made
    #: each laptop's own clock, skewed (None: every machine reads the true time)
    clocks: MachineClocks | None = None
    #: the conflicts made: (table, id, field, the laptop's token) of each change that reached
    #: the server after another writer had moved the field away from the change's base
    made: list[tuple[str, int, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        arrived: set[tuple[int, int]] = set()
        for laptop in self.laptops:
            laptop.transport.inner = ConflictWitness(laptop.transport.inner, self.server,
                                                     arrived, self.made)

    def on(self, index: int) -> AbstractContextManager:
        """Run as laptop ``index``: its code reads its own (skewed) clock."""
        return self.clocks.laptop(index) if self.clocks else nullcontext()

    # -- operations ------------------------------------------------------------------------
    def laptop_edit(self, index: int, which: int, pick: int) -> None:
        laptop = self.laptops[index]
        with self.on(index):
            self._edit(laptop.db, f"L{laptop.device_no}", which, pick)

    def office_edit(self, index: int, which: int, pick: int) -> None:
        """An office user edits one of the records a laptop holds (so that they meet)."""
        self._edit(self.server, f"O{index}", which, pick, deliver=True,
                   source=self.laptops[pick % len(self.laptops)].db)

    def _edit(self, db, writer: str, which: int, pick: int, deliver: bool = False,
              source=None) -> None:
        entity, name = FIELDS[which % len(FIELDS)]
        self.step += 1
        token = f"{writer}-{self.step}"
        with (source or db).session(writer) as s:
            ids = list(s.scalars(select(entity.id).order_by(entity.id).limit(40)))
        if not ids:
            return
        record_id = ids[pick % len(ids)]
        with db.session(writer) as s:
            if s.get(entity, record_id) is None:
                return
            try:
                apply_values(s, s.get(entity, record_id), {name: token})
                s.commit()
            except CrmError:
                s.rollback()
                self.counts["refused locally"] += 1
                return
        self.writes.setdefault((entity.__tablename__, record_id, name), []).append(
            Write(writer, token, self.step, self.step if deliver else None))
        self.counts["edits"] += 1

    def laptop_create(self, index: int, pick: int) -> None:
        """A new task for one of the laptop's partners: an id and a number made offline."""
        laptop = self.laptops[index]
        with self.on(index), laptop.db.session(f"L{laptop.device_no}") as s:
            partners = list(s.scalars(select(E.BusinessPartner.id).order_by(
                E.BusinessPartner.id).limit(20)))
            series = s.scalar(select(E.COMParameters.task_series_id))
            from desktop.crm.numbering import next_number

            code = next_number(s, series)
            s.add(E.Activity(type="TASK", code=code, series_id=series, subject="Offline task",
                             status="NOT_STARTED", business_partner_id=partners[
                                 pick % len(partners)]))
            s.commit()
        self.created.append((f"L{laptop.device_no}", code))
        self.counts["created"] += 1

    def sync(self, index: int) -> None:
        laptop = self.laptops[index]
        self.step += 1
        writer = f"L{laptop.device_no}"
        for history in self.writes.values():
            for write in history:
                if write.writer == writer and write.delivered is None:
                    write.delivered = self.step  # at the earliest: an answer may be lost
        try:
            with self.on(index):
                laptop.sync()
            self.counts["syncs"] += 1
        except TransportError:
            self.counts["syncs cut"] += 1
        except ServerRefused:
            self.counts["syncs refused"] += 1

    def partition(self, index: int, down: bool) -> None:
        self.laptops[index].transport.partitioned = down

    # -- after quiescence ------------------------------------------------------------------
    def quiesce(self) -> None:
        for laptop in self.laptops:
            laptop.transport.partitioned = False
            laptop.transport.pause()
        for _round in range(3):
            for index in range(len(self.laptops)):
                self.sync(index)
        for laptop in self.laptops:
            laptop.transport.resume()

    def check(self) -> None:
        assert_converged(self.server, self.laptops)
        self.check_nothing_lost()
        self.check_unique_numbers()

    def check_nothing_lost(self) -> None:
        with self.server.session() as s:
            kept = {json.loads(v) for c in s.scalars(select(E.SyncConflict))
                    for v in (c.laptop_value, c.server_value) if v and c.rule != "refused"}
            refused = s.scalar(select(func.count()).select_from(E.SyncConflict).where(
                E.SyncConflict.rule == "refused"))
            lost = []
            for (table, record_id, name), history in self.writes.items():
                entity = next(e for e, _ in FIELDS if e.__tablename__ == table)
                obj = s.get(entity, record_id)
                value = getattr(obj, name) if obj is not None else None
                last: dict[str, Write] = {}
                for write in history:
                    last[write.writer] = write
                for write in last.values():
                    later = any(w.step > (write.delivered or write.step) for w in history
                                if w.writer != write.writer)
                    if write.token != value and write.token not in kept and not later \
                            and obj is not None:
                        lost.append((table, record_id, name, write.token, value))
        assert lost == [], lost
        assert refused == 0

    def check_unique_numbers(self) -> None:
        with self.server.session() as s:
            codes = list(s.scalars(select(E.Activity.code)))
            made = {code for _writer, code in self.created}
            assert len(codes) == len(set(codes))
            assert not [c for c in codes if c.startswith("~")]
            ids = list(s.scalars(select(E.Activity.id).where(
                E.Activity.subject == "Offline task")))
            assert len(ids) == len(self.created) and len(made) == len(self.created)


class ConflictWitness:
    """Between a laptop's faults and the network: reads the server's values of the fields a
    request's units change just before the server gets it (the test is the only writer then),
    and notes each change that meets a value its base did not have: a conflict made. Told
    apart from the server's own detector: it reads the database, not the conflict records.
    A unit counts where it first reaches the server (retries and late copies are answered
    from the units already applied)."""

    def __init__(self, inner, server, arrived: set[tuple[int, int]],
                 made: list[tuple[str, int, str, str]]) -> None:
        self.inner, self.server, self.arrived, self.made = inner, server, arrived, made

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def post(self, path: str, body: dict) -> dict:
        from desktop.team.server.service import UNITS_PER_REQUEST

        units = sorted((u for u in body.get("units", [])[:UNITS_PER_REQUEST]
                        if (body["device"], u["seq"]) not in self.arrived),
                       key=lambda u: u["seq"])
        made = self._made(units)
        answer = self.inner.post(path, body)  # it reached the server: its units are applied
        self.arrived |= {(body["device"], u["seq"]) for u in units}
        self.made += made
        return answer

    def _made(self, units: list[dict]) -> list[tuple[str, int, str, str]]:
        tracked = {(e.__tablename__, name): e for e, name in FIELDS}
        values: dict[tuple[str, int, str], object] = {}
        made = []
        with self.server.session() as s:
            for change in (c for u in units for c in u["changes"] if c["op"] == "U"):
                for name in (change.get("changed") or "").split(","):
                    entity = tracked.get((change["t"], name))
                    if entity is None:
                        continue
                    key = (change["t"], int(change["id"]), name)
                    if key not in values:
                        values[key] = getattr(s.get(entity, key[1]), name)
                    base, mine = wire.widen(change)["old"][name], change["new"][name]
                    if values[key] in (base, mine):
                        values[key] = mine
                        continue
                    made.append((*key, mine))
                    if change["t"] in LAST_WRITE_WINS:  # the rule the issue gives
                        values[key] = mine
        return made
