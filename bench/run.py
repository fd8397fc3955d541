"""Benchmarks against a named peer, measured in the same run (ratios, not absolute times).

    python bench/run.py NAME [--size large]

Each benchmark ends with the line ``NAME: ours <s> s, <peer> <s> s, ratio <x>``.
Benchmarks: grid (our SQL table model vs Qt's QSqlQueryModel over the same SQLite file),
quotation (generate_quotation of 500 items vs the same inserts in plain SQL), selection
(compiled expressions over fields and attributes of the record and of related objects vs the
hand-written SQL; the worst ratio last),
exchange-push (1,000 new synchronised activities pushed in batches vs saved one by one),
graph-push (the same through Microsoft Graph in $batch of 20 vs one request per event),
graph-pull (the first pull of a mailbox of 2,000 events, 20 of them daily series, vs the floor
of requests: the delta pages and one $batch reading the series),
global-add (a template's task for each of 100,000 partners vs a raw executemany), mailmerge
(10,000 letters into one .docx vs docx-mailmerge2), report-xlsx (a report of 100,000 partners
to XLSX vs the same rows written straight with xlsxwriter, and the peak memory of XLSX and PDF),
customer360 (the 360 of the heavy customer filled and painted vs the lightest customer's, and
the longest event-loop stall while switching partners), import (100,000 partners from CSV with
the duplicate check vs the rows of the file inserted by a raw executemany), duplicates (every
group of duplicate partners of the demo vs the same rapidfuzz scoring written directly), startup (process
start to the first painted main window vs a bare PySide6 window, from Python and from the
bundle), team-sync (a laptop's push of 1,000 changes through a link shaped to 100 ms and
5 Mbit/s vs the same rows in one request and one executemany; an idle sync's round trips and
bytes; the size of the first copy of a salesperson's scope), team-copy (that first copy
alone: its rows, time and the replica file's size against the 300 MB target).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
sys.path.insert(0, str(ROOT))


def demo_database(size: str) -> Path:
    """The demo database of this size, created on first use and reused afterwards (brought up
    to the current schema first, as the application would)."""
    path = DATA / f"{size}.sqlite"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"creating the {size} demo database (once) ...", flush=True)
        subprocess.run([sys.executable, "-m", "desktop", "demo", "--size", size,
                        "--database", f"sqlite:///{path}"], check=True, cwd=ROOT)
    else:
        subprocess.run([sys.executable, "-m", "desktop", "--check", "--database",
                        f"sqlite:///{path}"], check=True, cwd=ROOT, capture_output=True)
    return path


def run_probe(module: str, *args: str) -> dict:
    """Run one measurement in a fresh process, so peak memory is its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", module, *args], check=True, env=env,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


GRID_RUNS = 5


def bench_grid(size: str) -> None:
    """Each side in a fresh process (peak memory is its own), warm, the order of the two
    sides alternating from run to run; medians of GRID_RUNS runs."""
    path = demo_database(size)
    from bench.alternating import alternate

    ours, peer = alternate(
        GRID_RUNS, lambda: run_probe("bench.grid_probe", "ours", str(path)),
        lambda: run_probe("bench.grid_probe", "qsqlquerymodel", str(path)),
        lambda run, mine, theirs: print(f"run {run}: first rows ours {mine['first']:.3f} s, "
                                        f"QSqlQueryModel {theirs['first']:.3f} s", flush=True))
    med = {key: (median(r[key] for r in ours), median(r[key] for r in peer))
           for key in ("first", "jump", "mb")}
    print(f"rows in the activities overview: {ours[0]['rows']:,} (peer sees "
          f"{peer[0]['rows']:,} after its scroll); medians of {GRID_RUNS} runs")
    for key, label in (("first", "first rows"), ("jump", "scroll to row 500,000")):
        print(f"{label:24}: ours {med[key][0]:.3f} s, QSqlQueryModel {med[key][1]:.3f} s, "
              f"ratio {med[key][0] / med[key][1]:.2f}")
    print(f"{'peak memory':24}: ours {med['mb'][0]:.0f} MB, QSqlQueryModel "
          f"{med['mb'][1]:.0f} MB, ratio {med['mb'][0] / max(med['mb'][1], 1):.2f}")
    print(f"grid: ours {med['first'][0]:.3f} s, QSqlQueryModel {med['first'][1]:.3f} s, "
          f"ratio {med['first'][0] / med['first'][1]:.2f} (target: at most 1.2)")


