"""The messages of a drag out of classic Outlook, read from the drag's data object whichever
medium Outlook hands each one over in.

Outlook offers no file but virtual files: ``FileGroupDescriptorW`` names them and
``FileContents`` with the file's index (FORMATETC.lindex) gives each one's contents
(https://learn.microsoft.com/en-us/windows/win32/shell/clipboard#cfstr_filecontents). The
contents may come as a memory block (TYMED_HGLOBAL), a stream (TYMED_ISTREAM) or a storage
object (TYMED_ISTORAGE); Outlook hands a message over as a storage, the .msg file's root
(https://learn.microsoft.com/en-us/windows/win32/api/objidl/ns-objidl-ustgmedium-r1). A storage
is walked and written back as the compound file it is, so every message becomes .msg bytes
that olefile reads. The new Outlook offers names but no contents: such a drop is reported, not
silently dropped.

The data object is seen through the :class:`DataSource` protocol; the objects it returns follow
pywin32's wrappers of the COM interfaces (PyIStream.Read, PyIStorage.EnumElements / OpenStream /
OpenStorage / Stat, https://mhammond.github.io/pywin32/PyIStorage.html), so the Windows glue
hands them over untouched and the tests hand over objects that behave as those do.
"""

from __future__ import annotations

import struct
import sys
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from desktop.crm.io.compound_file import compound_file
from desktop.crm.io.outlook_msg import descriptor_names

DESCRIPTOR_W, DESCRIPTOR, CONTENTS = "FileGroupDescriptorW", "FileGroupDescriptor", \
    "FileContents"
HDROP = "CF_HDROP"  # the files a file manager drags (a standard format, not a registered name)
MAIL_SUFFIXES = (".eml", ".msg")
TYMED_HGLOBAL, TYMED_ISTREAM, TYMED_ISTORAGE = 1, 4, 8
#: STATSTG.type (https://learn.microsoft.com/en-us/windows/win32/api/objidl/ne-objidl-stgty)
STGTY_STORAGE, STGTY_STREAM = 1, 2
STGM_READ_SHARE_EXCLUSIVE = 0x00000010  # STGM_READ | STGM_SHARE_EXCLUSIVE: what a child needs
CHUNK = 1 << 16


class Stream(Protocol):
    def Read(self, size: int) -> bytes: ...  # noqa: N802 - the COM method's name


class Storage(Protocol):
    def EnumElements(self, reserved1: int = 0, reserved2: object = None,  # noqa: N802
                     reserved3: int = 0) -> Iterable[tuple]: ...

    def OpenStream(self, name: str, reserved1: object, mode: int,  # noqa: N802
                   reserved2: int = 0) -> Stream: ...

    def OpenStorage(self, name: str, priority: object, mode: int,  # noqa: N802
                    exclude: object, reserved: int) -> Storage: ...

    def Stat(self, flags: int = 0) -> tuple: ...  # noqa: N802


class DataSource(Protocol):
    """A drag's data object: the registered format names it offers, and one format's data
    for one file index (-1: the whole) in any of the media asked, or None when refused."""

    def formats(self) -> set[str]: ...

    def get(self, name: str, index: int, media: int) -> bytes | Stream | Storage | None: ...


@dataclass
class DroppedMessages:
    """What a drop holds: (file name, bytes) per message read, and the names of those whose
    contents the source did not hand over."""

    messages: list[tuple[str, bytes]] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)


def virtual_names(source: DataSource) -> list[str]:
    """The names of the drag's virtual files, from the Unicode descriptor when offered."""
    for name, wide in ((DESCRIPTOR_W, True), (DESCRIPTOR, False)):
        if name in source.formats():
            data = source.get(name, -1, TYMED_HGLOBAL)
            if isinstance(data, bytes):
                return descriptor_names(data, wide)
    return []


def offers_messages(source: DataSource) -> bool:
    return any(n.lower().endswith(MAIL_SUFFIXES) for n in virtual_names(source))


def dropped_messages(source: DataSource) -> DroppedMessages:
    """Every message of the drag, each read from its own index."""
    found = DroppedMessages()
    offered = CONTENTS in source.formats()
    for index, name in enumerate(virtual_names(source)):
        if not name.lower().endswith(MAIL_SUFFIXES):
            continue
        medium = source.get(CONTENTS, index, TYMED_HGLOBAL | TYMED_ISTREAM | TYMED_ISTORAGE) \
            if offered else None
        data = medium_bytes(medium) if medium is not None else b""
        if data:
            found.messages.append((name, data))
        else:
            found.unreadable.append(name)
    return found


