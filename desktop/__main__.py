"""Command line: ``python -m desktop`` starts the application; sub-commands serve scripts.

    python -m desktop [--database URL] [--lang fr|en]   the application
    python -m desktop --check [--database URL]          open/upgrade the database, print counts
    python -m desktop --self-test [--database URL]      open every session offscreen and exit
    python -m desktop demo --size small|medium|large    load demo data into an empty database
    python -m desktop select KIND EXPRESSION [--count]  check a selection expression
    python -m desktop letter CODE OUT.docx              write a standard letter to Word
    python -m desktop sync [--password-env NAME]        synchronize with Exchange once
    python -m desktop save ENTITY [--id ID] FIELD=VALUE ...
                                                        write a record through its rules
    python -m desktop serve --database postgresql://... [--listen HOST:PORT]
                            [--cert FILE --key FILE]    the team server, for laptops
                            [--entra-tenant ID --entra-audience URI | --accounts]
    python -m desktop account USER --password-env NAME --database postgresql://...
                                                        a server account's password
"""

from __future__ import annotations

import argparse
import os
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
    parser.add_argument("--open", metavar="SESSION",
                        help="open this session (its code, e.g. tccom6100m000) in the window; "
                             "with the window already running, it opens there")
    # for bench/run.py startup: say "painted" once the main window has painted, then quit
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")
    demo = sub.add_parser("demo", help="load demo data into an empty database")
    demo.add_argument("--size", choices=("small", "medium", "large"), default="small")
    demo.add_argument("--database", metavar="URL", dest="demo_database")
    sel = sub.add_parser("select", help="print the records a selection expression selects")
    sel.add_argument("kind", choices=("bp", "contact", "opportunity", "activity"))
    sel.add_argument("expression")
    sel.add_argument("--count", action="store_true", help="print only how many")
    sel.add_argument("--database", metavar="URL", dest="select_database")
    letter = sub.add_parser("letter", help="write a standard letter to a Word file")
    letter.add_argument("code")
    letter.add_argument("out", help="the .docx file to write")
    letter.add_argument("--database", metavar="URL", dest="letter_database")
    sync = sub.add_parser("sync", help="synchronize with Exchange now, with the database's "
                                       "settings, until nothing waits (a scheduled task)")
    sync.add_argument("--password-env", metavar="NAME",
                      help="read the service account's password or the application's secret "
                           "from this environment variable instead of the keyring")
    sync.add_argument("--wait", metavar="SECONDS", type=float, default=0.0,
                      help="wait this long for a sync already running on a mailbox (the "
                           "window's, another scheduled one) to finish; without it, such "
                           "mailboxes are skipped until the next run")
    sync.add_argument("--database", metavar="URL", dest="sync_database")
    forget = sub.add_parser("forget-credentials",
                            help="remove the passwords and keys the CRM saved in the system's "
                                 "keyring (the Windows uninstaller offers it)")
    forget.add_argument("--database", metavar="URL", dest="forget_database")
    save = sub.add_parser("save", help="create or change a record through the rules a form "
                                       "applies, e.g. save BusinessPartner --id 12 city=Lyon")
    save.add_argument("entity", help="the record type: class or table name")
    save.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    save.add_argument("--id", type=int, dest="record_id", help="the record to change")
    save.add_argument("--database", metavar="URL", dest="save_database")
    serve = sub.add_parser("serve", help="the team server: laptops replicate the team's "
                                         "PostgreSQL database through it, over HTTPS")
    serve.add_argument("--database", metavar="URL", dest="serve_database",
                       help="the team's PostgreSQL database (postgresql://user@host/crm)")
    serve.add_argument("--listen", metavar="HOST:PORT", default="0.0.0.0:8443")
    serve.add_argument("--cert", metavar="FILE", help="the server's certificate (PEM); "
                                                      "without: a self-signed one for trials")
    serve.add_argument("--key", metavar="FILE", help="the certificate's private key (PEM)")
    serve.add_argument("--no-exchange", action="store_true",
                       help="do not run the Exchange sync on this server")
    serve.add_argument("--entra-tenant", metavar="TENANT-ID",
                       help="sign laptops in with this Microsoft Entra tenant")
    serve.add_argument("--entra-audience", metavar="APP-ID-URI",
                       help="the server's application ID URI in that tenant (api://...)")
    serve.add_argument("--accounts", action="store_true",
                       help="sign laptops in with the server's own accounts (see: account)")
    account = sub.add_parser("account", help="set a team server account's password")
    account.add_argument("user", help="the employee's user name")
    account.add_argument("--password-env", metavar="NAME", required=True,
                         help="the environment variable holding the password")
    account.add_argument("--database", metavar="URL", dest="account_database")
    return parser


