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


class Assign(enum.Enum):
    """Whose partners the imported ones become (their internal representative)."""
    LEAVE = "leave"  # as the file says, else nobody's
    ME = "me"  # the employee of the user who imports
    CHOSEN = "chosen"  # ImportOptions.representative_id


class FieldPolicy(enum.Enum):
    """What an update does with a field the file gives, as the merge dialog lets one choose."""
    OVERWRITE = "overwrite"  # the file's value
    FILL_EMPTY = "fill"  # the file's value only where the record has none
    KEEP = "keep"  # the record's value


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
    assign: Assign = Assign.LEAVE
    representative_id: int | None = None  # the employee, when assign is CHOSEN
    # for an update: field -> policy for the whole file, and line -> field -> policy
    policies: dict[str, FieldPolicy] = field(default_factory=dict)
    line_policies: dict[int, dict[str, FieldPolicy]] = field(default_factory=dict)

    def on_duplicate_of(self, line: int) -> OnDuplicate:
        return self.decisions.get(line, self.on_duplicate)

    def policy_of(self, line: int, name: str) -> FieldPolicy:
        chosen = self.line_policies.get(line, {}).get(name)
        return chosen or self.policies.get(name, FieldPolicy.OVERWRITE)


@dataclass
class Problem:
    """One thing wrong with a row: an error keeps it out; a warning says what was repaired or
    looks doubtful in a row that is imported."""
    error: CrmError
    column: str = ""  # the file's column it is about ("" for the row as a whole)
    warning: bool = False


@dataclass
class ImportLine:
    line: int  # in the file, the header being line 1 (blank lines counted)
    action: Action
    code: str = ""
    problems: list[Problem] = field(default_factory=list)  # every one of the row's
    duplicate: Match | None = None
    values: dict = field(default_factory=dict)  # as read from the row, for the side by side

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]

    @property
    def error(self) -> CrmError | None:
        """The first error (None when the row went in)."""
        errors = self.errors
        return errors[0].error if errors else None

    @property
    def column(self) -> str:
        errors = self.errors
        return errors[0].column if errors else ""


@dataclass
class ImportReport:
    lines: list[ImportLine] = field(default_factory=list)
    written: bool = False  # False: simulated, or rolled back (all-or-nothing with a failure)

    def count(self, action: Action) -> int:
        return sum(1 for line in self.lines if line.action is action)

    @property
    def duplicates(self) -> list[ImportLine]:
        return [line for line in self.lines if line.duplicate is not None]
