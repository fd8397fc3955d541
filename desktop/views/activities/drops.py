"""What a drop on the Activities grid holds as e-mails: .eml and .msg files from the file
manager, or messages dragged straight out of Outlook, which come as virtual files (Windows'
FileGroupDescriptorW with their names, FileContents with the bytes of the first; Qt shows
both under its windows-mime names)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from desktop.crm.io.outlook_msg import descriptor_names

MAIL_SUFFIXES = (".eml", ".msg")
DESCRIPTOR_W = 'application/x-qt-windows-mime;value="FileGroupDescriptorW"'
DESCRIPTOR = 'application/x-qt-windows-mime;value="FileGroupDescriptor"'
CONTENTS = 'application/x-qt-windows-mime;value="FileContents"'


def has_emails(mime: QMimeData) -> bool:
    return bool(_files(mime) or _virtual_names(mime))


def dropped_emails(mime: QMimeData) -> list[tuple[str, bytes]]:
    """(file name, bytes) of each e-mail of the drop. Of an Outlook drag, the first message:
    Windows hands one file's contents per request, and Qt asks for the first."""
    files = _files(mime)
    if files:
        return [(path.name, path.read_bytes()) for path in files]
    names = _virtual_names(mime)
    contents = bytes(mime.data(CONTENTS).data()) if mime.hasFormat(CONTENTS) else b""
    return [(names[0], contents)] if names and contents else []


def _files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(MAIL_SUFFIXES)]


def _virtual_names(mime: QMimeData) -> list[str]:
    for kind, wide in ((DESCRIPTOR_W, True), (DESCRIPTOR, False)):
        if mime.hasFormat(kind):
            names = descriptor_names(bytes(mime.data(kind).data()), wide)
            return [name for name in names if name.lower().endswith(MAIL_SUFFIXES)]
    return []
