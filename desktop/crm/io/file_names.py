"""File names that come from outside (an e-mail's attachments, a dropped file) made safe to
store on Windows and Linux alike: no folder part (so no path traversal), no NUL or control
character, none of the characters or names Windows reserves (CON, NUL, COM1, LPT1 ..., a
trailing dot or space), not "." or "..", and not longer than a file system takes, shortened
keeping the extension. Two files of one name are kept apart: "scan.pdf", "scan (2).pdf".
(Microsoft's "Naming Files, Paths, and Namespaces" lists Windows' rules.)"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

FORBIDDEN = re.compile(r'[<>:"|?*\x00-\x1f\x7f]')
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            *(f"COM{n}" for n in "123456789¹²³"), *(f"LPT{n}" for n in "123456789¹²³")}
MAX_CHARACTERS = 120  # a name, within the 260 characters of a classic Windows path
MAX_BYTES = 240  # Linux file systems take 255 bytes of UTF-8
MAX_EXTENSION = 16
DEFAULT = "attachment"


def safe_file_name(name: str | None, default: str = DEFAULT) -> str:
    """``name`` as a file name any file system takes, its extension kept."""
    text = unicodedata.normalize("NFC", name or "")
    text = re.split(r"[\\/]", text)[-1]  # the last part only: "../../x" is "x"
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    text = FORBIDDEN.sub("_", text).strip().rstrip(". ")
    if not text.strip("."):
        text = default
    if text.split(".", 1)[0].strip().upper() in RESERVED:
        text = "_" + text
    return _shortened(text)


def _shortened(name: str, mark: str = "") -> str:
    """The name within the limits with ``mark`` (" (2)") before its extension."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > MAX_EXTENSION:
        stem, extension = name, ""
    suffix = mark + (f".{extension}" if extension else "")
    while len(stem) + len(suffix) > MAX_CHARACTERS or \
            len((stem + suffix).encode("utf-8")) > MAX_BYTES:
        stem = stem[:-1]
    return stem.rstrip(". ") + suffix


def unique_path(folder: Path, name: str) -> Path:
    """``folder / name``, or "name (2).ext", "name (3).ext" ... when that is taken."""
    path = Path(folder) / name
    number = 2
    while path.exists():
        path = Path(folder) / _shortened(name, f" ({number})")
        number += 1
    return path
