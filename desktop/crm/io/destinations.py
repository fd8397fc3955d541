"""Where a run writes, checked before it starts, and what the system said when writing failed,
in one sentence the user can act on (never an errno).

A file output needs a file in a folder that exists and may be written; a document per
recipient needs a folder (made if only it is missing). Replacing what is there is asked first
(ConfirmationRequired) unless the user already agreed."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from desktop.crm.errors import ConfirmationRequired, ValidationError

#: Windows' "the file is being used by another process" (ERROR_SHARING_VIOLATION) and
#: "locked" (ERROR_LOCK_VIOLATION); Python gives them as ``OSError.winerror``
_WINDOWS_IN_USE = {32, 33}


def file_destination(path: str | Path, suffix: str, replace: bool = False) -> Path:
    """The file a run writes, with its ``suffix`` (".pdf") added when missing."""
    text = str(path).strip()
    if not text:
        raise ValidationError("Choose the file the run writes to.", field="path")
    target = Path(text).expanduser()
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    if target.is_dir():
        raise ValidationError("{path} is a folder: choose a file name in it.", field="path",
                              path=str(target))
    _writable_folder(target.parent)
    if target.exists():
        if not os.access(target, os.W_OK):
            raise ValidationError("{path} is read-only: choose another name.", field="path",
                                  path=str(target))
        if not replace:
            raise ConfirmationRequired("{name} already exists in {folder}. Replace it?",
                                       name=target.name, folder=str(target.parent))
    return target


def folder_destination(path: str | Path, names: Iterable[str] = (),
                       replace: bool = False) -> Path:
    """The folder a document per recipient goes to; ``names`` are the files it will hold."""
    text = str(path).strip()
    if not text:
        raise ValidationError("Choose the folder the documents are written to.", field="path")
    folder = Path(text).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError("{path} is a file: a document per recipient needs a folder.",
                              field="path", path=str(folder))
    _writable_folder(folder if folder.is_dir() else folder.parent)
    if folder.is_dir() and not replace:
        there = sorted(name for name in names if (folder / name).exists())
        if there:
            shown = ", ".join(there[:3]) + (" …" if len(there) > 3 else "")
            raise ConfirmationRequired(
                "{count} documents in {folder} would be replaced ({names}). Replace them?",
                count=len(there), folder=str(folder), names=shown)
    return folder


def _writable_folder(folder: Path) -> None:
    if not folder.is_dir():
        raise ValidationError("The folder {folder} does not exist: choose another place.",
                              field="path", folder=str(folder))
    try:  # a real probe: access() does not know Windows' access lists or a full disk
        handle, probe = tempfile.mkstemp(prefix=".crm-write-check.", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as error:
        raise write_error(error, folder) from error


def write_error(error: OSError, path: Path | str | None = None) -> ValidationError:
    """The sentence for a failed write of ``path`` (or the file the error names)."""
    where = str(path or error.filename or "")
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ValidationError("The disk holding {path} is full: free some space or choose "
                               "another place.", field="path", path=where)
    if code == errno.EROFS:
        return ValidationError("{path} is on a read-only disk: choose another place.",
                               field="path", path=where)
    if code in (errno.EACCES, errno.EPERM):
        return ValidationError("You may not write to {path}: choose another place.",
                               field="path", path=where)
    if code == errno.ENOENT:
        return ValidationError("The folder of {path} does not exist any more: choose another "
                               "place.", field="path", path=where)
    if code in (errno.EEXIST, errno.ENOTDIR):
        return ValidationError("{path} is a file where a folder is needed: choose another "
                               "place.", field="path", path=where)
    if code == errno.EISDIR:
        return ValidationError("{path} is a folder: choose a file name in it.", field="path",
                               path=where)
    if code in (errno.EBUSY, errno.ETXTBSY) or \
            getattr(error, "winerror", None) in _WINDOWS_IN_USE:
        return ValidationError("{path} is open in another program: close it and run again.",
                               field="path", path=where)
    return ValidationError("{path} could not be written: check the disk and the place, then "
                           "run again.", field="path", path=where)


__all__ = ["file_destination", "folder_destination", "write_error"]
