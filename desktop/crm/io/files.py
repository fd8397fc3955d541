"""Files written under a temporary name beside their place and moved in once complete: a
cancelled or failed run leaves no half-written file, and never overwrites a good one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
        os.replace(self.temp, self.path)
        self.temp = None
        return [self.path]

    def discard(self) -> None:
        if self.temp is not None:
            self.temp.unlink(missing_ok=True)
            self.temp = None
