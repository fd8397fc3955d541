"""One measurement of a report over every partner of a demo database, in a process of its own
so that its peak memory is its own:

    python -m bench.report_probe ours-xlsx|peer-xlsx|ours-pdf DATABASE OUT

Warm: each side first runs on the first thousand partners, then on all of them. Prints one
line of JSON: seconds, rows, and the peak memory above the process's baseline in MB."""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

REPORT = "BENCHBP"
LINES = [("bp.country", {"sort": True, "new_page": True}), ("bp.city", {"sort": True}),
         ("bp.code", {}), ("bp.name", {}), ("bp.status", {}), ("bp.internal_rep", {}),
         ("bp.turnover.current.year", {"subtotal": True, "total": True})]


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_report(db) -> None:
    """The benchmark's report, defined once in the database (it stays there)."""
    from desktop.crm import entities as E
    from desktop.crm.db.records import apply_values
    from desktop.crm.enums import BusinessObjectKind
    from desktop.crm.reports import rules  # noqa: F401 - the rules of a report

    with db.session("bench") as s:
        if s.query(E.Report).filter_by(code=REPORT).first() is not None:
            return
        report = E.Report()
        apply_values(s, report, {"code": REPORT, "description": "Partners by country",
                                 "business_object": BusinessObjectKind.BUSINESS_PARTNER,
                                 "footer_text": "Page @page"})
        s.flush()
        for sequence, (name, flags) in enumerate(LINES, 1):
            apply_values(s, E.ReportLayoutLine(report=report),
                         {"sequence": sequence * 10, "field_name": name, **flags})
        s.commit()


def ours(db, out: Path, kind: str, code_to: str = "") -> int:
    from desktop.crm.enums import BusinessObjectKind
    from desktop.crm.reports.printing import FlexiblePrinting, XlsxReport
    from desktop.crm.target_groups import TargetGroup

    output = XlsxReport(out) if kind == "xlsx" else _pdf(out)
    with db.session("bench") as s:
        printed = FlexiblePrinting(TargetGroup(BusinessObjectKind.BUSINESS_PARTNER,
                                               code_to=code_to), REPORT).run(
            s, [output], replace=True)  # the warm run's file is written over
    return printed.rows


def _pdf(out: Path):
    from desktop.views.reports.outputs import PdfReport

    return PdfReport(out)


def peer(db, out: Path, code_to: str = "") -> int:
    """The same rows, read with the same query and written straight with xlsxwriter."""
    import xlsxwriter

    from desktop.crm.enums import BusinessObjectKind
    from desktop.crm.reports.printing import FlexiblePrinting
    from desktop.crm.target_groups import TargetGroup

    with db.session("bench") as s:
        job = FlexiblePrinting(TargetGroup(BusinessObjectKind.BUSINESS_PARTNER,
                                           code_to=code_to), REPORT)
        printed, query = job.prepared(s)
        book = xlsxwriter.Workbook(str(out), {"constant_memory": True})
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, [c.heading for c in printed.columns])
        rows = 0
        for rows, row in enumerate(s.execute(query.execution_options(yield_per=1000)), 1):
            sheet.write_row(rows, 0, row)
        book.close()
    return rows


def main() -> None:
    side, database, out = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    out = out.with_name(f"{out.name}.{side.split('-')[1]}")  # as a report names its file
    from desktop.crm.db.database import open_database

    app = None
    if side == "ours-pdf":
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication([])
    db = open_database(f"sqlite:///{database}")
    ensure_report(db)
    kind = side.split("-")[1]
    measure = (lambda code_to="": ours(db, out, kind, code_to)) if side.startswith("ours") \
        else (lambda code_to="": peer(db, out, code_to))
    measure("BP001000")  # warm: the same work on the first partners
    out.unlink(missing_ok=True)
    baseline = rss_mb()
    started = time.perf_counter()
    rows = measure()
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "rows": rows, "mb": peak_mb() - baseline,
                      "bytes": out.stat().st_size}))
    db.dispose()
    del app


if __name__ == "__main__":
    main()
