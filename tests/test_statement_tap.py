"""The suite's own statement watching is safe while another thread runs statements: the
sync worker does exactly that while a GUI test counts them (a CI run once failed with
"deque mutated during iteration" when a test listened on Engine mid-sync)."""

from __future__ import annotations

import threading

from sqlalchemy import create_engine, text

from tests.support import statement_tap


def test_watchers_come_and_go_while_another_thread_runs_statements(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'tap.sqlite'}")
    errors: list[BaseException] = []
    stop = threading.Event()
    seen: list[str] = []

    def run_statements() -> None:
        with engine.connect() as conn:
            while not stop.is_set():
                try:
                    conn.execute(text("select 1"))
                except BaseException as error:  # noqa: BLE001 - any error is the finding
                    errors.append(error)
                    return

    worker = threading.Thread(target=run_statements)
    worker.start()
    try:
        for _ in range(2000):
            with statement_tap.watching(lambda *_a: None):
                pass
        watcher = lambda _c, _cur, sql, *_a: seen.append(sql)  # noqa: E731
        with statement_tap.watching(watcher, engine), engine.connect() as conn:
            conn.execute(text("select 2"))
    finally:
        stop.set()
        worker.join()
    assert errors == []
    assert "select 2" in seen
    engine.dispose()
