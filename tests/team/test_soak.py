"""A soak (issue 34, "Must show"): three laptops and two users straight on PostgreSQL, 10,000
random operations (edits on both sides, records created offline, syncs, the network going
down and up, laptops' clocks off the server's), 5 % of the laptops' requests faulted. At the
end: nothing lost, nothing doubled, every laptop equal to the server within its scope, and
the conflicts reported are exactly those made (as the model saw them reach the server,
team_model.ConflictWitness), each with two values written by two different writers.

The normal suite runs 1,500 operations (about a minute and a half); the full 10,000 (about
ten minutes on two cores) run with CRM_TEAM_SOAK_OPERATIONS=10000, as README.md says."""

from __future__ import annotations

import json
import os
import random
from collections import Counter

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from tests.team.conftest import salespeople
from tests.team.team_model import FIELDS, TeamModel

OPERATIONS = int(os.environ.get("CRM_TEAM_SOAK_OPERATIONS", "1500"))
FAULTS = 0.05


@pytest.mark.slow
def test_three_laptops_and_two_office_users_over_thousands_of_operations(team_db, laptops,
                                                                        machine_clocks):
    users = salespeople(team_db, 2)
    team = [laptops.make(users[n % 2], seed=100 + n, faults=FAULTS) for n in range(3)]
    model = TeamModel(team_db, team, ["office1", "office2"], clocks=machine_clocks)
    rng = random.Random(34)
    for _operation in range(OPERATIONS):
        roll, laptop = rng.random(), rng.randrange(len(team))
        if roll < 0.68:
            model.laptop_edit(laptop, rng.randrange(len(FIELDS)), rng.randrange(1000))
        elif roll < 0.88:
            model.office_edit(rng.randrange(2), rng.randrange(len(FIELDS)), rng.randrange(1000))
        elif roll < 0.93:
            model.laptop_create(laptop, rng.randrange(1000))
        elif roll < 0.99:
            model.sync(laptop)
        else:
            model.partition(laptop, rng.random() < 0.5)
    model.quiesce()
    model.check()
    writers = {(table, record_id, name): {w.writer for w in history}
               for (table, record_id, name), history in model.writes.items()}
    tokens = {w.token: w.writer for history in model.writes.values() for w in history}
    with team_db.session() as s:
        reported = list(s.scalars(select(E.SyncConflict).where(
            E.SyncConflict.rule.in_(("server_wins", "last_write", "owner_queue")))))
    assert Counter((c.table_name, c.row_id, c.field, json.loads(c.laptop_value))
                   for c in reported) == Counter(model.made), "reported != made"
    for conflict in reported:  # a conflict reported is one made: two writers, one field
        mine, theirs = (json.loads(conflict.laptop_value), json.loads(conflict.server_value))
        made = (conflict.table_name, conflict.row_id, conflict.field, conflict.rule,
                conflict.base_value, theirs, mine,
                model.writes.get((conflict.table_name, conflict.row_id, conflict.field)))
        assert tokens[mine] != tokens.get(theirs, "original"), made
        assert len(writers[conflict.table_name, conflict.row_id, conflict.field]) >= 2, made
    faults = sum((r.transport.faults for r in team), start=type(team[0].transport.faults)())
    assert model.counts["edits"] > 0.6 * OPERATIONS and reported and \
        sum(faults.values()) > OPERATIONS // 500, \
        (model.counts, faults, len(reported))
