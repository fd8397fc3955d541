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


def write_private(path: Path, data: bytes) -> None:
    """Write a file that holds a secret (a token cache, anything the keyring cannot hold)
    readable by its owner only: created 0600 on Linux and macOS, whatever the umask, and moved
    into place whole; its folder 0700 when it is made here. On Windows the file lives in the
    user's own profile folder, whose access list already keeps other users out: a path
    elsewhere is refused."""
    path = Path(path)
    if os.name == "nt" and not _in_profile(path):
        raise PermissionError(f"{path} is outside the user's own folder")
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial",
                                    dir=path.parent)  # mkstemp makes it 0600
    try:
        with os.fdopen(handle, "wb") as out:
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), 0o600)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def make_private(path: Path) -> None:
    """A file an older version wrote with the umask's rights: readable by its owner only."""
    path = Path(path)
    if os.name != "nt" and path.exists() and path.stat().st_mode & 0o077:
        path.chmod(0o600)


def _in_profile(path: Path) -> bool:
    home = Path(os.environ.get("USERPROFILE") or Path.home()).resolve()
    return Path(path).resolve().is_relative_to(home)
