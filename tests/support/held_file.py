"""A file the operating system refuses to replace, as Windows refuses one that Excel or Word
holds open: there, moving a finished export over it fails with a sharing violation
(ERROR_SHARING_VIOLATION, 32) or ERROR_ACCESS_DENIED (5), which Python raises as
PermissionError (https://docs.python.org/3/library/exceptions.html#PermissionError: errno
EACCES and EPERM). Linux has no such lock; the tests run as root, whom file modes do not
stop, so the file is made immutable (FS_IMMUTABLE_FL, chattr +i: "cannot be deleted or
renamed", https://man7.org/linux/man-pages/man2/ioctl_iflags.2.html), and rename(2) over it
then fails with EPERM: a PermissionError, as on Windows."""

from __future__ import annotations

import array
import fcntl
import os
from pathlib import Path

FS_IOC_GETFLAGS, FS_IOC_SETFLAGS, FS_IMMUTABLE_FL = 0x80086601, 0x40086602, 0x00000010


def hold(path: Path, held: bool = True) -> None:
    """Hold ``path`` as another program would (or let it go)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        flags = array.array("i", [0])
        fcntl.ioctl(fd, FS_IOC_GETFLAGS, flags, True)
        flags[0] = flags[0] | FS_IMMUTABLE_FL if held else flags[0] & ~FS_IMMUTABLE_FL
        fcntl.ioctl(fd, FS_IOC_SETFLAGS, flags)
    finally:
        os.close(fd)