def utf8_output() -> None:
    """Text written to a file or a pipe is UTF-8. Redirected, Python writes in the locale's
    encoding, on Windows the ANSI code page (cp1252: no Polish, Czech or Greek names, no
    "→"), and one such character ends the command with UnicodeEncodeError; a console itself
    takes Unicode (https://docs.python.org/3/library/sys.html#sys.stdout, "Character
    encoding"). An explicit PYTHONIOENCODING is the user's choice and stays."""
    if os.environ.get("PYTHONIOENCODING"):
        return
    for stream in (sys.stdout, sys.stderr):  # None in the window-less executable
        if stream is not None and hasattr(stream, "reconfigure") and not stream.isatty() \
                and (stream.encoding or "").lower().replace("-", "") != "utf8":
            stream.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    utf8_output()
    args = build_parser().parse_args(argv)
    args.argv = list(sys.argv[1:] if argv is None else argv)  # for a window already running
    from desktop.logs import COMMAND_LINE, WINDOW, configure_logging

    window = not (args.command or args.check or args.self_test)
    if not window:  # the window does it after its first paint (app.Started.open)
        from desktop.trust import trust_system_store

        trust_system_store()  # before any library opens an HTTPS connection
    configure_logging(role=WINDOW if window else COMMAND_LINE)
    try:
        if args.command == "demo":
            return run_demo(args.demo_database or args.database, args.size)
        if args.command == "select":
            return run_select(args.select_database or args.database, args.kind,
                              args.expression, args.count)
        if args.command == "letter":
            return run_letter(args.letter_database or args.database, args.code, args.out)
        if args.command == "sync":
            return run_sync(args.sync_database or args.database, args.password_env, args.wait)
        if args.command == "forget-credentials":
            return run_forget_credentials(args.forget_database or args.database)
        if args.command == "serve":
            from desktop.team.server.serve import run

            return run(args.serve_database or args.database or "", args.listen, args.cert,
                       args.key, exchange=not args.no_exchange,
                       entra=(args.entra_tenant, args.entra_audience),
                       accounts=args.accounts)
        if args.command == "account":
            from desktop.team.server.serve import set_account

            return set_account(args.account_database or args.database or "", args.user,
                               os.environ.get(args.password_env, ""))
        if args.command == "save":
            from desktop.cli import run_save

            return run_save(args.save_database or args.database, args.entity, args.record_id,
                            args.values)
        if args.check:
            return run_check(args.database)
    except CrmError as error:
        print(f"crm-desktop: {error}", file=sys.stderr)
        return 2
    from desktop.app import run_application

    return run_application(args)


def run_check(url: str | None) -> int:
    from desktop.crm.db.database import open_database
    from desktop.crm.demo import build_demo
    from desktop.crm.inventory import count_orphans, count_rows

    db = open_database(url)
    try:
        print(f"database: {db.description}")
        if db.storage_warning is not None:
            print(f"warning: {db.storage_warning}")
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


def run_letter(url: str | None, code: str, out: str) -> int:
    from pathlib import Path

    from desktop.crm import entities as E
    from desktop.crm.db.database import open_database
    from desktop.crm.db.records import by_code
    from desktop.crm.letters.docx_export import to_docx
    from desktop.crm.letters.storage import loads

    db = open_database(url)
    try:
        with db.session() as session:
            letter = by_code(session, E.Letter, code)
            if letter is None:
                print(f"crm-desktop: there is no letter {code}", file=sys.stderr)
                return 2
            Path(out).write_bytes(to_docx(loads(letter.layout)))
        print(f"letter {letter.code} written to {out}")
    finally:
        db.dispose()
    return 0


SYNC_ROUNDS = 20  # a scheduled run stops after this many rounds even if changes still wait


def run_sync(url: str | None, password_env: str | None, wait: float = 0.0) -> int:
    """Push and pull until nothing waits (or a fault); exit 1 when the last round failed.
    A mailbox another engine syncs (the window's, on the same database) is waited for up to
    ``wait`` seconds, else skipped and named: the same locks as the window's engine."""
    from desktop.crm.db.database import open_database
    from desktop.sync.api import database_gateway
    from desktop.sync.engine import SyncEngine

    db = open_database(url)
    try:
        secret = os.environ.get(password_env, "") if password_env else None
        engine = SyncEngine(db, database_gateway(db, secret)())
        engine.wait, engine.on_wait = wait, _say_waiting(wait)
        for _round in range(SYNC_ROUNDS):
            try:
                report = engine.run_once()
            except Exception as error:  # noqa: BLE001 - said in one line, as the window does
                print(f"crm-desktop: the sync failed: {error}", file=sys.stderr)
                return 1
            print(f"pushed {report.pushed}, pulled {report.pulled}, waiting {report.waiting}"
                  + (f", error: {report.error}" if report.error else ""), flush=True)
            if report.busy:
                print(f"skipped, another sync is running: {', '.join(report.busy)}", flush=True)
                break
            if report.error or not report.waiting:
                break
    finally:
        db.dispose()
    return 1 if report.error else 0


def run_forget_credentials(url: str | None) -> int:
    """The keyring entries of the CRM: the sync accounts the database names (when it opens)
    and the services' own entries."""
    from sqlalchemy import select

    from desktop.crm import entities as E
    from desktop.crm.db.database import open_database
    from desktop.sync.credentials import forget_credentials

    accounts: list[str] = []
    try:
        db = open_database(url, upgrade=False)
        try:
            with db.session() as session:
                accounts = [a for a in session.scalars(
                    select(E.ExchangeSyncSettings.account_user)) if a]
        finally:
            db.dispose()
    except Exception as error:  # noqa: BLE001 - the services' own entries still go
        print(f"crm-desktop: the database was not read ({error})", file=sys.stderr)
    print(f"removed {forget_credentials(accounts)} saved password(s) and key(s)")
    return 0


def _say_waiting(wait: float):
    def say(mailboxes: list[str]) -> None:
        print(f"waiting up to {wait:g} s for the sync already running: {', '.join(mailboxes)}",
              flush=True)
    return say


def run_select(url: str | None, kind: str, expression: str, count_only: bool) -> int:
    """Check a selection outside the GUI: the codes it selects, or its errors with a caret."""
    from desktop.crm.db.database import open_database
    from desktop.crm.expressions import ExpressionError
    from desktop.crm.selections import selected_codes, selected_count

    db = open_database(url)
    try:
        with db.session() as session:
            try:
                answer = [selected_count(session, kind, expression)] if count_only else \
                    selected_codes(session, kind, expression)
            except ExpressionError as error:
                print(error.report(), file=sys.stderr)
                return 2
            for line in answer:
                print(line)
    finally:
        db.dispose()
    return 0


def run_demo(url: str | None, size: str) -> int:
    from desktop.crm.db.database import open_database, sqlite_path
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
