"""Runs of two sides measured in turns: the side that goes first changes every run, so a
machine that warms up or slows down during a benchmark favours neither."""

from __future__ import annotations

import shutil
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any


def alternate(runs: int, ours: Callable[[], Any], peer: Callable[[], Any],
              report: Callable[[int, Any, Any], None]) -> tuple[list, list]:
    """``runs`` measurements of each side, alternating which goes first; ``report(run,
    ours, peer)`` after each run. Returns both lists of results."""
    mine: list = []
    theirs: list = []
    for run in range(runs):
        sides = [(ours, mine), (peer, theirs)]
        for measure, results in sides if run % 2 == 0 else reversed(sides):
            results.append(measure())
        report(run + 1, mine[-1], theirs[-1])
    return mine, theirs


def alternate_on_copies(runs: int, database: Path, ours: Callable[[Path], tuple[float, int]],
                        peer: Callable[[Path], tuple[float, int]], peer_name: str,
                        folder: Path) -> tuple[float, float, int]:
    """``alternate`` for two sides that each write: every measurement on a fresh copy of
    ``database`` in ``folder``; a side returns (seconds, records). Returns the medians and the
    records of the first run."""
    counts: list[int] = []

    def on_copy(measure):
        def side() -> float:
            copy = folder / "copy.sqlite"
            shutil.copyfile(database, copy)
            try:
                elapsed, count = measure(copy)
            finally:
                copy.unlink(missing_ok=True)
            counts.append(count)
            return elapsed
        return side

    mine, theirs = alternate(
        runs, on_copy(ours), on_copy(peer),
        lambda n, a, b: print(f"run {n}: ours {a:.2f} s, {peer_name} {b:.2f} s", flush=True))
    return statistics.median(mine), statistics.median(theirs), counts[0]
