"""Outlook's side of a drag as Windows hands it to a drop target, for the tests: the data
object's virtual files in each medium, behaving as pywin32's wrappers of the COM interfaces do.

- PyIStream.Read(n) returns at most n bytes, fewer at the end, b"" past it
  (https://mhammond.github.io/pywin32/PyIStream__Read_meth.html; IStream may return fewer bytes
  than asked: https://learn.microsoft.com/en-us/windows/win32/api/objidl/nf-objidl-isequentialstream-read).
- PyIStorage.EnumElements(0, None, 0) yields a STATSTG tuple per direct child, (name, type,
  size, mtime, ctime, atime, mode, locks, clsid, state bits, reserved)
  (https://mhammond.github.io/pywin32/STATSTG.html); OpenStream and OpenStorage open a child
  only with STGM_SHARE_EXCLUSIVE, as IStorage requires of elements of a storage
  (https://learn.microsoft.com/en-us/windows/win32/api/objidl/nf-objidl-istorage-openstream:
  "STGM_SHARE_EXCLUSIVE flag must be specified"); Stat() gives the storage's own STATSTG, its
  CLSID a PyIID printed "{xxxxxxxx-...}".
- IDataObject::GetData answers DV_E_TYMED (pywin32 raises; the reader's glue returns None)
  when the media asked do not include the one the object offers
  (https://learn.microsoft.com/en-us/windows/win32/api/objidl/nf-objidl-idataobject-getdata).

The storage is an olefile view of a compound file the test built: what Outlook hands over is
the .msg's root storage."""

from __future__ import annotations

import io
import uuid

import olefile

from desktop.crm.io.virtual_files import (
    CONTENTS,
    DESCRIPTOR_W,
    STGTY_STORAGE,
    STGTY_STREAM,
    TYMED_HGLOBAL,
    TYMED_ISTORAGE,
    TYMED_ISTREAM,
)
from tests.support.outlook import file_group_descriptor

STGM_SHARE_EXCLUSIVE = 0x10
MSG_CLSID = "{00020D0B-0000-0000-C000-000000000046}"  # Outlook's message class


class ComStream:
    def __init__(self, data: bytes, most: int = 3000) -> None:
        self.data, self.position, self.most = data, 0, most

    def Read(self, size: int) -> bytes:  # noqa: N802 - COM's name
        chunk = self.data[self.position:self.position + min(size, self.most)]
        self.position += len(chunk)
        return chunk


class ComStorage:
    def __init__(self, ole: olefile.OleFileIO, path: list[str], clsid: str = "") -> None:
        self.ole, self.path, self.clsid = ole, path, clsid
        self.opened: list[str] = []

    def _children(self) -> list[list[str]]:
        depth = len(self.path)
        return sorted({tuple(entry[:depth + 1]) for entry in
                       self.ole.listdir(streams=True, storages=True)
                       if entry[:depth] == self.path and len(entry) > depth}, key=str)

    def EnumElements(self, reserved1=0, reserved2=None, reserved3=0):  # noqa: N802
        for child in self._children():
            kind = self.ole.get_type(list(child))
            size = self.ole.get_size(list(child)) if kind == olefile.STGTY_STREAM else 0
            yield (child[-1], STGTY_STREAM if kind == olefile.STGTY_STREAM else STGTY_STORAGE,
                   size, None, None, None, 0, 0, None, 0, 0)

    def OpenStream(self, name, reserved1, mode, reserved2=0) -> ComStream:  # noqa: N802
        self._check(mode)
        return ComStream(self.ole.openstream(self.path + [name]).read())

    def OpenStorage(self, name, priority, mode, exclude, reserved) -> ComStorage:  # noqa: N802
        self._check(mode)
        return ComStorage(self.ole, self.path + [name])

    def Stat(self, flags=0) -> tuple:  # noqa: N802
        name = self.path[-1] if self.path else "Root Entry"
        return (name, STGTY_STORAGE, 0, None, None, None, 0, 0,
                self.clsid or "{00000000-0000-0000-0000-000000000000}", 0, 0)

    @staticmethod
    def _check(mode: int) -> None:
        if not mode & STGM_SHARE_EXCLUSIVE:
            raise OSError("STG_E_INVALIDFLAG: elements open with STGM_SHARE_EXCLUSIVE")


def as_storage(msg: bytes) -> ComStorage:
    """The root storage of a .msg, as Outlook hands a message over (TYMED_ISTORAGE)."""
    return ComStorage(olefile.OleFileIO(io.BytesIO(msg)), [], MSG_CLSID)


class OutlookDrag:
    """A drag of messages: each (name, bytes, the one medium offered for it). ``contents``
    False is the new Outlook: names, and no FileContents at all."""

    def __init__(self, messages: list[tuple[str, bytes, int]], contents: bool = True) -> None:
        self.messages, self.contents = messages, contents
        self.asked: list[tuple[str, int, int]] = []

    def formats(self) -> set[str]:
        return {DESCRIPTOR_W, "RenPrivateMessages"} | ({CONTENTS} if self.contents else set())

    def get(self, name: str, index: int, media: int):
        self.asked.append((name, index, media))
        if name == DESCRIPTOR_W and media & TYMED_HGLOBAL:
            return file_group_descriptor([m[0] for m in self.messages])
        if name != CONTENTS or not self.contents or not 0 <= index < len(self.messages):
            return None
        _name, data, medium = self.messages[index]
        if not media & medium:
            return None  # DV_E_TYMED
        return {TYMED_HGLOBAL: lambda: data, TYMED_ISTREAM: lambda: ComStream(data),
                TYMED_ISTORAGE: lambda: as_storage(data)}[medium]()


def clsid_bytes(text: str) -> bytes:
    return uuid.UUID(text).bytes_le
