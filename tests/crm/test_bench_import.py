"""The import benchmark's two sides still run on the schema of today: its raw executemany
names every required column itself, so a new NOT NULL column broke it once without any test
noticing (registration_number)."""

from __future__ import annotations

import sqlite3

from bench import import_partners as bench
from desktop.crm import migrations
from desktop.crm.db.database import make_engine
from desktop.crm.demo import build_demo


def test_both_sides_import_the_same_file(tmp_path, monkeypatch):
    monkeypatch.setattr(bench, "ROWS", 60)
    source = tmp_path / "demo.sqlite"  # made as bench/run.py makes it: one step, no replay
    engine = make_engine(f"sqlite:///{source}")
    migrations.create_current(engine)
    build_demo(engine, "small")
    engine.dispose()
    csv_path = tmp_path / "partners.csv"
    bench.write_file(csv_path, source)
    ours, raw = tmp_path / "ours.sqlite", tmp_path / "raw.sqlite"
    ours.write_bytes(source.read_bytes())
    raw.write_bytes(source.read_bytes())

    _elapsed, created = bench.ours(ours, csv_path)
    _elapsed, inserted = bench.raw(raw, csv_path)

    assert (created, inserted) == (57, 60)  # one row in twenty names a partner already there
    for path, added in ((ours, created), (raw, inserted)):
        con = sqlite3.connect(path)
        before = sqlite3.connect(source).execute(
            "SELECT count(*) FROM business_partners").fetchone()[0]
        assert con.execute("SELECT count(*) FROM business_partners").fetchone()[0] == \
            before + added
        con.close()
