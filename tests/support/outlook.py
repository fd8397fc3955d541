"""Outlook's side of a drag, made for the tests: a .msg file as Outlook writes one (MS-OXMSG
properties in an OLE compound file) and the FILEGROUPDESCRIPTORW naming it."""

from __future__ import annotations

import datetime as dt
import struct

from tests.support.compound_file import compound_file

EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def _text(prop: int, value: str) -> tuple[str, bytes]:
    return f"__substg1.0_{prop:04X}001F", value.encode("utf-16-le")


def _fixed(entries: list[tuple[int, int, bytes]], header: int) -> bytes:
    """A __properties_version1.0 stream: its header, then (tag, flags, 8-byte value)."""
    body = b"".join(struct.pack("<II", (prop << 16) | kind, 6) + value.ljust(8, b"\0")
                    for prop, kind, value in entries)
    return bytes(header) + body


def outlook_message(sender: tuple[str, str], to: list[tuple[str, str]], subject: str,
                    body: str, sent: dt.datetime,
                    attachments: list[tuple[str, bytes]] = ()) -> bytes:
    ticks = int((sent - EPOCH).total_seconds() * 10_000_000)
    streams = dict([_text(0x0037, subject), _text(0x1000, body), _text(0x0C1A, sender[0]),
                    _text(0x5D01, sender[1]), _text(0x0C1F, sender[1])])
    streams["__properties_version1.0"] = _fixed([(0x0039, 0x0040, struct.pack("<Q", ticks))],
                                                32)
    for n, (name, address) in enumerate(to):
        folder = f"__recip_version1.0_#{n:08X}/"
        for key, value in (_text(0x3001, name), _text(0x39FE, address)):
            streams[folder + key] = value
        streams[folder + "__properties_version1.0"] = _fixed(
            [(0x0C15, 0x0003, struct.pack("<i", 1))], 8)
    for n, (name, content) in enumerate(attachments):
        folder = f"__attach_version1.0_#{n:08X}/"
        streams[folder + "__substg1.0_3707001F"] = name.encode("utf-16-le")
        streams[folder + "__substg1.0_37010102"] = content
        streams[folder + "__properties_version1.0"] = _fixed([], 8)
    return compound_file(streams)


def file_group_descriptor(names: list[str], wide: bool = True) -> bytes:
    """FILEGROUPDESCRIPTORW (592-byte entries, the name at 72 in UTF-16) or the ANSI one."""
    size, length = (592, 520) if wide else (332, 260)
    out = struct.pack("<I", len(names))
    for name in names:
        encoded = name.encode("utf-16-le" if wide else "cp1252")
        out += bytes(72) + encoded.ljust(length, b"\0")
        assert len(out) == 4 + size * (names.index(name) + 1)
    return out
