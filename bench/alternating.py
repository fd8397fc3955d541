"""Runs of two sides measured in turns: the side that goes first changes every run, so a
machine that warms up or slows down during a benchmark favours neither."""

from __future__ import annotations

from collections.abc import Callable
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
