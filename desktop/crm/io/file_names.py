"""File names made from data (an e-mail's attachment, a partner's code, a subject) that Windows
accepts, on every platform alike (a file written on Linux may be opened on Windows later, and
the tests run on Linux).

Windows refuses or redirects (https://learn.microsoft.com/en-us/windows/win32/fileio/
naming-a-file, "Naming Conventions"): the characters < > : " / \\ | ? * and those below 32;
the device names CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also with the superscript digits ¹ ² ³),
alone or followed by an extension ("NUL.txt" is NUL), and CONIN$ / CONOUT$ (CreateFile's
console names); a name ending with a space or a period (the system strips them, so "Devis. "
becomes another file, "Devis"). Windows 11 relaxed some of these, but the SMB server and older
Windows still refuse them (https://github.com/python/cpython/issues/95486). Linux file systems
take 255 bytes of UTF-8. Names that come from outside (an attachment) also lose any folder part
(no path traversal) and invisible format characters ("\u202e" turns "txt.exe" around), and two
files of one name are kept apart: "scan.pdf", "scan (2).pdf"."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³"}
INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_LENGTH = 200  # of 255: room for the folder's path
MAX_BYTES = 240  # of the 255 bytes of UTF-8 Linux file systems take
MAX_EXTENSION = 10


def is_reserved(name: str) -> bool:
    """Whether Windows would not store ``name`` as given."""
    return name != safe_file_name(name)


def safe_file_name(name: str, fallback: str = "file") -> str:
    """``name`` with what Windows refuses replaced: forbidden characters become "_", trailing
    spaces and periods go, and a device name gets a leading "_" ("CON.docx" -> "_CON.docx");
    a name too long is shortened keeping its extension."""
    cleaned = INVALID.sub("_", name).rstrip(" .")
    stem = cleaned.split(".", 1)[0].rstrip(" ").upper()
    if stem in DEVICES:
        cleaned = f"_{cleaned}"
    return _shortened(cleaned) or fallback


def attachment_name(name: str | None, fallback: str = "attachment") -> str:
    """A name another program chose (an e-mail's attachment): its last part only ("../../x" is
    "x", "C:\\dir\\x" too), without format characters, then made safe."""
    text = unicodedata.normalize("NFC", name or "")
    text = re.split(r"[\\/]", text)[-1]
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return safe_file_name(text, fallback)


def _shortened(name: str, mark: str = "") -> str:
    """The name within the limits with ``mark`` (" (2)") before its extension."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > MAX_EXTENSION:
        stem, extension = name, ""
    suffix = mark + (f".{extension}" if extension else "")
    while len(stem) + len(suffix) > MAX_LENGTH or \
            len((stem + suffix).encode("utf-8")) > MAX_BYTES:
        stem = stem[:-1]
    return (stem.rstrip(". ") + suffix) if stem.strip(". ") else name[:0]


def unique_path(folder: Path, name: str) -> Path:
    """``folder / name``, or "name (2).ext", "name (3).ext" ... when that is taken."""
    path = Path(folder) / name
    number = 2
    while path.exists():
        path = Path(folder) / _shortened(name, f" ({number})")
        number += 1
    return path
