"""Where the agenda draws each activity of a day, as Outlook does: activities that overlap share
the day's width side by side, each in the first column free at its start, a group of
overlapping activities split in as many columns as it needs at its busiest; an activity widens
to its right over columns that stay free for its whole length. Plain Python (no Qt): minutes
since the day's local midnight in, fractions of the day's width out."""

from __future__ import annotations

from dataclasses import dataclass

MINUTES_PER_DAY = 24 * 60
SHORTEST = 15  # minutes: an activity without length (a task's due) is drawn this tall


@dataclass(frozen=True)
class Span:
    """An activity of one day: ``key`` names it, ``start`` and ``end`` in minutes since
    the day's local midnight."""

    key: object
    start: int
    end: int


@dataclass(frozen=True)
class Placed:
    """``left`` and ``width`` as fractions of the day's width; ``top`` and ``bottom`` in
    minutes."""

    key: object
    top: int
    bottom: int
    left: float
    width: float


def _drawn(span: Span, shortest: int) -> Span:
    start = min(max(span.start, 0), MINUTES_PER_DAY - shortest)
    end = min(max(span.end, start + shortest), MINUTES_PER_DAY)
    return Span(span.key, start, end)


def _clusters(spans: list[Span]) -> list[list[Span]]:
    """Runs of activities linked by overlaps (a chain counts: A over B, B over C)."""
    clusters: list[list[Span]] = []
    reach = -1
    for span in spans:
        if span.start >= reach:
            clusters.append([])
        clusters[-1].append(span)
        reach = max(reach, span.end)
    return clusters


def _columns(cluster: list[Span]) -> dict[object, int]:
    """Each activity in the first column whose last activity ended by its start."""
    ends: list[int] = []
    column: dict[object, int] = {}
    for span in cluster:
        free = next((i for i, end in enumerate(ends) if end <= span.start), None)
        if free is None:
            ends.append(span.end)
            free = len(ends) - 1
        else:
            ends[free] = span.end
        column[span.key] = free
    return column


def _spread(span: Span, index: int, count: int, cluster: list[Span],
            column: dict[object, int]) -> int:
    """How many columns the activity takes: its own and those to its right that no other
    activity of the group uses while it runs."""
    taken = 1
    for right in range(index + 1, count):
        if any(column[o.key] == right and o.start < span.end and span.start < o.end
               for o in cluster):
            break
        taken += 1
    return taken


def lay_out(spans: list[Span], shortest: int = SHORTEST) -> list[Placed]:
    """The place of each activity of one day (longest first where two start together, so a
    long one takes the left column as Outlook draws it). An activity shorter than
    ``shortest`` minutes is drawn that long, so that its line of text is never cut; those it
    then covers move aside as for a real overlap."""
    ordered = sorted((_drawn(s, shortest) for s in spans), key=lambda s: (s.start, -s.end))
    placed: list[Placed] = []
    for cluster in _clusters(ordered):
        column = _columns(cluster)
        count = max(column.values()) + 1
        for span in cluster:
            index = column[span.key]
            taken = _spread(span, index, count, cluster, column)
            placed.append(Placed(span.key, span.start, span.end, index / count, taken / count))
    return placed