def medium_bytes(medium: bytes | Stream | Storage) -> bytes:
    """The file's bytes: a memory block as it is, a stream read to its end, a storage written
    back as its compound file."""
    if isinstance(medium, (bytes, bytearray, memoryview)):
        return bytes(medium)
    if hasattr(medium, "EnumElements"):
        return storage_file(medium)  # type: ignore[arg-type]
    return read_stream(medium)  # type: ignore[arg-type]


def read_stream(stream: Stream) -> bytes:
    """IStream::Read returns fewer bytes than asked at the end, and none past it
    (https://learn.microsoft.com/en-us/windows/win32/api/objidl/nf-objidl-isequentialstream-read)."""
    parts = []
    while chunk := stream.Read(CHUNK):
        parts.append(chunk)
    return b"".join(parts)


def storage_file(root: Storage) -> bytes:
    """The compound file of a storage object: its streams, empty storages and CLSIDs."""
    streams: dict[str, bytes] = {}
    storages: list[str] = []
    clsids = {"": _clsid(root.Stat())}
    for path, kind, item in _walk(root, ""):
        if kind == STGTY_STREAM:
            streams[path] = read_stream(item)
        else:
            storages.append(path)
            clsids[path] = _clsid(item.Stat())
    return compound_file(streams, storages, clsids)


def _walk(storage: Storage, prefix: str) -> Iterator[tuple[str, int, Stream | Storage]]:
    """(path, STGTY, opened element) of every element below ``storage``, depth first. A
    STATSTG tuple starts (name, type, size, ...) as pywin32 gives it."""
    for statstg in storage.EnumElements(0, None, 0):
        name, kind = statstg[0], statstg[1]
        path = f"{prefix}{name}"
        if kind == STGTY_STREAM:
            yield path, kind, storage.OpenStream(name, None, STGM_READ_SHARE_EXCLUSIVE, 0)
        elif kind == STGTY_STORAGE:
            child = storage.OpenStorage(name, None, STGM_READ_SHARE_EXCLUSIVE, None, 0)
            yield path, kind, child
            yield from _walk(child, f"{path}/")


def _clsid(statstg: tuple) -> bytes:
    """STATSTG.clsid (its 9th member) as the 16 bytes a directory entry holds: pywin32 gives a
    PyIID, whose text is "{00020D0B-0000-0000-C000-000000000046}"; a GUID is stored with its
    first three fields little-endian (MS-CFB 2.6.1, MS-DTYP 2.3.4)."""
    value = statstg[8] if len(statstg) > 8 else None
    try:
        return uuid.UUID(str(value)).bytes_le if value is not None else bytes(16)
    except ValueError:
        return bytes(16)


def dropped_files(source: DataSource) -> list[tuple[str, bytes]]:
    """(name, bytes) of the .eml and .msg files a file manager dropped (CF_HDROP)."""
    data = source.get(HDROP, -1, TYMED_HGLOBAL) if HDROP in source.formats() else None
    paths = [Path(p) for p in dropfiles_paths(data)] if isinstance(data, bytes) else []
    return [(p.name, p.read_bytes()) for p in paths if p.suffix.lower() in MAIL_SUFFIXES]


def dropfiles_paths(data: bytes) -> list[str]:
    """The paths of a DROPFILES block: its list starts at pFiles, each path ends with a NUL
    and the list with another; fWide says UTF-16
    (https://learn.microsoft.com/en-us/windows/win32/api/shlobj_core/ns-shlobj_core-dropfiles)."""
    if len(data) < 20:
        return []
    offset, _x, _y, _nc, wide = struct.unpack_from("<IiiII", data)
    text = data[offset:].decode("utf-16-le" if wide else "mbcs" if sys.platform == "win32"
                                else "cp1252", errors="replace")
    return [path for path in text.split("\0\0", 1)[0].split("\0") if path]


def read_drop(source: DataSource) -> DroppedMessages:
    """The e-mails of a drop: the files of a file manager, else the messages of a mail
    program."""
    files = dropped_files(source)
    return DroppedMessages(files) if files else dropped_messages(source)


def offers_mail(source: DataSource) -> bool:
    """Whether the drop should be accepted: mail files, or virtual files named as messages."""
    if HDROP in source.formats():
        data = source.get(HDROP, -1, TYMED_HGLOBAL)
        if isinstance(data, bytes) and any(p.lower().endswith(MAIL_SUFFIXES)
                                           for p in dropfiles_paths(data)):
            return True
    return offers_messages(source)
