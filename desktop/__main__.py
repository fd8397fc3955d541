"""Command line: ``python -m desktop`` starts the application; sub-commands serve scripts.

    python -m desktop [--database URL] [--lang fr|en]   the application
    python -m desktop --check [--database URL]          open/upgrade the database, print counts
    python -m desktop --self-test [--database URL]      open every session offscreen and exit
    python -m desktop demo --size small|medium|large    load demo data into an empty database
    python -m desktop select KIND EXPRESSION [--count]  check a selection expression
"""

from __future__ import annotations

import argparse
import sys
import time

from desktop.crm.errors import CrmError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm-desktop", description="CRM desktop")
    parser.add_argument("--database", metavar="URL",
                        help="SQLAlchemy URL (default: the embedded SQLite file, or "
                             "$CRM_DATABASE_URL)")
    parser.add_argument("--check", action="store_true",
                        help="open and upgrade the database, print what it holds, and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="open every session without user input and exit")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the interface")
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="load demo data into an empty database")
    demo.add_argument("--size", choices=("small", "medium", "large"), default="small")
    demo.add_argument("--database", metavar="URL", dest="demo_database")
    sel = sub.add_parser("select", help="print the records a selection expression selects")
    sel.add_argument("kind", choices=("bp", "contact", "opportunity", "activity"))
    sel.add_argument("expression")
    sel.add_argument("--count", action="store_true", help="print only how many")
    sel.add_argument("--database", metavar="URL", dest="select_database")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop.logs import configure_logging

    configure_logging()
    try:
        if args.command == "demo":
            return run_demo(args.demo_database or args.database, args.size)
        if args.command == "select":
            return run_select(args.select_database or args.database, args.kind,
                              args.expression, args.count)
        if args.check:
            return run_check(args.database)
    except CrmError as error:
        print(f"crm-desktop: {error}", file=sys.stderr)
        return 2
    from desktop.app import run_application

    return run_application(args)


def run_check(url: str | None) -> int:
    from desktop.crm.database import open_database
    from desktop.crm.demo import build_demo
    from desktop.crm.inventory import count_orphans, count_rows

    db = open_database(url)
    try:
        print(f"database: {db.description}")
        if db.created:
            print("created a new database; loading the small demo data")
            build_demo(db.engine, "small")
        elif db.upgraded_from:
            print(f"upgraded from schema {db.upgraded_from}; backup: {db.backup_path}")
        for table, count in count_rows(db.engine).items():
            print(f"{table:32} {count:>10,}")
        orphans = count_orphans(db.engine)
        print("orphan rows: none" if not orphans else "orphan rows (pointing at nothing):")
        for link, count in orphans.items():
            print(f"  {link:40} {count:>8,}")
    finally:
        db.dispose()
    return 0


def run_select(url: str | None, kind: str, expression: str, count_only: bool) -> int:
    """Check a selection outside the GUI: the codes it selects, or its errors with a caret."""
    from sqlalchemy import func, select

    from desktop.crm.database import open_database
    from desktop.crm.expressions import ExpressionError
    from desktop.crm.expressions.catalogue import ENTITY
    from desktop.crm.expressions.compiler import compile_selection

    db = open_database(url)
    try:
        with db.session() as session:
            try:
                clause = compile_selection(session, kind, expression)
            except ExpressionError as error:
                print(error.report(), file=sys.stderr)
                return 2
            entity = ENTITY[kind]
            if count_only:
                print(session.scalar(select(func.count()).select_from(entity).where(clause)))
            else:
                for code in session.scalars(select(entity.code).where(clause)
                                            .order_by(entity.code)):
                    print(code)
    finally:
        db.dispose()
    return 0


def run_demo(url: str | None, size: str) -> int:
    from desktop.crm.database import open_database, sqlite_path
    from desktop.crm.demo import build_demo

    db = open_database(url)
    started = time.perf_counter()
    last = [0.0]

    def progress(table: str, count: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 2:
            last[0] = now
            print(f"  {table}: {count:,}", flush=True)

    try:
        print(f"loading the {size} demo into {db.description}", flush=True)
        counts = build_demo(db.engine, size, progress=progress)
    finally:
        db.dispose()
    elapsed = time.perf_counter() - started
    print(f"{sum(counts.values()):,} rows in {elapsed:.1f} s")
    path = sqlite_path(db.url)
    if path is not None and path.exists():
        print(f"database size: {path.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
