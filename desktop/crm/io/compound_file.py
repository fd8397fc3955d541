"""A writer of OLE compound files (MS-CFB version 3, 512-byte sectors): a message Outlook hands
over as a storage object is written back as the .msg file it is (olefile, which reads .msg
files, only reads). Streams under 4,096 bytes go to the mini stream as the format requires
(MS-CFB 2.6.3); each storage's children form a balanced binary tree in the format's order
(name length, then upper-cased name) coloured as a valid red-black tree (MS-CFB 2.6.4); a file
larger than 109 FAT sectors (about 7 MB) chains DIFAT sectors (MS-CFB 2.5)."""

from __future__ import annotations

import struct
from collections.abc import Iterable
from dataclasses import dataclass, field

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, DIFSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC, 0xFFFFFFFF
RED, BLACK = 0, 1
STORAGE, STREAM, ROOT = 1, 2, 5
HEADER_DIFAT = 109  # FAT sector numbers the header itself holds
PER_SECTOR = SECTOR // 4


@dataclass
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    clsid: bytes = bytes(16)
    children: list[int] = field(default_factory=list)
    start: int = END
    size: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    colour: int = BLACK


def compound_file(streams: dict[str, bytes], storages: Iterable[str] = (),
                  clsids: dict[str, bytes] | None = None) -> bytes:
    """The file holding ``streams`` by path ("__attach_version1.0_#00000000/__substg1.0_
    37010102"), the empty ``storages`` named too, and a CLSID per storage path ("" the root)."""
    entries = _tree(streams, storages, clsids or {})
    fat: list[int] = []
    body = bytearray()
    mini, mini_fat = _place_streams(entries, fat, body)
    entries[0].start = _chain(fat, _sectors(len(mini))) if mini else END
    entries[0].size = len(mini)
    body += _padded(bytes(mini), b"\0")
    mini_fat_bytes = _words(mini_fat)
    mini_fat_start = _chain(fat, _sectors(len(mini_fat_bytes))) if mini_fat else END
    body += _padded(mini_fat_bytes, b"\xff")
    directory = _padded(b"".join(_directory_entry(e) for e in entries), b"\0")
    directory_start = _chain(fat, len(directory) // SECTOR)
    body += directory
    fat_count, difat_count = _fat_size(len(fat))
    fat_start = len(fat)
    fat.extend([FATSECT] * fat_count)
    difat_start = len(fat) if difat_count else END
    fat.extend([DIFSECT] * difat_count)
    body += _padded(_words(fat), b"\xff")  # the FAT, which now counts its own sectors
    fat_sectors = list(range(fat_start, fat_start + fat_count))
    body += _difat_sectors(fat_sectors[HEADER_DIFAT:], difat_start)
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16)
              + struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0,
                            fat_count, directory_start, 0, CUTOFF, mini_fat_start,
                            _sectors(len(mini_fat_bytes)), difat_start, difat_count)
              + _words((fat_sectors[:HEADER_DIFAT] + [FREE] * HEADER_DIFAT)[:HEADER_DIFAT]))
    return header + bytes(body)


def _fat_size(used: int) -> tuple[int, int]:
    """(FAT sectors, DIFAT sectors) enough to map ``used`` sectors and themselves."""
    fat_count = difat_count = 0
    while True:
        difat_count = _sectors(max(0, fat_count - HEADER_DIFAT), PER_SECTOR - 1)
        if fat_count * PER_SECTOR >= used + fat_count + difat_count:
            return fat_count, difat_count
        fat_count += 1


def _difat_sectors(numbers: list[int], first: int) -> bytes:
    """The FAT sector numbers past the header's 109, 127 a sector, each sector ending with the
    next one's number (MS-CFB 2.5)."""
    out = bytearray()
    for n, at in enumerate(range(0, len(numbers), PER_SECTOR - 1)):
        part = numbers[at:at + PER_SECTOR - 1]
        last = at + PER_SECTOR - 1 >= len(numbers)
        out += _words(part + [FREE] * (PER_SECTOR - 1 - len(part)) + [END if last else first + n + 1])
    return bytes(out)


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    return (name.ljust(64, b"\0") + struct.pack("<HBB", len(name), entry.kind, entry.colour)
            + struct.pack("<III", entry.left, entry.right, entry.child)
            + entry.clsid + struct.pack("<I", 0) + bytes(16)
            + struct.pack("<IQ", entry.start if entry.kind != STORAGE else 0,
                          entry.size if entry.kind != STORAGE else 0))


def _tree(streams: dict[str, bytes], storages: Iterable[str],
          clsids: dict[str, bytes]) -> list[_Entry]:
    entries = [_Entry("Root Entry", ROOT, clsid=clsids.get("", bytes(16)))]
    index = {"": 0}
    paths = [(p, True) for p in streams] + [(p, False) for p in storages]
    for path, is_stream in sorted(paths):
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            if key in index:
                continue
            leaf = depth == len(parts) and is_stream
            entries.append(_Entry(parts[depth - 1], STREAM if leaf else STORAGE,
                                  streams[path] if leaf else b"",
                                  bytes(16) if leaf else clsids.get(key, bytes(16))))
            index[key] = len(entries) - 1
            entries[index["/".join(parts[:depth - 1])]].children.append(index[key])
    for entry in entries:
        entry.child = _balanced(entries, sorted(entry.children, key=lambda n: _order(entries[n])))
    return entries


def _order(entry: _Entry) -> tuple[int, str]:
    return len(entry.name), entry.name.upper()


def _balanced(entries: list[_Entry], ordered: list[int], depth: int = 0,
              deepest: int | None = None) -> int:
    """The root of a balanced tree over ``ordered``: the middle one, its halves on either side.
    The nodes of a last, incomplete level are red, every other black: each path from the root
    then passes as many black nodes, and no red node has a red child."""
    if not ordered:
        return NOSTREAM
    if deepest is None:
        deepest = len(ordered).bit_length() - 1
        full = len(ordered) == (1 << (deepest + 1)) - 1
        deepest = -1 if full else deepest
    middle = len(ordered) // 2
    node = entries[ordered[middle]]
    node.colour = RED if depth == deepest else BLACK
    node.left = _balanced(entries, ordered[:middle], depth + 1, deepest)
    node.right = _balanced(entries, ordered[middle + 1:], depth + 1, deepest)
    return ordered[middle]


def _sectors(size: int, unit: int = SECTOR) -> int:
    return -(-size // unit)


def _chain(table: list[int], count: int) -> int:
    start = len(table)
    table.extend(range(start + 1, start + count))
    table.append(END)
    return start


def _padded(data: bytes, fill: bytes, unit: int = SECTOR) -> bytes:
    return data.ljust(_sectors(len(data), unit) * unit, fill)


def _words(values: list[int]) -> bytes:
    return b"".join(struct.pack("<I", v) for v in values)


def _place_streams(entries: list[_Entry], fat: list[int],
                   body: bytearray) -> tuple[bytearray, list[int]]:
    """Each stream's sectors: small ones in the mini stream (returned, with its FAT), the
    others in the file's own sectors (appended to ``body``)."""
    mini, mini_fat = bytearray(), list[int]()
    for entry in entries[1:]:
        entry.size = len(entry.data)
        if entry.kind != STREAM or not entry.data:
            entry.start = END if entry.kind == STREAM else 0
        elif entry.size < CUTOFF:
            entry.start = _chain(mini_fat, _sectors(entry.size, MINI))
            mini += _padded(entry.data, b"\0", MINI)
        else:
            entry.start = _chain(fat, _sectors(entry.size))
            body += _padded(entry.data, b"\0")
    return mini, mini_fat
