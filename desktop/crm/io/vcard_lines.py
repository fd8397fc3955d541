"""The content lines of .vcf files as other programs write them, read one card at a time.

vobject, which writes our cards, reads what RFC 2426 and RFC 6350 allow, but not what Outlook
writes in vCard 2.1: it drops the bare types of ``TEL;CELL;VOICE`` and stops at a
quoted-printable value broken over lines with soft line breaks, and one undecodable photo
stops the whole file. This reader takes, per card:

- vCard 2.1 (the Internet Mail Consortium's text, as Outlook writes it): bare parameters
  (``TEL;WORK;VOICE``, ``QUOTED-PRINTABLE``), ``ENCODING=QUOTED-PRINTABLE`` values with soft
  line breaks (a line ending in "="), ``CHARSET=Windows-1252``;
- vCard 3.0 (RFC 2426) as Apple writes it: groups (``item1.EMAIL`` with ``item1.X-ABLabel``),
  ``type=`` repeated, ``type=pref``, base64 photos folded over many lines;
- vCard 4.0 (RFC 6350): ``VALUE=uri`` with ``tel:`` URIs, ``TYPE="voice,cell"`` lists, ``PREF=1``.

Lines are unfolded (a line starting with a space or a tab continues the one before). A card
that cannot be read is reported with its number and line, and the others are read.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass, field

from desktop.crm.errors import CrmError

LINE_END = re.compile(r"\r\n|\n|\r")
BARE_ENCODINGS = {"QUOTED-PRINTABLE": "QUOTED-PRINTABLE", "BASE64": "B", "B": "B",
                  "8BIT": "8BIT", "7BIT": "7BIT"}
NAME = re.compile(r"^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$")


@dataclass
class Property:
    group: str
    name: str  # upper case
    params: dict[str, list[str]]  # names upper case
    value: str  # decoded (quoted-printable and charset), escapes still in
    line: int

    @property
    def types(self) -> set[str]:
        """TYPE values, lower case, whichever way they were written (2.1 bare, 3.0 repeated,
        4.0 a quoted list)."""
        return {t.strip().strip('"').lower() for value in self.params.get("TYPE", [])
                for t in value.split(",") if t.strip()}

    @property
    def pref(self) -> int:
        """The preference order: 1 is the most preferred; 100 when none is said."""
        if "PREF" in self.params:
            try:
                return int(self.params["PREF"][0])
            except (ValueError, IndexError):
                return 1
        return 1 if "pref" in self.types else 100

    def text(self) -> str:
        return unescape(self.value).strip()

    def parts(self) -> list[str]:
        """The components of a structured value (N, ADR, ORG), unescaped."""
        return [unescape(p).strip() for p in re.split(r"(?<!\\);", self.value)]


@dataclass
class RawCard:
    number: int  # in the file, from 1
    line: int  # of its BEGIN
    properties: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.properties if p.name == name]

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None

    def label(self, group: str) -> str:
        """Apple's X-ABLabel of a group ("_$!<Mobile>!$_" -> "mobile")."""
        for prop in self.properties:
            if prop.group == group and prop.name == "X-ABLABEL":
                return prop.text().strip("_$!<>").lower()
        return ""


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN:])", lambda m: "\n" if m.group(1) in "nN" else m.group(1),
                  value)


def decode_file(data: bytes) -> str:
    """A .vcf's text: UTF-16 or UTF-8 by its mark, else UTF-8, else Windows-1252 (Outlook)."""
    for mark, encoding in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
                           (b"\xef\xbb\xbf", "utf-8")):
        if data.startswith(mark):
            return data[len(mark):].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_cards(text: str) -> tuple[list[RawCard], list[tuple[int, CrmError]]]:
    """The cards of a file, and (card number, why) for each one that cannot be read."""
    cards: list[RawCard] = []
    bad: list[tuple[int, CrmError]] = []
    card: RawCard | None = None
    depth = 0
    for number, line in _logical_lines(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            depth += 1
            if depth == 1:
                if card is not None:  # the card before never ended
                    bad.append((card.number, _unclosed(card)))
                card = RawCard(len(cards) + len(bad) + 1, number)
            continue
        if upper == "END:VCARD":
            depth = max(depth - 1, 0)
            if depth == 0 and card is not None:
                cards.append(card)
                card = None
            continue
        if card is None or depth > 1 or not line.strip():
            continue  # outside any card, or a card inside a card (2.1 AGENT)
        try:
            card.properties.append(parse_line(line, number))
        except CrmError as error:
            bad.append((card.number, error))
            card, depth = None, 0
    if card is not None:
        bad.append((card.number, _unclosed(card)))
    if not cards and not bad:
        raise CrmError("The file holds no vCard: choose a .vcf file.")
    return cards, sorted(bad, key=lambda b: b[0])


def _unclosed(card: RawCard) -> CrmError:
    return CrmError("The card that starts on line {line} has no END:VCARD.", line=card.line)


def _logical_lines(text: str):
    """(line number, logical line): folded lines joined, quoted-printable soft breaks too."""
    current, start, soft = None, 0, False
    for number, line in enumerate(LINE_END.split(text), start=1):
        if current is not None and (soft or line[:1] in (" ", "\t")):
            current += line if soft else line[1:]
        else:
            if current is not None:
                yield start, current
            current, start = line, number
        soft = current.endswith("=") and _quoted_printable(current)
        if soft:
            current = current[:-1]
    if current is not None:
        yield start, current


def _quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def parse_line(line: str, number: int) -> Property:
    head, colon, value = _split_value(line)
    if not colon:
        raise CrmError("Line {line} is not a vCard line: “{text}”.", line=number,
                       text=line[:60])
    pieces = _split_params(head)
    match = NAME.match(pieces[0])
    if not match:
        raise CrmError("Line {line} is not a vCard line: “{text}”.", line=number,
                       text=line[:60])
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, equals, values = piece.partition("=")
        if not equals:  # 2.1: a bare type or encoding
            key, values = ("ENCODING", BARE_ENCODINGS[key.upper()]) \
                if key.upper() in BARE_ENCODINGS else ("TYPE", key)
        params.setdefault(key.strip().upper(), []).append(values.strip())
    return Property(match.group(1) or "", match.group(2).upper(), params,
                    _decoded(value, params), number)


def _split_value(line: str) -> tuple[str, str, str]:
    """The name and parameters, and the value after the first colon outside quotes."""
    quoted = False
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:i], ":", line[i + 1:]
    return line, "", ""


def _split_params(head: str) -> list[str]:
    return [p for p in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', head) if p != ""]


def _decoded(value: str, params: dict[str, list[str]]) -> str:
    encoding = (params.get("ENCODING") or [""])[0].upper()
    if encoding != "QUOTED-PRINTABLE":
        return value
    raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
    charset = (params.get("CHARSET") or [""])[0]
    for name in (charset, "utf-8", "cp1252"):
        if not name:
            continue
        try:
            return raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return raw.decode("latin-1")
