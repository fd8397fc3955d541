"""``kill -9`` between a local commit and its acknowledgement: the laptop's process dies after
the server committed its unit and before it wrote the answer. Its captured changes are still
there after the restart; pushed again, the unit is a no-op that answers as before, and the
change exists once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from sqlalchemy import func, select, text

from desktop.crm import entities as E
from tests.team.conftest import salespeople
from tests.team.invariants import assert_converged, quiesce


def test_a_laptop_killed_after_the_server_committed_pushes_again_harmlessly(team_db, laptops):
    laptop = laptops.make(salespeople(team_db, 1)[0])
    with laptop.db.session("me") as s:
        partner = s.scalars(select(E.BusinessPartner.id)).first()
        s.add(E.Note(object_kind="BUSINESS_PARTNER", object_id=partner, subject="Once only"))
        s.commit()
    server = laptops.server
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.team.laptop_process", laptop.db.url, server.url,
         server.fingerprint], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=os.getcwd(), env={**os.environ, "PYTHONPATH": os.getcwd()})
    try:
        assert child.stdout.readline().split() == ["answered", "1"]
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
    assert child.returncode == -signal.SIGKILL
    with team_db.session() as s:  # the server committed the unit
        assert s.scalar(select(func.count()).select_from(E.Note).where(
            E.Note.subject == "Once only")) == 1
    with laptop.db.engine.connect() as c:  # the laptop never heard
        assert c.execute(text("SELECT count(*) FROM local_changes")).scalar() == 1
    assert laptop.sync().answers == {"applied": 1}  # answered again, applied once
    with team_db.session() as s:
        assert s.scalar(select(func.count()).select_from(E.Note).where(
            E.Note.subject == "Once only")) == 1
    quiesce([laptop])
    assert_converged(team_db, [laptop])
