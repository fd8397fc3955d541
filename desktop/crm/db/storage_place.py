"""Where a SQLite file lives decides how it is opened: on a local disk in WAL mode; on a network
drive or in a folder a cloud client synchronises, without WAL, and the user is warned.

SQLite's write-ahead log needs shared memory that every connection sees, which a network file
system does not give: "WAL does not work over a network filesystem" (https://sqlite.org/wal.html,
"Disadvantages"; also https://sqlite.org/useovernet.html). A synchronised folder (OneDrive,
Dropbox, Google Drive) uploads the -wal and -shm files apart from the database and may write an
older copy back; the rollback journal keeps the whole state in the one file between
transactions. Refusing such a place would lock out the many users whose Documents folder the
company redirects to OneDrive (Known Folder Move), so the file is opened with the rollback
journal and a warning advises a local folder.

Kept free of the database layer: a pure decision over the path, the mounted file systems and
the environment, tested on Linux with the places a Windows laptop has."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from pathlib import PurePath, PurePosixPath, PureWindowsPath

from desktop.crm.errors import CrmError

LOCAL, NETWORK, CLOUD = "local", "network", "cloud"
#: Linux file systems that reach another machine (mount(8)'s types; FUSE ones as "fuse.x")
NETWORK_TYPES = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
                 "glusterfs", "lustre", "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2"}
#: the folders cloud clients synchronise, by their usual names (and OneDrive's variables)
CLOUD_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
CLOUD_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "mon drive",
                 "icloud drive", "iclouddrive", "box")
MOUNTS = "/proc/self/mounts"  # the file systems this process sees (proc(5))
DRIVE_REMOTE = 4  # GetDriveTypeW: "The drive is a remote (network) drive"


class StorageWarning(CrmError):
    """Not raised: the sentence shown when a SQLite file is opened without WAL."""


def place_of(path: str, *, windows: bool = sys.platform == "win32",
             environ: Mapping[str, str] = os.environ, mounts: str | None = None,
             drive_type: Callable[[str], int] | None = None) -> str:
    """LOCAL, NETWORK or CLOUD for the database file at ``path``."""
    pure: PurePath = PureWindowsPath(path) if windows else PurePosixPath(path)
    text = str(pure)
    if windows and (text.startswith("\\\\") or (drive_type or _drive_type)(pure.anchor)
                    == DRIVE_REMOTE):
        return NETWORK  # \\server\share, or a letter mapped to one
    if not windows and _mount_type(text, mounts) in NETWORK_TYPES:
        return NETWORK
    roots = [environ[v] for v in CLOUD_VARIABLES if environ.get(v)]
    if any(_under(pure, type(pure)(root)) for root in roots):
        return CLOUD
    names = [part.lower() for part in pure.parts[:-1]]
    if any(name in CLOUD_FOLDERS or name.startswith("onedrive - ") for name in names):
        return CLOUD  # "OneDrive - Contoso", "Dropbox", "Google Drive\\My Drive"
    return LOCAL


def journal_mode(path: str) -> tuple[str, StorageWarning | None]:
    """The journal to open the file with, and the warning to show when it is not WAL."""
    place = place_of(path)
    if place == LOCAL:
        return "WAL", None
    if place == NETWORK:
        return "DELETE", StorageWarning(
            "The database {file} is on a network drive: it is opened without write-ahead "
            "logging, which network drives do not support; keep it on this computer's disk "
            "for speed and safety.", file=path)
    return "DELETE", StorageWarning(
        "The database {file} is in a folder that a cloud service synchronises (OneDrive, "
        "Dropbox, Google Drive): it is opened without write-ahead logging, and the service "
        "may still damage it; keep it in a folder that is not synchronised.", file=path)


def _under(path: PurePath, root: PurePath) -> bool:
    parts, top = [p.lower() for p in path.parts], [p.lower() for p in root.parts]
    return bool(top) and parts[:len(top)] == top


def _mount_type(path: str, mounts: str | None) -> str:
    """The type of the file system holding ``path``: the longest mount point above it in
    /proc/self/mounts (fstab(5) fields: device, mount point, type, ...)."""
    if mounts is None:
        try:
            with open(MOUNTS, encoding="utf-8") as handle:
                mounts = handle.read()
        except OSError:
            return ""
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if (path == point or path.startswith(point.rstrip("/") + "/")) and len(point) > len(best):
            best, kind = point, fields[2]
    return kind


def _drive_type(root: str) -> int:
    """Windows' own answer for a drive letter (mapped network drives are DRIVE_REMOTE,
    https://learn.microsoft.com/en-us/windows/win32/api/fileapi/nf-fileapi-getdrivetypew)."""
    if sys.platform != "win32" or not root:
        return 0
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))
