"""What a drop on the Activities grid holds as e-mails: .eml and .msg files from the file
manager, or messages dragged straight out of Outlook as virtual files (FileGroupDescriptorW
naming them, FileContents with each one's bytes).

On Windows the grid has an OLE drop target of its own (windows_drop.py), because Qt asks for
FileContents only as a memory block or a stream and only for the first file, while Outlook hands
each message over as a storage object. Elsewhere, and for what Qt delivers, the drop is read
from Qt's QMimeData, which shows Windows formats under their windows-mime names. Both are read
by the same code (crm/io/virtual_files.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from desktop.crm.io.virtual_files import (
    HDROP,
    MAIL_SUFFIXES,
    DroppedMessages,
    dropped_messages,
    offers_messages,
)

WINDOWS_MIME = 'application/x-qt-windows-mime;value="{}"'


class MimeSource:
    """A QMimeData seen as a drag's data object: Qt hands a virtual file's contents for the
    first file only (it asks with lindex -1), so later ones are refused."""

    def __init__(self, mime: QMimeData) -> None:
        self.mime = mime

    def formats(self) -> set[str]:
        found = {f.split('value="', 1)[1].rstrip('"') for f in self.mime.formats()
                 if f.startswith("application/x-qt-windows-mime;value=")}
        return found | ({HDROP} if self._files() else set())

    def get(self, name: str, index: int, media: int) -> bytes | None:
        if index > 0 or name == HDROP:
            return None  # Qt's files come through urls()
        kind = WINDOWS_MIME.format(name)
        return bytes(self.mime.data(kind).data()) if self.mime.hasFormat(kind) else None

    def _files(self) -> list[str]:
        return [url.toLocalFile() for url in self.mime.urls()
                if url.isLocalFile() and url.toLocalFile().lower().endswith(MAIL_SUFFIXES)]


def has_emails(mime: QMimeData) -> bool:
    source = MimeSource(mime)
    return bool(source._files()) or offers_messages(source)


def dropped_emails(mime: QMimeData) -> DroppedMessages:
    """The e-mails of a Qt drop: its local mail files, else the virtual files Qt hands over."""
    source = MimeSource(mime)
    files = [Path(p) for p in source._files()]
    if files:
        return DroppedMessages([(path.name, path.read_bytes()) for path in files])
    return dropped_messages(source)
