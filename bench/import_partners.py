"""Import benchmark: 100,000 partners read from a CSV file and imported with the duplicate
check on (import_partners: every cell converted, every row checked by the domain's rules,
matched against the partners already there and the rows before it, inserted in blocks)
against the same CSV read with the csv module and inserted by a raw executemany with no checks,
on a connection set up as the application's. Each side on its own copy of the database, warm,
alternating, median of RUNS runs."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

RUNS = 5
ROWS = 100_000
HEADERS = ["Raison sociale", "Rue", "Code postal", "Ville", "Pays", "Téléphone", "E-mail",
           "N° TVA"]
MAPPING = {0: "name", 1: "street", 2: "postal_code", 3: "city", 4: "country", 5: "phone",
           6: "email", 7: "vat_number"}


def write_file(path: Path, database: Path) -> None:
    """New partners, and one row in twenty the near-duplicate of a partner already there."""
    con = sqlite3.connect(database)
    known = con.execute("SELECT name, city FROM business_partners WHERE city != '' "
                        "ORDER BY id LIMIT 5000").fetchall()
    con.close()
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(HEADERS)
        for n in range(ROWS):
            if n % 20 == 0:
                name, city = known[n // 20 % len(known)]
                writer.writerow([name.upper(), "", "", city, "France", "", "", ""])
                continue
            writer.writerow([f"Nouvelle Entreprise {n:06}", f"{n % 300} rue de la Gare",
                             f"{44000 + n % 900:05}", f"Ville {n % 500}", "France",
                             f"02 40 {n // 10000 % 100:02} {n // 100 % 100:02} {n % 100:02}",
                             f"contact@entreprise{n}.fr", f"FR{n:011d}"])


def ours(path: Path, csv_path: Path) -> tuple[float, int]:
    from desktop.crm.db.database import Database, make_engine
    from desktop.crm.importing.partners import import_partners
    from desktop.crm.importing.report import Action, ImportOptions
    from desktop.crm.importing.tables import read_table
    from desktop.interpreter import collector_paused

    db = Database(f"sqlite:///{path}", make_engine(f"sqlite:///{path}"))
    with db.session("bench") as s, collector_paused():  # as the window's runner (LongOp)
        started = time.perf_counter()
        report = import_partners(s, read_table(csv_path), ImportOptions(MAPPING))
        s.commit()
        elapsed = time.perf_counter() - started
    db.dispose()
    return elapsed, report.count(Action.CREATED)


def raw(path: Path, csv_path: Path) -> tuple[float, int]:
    """The rows as they are in the file, numbered, in one executemany: no conversion, no
    check, no duplicate search."""
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        con.execute(f"PRAGMA {pragma}")
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    today = dt.date.today().isoformat()
    started = time.perf_counter()
    with csv_path.open(newline="", encoding="utf-8") as file:
        rows = list(csv.reader(file, delimiter=";"))[1:]
    con.execute("BEGIN")
    series = con.execute("SELECT bp_series_id FROM com_parameters").fetchone()[0]
    number = con.execute("UPDATE number_series SET next_value = next_value + ? WHERE id = ? "
                         "RETURNING next_value, prefix, width", (len(rows), series)).fetchone()
    first = number[0] - len(rows)
    con.executemany(
        "INSERT INTO business_partners (code, name, status, status_effective_date, street, "
        "postal_code, city, country, language, phone, email, website, vat_number, "
        "registration_number, currency, general_information, created_by, created_at, "
        "modified_by, modified_at, version) "
        "VALUES (?, ?, 'PROSPECT', ?, ?, ?, ?, 'FR', 'fr', ?, ?, '', ?, '', 'EUR', '', 'bench', "
        "?, 'bench', ?, 1)",
        [(f"{number[1]}{first + i:0{number[2]}d}", r[0], today, r[1], r[2], r[3], r[5], r[6],
          r[7], now, now) for i, r in enumerate(rows)])
    con.execute("COMMIT")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed, len(rows)


def run(database: Path) -> tuple[float, float, int]:
    from bench.alternating import alternate_on_copies

    folder = Path(tempfile.mkdtemp(prefix="bench-import-"))
    csv_path = folder / "partners.csv"
    write_file(csv_path, database)
    try:
        return alternate_on_copies(RUNS, database, lambda copy: ours(copy, csv_path),
                                   lambda copy: raw(copy, csv_path), "executemany", folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
