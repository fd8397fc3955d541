"""Duplicates benchmark: every group of duplicate partners of the large demo (100,000 partners;
branches of one company share its e-mail address) found by duplicate_partners (read through
SQLAlchemy, the records marked as not duplicates kept apart, each group with its members, their
scores and reasons; the cycle collector paused, as the window's runner pauses it) against the
same rapidfuzz scoring written directly: the same columns read with sqlite3, the same keys, the
same blocks, the same rapidfuzz calls, a bare union-find, and only the number of groups at the
end (the collector on: this loop is fastest so). Warm, alternating, median of RUNS runs; both
sides must find the same groups, and each side's garbage is collected outside the times."""

from __future__ import annotations

import gc
import itertools
import sqlite3
import time
from collections import defaultdict
from pathlib import Path

RUNS = 5
THRESHOLD = 88


def ours(path: Path) -> tuple[float, int]:
    from desktop.crm.db.database import Database, make_engine
    from desktop.crm.duplicate_groups import duplicate_partners
    from desktop.interpreter import collector_paused

    db = Database(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))
    with db.session("bench") as s, collector_paused():  # as the window's runner (LongOp)
        started = time.perf_counter()
        groups = duplicate_partners(s, THRESHOLD)
        count = len(groups)
        elapsed = time.perf_counter() - started
    db.dispose()
    del groups
    gc.collect()  # outside the time: what the paused collector left is not the next side's
    return elapsed, count


def direct(path: Path) -> tuple[float, int]:
    """The scoring of desktop.crm.duplicates, called straight: no ORM, no objects per record,
    no marks, no details."""
    from rapidfuzz import fuzz, process

    from desktop.crm import duplicates as D
    from desktop.crm.text_search import fold

    try:
        return _direct(path, D, fold, fuzz, process)
    finally:
        gc.collect()  # outside the time: the next side starts with nothing left to collect


def _direct(path: Path, D, fold, fuzz, process) -> tuple[float, int]:
    started = time.perf_counter()
    con = sqlite3.connect(path)
    rows = con.execute("SELECT name, email, phone, city, vat_number, registration_number, "
                       "street, postal_code FROM business_partners ORDER BY id").fetchall()
    con.close()
    keys, by_sign, blocks = [], defaultdict(list), defaultdict(list)
    for i, (name, email, phone, city, vat, registration, street, postcode) in enumerate(rows):
        key = D.name_key(name, city)
        keys.append(key)
        for reason, sign in (("VAT number", D.normalized_vat(vat)),
                             ("registration number", D.normalized_vat(registration)),
                             ("e-mail", D.normalized_email(email)),
                             ("phone", D.normalized_phone(phone)),
                             ("street", D.normalized_street(street, postcode, city))):
            if sign:
                by_sign[(reason, sign)].append(i)
        place = fold(city or "").strip()
        if place and key:
            blocks[(place, frozenset(D.NUMBERS.findall(key)))].append(i)
    parent = list(range(len(rows)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked = set()

    def link(i: int, j: int) -> None:
        parent[root(i)] = root(j)
        linked.update((i, j))

    for (reason, _sign), members in by_sign.items():
        if len(members) < 2:
            continue
        if D.STRENGTH[reason] >= THRESHOLD:
            for i, j in itertools.pairwise(members):
                link(i, j)
            continue
        needed = D.name_needed(D.STRENGTH[reason], THRESHOLD)
        for i, j in itertools.combinations(members, 2):
            if D.name_score(keys[i], keys[j]) >= needed:
                link(i, j)
    for members in blocks.values():
        by_name = defaultdict(list)
        for i in members:
            by_name[D.sorted_words(keys[i])].append(i)
        for same in by_name.values():
            for i, j in itertools.pairwise(same):
                link(i, j)
        names = list(by_name)
        if len(names) > 1:
            matrix = process.cdist(names, names, scorer=fuzz.ratio,
                                   score_cutoff=THRESHOLD - 0.5)
            for a, b in zip(*matrix.nonzero(), strict=True):
                if a < b and round(matrix[a, b]) >= THRESHOLD:
                    link(by_name[names[a]][0], by_name[names[b]][0])
    groups = {root(i) for i in linked}
    return time.perf_counter() - started, len(groups)


def run(database: Path, report) -> tuple[float, float, int]:
    from statistics import median

    from bench.alternating import alternate

    ours(database), direct(database)  # warm: the file in the page cache, modules imported
    mine, theirs = alternate(RUNS, lambda: ours(database), lambda: direct(database), report)
    counts = {count for _t, count in mine + theirs}
    assert len(counts) == 1, f"the two sides found different groups: {counts}"
    return median(t for t, _c in mine), median(t for t, _c in theirs), counts.pop()
