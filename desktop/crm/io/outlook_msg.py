"""E-mails dragged out of Outlook: Outlook offers no file but a FileGroupDescriptor (the names
of the virtual files) and FileContents (each file's bytes), and a message comes as an Outlook
.msg file, an OLE compound file of MAPI properties (MS-OXMSG). Read with olefile, a .msg
becomes the .eml (RFC 5322) the e-mail import already reads: sender, recipients, subject, date,
body and attachments.

The descriptor's layout is Windows' FILEGROUPDESCRIPTORW: a count, then one 592-byte
FILEDESCRIPTORW per file whose name (260 UTF-16 characters) starts at byte 72; the older ANSI
FILEGROUPDESCRIPTORA has 332-byte entries with a 260-byte name."""

from __future__ import annotations

import datetime as dt
import io
import mimetypes
import struct
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

import olefile

from desktop.crm.errors import ValidationError

WIDE, NARROW = (592, 72, 520), (332, 72, 260)  # entry size, name offset, name bytes
SUBJECT, BODY, SENDER_NAME, SENDER_EMAIL, SENDER_SMTP = 0x0037, 0x1000, 0x0C1A, 0x0C1F, 0x5D01
HEADERS, SUBMIT_TIME, DELIVERY_TIME = 0x007D, 0x0039, 0x0E06
RECIPIENT_NAME, RECIPIENT_EMAIL, RECIPIENT_SMTP, RECIPIENT_TYPE = 0x3001, 0x3003, 0x39FE, 0x0C15
ATTACH_DATA, ATTACH_NAME, ATTACH_LONG_NAME, ATTACH_MIME = 0x3701, 0x3704, 0x3707, 0x370E
UNICODE, STRING8, BINARY, SYSTIME, LONG = 0x001F, 0x001E, 0x0102, 0x0040, 0x0003
FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def descriptor_names(data: bytes, wide: bool = True) -> list[str]:
    """The file names of a FileGroupDescriptor(W)."""
    size, offset, length = WIDE if wide else NARROW
    if len(data) < 4:
        return []
    count = struct.unpack_from("<I", data)[0]
    names = []
    for n in range(min(count, (len(data) - 4) // size)):
        raw = data[4 + n * size + offset: 4 + n * size + offset + length]
        text = raw.decode("utf-16-le" if wide else "cp1252", errors="replace")
        names.append(text.split("\0", 1)[0])
    return names


def as_eml(name: str, data: bytes) -> bytes:
    """A dropped e-mail file as .eml bytes, whichever of the two it is."""
    return msg_to_eml(data) if name.lower().endswith(".msg") else data


def msg_to_eml(data: bytes) -> bytes:
    """The .eml of an Outlook message; a file that is no .msg is refused in words."""
    if not olefile.isOleFile(io.BytesIO(data)):
        raise ValidationError("This file is not an Outlook message (.msg).")
    try:
        return _read_msg(data)
    except (OSError, ValueError, struct.error, IndexError, KeyError, TypeError) as error:
        # olefile's own errors are OSErrors; a cut or damaged file raises any of these
        raise ValidationError("This Outlook message is damaged and cannot be read: save it "
                              "again from Outlook.") from error


def _read_msg(data: bytes) -> bytes:
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        reader = _Properties(ole, "")
        message = EmailMessage()
        sender = reader.text(SENDER_SMTP) or reader.text(SENDER_EMAIL)
        message["From"] = formataddr((reader.text(SENDER_NAME), sender))
        recipients = _recipients(ole)
        for role, header in ((1, "To"), (2, "Cc")):
            addresses = [formataddr(r[1:]) for r in recipients if r[0] == role]
            if addresses:
                message[header] = ", ".join(addresses)
        message["Subject"] = reader.text(SUBJECT)
        sent = reader.time(SUBMIT_TIME) or reader.time(DELIVERY_TIME)
        if sent is not None:
            message["Date"] = format_datetime(sent)
        message.set_content(reader.text(BODY) or "")
        for storage in _storages(ole, "__attach_version1.0_#"):
            attachment = _Properties(ole, storage)
            name = attachment.text(ATTACH_LONG_NAME) or attachment.text(ATTACH_NAME) \
                or "attachment"
            content = attachment.binary(ATTACH_DATA)
            if content is None:
                continue  # an embedded message or an OLE object: not a file
            kind = attachment.text(ATTACH_MIME) or mimetypes.guess_type(name)[0] or \
                "application/octet-stream"
            maintype, _, subtype = kind.partition("/")
            message.add_attachment(content, maintype=maintype, subtype=subtype or
                                   "octet-stream", filename=name)
    return bytes(message)


def _storages(ole, prefix: str) -> list[str]:
    return sorted({entry[0] for entry in ole.listdir(streams=True, storages=True)
                   if entry[0].startswith(prefix)})


def _recipients(ole) -> list[tuple[int, str, str]]:
    found = []
    for storage in _storages(ole, "__recip_version1.0_#"):
        recipient = _Properties(ole, storage)
        address = recipient.text(RECIPIENT_SMTP) or recipient.text(RECIPIENT_EMAIL)
        found.append((recipient.fixed(RECIPIENT_TYPE) or 1, recipient.text(RECIPIENT_NAME),
                      address))
    return found


class _Properties:
    """The MAPI properties of the message or of one recipient or attachment storage: the
    variable ones in streams of their own, the fixed ones in __properties_version1.0."""

    def __init__(self, ole, storage: str) -> None:
        self.ole, self.prefix = ole, f"{storage}/" if storage else ""
        self.fixed_values: dict[int, bytes] = {}
        path = self.prefix + "__properties_version1.0"
        if ole.exists(path):
            raw = ole.openstream(path).read()
            start = 32 if not storage else 8  # the message's header is longer
            for offset in range(start, len(raw) - 15, 16):
                tag = struct.unpack_from("<I", raw, offset)[0]
                self.fixed_values[tag] = raw[offset + 8: offset + 16]

    def _stream(self, prop: int, kind: int) -> bytes | None:
        path = f"{self.prefix}__substg1.0_{prop:04X}{kind:04X}"
        return self.ole.openstream(path).read() if self.ole.exists(path) else None

    def text(self, prop: int) -> str:
        raw = self._stream(prop, UNICODE)
        if raw is not None:
            return raw.decode("utf-16-le", errors="replace").rstrip("\0").strip()
        raw = self._stream(prop, STRING8)
        return raw.decode("cp1252", errors="replace").rstrip("\0").strip() if raw else ""

    def binary(self, prop: int) -> bytes | None:
        return self._stream(prop, BINARY)

    def fixed(self, prop: int) -> int | None:
        value = self.fixed_values.get((prop << 16) | LONG)
        return struct.unpack_from("<i", value)[0] if value else None

    def time(self, prop: int) -> dt.datetime | None:
        value = self.fixed_values.get((prop << 16) | SYSTIME)
        if not value:
            return None
        ticks = struct.unpack_from("<Q", value)[0]
        return FILETIME_EPOCH + dt.timedelta(microseconds=ticks // 10) if ticks else None
