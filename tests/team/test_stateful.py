"""A hypothesis state machine over a team (issue 34, "Must show"): three laptops of two
salespeople (one laptop of the previous release) and two office users on PostgreSQL edit the
same records, laptops create records offline, drop off the network and come back, while their
transport loses requests and answers, doubles and replays them, and their clocks are off the
server's (hours ahead, days behind). After each run everyone syncs,
then every laptop equals the server within its scope, nothing is lost (applied, or kept in a
conflict record), no id or number is doubled, and no laptop holds a row outside its scope.

One team serves every example (a team's first copies take seconds): the runs follow one
another as days of work do. Takes about two to three minutes on two cores."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import text

from desktop.team import versions
from desktop.team.replica import capture
from tests.team.conftest import salespeople
from tests.team.team_model import FIELDS, TeamModel

LAPTOPS = 3
FAULTS = 0.3


def previous_release(laptop) -> None:
    """The laptop's file as the previous release left it: without a column this release
    added (quotations' revision), and saying so in each request."""
    with laptop.db.engine.begin() as c:
        for drop in capture.trigger_sql("quotations", ["id"])[:4]:
            c.exec_driver_sql(drop)
        c.exec_driver_sql("ALTER TABLE quotations DROP COLUMN revision")
    laptop.revision = versions.PREVIOUS_RELEASE
    laptop.attach()  # the triggers follow the table's columns


def test_a_team_converges_whatever_the_network_does(team_db, laptops, machine_clocks):
    users = salespeople(team_db, 2)
    team = [laptops.make(users[n % 2], seed=n, faults=FAULTS) for n in range(LAPTOPS)]
    previous_release(team[2])
    model = TeamModel(team_db, team, ["office1", "office2"], clocks=machine_clocks)
    laptop = st.integers(0, LAPTOPS - 1)

    class Team(RuleBasedStateMachine):
        @initialize()
        def start(self):
            self.model = model

        @rule(index=laptop, which=st.integers(0, len(FIELDS) - 1), pick=st.integers(0, 999))
        def laptop_edits(self, index, which, pick):
            self.model.laptop_edit(index, which, pick)

        @rule(index=st.integers(0, 1), which=st.integers(0, len(FIELDS) - 1),
              pick=st.integers(0, 999))
        def office_edits(self, index, which, pick):
            self.model.office_edit(index, which, pick)

        @rule(index=laptop, pick=st.integers(0, 999))
        def laptop_creates(self, index, pick):
            self.model.laptop_create(index, pick)

        @rule(index=laptop)
        def laptop_syncs(self, index):
            self.model.sync(index)

        @rule(index=laptop, down=st.booleans())
        def network(self, index, down):
            self.model.partition(index, down)

        @invariant()
        def ids_stay_in_their_range(self):
            for replica in self.model.laptops:
                with replica.db.engine.connect() as c:
                    assert c.execute(text("SELECT count(*) FROM local_changes WHERE op = 'I' "
                                          "AND row_id >> 40 != :d"),
                                     {"d": replica.device_no}).scalar() == 0

        def teardown(self):
            self.model.quiesce()
            self.model.check()

    # no shrinking: the team's state is shared between runs, as a day follows another
    run_state_machine_as_test(Team, settings=settings(
        max_examples=8, stateful_step_count=40, deadline=None, derandomize=True,
        database=None, phases=[Phase.generate], suppress_health_check=list(HealthCheck)))
    faults = sum((r.transport.faults for r in team), start=type(team[0].transport.faults)())
    assert model.counts["edits"] > 40 and sum(faults.values()) > 10, (model.counts, faults)
