"""What an import is asked to do (its options) and what it did (a line per row of the file)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from desktop.crm.duplicates import DEFAULT_THRESHOLD, Match
from desktop.crm.errors import CrmError


class OnDuplicate(enum.Enum):
    SKIP = "skip"
    UPDATE = "update"  # the record found takes the row's values
    CREATE = "create"  # anyway


class Action(enum.Enum):
    CREATED = "created"
    UPDATED = "updated"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass
class ImportOptions:
    mapping: dict[int, str]  # column index -> field
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    # the user's choice for one duplicate, by its line in the file (after a simulation)
    decisions: dict[int, OnDuplicate] = field(default_factory=dict)
    threshold: int = DEFAULT_THRESHOLD
    simulate: bool = False
    all_or_nothing: bool = False
    day_first: bool = True
    decimal_comma: bool = True
    default_country: str = "FR"

    def on_duplicate_of(self, line: int) -> OnDuplicate:
        return self.decisions.get(line, self.on_duplicate)


@dataclass
class ImportLine:
    line: int  # in the file, the header being line 1
    action: Action
    code: str = ""
    error: CrmError | None = None
    column: str = ""  # the file's column the error is about
    duplicate: Match | None = None
    values: dict = field(default_factory=dict)  # as read from the row, for the side by side


@dataclass
class ImportReport:
    lines: list[ImportLine] = field(default_factory=list)
    written: bool = False  # False: simulated, or rolled back (all-or-nothing with a failure)

    def count(self, action: Action) -> int:
        return sum(1 for line in self.lines if line.action is action)

    @property
    def duplicates(self) -> list[ImportLine]:
        return [line for line in self.lines if line.duplicate is not None]
