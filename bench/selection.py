"""Selection benchmark on the large demo database (100,000 partners, 150,000 contacts, 300,000
opportunities, 1,000,000 activities): selection expressions, each against the same query
written by hand in SQL.

The expressions reach a field and an attribute of the record, a field of a related object (a
contact's employer, an activity's opportunity and partner) and an attribute of a related object
(an opportunity's sold-to partner's sector). Ours includes the whole path a user waits for
each time a preview, run or report selects: a new unit of work, the compiled clause (kept from
the previous time, as the application keeps it, once the attributes it reads are checked
again; the warm-up round compiles it), then the query through SQLAlchemy Core and the codes.
The peer is the SQL a developer would write for that one selection (joins, EXISTS), run with
the sqlite3 module. The two take turns; medians of RUNS runs after a warm-up round."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import time
from pathlib import Path

RUNS = 11
YEAR_AGO = "(today - 365)"
#: (kind, expression, hand-written SQL, its parameters; YEAR_AGO stands for a date)
CASES = [
    ("bp", 'bp.city = "Lyon" and attribute("CLISINCE") >= today() - 365', """
SELECT bp.code FROM business_partners AS bp
WHERE bp.city = ? AND EXISTS (
    SELECT 1 FROM attribute_values AS v JOIN attributes AS a ON a.id = v.attribute_id
    WHERE v.object_kind = 'R' AND v.object_id = bp.id AND a.code = 'CLISINCE'
      AND v.value_date >= ?)
ORDER BY bp.code""", ("Lyon", YEAR_AGO)),
    ("contact", 'contact.job_title = "Directeur des achats" and bp.city = "Lyon"', """
SELECT c.code FROM contacts AS c JOIN business_partners AS bp ON bp.id = c.business_partner_id
WHERE c.job_title = ? AND bp.city = ?
ORDER BY c.code""", ("Directeur des achats", "Lyon")),
    ("opportunity", 'opportunity.expected_revenue >= 150000 and (R, SECTEUR) = "Énergie"', """
SELECT o.code FROM opportunities AS o
WHERE o.expected_revenue >= ? AND EXISTS (
    SELECT 1 FROM attribute_values AS v JOIN attributes AS a ON a.id = v.attribute_id
    JOIN attribute_options AS ao ON ao.id = v.option_id
    WHERE v.object_kind = 'R' AND v.object_id = o.sold_to_bp_id AND a.code = 'SECTEUR'
      AND ao.option_value = ?)
ORDER BY o.code""", (150000 * 100, "Énergie")),  # money is kept in cents on SQLite
    ("activity", 'activity.type = "Call" and opportunity.status = "Won" and bp.city = "Paris"',
     """
SELECT a.code FROM activities AS a JOIN opportunities AS o ON o.id = a.opportunity_id
JOIN business_partners AS bp ON bp.id = a.business_partner_id
WHERE a.type = 'CALL' AND o.status = 'WON' AND bp.city = ?
ORDER BY a.code""", ("Paris",)),
]


def run(path: Path, report) -> list[tuple[str, float, float, int]]:
    """(expression, median of ours, median of the hand-written SQL, records selected) of each
    case, the two sides taking turns so that the machine's noise falls on both alike."""
    from desktop.crm.db.database import Database, make_engine
    from desktop.crm.selections import selected_codes

    today = dt.date.today()
    year_ago = (today - dt.timedelta(days=365)).isoformat()
    db = Database(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))
    con = sqlite3.connect(path)
    results = []
    try:
        for kind, expression, sql, parameters in CASES:
            bound = tuple(year_ago if p == YEAR_AGO else p for p in parameters)
            mine, peer, selected, expected = [], [], [], []
            for run_number in range(RUNS + 1):  # the first round warms both
                for side in ("ours", "sql") if run_number % 2 else ("sql", "ours"):
                    started = time.perf_counter()
                    if side == "ours":
                        with db.session("bench") as s:
                            selected = selected_codes(s, kind, expression, today)
                        mine.append(time.perf_counter() - started)
                    else:
                        expected = [row[0] for row in con.execute(sql, bound)]
                        peer.append(time.perf_counter() - started)
            assert selected == expected, f"the two queries disagree on {expression!r}"
            ours, theirs = statistics.median(mine[1:]), statistics.median(peer[1:])
            report(expression, ours, theirs, len(selected))
            results.append((expression, ours, theirs, len(selected)))
    finally:
        con.close()
        db.dispose()
    return results
