"""Files written under a temporary name beside their place and moved in once complete: a
cancelled or failed run leaves no half-written file, and never overwrites a good one.

A run that also writes to the database places its files in two steps around the commit:
``place()`` moves them in (a file it replaces is kept aside), the transaction commits, then
``settle()`` forgets the file kept aside; when the commit fails, ``withdraw()`` puts back what
was there, so a failed run leaves the folder as it found it."""

from __future__ import annotations

import ntpath
import os
import shutil
import tempfile
from pathlib import Path, PureWindowsPath

from desktop.crm.errors import FileInUseError


def partial_path(path: Path) -> Path:
    """A temporary name beside ``path``: the move into place is then a rename."""
    path = Path(path)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    return Path(name)


def _set_aside(path: Path) -> Path | None:
    """The file ``path`` replaces, renamed beside it (None: nothing there)."""
    if not path.exists():
        return None
    kept = partial_path(path)
    try:
        os.replace(path, kept)
    except BaseException:
        kept.unlink(missing_ok=True)
        raise
    return kept


def _in_use(path: Path) -> FileInUseError:
    # Windows: ERROR_SHARING_VIOLATION (32) or ERROR_ACCESS_DENIED (5) while Excel or Word
    # holds the file (Python raises PermissionError for both: "OS exceptions",
    # https://docs.python.org/3/library/exceptions.html#PermissionError)
    return FileInUseError("{file} is open in another program (Excel or Word?) or read-only: "
                          "close it there and try again.", file=str(path))


class Placement:
    """Files moved into place, each replaced file kept aside until ``settle()``."""

    def __init__(self) -> None:
        self.placed: list[tuple[Path, Path | None]] = []  # (path, the file it replaced)
        self.created_folders: list[Path] = []

    def make_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            folder.mkdir()
            self.created_folders.append(folder)

    def move(self, temp: Path, path: Path) -> None:
        try:
            kept = _set_aside(path)
        except PermissionError as error:
            raise _in_use(path) from error
        try:
            os.replace(temp, path)
        except BaseException as error:
            if kept is not None:
                os.replace(kept, path)
            if isinstance(error, PermissionError):
                raise _in_use(path) from error
            raise
        self.placed.append((path, kept))

    def withdraw(self) -> None:
        """Everything as before: new files removed, replaced files back, new folders gone."""
        for path, kept in reversed(self.placed):
            if kept is not None:
                os.replace(kept, path)
            else:
                path.unlink(missing_ok=True)
        for folder in reversed(self.created_folders):
            shutil.rmtree(folder, ignore_errors=True)
        self.placed, self.created_folders = [], []

    def settle(self) -> list[Path]:
        """The files stay; those they replaced are deleted. Returns the files placed."""
        for _path, kept in self.placed:
            if kept is not None:
                kept.unlink(missing_ok=True)
        done = [path for path, _kept in self.placed]
        self.placed, self.created_folders = [], []
        return done


class PartialFile:
    """``temp`` is written; ``place()`` moves it to ``path`` (``withdraw()`` takes it back,
    ``settle()`` keeps it), or ``publish()`` does both at once; ``discard()`` removes it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.temp: Path | None = None
        self.placement = Placement()

    def open_temp(self) -> Path:
        self.temp = partial_path(self.path)
        return self.temp

    def place(self) -> None:
        if self.temp is not None:
            self.placement.move(self.temp, self.path)
            self.temp = None

    def withdraw(self) -> None:
        self.placement.withdraw()

    def settle(self) -> list[Path]:
        return self.placement.settle()

    def publish(self) -> list[Path]:
        self.place()
        return self.settle()

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
    if os.name == "nt":  # the real path (links followed) against the real profile
        check_private_place(str(path.resolve()), str(_profile().resolve()), windows=True)
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


def check_private_place(path: str, profile: str, *, windows: bool) -> None:
    """Refuse a secret's path outside the user's own folder on Windows, where that folder's
    access list is what keeps other users out (file modes do it elsewhere). Pure, over
    PureWindowsPath, so that the rule is tested on any system: case is ignored as Windows
    ignores it, and ".." is resolved before comparing, so "profile\\..\\Public" is outside."""
    if not windows:
        return
    place = PureWindowsPath(ntpath.normpath(path))
    home = PureWindowsPath(ntpath.normpath(profile))
    if not (place.is_absolute() and home.is_absolute() and place != home
            and place.is_relative_to(home)):
        raise PermissionError(f"{path} is outside the user's own folder")


def _profile() -> Path:
    return Path(os.environ.get("USERPROFILE") or Path.home())
