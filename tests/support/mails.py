"""E-mail files (.eml, RFC 5322 and MIME) written the way mail programs write them, for the
import tests, byte for byte:

- Thunderbird 115: ``User-Agent: Mozilla Thunderbird``, a "------------" boundary with the
  "This is a multi-part message in MIME format." preamble, UTF-8 text in 8bit with
  ``format=flowed``, headers in RFC 2047 encoded words, long or non-ASCII attachment names in
  RFC 2231 continuations (``filename*0*=UTF-8''...``), base64 bodies wrapped at 72 columns.
- Apple Mail: ``Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))``, an
  "Apple-Mail=_..." boundary, ``x-unix-mode=0644`` on attachments, unquoted file names.
- Outlook (Outlook on the web's "Download as .eml"): an "_004_..._" boundary,
  ``Content-Language: fr-FR``, text in quoted-printable ``charset="iso-8859-1"``.
All with CRLF line ends.
"""

from __future__ import annotations

import base64
import quopri
from email.header import Header

CRLF = "\r\n"


def _b64(data: bytes, width: int = 72) -> str:
    text = base64.b64encode(data).decode()
    return CRLF.join(text[i:i + width] for i in range(0, len(text), width))


def _encoded(text: str) -> str:
    return text if text.isascii() and text.isprintable() else Header(text, "utf-8").encode()


def _rfc2231(name: str) -> str:
    """Thunderbird's way: percent-encoded UTF-8 in continuations of 60 characters."""
    from urllib.parse import quote

    encoded = quote(name.encode("utf-8"), safe="")
    if name.isascii() and name.isprintable() and len(name) < 60:
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')  # an RFC 5322 quoted-string
        return f'filename="{escaped}"'
    chunks = [encoded[i:i + 60] for i in range(0, len(encoded), 60)]
    first = f"filename*0*=UTF-8''{chunks[0]}"
    rest = [f" filename*{n}*={chunk}" for n, chunk in enumerate(chunks[1:], start=1)]
    return ";\r\n ".join([first, *[r.strip() for r in rest]])


def thunderbird(sender: tuple[str, str], to: tuple[str, str], subject: str, body: str,
                date: str, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    boundary = "------------2Ld0dKq1xX7bAa5SgUVxLZ7E"
    head = [f"Message-ID: <3b1c6a2e-0d3a-4f7e-9c1d-5f0e1b2a3c4d@{sender[1].split('@')[1]}>",
            f"Date: {date}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
            "Content-Language: fr", f"To: {_encoded(to[0])} <{to[1]}>",
            f"From: {_encoded(sender[0])} <{sender[1]}>", f"Subject: {_encoded(subject)}",
            f'Content-Type: multipart/mixed; boundary="{boundary}"', "",
            "This is a multi-part message in MIME format.", f"--{boundary}",
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "Content-Transfer-Encoding: 8bit", "", body]
    for name, content in attachments:
        head += [f"--{boundary}", f'Content-Type: application/pdf; name="{_encoded(name)}"',
                 f"Content-Disposition: attachment; {_rfc2231(name)}",
                 "Content-Transfer-Encoding: base64", "", _b64(content)]
    head += [f"--{boundary}--", ""]
    return CRLF.join(head).encode("utf-8")


def apple_mail(sender: tuple[str, str], to: tuple[str, str], subject: str, body: str,
               date: str, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    boundary = "Apple-Mail=_1F2E3D4C-5B6A-4798-8A7B-6C5D4E3F2A1B"
    head = [f"From: {_encoded(sender[0])} <{sender[1]}>",
            f'Content-Type: multipart/mixed; boundary="{boundary}"',
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))",
            f"Subject: {_encoded(subject)}", f"Date: {date}",
            f"To: {_encoded(to[0])} <{to[1]}>",
            "X-Mailer: Apple Mail (2.3774.600.62)", "", "", f"--{boundary}",
            "Content-Transfer-Encoding: quoted-printable",
            "Content-Type: text/plain;", "\tcharset=utf-8", "",
            quopri.encodestring(body.encode("utf-8")).decode().replace("\n", CRLF)]
    for name, content in attachments:
        head += [f"--{boundary}", "Content-Disposition: attachment;", f"\tfilename={name}",
                 "Content-Type: application/octet-stream;", "\tx-unix-mode=0644;",
                 f"\tname={name}", "Content-Transfer-Encoding: base64", "", _b64(content, 76)]
    head += [f"--{boundary}--", ""]
    return CRLF.join(head).encode("utf-8")


def outlook_web(sender: tuple[str, str], to: tuple[str, str], subject: str, body: str,
                date: str, attachments: list[tuple[str, bytes]] = ()) -> bytes:
    boundary = "_004_PR1P264MB3456A1B2C3D4E5F6A7B8PR1P264MB3456FRAP_"
    text = quopri.encodestring(body.encode("iso-8859-1")).decode().replace("\n", CRLF)
    head = [f"From: {_encoded(sender[0])} <{sender[1]}>", f"To: {_encoded(to[0])} <{to[1]}>",
            f"Subject: {_encoded(subject)}", f"Date: {date}",
            "Message-ID: <PR1P264MB3456A1B2C3D4E5F6A7B8@PR1P264MB3456.FRAP264.PROD.OUTLOOK.COM>",
            "Content-Language: fr-FR", "X-MS-Has-Attach: yes",
            f'Content-Type: multipart/mixed; boundary="{boundary}"', "MIME-Version: 1.0", "",
            f"--{boundary}", 'Content-Type: text/plain; charset="iso-8859-1"',
            "Content-Transfer-Encoding: quoted-printable", "", text]
    for name, content in attachments:
        head += [f"--{boundary}", f'Content-Type: application/pdf; name="{name}"',
                 f'Content-Description: {name}',
                 f'Content-Disposition: attachment; filename="{name}"; size={len(content)};',
                 "Content-Transfer-Encoding: base64", "", _b64(content, 76)]
    head += [f"--{boundary}--", ""]
    return CRLF.join(head).encode("utf-8")
