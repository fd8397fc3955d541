"""File names made from data (an e-mail's attachment, a partner's code, a subject) that Windows
accepts, on every platform alike (a file written on Linux may be opened on Windows later, and
the tests run on Linux).

Windows refuses or redirects (https://learn.microsoft.com/en-us/windows/win32/fileio/
naming-a-file, "Naming Conventions"): the characters < > : " / \\ | ? * and those below 32;
the device names CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also with the superscript digits ¹ ² ³),
alone or followed by an extension ("NUL.txt" is NUL), and CONIN$ / CONOUT$ (CreateFile's
console names); a name ending with a space or a period (the system strips them, so "Devis. "
becomes another file, "Devis"). Windows 11 relaxed some of these, but the SMB server and older
Windows still refuse them (https://github.com/python/cpython/issues/95486)."""

from __future__ import annotations

import re

DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789¹²³"}
INVALID = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
MAX_LENGTH = 200  # of 255: room for the folder's path and a "(2)" the caller may add


def is_reserved(name: str) -> bool:
    """Whether Windows would not store ``name`` as given."""
    return name != safe_file_name(name)


def safe_file_name(name: str, fallback: str = "file") -> str:
    """``name`` with what Windows refuses replaced: forbidden characters become "_", trailing
    spaces and periods go, and a device name gets a leading "_" ("CON.docx" -> "_CON.docx")."""
    cleaned = INVALID.sub("_", name).rstrip(" .")
    stem = cleaned.split(".", 1)[0].rstrip(" ").upper()
    if stem in DEVICES:
        cleaned = f"_{cleaned}"
    if len(cleaned) > MAX_LENGTH:
        head, dot, suffix = cleaned.rpartition(".")
        keep = f".{suffix}" if dot and len(suffix) <= 10 else ""
        cleaned = cleaned[:MAX_LENGTH - len(keep)].rstrip(" .") + keep
    return cleaned or fallback
