"""Hypothesis strategies for letters: documents with every format the editor has."""

from __future__ import annotations

import struct
import zlib

from hypothesis import strategies as st

from desktop.crm.letters.document import (
    LINE_BREAK,
    Cell,
    Document,
    Field,
    Page,
    Paragraph,
    Picture,
    Style,
    Table,
    Text,
    normalized,
    picture_key,
)

FIELD_NAMES = ("bp.name", "contact.last_name", "opportunity.expected_revenue", "@today",
               "@bef.lst.name", "@cor.nama", "(R, SECTOR)")
WORDS = st.text(alphabet=st.sampled_from("abcdeéèàçôüXYZ 0123456789,.;:!?'-()€%&<>\"\t"
                                         + LINE_BREAK), min_size=1, max_size=12)


def png(width: int, height: int, colour: tuple[int, int, int]) -> bytes:
    """A valid PNG of one colour, written without any imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(colour) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


styles = st.builds(
    Style, st.booleans(), st.booleans(), st.booleans(),
    st.sampled_from(["", "#c0392b", "#1f4e79", "#2e7d32"]),
    st.sampled_from(["", "Arial", "Times New Roman"]),
    st.sampled_from([0.0, 9.0, 10.5, 14.0, 18.0]))
fields = st.builds(Field, st.sampled_from(FIELD_NAMES), styles, st.sampled_from(["", "#", "%"]))
texts = st.builds(Text, WORDS, styles)
images = st.builds(png, st.integers(1, 6), st.integers(1, 6),
                   st.tuples(st.integers(0, 255), st.integers(0, 255), st.integers(0, 255)))


@st.composite
def pictures(draw) -> tuple[Picture, bytes]:
    data = draw(images)
    size = st.integers(400, 20000).map(lambda n: n / 100)
    return Picture(picture_key(data), draw(size), draw(size)), data


@st.composite
def paragraphs(draw, picture_store: dict) -> Paragraph:
    inlines = []
    for _ in range(draw(st.integers(0, 5))):
        choice = draw(st.integers(0, 9))
        if choice < 6:
            inlines.append(draw(texts))
        elif choice < 9:
            inlines.append(draw(fields))
        else:
            picture, data = draw(pictures())
            picture_store[picture.key] = data
            inlines.append(picture)
    kind = draw(st.sampled_from(["", "", "bullet", "number"]))
    level = draw(st.integers(0, 2)) if kind else 0
    return Paragraph(tuple(inlines), draw(st.sampled_from(["left", "center", "right",
                                                           "justify"])), kind, level)


@st.composite
def tables(draw, picture_store: dict) -> Table:
    rows, columns = draw(st.integers(1, 3)), draw(st.integers(1, 3))
    return Table(tuple(tuple(Cell(tuple(draw(st.lists(paragraphs(picture_store), min_size=1,
                                                       max_size=2))))
                             for _ in range(columns)) for _ in range(rows)))


@st.composite
def documents(draw) -> Document:
    store: dict[str, bytes] = {}
    blocks = [draw(st.one_of(paragraphs(store), paragraphs(store), tables(store)))
              for _ in range(draw(st.integers(1, 6)))]
    margins = st.integers(10, 40)
    page = Page(draw(st.sampled_from(["A4", "Letter"])), draw(margins), draw(margins),
                draw(margins), draw(margins))
    return normalized(Document(tuple(blocks), page, draw(st.sampled_from(["fr", "en"])),
                               draw(st.sampled_from(["Calibri", "Georgia"])),
                               draw(st.sampled_from([10.0, 11.0, 12.0])), store))
