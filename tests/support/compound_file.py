"""A writer of OLE compound files (MS-CFB, version 3), enough to make Outlook .msg files for
the tests: olefile, which the application reads them with, only reads. Streams under 4,096
bytes go to the mini stream as the format requires; siblings form a right-leaning binary tree
in the format's order (name length, then upper-cased name), which readers accept."""

from __future__ import annotations

import struct

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def compound_file(streams: dict[str, bytes]) -> bytes:
    """``streams`` by path ("__attach_version1.0_#00000000/__substg1.0_37010102")."""
    entries = [{"name": "Root Entry", "type": 5, "children": [], "data": b""}]
    index = {"": 0}
    for path in sorted(streams):
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            if key not in index:
                is_stream = depth == len(parts)
                entries.append({"name": parts[depth - 1], "type": 2 if is_stream else 1,
                                "children": [], "data": streams[path] if is_stream else b""})
                index[key] = len(entries) - 1
                entries[index["/".join(parts[:depth - 1])]]["children"].append(index[key])
    mini, regular = bytearray(), bytearray()
    mini_fat: list[int] = []
    fat: list[int] = []

    def chain(table: list[int], count: int) -> int:
        start = len(table)
        table.extend(range(start + 1, start + count))
        table.append(END)
        return start

    for entry in entries[1:]:
        data = entry["data"]
        if entry["type"] != 2 or not data:
            entry["start"] = END if entry["type"] == 2 else 0
            continue
        if len(data) < CUTOFF:
            entry["start"] = chain(mini_fat, -(-len(data) // MINI))
            mini += data.ljust(-(-len(data) // MINI) * MINI, b"\0")
        else:
            entry["start"] = chain(fat, -(-len(data) // SECTOR))
            regular += data.ljust(-(-len(data) // SECTOR) * SECTOR, b"\0")
    root_start = chain(fat, -(-len(mini) // SECTOR)) if mini else END
    regular += bytes(mini).ljust(-(-len(mini) // SECTOR) * SECTOR, b"\0")
    entries[0]["start"], entries[0]["size"] = root_start, len(mini)
    mini_fat_bytes = b"".join(struct.pack("<I", v) for v in mini_fat)
    mini_fat_start = chain(fat, -(-len(mini_fat_bytes) // SECTOR)) if mini_fat else END
    regular += mini_fat_bytes.ljust(-(-len(mini_fat_bytes) // SECTOR) * SECTOR, b"\xff")
    directory = b"".join(_entry(entries, n) for n in range(len(entries)))
    directory = directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\0")
    directory_start = chain(fat, len(directory) // SECTOR)
    regular += directory
    fat_sectors = 1
    while (len(fat) + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    fat_start = len(fat)
    fat.extend([FATSECT] * fat_sectors)
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    regular += fat_bytes.ljust(fat_sectors * SECTOR, b"\xff")
    difat = [fat_start + n for n in range(fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16)
              + struct.pack("<HHHHH6sIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, bytes(6), 0,
                            fat_sectors, directory_start, 0, CUTOFF, mini_fat_start,
                            -(-len(mini_fat_bytes) // SECTOR), END, 0)
              + b"".join(struct.pack("<I", v) for v in difat))
    return header + bytes(regular)


def _entry(entries: list[dict], number: int) -> bytes:
    entry = entries[number]
    name = entry["name"].encode("utf-16-le") + b"\0\0"
    children = sorted(entry["children"], key=lambda n: (len(entries[n]["name"]),
                                                        entries[n]["name"].upper()))
    right = NOSTREAM
    for parent in entries:  # the next sibling in order is this one's right
        order = sorted(parent["children"], key=lambda n: (len(entries[n]["name"]),
                                                          entries[n]["name"].upper()))
        if number in order and order.index(number) + 1 < len(order):
            right = order[order.index(number) + 1]
    size = entry.get("size", len(entry["data"]))
    return (name.ljust(64, b"\0") + struct.pack("<HBB", len(name), entry["type"], 1)
            + struct.pack("<III", NOSTREAM, right, children[0] if children else NOSTREAM)
            + bytes(16) + struct.pack("<I", 0) + bytes(16)
            + struct.pack("<IQ", entry["start"] if entry["type"] != 1 else 0, size))
