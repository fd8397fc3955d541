"""Global addition benchmark: a follow-up task from a template for each of the 100,000
partners of the large demo (GlobalActivityAddition, Update, with its run report) against the
same activity rows written by a raw executemany with the sqlite3 module (on a connection set
up as the application's). Each side on its own
copy of the database, warm, alternating, median of RUNS runs."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

RUNS = 5


def ours(path: Path) -> tuple[float, int]:
    from desktop.crm.db.database import Database, make_engine
    from desktop.crm.enums import AssignTo, UpdateMode
    from desktop.crm.global_activities import GlobalActivityAddition
    from desktop.crm.target_groups import TargetGroup

    db = Database(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))
    with db.session("bench") as s:
        started = time.perf_counter()
        report = GlobalActivityAddition(TargetGroup(), "RELANC", AssignTo.EXTERNAL_REP).run(
            s, UpdateMode.UPDATE, confirmed=True)
        elapsed = time.perf_counter() - started
    db.dispose()
    return elapsed, len(report.lines)


def raw(path: Path) -> tuple[float, int]:
    """The same activities, by hand: read the partners, number them, one executemany, on a
    connection set up as the application's (foreign keys checked, WAL, synchronous NORMAL),
    so that only what our code adds is measured."""
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        con.execute(f"PRAGMA {pragma}")
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    due = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).strftime(
        "%Y-%m-%d %H:%M:%S.%f")
    started = time.perf_counter()
    con.execute("BEGIN")
    template = con.execute("SELECT id, subject, information FROM activity_templates "
                           "WHERE code = 'RELANC'").fetchone()
    partners = con.execute("SELECT id, external_rep_id FROM business_partners ORDER BY code"
                           ).fetchall()
    series = con.execute("SELECT task_series_id FROM com_parameters").fetchone()[0]
    row = con.execute("UPDATE number_series SET next_value = next_value + ? WHERE id = ? "
                      "RETURNING next_value, prefix, width", (len(partners), series)).fetchone()
    first = row[0] - len(partners)
    con.executemany(
        "INSERT INTO activities (code, series_id, type, subject, status, information, "
        "business_partner_id, template_id, origin, sort_date, synchronize, location, all_day, "
        "show_time_as, reminder, reminder_done, priority, due_at, assigned_to_id, "
        "percent_complete, created_by, created_at, modified_by, modified_at, version) VALUES "
        "(?, ?, 'TASK', ?, 'NOT_STARTED', ?, ?, ?, 'ASSIGNMENT', ?, 0, '', 0, 'BUSY', 0, 0, "
        "'NORMAL', ?, ?, 0, 'bench', ?, 'bench', ?, 1)",
        [(f"{row[1]}{first + i:0{row[2]}d}", series, template[1], template[2], bp, template[0],
          due, due, rep, now, now) for i, (bp, rep) in enumerate(partners)])
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed, len(partners)


def run(database: Path) -> tuple[float, float, int]:
    from bench.alternating import alternate_on_copies

    folder = Path(tempfile.mkdtemp(prefix="bench-global-add-"))
    try:
        return alternate_on_copies(RUNS, database, ours, raw, "executemany", folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