def bench_grid_remote(_size: str, deep: bool = False) -> None:
    if deep:
        bench_grid_deep()
        return
    from bench.grid_remote import DELAY, PAGES, run

    ours, peer = run()
    print(f"scroll {PAGES} pages of the activities grid on PostgreSQL behind a proxy adding "
          f"{DELAY * 1000:.0f} ms to each round trip (medians)")
    print(f"grid-remote: longest stall ours {ours * 1000:.0f} ms, reads on the GUI thread "
          f"{peer * 1000:.0f} ms, ratio {ours / peer:.2f} (target: ours under 50 ms)")


def bench_grid_deep() -> None:
    from bench.grid_deep import DEEP, RUNS, run
    from bench.grid_remote import DELAY

    first, deep, rows = run(lambda n, a, b: print(
        f"run {n}: first page {a * 1000:.0f} ms, row {DEEP:,} {b * 1000:.0f} ms", flush=True))
    print(f"the activities grid sorted by date ({rows:,} rows) on PostgreSQL behind a proxy "
          f"adding {DELAY * 1000:.0f} ms to each round trip; medians of {RUNS} runs")
    print(f"grid-remote --deep: row {DEEP:,} {deep:.3f} s, first page {first:.3f} s, ratio "
          f"{deep / first:.2f} (target: at most 2)")


def bench_quotation(_size: str) -> None:
    from bench.quotation import ITEMS, RUNS, run

    ours, sql = run()
    print(f"generate a quotation of {ITEMS} lines, warm, sides alternating (median of "
          f"{RUNS} runs)")
    print(f"quotation: ours {ours:.3f} s, plain SQL {sql:.3f} s, ratio {ours / sql:.2f}")


def bench_selection(size: str) -> None:
    from bench.selection import RUNS, run

    def report(expression: str, ours: float, sql: float, count: int) -> None:
        print(f"{expression!r}: {count:,} records; ours {ours:.3f} s, hand-written SQL "
              f"{sql:.3f} s, ratio {ours / sql:.2f}", flush=True)

    results = run(demo_database(size), report)
    expression, ours, sql, _count = max(results, key=lambda r: r[1] / r[2])
    print(f"medians of {RUNS} runs, the sides taking turns; the worst of {len(results)} "
          f"expressions: {expression!r}")
    print(f"selection: ours {ours:.3f} s, hand-written SQL {sql:.3f} s, ratio {ours / sql:.2f} "
          "(target: at most 1.2)")


def bench_exchange_push(_size: str) -> None:
    from bench.exchange_push import ITEMS, run

    (requests, ours), (peer_requests, peer) = run()
    print(f"push {ITEMS} new appointments to the loopback EWS server")
    print(f"requests: ours {requests}, one by one {peer_requests} (target: at most 20)")
    print(f"exchange-push: ours {ours:.3f} s, one by one {peer:.3f} s, ratio {ours / peer:.2f}")


def bench_graph_push(_size: str) -> None:
    from bench.graph_push import ITEMS, RUNS, run

    def report(n: int, mine, peer) -> None:
        print(f"  run {n}: ours {mine[0]} requests {mine[1]:.3f} s, one by one {peer[0]} "
              f"requests {peer[1]:.3f} s", flush=True)

    print(f"push {ITEMS} new appointments to the loopback Graph server (TLS), "
          f"{RUNS} runs alternating, warm")
    mine, peer = run(report)
    requests, ours = median(r for r, _ in mine), median(t for _, t in mine)
    peer_requests, theirs = median(r for r, _ in peer), median(t for _, t in peer)
    print(f"requests: ours {requests:.0f}, one by one {peer_requests:.0f} (target: at most 60)")
    print(f"graph-push: ours {ours:.3f} s, one by one {theirs:.3f} s, "
          f"ratio {ours / theirs:.2f}")


def bench_graph_pull(_size: str) -> None:
    from bench.graph_pull import EVENTS, RUNS, SERIES, run

    def report(n: int, mine, peer) -> None:
        print(f"  run {n}: ours {mine[0]} requests {mine[1]:.3f} s, floor {peer[0]} requests "
              f"{peer[1]:.3f} s", flush=True)

    print(f"first pull of a mailbox of {EVENTS} events ({SERIES} daily series across the "
          f"window) from the loopback Graph server (TLS), {RUNS} runs alternating, warm")
    mine, peer = run(report)
    requests, ours = median(r for r, _ in mine), median(t for _, t in mine)
    floor_requests, theirs = median(r for r, _ in peer), median(t for _, t in peer)
    print(f"time: ours {ours:.3f} s (the engine sieves and applies the rows), floor {theirs:.3f} s "
          f"(reads only), ratio {ours / theirs:.2f}")
    print(f"graph-pull: ours {requests:.0f} requests, floor {floor_requests:.0f} requests "
          f"(delta pages and one $batch of the series), ratio "
          f"{requests / floor_requests:.2f} (target: at most 1.2)")


