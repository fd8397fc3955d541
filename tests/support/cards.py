"""vCards made the way other programs write them, byte for byte, for the import tests.

- Outlook (Windows) "Save as vCard" / Forward as vCard: vCard 2.1 in Windows-1252, bare types
  (``TEL;WORK;VOICE``, ``TEL;CELL;VOICE``, ``EMAIL;PREF;INTERNET``), ``CHARSET=Windows-1252``,
  ``ENCODING=QUOTED-PRINTABLE`` with soft line breaks at 76 characters for values with line
  ends or long ones (MS-OXVCARD, "Outlook vCard 2.1 export"; the IMC's vCard 2.1, 2.1.3).
- Apple Contacts (macOS) 3.0: ``PRODID:-//Apple Inc.//macOS ...``, ``type=`` repeated, groups
  ``item1.EMAIL`` + ``item1.X-ABLabel:_$!<Mobile>!$_``, ``X-ABADR`` country code, a base64
  ``PHOTO;ENCODING=b;TYPE=JPEG`` folded over lines that start with a space, CRLF.
- Google Contacts "vCard (for iOS Contacts)" 3.0: ``EMAIL;TYPE=INTERNET;TYPE=WORK``, the
  organisation in ``item1.ORG`` with an empty ``item1.X-ABLabel``, no UID.
- Thunderbird 115's address book 4.0: ``EMAIL;PREF=1``, ``TEL;TYPE=cell;VALUE=TEXT``, a UUID.
- RFC 6350's own example (section 8): ``TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:...``.
"""

from __future__ import annotations

import base64
import binascii

JPEG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(200))


def _qp(text: str, charset: str = "cp1252") -> str:
    """Quoted-printable as Outlook writes it: soft breaks ("=" at the end) at 76 columns."""
    encoded = binascii.b2a_qp(text.encode(charset), istext=False)  # line ends as =0D=0A
    return encoded.decode("ascii").replace("\n", "\r\n")


def outlook_21(first: str, last: str, org: str, email: str, work: str, mobile: str,
               street: str = "", city: str = "", postcode: str = "", country: str = "") -> bytes:
    address = f";;{street};{city};;{postcode};{country}"
    lines = [
        "BEGIN:VCARD", "VERSION:2.1",
        f"N;LANGUAGE=fr;CHARSET=Windows-1252:{last};{first}",
        f"FN;CHARSET=Windows-1252:{first} {last}",
        f"ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:{_qp(org)}",
        "TITLE:Directeur",
        f"TEL;WORK;VOICE:{work}", f"TEL;CELL;VOICE:{mobile}",
        f"ADR;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:{_qp(address)}",
        f"LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:"
        f"{_qp(street + chr(13) + chr(10) + postcode + ' ' + city)}",
        f"EMAIL;PREF;INTERNET:{email}",
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2", "REV:20261201T101500Z", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def _folded(line: str, width: int = 75) -> str:
    """RFC 2426 folding: CRLF and a space."""
    out = [line[:width]]
    rest = line[width:]
    while rest:
        out.append(" " + rest[:width - 1])
        rest = rest[width - 1:]
    return "\r\n".join(out)


def apple_30(first: str, last: str, org: str, email: str, mobile: str, work: str,
             uid: str, title: str = "", country: str = "fr", photo: bytes = JPEG) -> bytes:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", "PRODID:-//Apple Inc.//macOS 14.5//EN",
        f"N:{last};{first};;;", f"FN:{first} {last}", f"ORG:{org};",
        *([f"TITLE:{title}"] if title else []),
        *([f"item1.EMAIL;type=INTERNET;type=pref:{email}",
           "item1.X-ABLabel:_$!<Other>!$_"] if email else []),
        f"item2.TEL:{mobile}", "item2.X-ABLabel:_$!<Mobile>!$_",
        f"TEL;type=WORK;type=VOICE:{work}",
        "item3.ADR;type=HOME;type=pref:;;3 rue des Arts;Lyon;;69002;France",
        f"item3.X-ABADR:{country}",
        _folded("PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(photo).decode()),
        f"UID:{uid}", f"X-ABUID:{uid}:ABPerson", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def google_30(first: str, last: str, org: str, email: str, mobile: str) -> bytes:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{first} {last}", f"N:{last};{first};;;",
             f"EMAIL;TYPE=INTERNET;TYPE=WORK:{email}", f"TEL;TYPE=CELL:{mobile}",
             f"item1.ORG:{org}", "item1.X-ABLabel:", "CATEGORIES:myContacts", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def thunderbird_40(first: str, last: str, org: str, email: str, mobile: str, work: str,
                   uid: str) -> bytes:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"EMAIL;PREF=1:{email}", f"FN:{first} {last}",
             f"N:{last};{first};;;", f"TEL;TYPE=cell;VALUE=TEXT:{mobile}",
             f"TEL;TYPE=work;VALUE=TEXT:{work}", f"ORG:{org}", "TITLE:Technicien",
             f"UID:{uid}", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def rfc6350_example() -> bytes:
    """RFC 6350, section 8 (its Simon Perreault card, the organisation kept)."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:Simon Perreault", "N:Perreault;Simon;;;ing. jr,M.Sc.",
             "BDAY:--0203", "ANNIVERSARY:20090808T1430-0500", "GENDER:M",
             "LANG;PREF=1:fr", "LANG;PREF=2:en", "ORG;TYPE=work:Viagenie",
             "ADR;TYPE=work:;Suite D2-630;2875 Laurier;Quebec;QC;G1V 2M2;Canada",
             'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102',
             'TEL;VALUE=uri;TYPE="work,cell,voice,video,text":tel:+1-418-262-6501',
             "EMAIL;TYPE=work:simon.perreault@viagenie.ca",
             "GEO;TYPE=work:geo:46.772673,-71.282945",
             "KEY;TYPE=work;VALUE=uri:http://www.viagenie.ca/simon.perreault/simon.asc",
             "TZ:-0500", "URL;TYPE=home:http://nomis80.org", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
