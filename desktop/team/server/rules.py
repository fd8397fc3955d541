"""How a field both sides changed is decided, per entity (issue 34, point 6).

A field conflicts only when the server's value and the laptop's both moved away from the
laptop's base. Activities and notes: the last write to reach the server wins (the laptop's,
now) and the server's value is kept in a conflict record; a completed activity never reopens.
Partners and contacts: the server wins and the laptop's value is kept, for the user to
re-apply in one click. Opportunities: status, phase, amount, probability and close date wait
in the owner's queue (the server's value stays until the owner decides); their other fields as
partners'. Quotations are decided as one unit elsewhere (a new revision)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.crm.enums import ActivityStatus

LAST_WRITE_WINS = frozenset({"activities", "notes", "attendees", "email_recipients",
                             "email_attachments", "activity_references", "attribute_values"})
OWNER_QUEUE = frozenset({"status", "phase_id", "expected_revenue", "probability_pct",
                         "expected_close_date"})
QUOTATION = frozenset({"quotations", "quotation_lines"})
#: statuses after which an activity is done: a laptop's edit never reopens it
DONE = frozenset({ActivityStatus.COMPLETED, ActivityStatus.HELD, ActivityStatus.NOT_HELD,
                  ActivityStatus.SENT, ActivityStatus.RECEIVED})


@dataclass(frozen=True)
class Decision:
    take_laptop: bool
    rule: str = ""  # "" when nothing conflicted

    @property
    def conflict(self) -> bool:
        return bool(self.rule)


def decide(table: str, field: str, base: Any, server: Any, laptop: Any) -> Decision:
    """Whether the laptop's value is written, and under which rule it conflicted."""
    if server == base:
        return Decision(True)
    if server == laptop:
        return Decision(False)
    if table == "activities" and field == "status" and server in DONE and laptop not in DONE:
        return Decision(False, "completed_kept")
    if table in LAST_WRITE_WINS:
        return Decision(True, "last_write")
    if table == "opportunities" and field in OWNER_QUEUE:
        return Decision(False, "owner_queue")
    return Decision(False, "server_wins")