def bench_global_add(size: str) -> None:
    from bench.global_add import RUNS, run

    ours, raw, count = run(demo_database(size))
    print(f"global addition of a task to {count:,} partners (median of {RUNS} runs, "
          "alternating)")
    print(f"global-add: ours {ours:.3f} s, executemany {raw:.3f} s, ratio {ours / raw:.2f} "
          "(target: at most 1.5)")


def bench_import(size: str) -> None:
    from bench.import_partners import ROWS, RUNS, run

    ours, raw, created = run(demo_database(size))
    print(f"import of {ROWS:,} partners from CSV, duplicate check on ({created:,} created, "
          f"the rest near-duplicates skipped); median of {RUNS} runs, alternating")
    print(f"import: ours {ours:.3f} s, executemany {raw:.3f} s, ratio {ours / raw:.2f} "
          "(target: at most 3)")


def bench_duplicates(size: str) -> None:
    from bench.duplicates import RUNS, run

    ours, direct, groups = run(demo_database(size), lambda n, mine, theirs: print(
        f"run {n}: ours {mine[0]:.2f} s, rapidfuzz directly {theirs[0]:.2f} s", flush=True))
    print(f"duplicate partners of the {size} demo: {groups:,} groups (branches sharing an "
          f"e-mail address are one group); median of {RUNS} runs, warm, alternating")
    print(f"duplicates: ours {ours:.3f} s, rapidfuzz directly {direct:.3f} s, ratio "
          f"{ours / direct:.2f} (target: at most 2)")


def bench_startup(_size: str) -> None:
    from bench.startup import BUNDLE, RUNS, run

    results = run(demo_database("small"))
    print(f"process start to the first painted main window, small demo; median of {RUNS} "
          "runs, alternating")
    if "bundle" not in results:
        print(f"no bundle at {BUNDLE}: build it with python installers/build.py")
    for name, (ours, ready, bare) in results.items():  # the ratio lines last
        print(f"startup ({name}) ready (database open, My day filled and painted): ours "
              f"{ready:.3f} s, bare window {bare:.3f} s, ratio {ready / bare:.2f} (target: at "
              "most 4)")
        print(f"startup ({name}): ours {ours:.3f} s, bare window {bare:.3f} s, ratio "
              f"{ours / bare:.2f} (target: at most 2.5)")


def bench_campaign_stall(size: str) -> None:
    from bench.campaign_stall import RUNS, run

    for scenario, (ours, peer) in run(demo_database(size)).items():
        print(f"campaign-stall {scenario}: ours {ours * 1000:.0f} ms, on the GUI thread "
              f"{peer * 1000:.0f} ms, ratio {ours / peer:.3f} (median of {RUNS}; target: "
              "ours under 100 ms)")


def bench_mailmerge(_size: str) -> None:
    from bench.merged_letters import LETTERS, RUNS, run

    ours, peer = run()
    print(f"{LETTERS:,} letters into one .docx (median of {RUNS} runs, alternating)")
    print(f"mailmerge: ours {ours:.3f} s, docx-mailmerge2 {peer:.3f} s, "
          f"ratio {ours / peer:.2f} (target: at most 1)")


REPORT_RUNS = 5


def bench_report_xlsx(size: str) -> None:
    """A report over every partner (sorted by country and city, a page and a subtotal per
    country, a grand total) to XLSX, against the same rows read by the same query and
    written straight with xlsxwriter; each side in a fresh process, warm, alternating. Then
    the same report to PDF, for its peak memory."""
    import tempfile

    from bench.alternating import alternate

    path = demo_database(size)
    out = Path(tempfile.mkdtemp(prefix="bench-report-"))

    def side(name: str):
        return lambda: run_probe("bench.report_probe", name, str(path), str(out / name))

    ours, peer = alternate(REPORT_RUNS, side("ours-xlsx"), side("peer-xlsx"),
                           lambda run, mine, theirs: print(
                               f"run {run}: ours {mine['seconds']:.2f} s "
                               f"(+{mine['mb']:.0f} MB), xlsxwriter {theirs['seconds']:.2f} s "
                               f"(+{theirs['mb']:.0f} MB)", flush=True))
    pdf = [side("ours-pdf")() for _ in range(3)]
    mine, theirs = (median(r["seconds"] for r in ours), median(r["seconds"] for r in peer))
    print(f"report of {ours[0]['rows']:,} partners; medians of {REPORT_RUNS} runs")
    print(f"peak memory above the baseline: XLSX {median(r['mb'] for r in ours):.0f} MB, "
          f"PDF {median(r['mb'] for r in pdf):.0f} MB ({median(r['seconds'] for r in pdf):.1f}"
          f" s, {pdf[0]['bytes'] / 2**20:.1f} MB file) (target: under 150 MB)")
    print(f"report-xlsx: ours {mine:.2f} s, xlsxwriter {theirs:.2f} s, ratio "
          f"{mine / theirs:.2f} (target: at most 1.3)")


