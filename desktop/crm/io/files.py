"""Files written under a temporary name beside their place and moved in once complete: a
cancelled or failed run leaves no half-written file, and never overwrites a good one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from desktop.crm.errors import FileInUseError


def partial_path(path: Path) -> Path:
    """A temporary name beside ``path``: the move into place is then a rename."""
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    return Path(name)


class PartialFile:
    """``temp`` is written; ``publish()`` moves it to ``path``; ``discard()`` removes it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.temp: Path | None = None

    def open_temp(self) -> Path:
        self.temp = partial_path(self.path)
        return self.temp

    def publish(self) -> list[Path]:
        if self.temp is None:
            return []
        try:
            os.replace(self.temp, self.path)
        except PermissionError as error:
            # Windows: ERROR_SHARING_VIOLATION (32) or ERROR_ACCESS_DENIED (5) while Excel or
            # Word holds the file (Python raises PermissionError for both: "OS exceptions",
            # https://docs.python.org/3/library/exceptions.html#PermissionError)
            raise FileInUseError("{file} is open in another program (Excel or Word?) or "
                                 "read-only: close it there and try again.",
                                 file=str(self.path)) from error
        self.temp = None
        return [self.path]

    def discard(self) -> None:
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
            self.temp = None
