"""A letter's layout as a small document model of its own, independent of Qt and of Word.

The editor, the .docx export and import, the preview and mail merge all read and write this
model, so a letter means the same thing everywhere. It holds only what the editor can show:
paragraphs (alignment, bulleted or numbered list at a level) of formatted text (a text may be
a link), merge fields and pictures, tables of such paragraphs, the page and the language.
``normalized`` gives the one canonical form that two equal-looking documents share.

The spacing the editor shows, the PDF paints and the .docx names is declared here once, so
the three agree: space after a paragraph, none after a list item or in a cell, the padding
of a table's cells and the indent of each list level.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

MAX_LEVEL = 8
PAGE_SIZES = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}  # millimetres
#: a line break inside a paragraph (Shift+Enter), as Qt writes it
LINE_BREAK = "\u2028"
#: points: after a paragraph, after a list item or a paragraph in a table cell, around the
#: text of a cell, of indent per list level (the bullet hangs in its first half)
PARAGRAPH_AFTER, TIGHT_AFTER, CELL_PADDING, LIST_INDENT = 6.0, 0.0, 3.0, 36.0
#: the bullets of list levels 1, 2, 3 (then again), as Qt draws its disc, circle and square
BULLETS = ("\u2022", "\u25e6", "\u25aa")


@dataclass(frozen=True)
class Style:
    """Character format: empty font and zero size mean the document's own."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    colour: str = ""  # "#rrggbb"; "" is automatic (black)
    font: str = ""
    size: float = 0.0  # points


PLAIN = Style()


@dataclass(frozen=True)
class Text:
    """Formatted text; with ``link`` (a URL) it is a hyperlink."""

    text: str
    style: Style = PLAIN
    link: str = ""


@dataclass(frozen=True)
class Field:
    """A merge field: a catalogue field (``bp.name``), an attribute (``(R, CLIENT_SINCE)``) or a
    variable (``@today``). ``placement`` is BR-LET-04: "#" keeps the column the field stands
    at, "%" pads or cuts the value to the field's length."""

    name: str
    style: Style = PLAIN
    placement: str = ""

    @property
    def token(self) -> str:
        """The field as LN writes it in a plain-text layout."""
        return f"{self.placement}{self.name}"


@dataclass(frozen=True)
class Picture:
    """An image stored with the letter (``Document.images[key]``), shown at a size in points."""

    key: str
    width: float
    height: float


Inline = Text | Field | Picture


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...] = ()
    align: str = "left"
    list_kind: str = ""  # "", "bullet" or "number"
    level: int = 0  # list indent level, 0 to MAX_LEVEL

    @property
    def text(self) -> str:
        return "".join(i.text if isinstance(i, Text) else i.token if isinstance(i, Field)
                       else "" for i in self.inlines)


@dataclass(frozen=True)
class Cell:
    paragraphs: tuple[Paragraph, ...] = (Paragraph(),)


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[Cell, ...], ...]

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)


Block = Paragraph | Table


@dataclass(frozen=True)
class Page:
    size: str = "A4"
    top: int = 25  # margins in millimetres
    bottom: int = 25
    left: int = 25
    right: int = 25


@dataclass(frozen=True)
class Document:
    blocks: tuple[Block, ...] = ()
    page: Page = Page()
    language: str = "fr"  # "fr" or "en": the spell checkers' dictionary
    font: str = "Calibri"
    size: float = 11.0
    images: dict[str, bytes] = field(default_factory=dict, hash=False)

    def fields(self) -> list[Field]:
        """Every merge field, in reading order."""
        return [inline for paragraph in self.paragraphs() for inline in paragraph.inlines
                if isinstance(inline, Field)]

    def paragraphs(self) -> list[Paragraph]:
        found: list[Paragraph] = []
        for block in self.blocks:
            if isinstance(block, Table):
                found += [p for row in block.rows for cell in row for p in cell.paragraphs]
            else:
                found.append(block)
        return found

    def plain_text(self) -> str:
        """The text in reading order, a paragraph a line (fields as their tokens)."""
        return "\n".join(p.text for p in self.paragraphs())


def normalized(document: Document) -> Document:
    """The canonical form: adjacent texts of one style and link joined, empty texts dropped,
    list levels only on list paragraphs, tables rectangular with a paragraph in every cell,
    only the pictures the document shows kept; a paragraph between two tables, and no empty
    paragraph before a table that opens the letter or after one that closes it."""
    blocks = _tables_apart(tuple(_block(block) for block in document.blocks))
    shown = {i.key for p in Document(blocks).paragraphs() for i in p.inlines
             if isinstance(i, Picture)}
    images = {key: data for key, data in document.images.items() if key in shown}
    return replace(document, blocks=blocks, images=images)


def _tables_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Two tables side by side would be one table in Word and in Qt: a paragraph stands
    between them. The empty paragraph Qt keeps before a table at the start of a document and
    after one at its end, and Word after a last table, are theirs, not the letter's: dropped,
    so nothing is added around a table on the way through the editor and Word."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and out and isinstance(out[-1], Table):
            out.append(Paragraph())
        out.append(block)
    if len(out) > 1 and _empty(out[0]) and isinstance(out[1], Table):
        out.pop(0)
    if len(out) > 1 and _empty(out[-1]) and isinstance(out[-2], Table):
        out.pop()
    return tuple(out)


def _empty(block: Block) -> bool:
    return isinstance(block, Paragraph) and not block.inlines and not block.list_kind


def _block(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return normalized_paragraph(block)
    width = block.columns
    rows = tuple(tuple(_cell(cell) for cell in row) + (Cell(),) * (width - len(row))
                 for row in block.rows)
    return Table(rows)


def _cell(cell: Cell) -> Cell:
    paragraphs = tuple(normalized_paragraph(p) for p in cell.paragraphs)
    return Cell(paragraphs or (Paragraph(),))


def normalized_paragraph(paragraph: Paragraph) -> Paragraph:
    inlines: list[Inline] = []
    for inline in paragraph.inlines:
        if isinstance(inline, Text):
            if not inline.text:
                continue
            last = inlines[-1] if inlines else None
            if isinstance(last, Text) and (last.style, last.link) == (inline.style, inline.link):
                inlines[-1] = Text(last.text + inline.text, inline.style, inline.link)
                continue
        inlines.append(inline)
    level = min(max(paragraph.level, 0), MAX_LEVEL) if paragraph.list_kind else 0
    return replace(paragraph, inlines=tuple(inlines), level=level)


def page_size_mm(page: Page) -> tuple[float, float]:
    return PAGE_SIZES.get(page.size, PAGE_SIZES["A4"])


def picture_key(data: bytes) -> str:
    """The key a picture is stored under: its content's hash, so the same image inserted
    twice is stored once."""
    return hashlib.sha1(data).hexdigest()[:16]  # a name, not a secret