def bench_customer360(size: str) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench.customer360 import RUNS, STALL_RUNS, SWITCHES, run

    result = run(demo_database(size))
    heavy, light = result["statements"].values()
    print(f"heavy customer {result['heavy']}: {heavy} statements")
    print(f"lightest customer {result['lightest']}: {light} statements")
    print(f"longest event-loop stall switching between {SWITCHES} customers (median of "
          f"{STALL_RUNS} rounds): {result['stall'] * 1000:.0f} ms (target: under 50 ms)")
    cpu_heavy, cpu_light = result["cpu"]
    print(f"processor time (both threads), medians: heavy {cpu_heavy * 1000:.1f} ms, lightest "
          f"{cpu_light * 1000:.1f} ms, ratio {cpu_heavy / cpu_light:.2f}")
    print(f"time to the 360 filled and painted, medians of {RUNS} runs, warm, alternating")
    print(f"customer360: heavy {result['ours']:.4f} s, lightest {result['peer']:.4f} s, ratio "
          f"{result['ours'] / result['peer']:.2f} (target: at most 1.5)")


def bench_team_sync(size: str) -> None:
    from bench.team_sync import CHANGES, RUNS, run

    print(f"a laptop and the team server through a link of 100 ms round trips and 5 Mbit/s; "
          f"{size} demo on PostgreSQL")
    result = run(size, lambda line: print(line, flush=True))
    print(f"idle sync: {result['idle_requests']} round trip(s), {result['idle_bytes']:,} bytes "
          f"(target: one, under 5 KB), {result['idle_seconds']:.2f} s")
    print(f"first copy of a salesperson's scope: {result['copy_rows']:,} rows, replica file "
          f"{result['copy_mb']:.0f} MB (target: under 300 MB), peak memory {result['peak_mb']:.0f}"
          f" MB")
    print(f"team-sync: push of {CHANGES:,} changes (one local transaction each, median of "
          f"{RUNS}) ours {result['ours']:.2f} s, floor {result['floor']:.2f} s, ratio "
          f"{result['ours'] / result['floor']:.2f} (target: at most 1.5)")


def bench_team_copy(size: str) -> None:
    from bench.team_sync import run

    print(f"the first copy of a salesperson's scope from the {size} demo on PostgreSQL")
    result = run(size, lambda line: print(line, flush=True), copy_only=True)
    print(f"team-copy: {result['copy_rows']:,} rows in {result['copy_seconds']:.0f} s, replica "
          f"file {result['copy_mb']:.0f} MB (target: under 300 MB), peak memory "
          f"{result['peak_mb']:.0f} MB")


BENCHMARKS = {"report-xlsx": bench_report_xlsx, "customer360": bench_customer360,
              "grid": bench_grid, "grid-remote": bench_grid_remote,
              "quotation": bench_quotation, "selection": bench_selection,
              "exchange-push": bench_exchange_push, "graph-push": bench_graph_push,
              "graph-pull": bench_graph_pull,
              "mailmerge": bench_mailmerge,
              "global-add": bench_global_add, "import": bench_import,
              "duplicates": bench_duplicates,
              "startup": bench_startup, "campaign-stall": bench_campaign_stall,
              "team-sync": bench_team_sync, "team-copy": bench_team_copy}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    parser.add_argument("--size", default="large", choices=("small", "medium", "large"))
    parser.add_argument("--deep", action="store_true",
                        help="grid-remote: row 500,000 of the large demo against the first page")
    args = parser.parse_args()
    if args.deep and args.name != "grid-remote":
        parser.error("--deep goes with grid-remote")
    if args.deep:
        bench_grid_remote(args.size, deep=True)
    else:
        BENCHMARKS[args.name](args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
