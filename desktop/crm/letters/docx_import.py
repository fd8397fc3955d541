"""A .docx edited in Word, LibreOffice or Google Docs taken back into a letter.

The file is checked before anything in it is opened (docx_package: sizes, entries, DTDs).
Formats, alignment, lists, tables, pictures and links come back as the editor shows them, and
every MERGEFIELD the document shows (complex or simple, in the body, a table, a header or a
footer, a text box, a note, a content control, the result of an IF) comes back as the merge
field (docx_runs). What the editor cannot hold (a text box, a note, a page header, merged
cells, an IF or a DATE field ...) keeps the text it shows as plain paragraphs or text, and is
counted in ``Imported`` so the user is told; nothing is dropped without a word."""

from __future__ import annotations

import io
import logging
from collections import Counter
from dataclasses import dataclass, field

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from desktop.crm.letters.document import (
    PAGE_SIZES,
    Cell,
    Document,
    Page,
    Paragraph,
    Picture,
    Table,
    Text,
    normalized,
    picture_key,
)
from desktop.crm.letters.docx_package import (
    checked,
    not_a_letter,
    parse_part,
    too_deep,
)
from desktop.crm.letters.docx_runs import Inlines

log = logging.getLogger(__name__)
ALIGN = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right",
         WD_ALIGN_PARAGRAPH.JUSTIFY: "justify", WD_ALIGN_PARAGRAPH.DISTRIBUTE: "justify"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#: block containers that only wrap blocks: content controls, custom XML, tracked insertions
_WRAPPERS = ("sdt", "sdtContent", "customXml", "ins", "moveTo")

#: the kinds ``Imported.kept_as_text`` counts, in the user's words
KEPT_LABELS = {"text box": "text box", "footnote": "footnote", "endnote": "endnote",
               "equation": "equation", "shape": "shape", "merged cells": "merged cells",
               "nested table": "table inside a table", "page header": "page header",
               "page footer": "page footer", "object": "embedded object",
               "section break": "section break (the letter has one page layout)",
               "link to a place in the document": "link to a place in the document"}


@dataclass
class Imported:
    document: Document
    #: what the editor cannot show, by kind ("text box", "footnote" ...): its text was kept
    kept_as_text: Counter = field(default_factory=Counter)
    #: fields other than MERGEFIELD, by kind ("IF", "DATE" ...): the text they showed kept
    fields: Counter = field(default_factory=Counter)
    #: merge fields inside another field's instruction (an IF's condition): not kept
    hidden_fields: list[str] = field(default_factory=list)

    @property
    def losses(self) -> bool:
        return bool(self.kept_as_text or self.fields or self.hidden_fields)


def from_docx(data: bytes) -> Imported:
    """The letter of a .docx; raises DocumentRefused (one sentence) for a file it will not
    read: not a .docx, damaged, or built to exhaust memory."""
    checked(data)
    try:
        source = docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError as error:  # too deep, too long a text, broken XML
        # libxml2's limits (256 levels deep without XML_PARSE_HUGE) say RESOURCE_LIMIT
        raise (too_deep() if error.code == etree.ErrorTypes.ERR_RESOURCE_LIMIT
               else not_a_letter()) from error
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise not_a_letter() from error
    try:
        return _read(source)
    except (IndexError, KeyError, AttributeError, TypeError, ValueError) as error:
        log.warning("a .docx the letter cannot read: %r", error)
        raise not_a_letter() from error


def _read(source) -> Imported:
    reader = _Reader(source)
    body = reader.blocks(source.element.body, source.part)
    top, bottom = reader.headers_and_footers()
    sections = len(source.sections)
    if sections > 1:
        reader.kept["section break"] += sections - 1
    page = _page(source.sections[0]) if sections else Page()
    document = Document(tuple(top + body + bottom), page, _language(source), reader.font,
                        reader.size, images=reader.images)
    return Imported(normalized(document), reader.kept, reader.fields, reader.hidden_fields)


def _page(section) -> Page:
    width = section.page_width.mm if section.page_width else 210
    size = min(PAGE_SIZES, key=lambda name: abs(PAGE_SIZES[name][0] - width))

    def mm(value, default: int) -> int:
        return round(value.mm) if value is not None else default

    return Page(size, mm(section.top_margin, 25), mm(section.bottom_margin, 25),
                mm(section.left_margin, 25), mm(section.right_margin, 25))


def _language(source) -> str:
    for element in source.styles.element.iter(qn("w:lang")):
        value = (element.get(qn("w:val")) or "").lower()
        if value.startswith("en"):
            return "en"
        if value.startswith("fr"):
            return "fr"
    return "fr"


def default_font(source) -> tuple[str, float]:
    """The font and size the document names for its text: the Normal style's, else the
    document defaults' (ECMA-376 Part 1, §17.7 styles), a theme font resolved through the
    theme part (§20.1 DrawingML: minorFont) as Word does; what names nothing is Word's own default."""
    normal = source.styles["Normal"].font
    defaults = source.styles.element.find(qn("w:docDefaults"))
    run = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr")) if defaults is not None else None
    name = normal.name or _font_of(run, source)
    size = normal.size.pt if normal.size is not None else _size_of(run)
    return name or "Calibri", size or 11.0


def _font_of(properties, source) -> str:
    fonts = properties.find(qn("w:rFonts")) if properties is not None else None
    if fonts is None:
        return ""
    named = fonts.get(qn("w:ascii")) or fonts.get(qn("w:hAnsi"))
    if named:
        return named
    theme = fonts.get(qn("w:asciiTheme")) or fonts.get(qn("w:hAnsiTheme")) or ""
    return _theme_font(source, "major" if theme.startswith("major") else "minor")


def _theme_font(source, which: str) -> str:
    for relation in source.part.rels.values():
        if relation.reltype == RELATION + "theme" and not relation.is_external:
            root = parse_part(relation.target_part.blob)
            latin = root.find(f".//{{*}}{which}Font/{{*}}latin")
            return latin.get("typeface", "") if latin is not None else ""
    return ""


def _size_of(properties) -> float:
    size = properties.find(qn("w:sz")) if properties is not None else None
    try:
        return int(size.get(qn("w:val"))) / 2 if size is not None else 0.0
    except (TypeError, ValueError):
        return 0.0


class _Reader:
    def __init__(self, source) -> None:
        self.source = source
        self.images: dict[str, bytes] = {}
        self.kept: Counter = Counter()
        self.fields: Counter = Counter()
        self.hidden_fields: list[str] = []
        self.font, self.size = default_font(source)
        self._kinds = self._numbering_kinds()
        self._notes: dict[tuple[str, str], dict[str, object]] = {}

    # -- blocks -------------------------------------------------------------------------------
    def blocks(self, container, part) -> list:
        found: list = []
        for child in container.iterchildren():
            tag = child.tag.replace(W, "") if isinstance(child.tag, str) else ""
            if tag == "p":
                found += self.paragraph(child, part)
            elif tag == "tbl":
                found.append(self.table(child, part))
            elif tag in _WRAPPERS:
                found += self.blocks(child, part)
            elif tag == "altChunk":
                self.kept["object"] += 1
        return found

    def table(self, element, part) -> Table:
        """A cell spanning columns stays one cell (LibreOffice writes spans for a grid of its
        own); cells merged across rows are counted, their text kept."""
        rows = []
        for row in _within(element, "tr"):
            cells: list[Cell] = []
            for cell in _within(row, "tc"):
                content = self.blocks(cell, part)
                paragraphs = [b for b in content if isinstance(b, Paragraph)]
                for nested in (b for b in content if isinstance(b, Table)):
                    self.kept["nested table"] += 1
                    paragraphs += self.flat([nested])
                properties = cell.find(qn("w:tcPr"))
                merged = properties.find(qn("w:vMerge")) if properties is not None else None
                if merged is not None and merged.get(qn("w:val")) != "restart":
                    self.kept["merged cells"] += 1
                cells.append(Cell(tuple(paragraphs)))
            rows.append(tuple(cells))
        if len({len(row) for row in rows}) > 1:
            self.kept["merged cells"] += 1
        return Table(tuple(rows))

    def paragraph(self, element, part) -> list:
        """The paragraph, then what its text boxes and notes hold."""
        paragraph = DocxParagraph(element, part)
        inlines = Inlines(self, paragraph, part)
        inlines.walk(element)
        inlines.finish()
        kind, level = self.list_of(paragraph)
        own = Paragraph(tuple(inlines.out), self.align(paragraph), kind, level)
        return [own] + inlines.extra

    def flat(self, blocks: list) -> list[Paragraph]:
        """Blocks where only paragraphs may stand: a table's rows as lines of tabbed text."""
        found: list[Paragraph] = []
        for block in blocks:
            if isinstance(block, Table):
                found += [self.text_paragraph("\t".join(" ".join(p.text for p in c.paragraphs)
                                                        for c in row)) for row in block.rows]
            else:
                found.append(block)
        return found

    @staticmethod
    def text_paragraph(text: str) -> Paragraph:
        return Paragraph((Text(text),))

    def headers_and_footers(self) -> tuple[list, list]:
        """Every header and footer the sections name (default, first page, even pages), each
        once: their paragraphs open and close the letter."""
        found: tuple[list, list] = ([], [])
        seen: set[str] = set()
        for section in self.source.sections:
            for index, tag in enumerate(("headerReference", "footerReference")):
                for reference in section._sectPr.findall(qn(f"w:{tag}")):
                    part = self.source.part.related_parts.get(reference.get(qn("r:id")))
                    if part is None or str(part.partname) in seen:
                        continue
                    seen.add(str(part.partname))
                    blocks = [b for b in self.blocks(part.element, part)
                              if not (isinstance(b, Paragraph) and not b.inlines)]
                    if blocks:
                        self.kept["page header" if index == 0 else "page footer"] += 1
                        found[index].extend(blocks)
        return found

    def note(self, part, kind: str, note_id: str | None):
        """The w:footnote or w:endnote ``note_id`` of the notes part related to ``part``."""
        key = (str(part.partname), kind)
        if key not in self._notes:
            notes: dict[str, object] = {}
            for relation in part.rels.values():
                if relation.reltype == RELATION + f"{kind}s" and not relation.is_external:
                    target = relation.target_part
                    # python-docx's own parser (no entities): its run classes read formats
                    root = target.element if hasattr(target, "element") else \
                        parse_xml(target.blob)
                    notes = {n.get(qn("w:id")): n for n in root.iter(qn(f"w:{kind}"))}
            self._notes[key] = notes
        return self._notes[key].get(note_id) if note_id is not None else None

    # -- paragraph properties ------------------------------------------------------------------
    def align(self, paragraph) -> str:
        value = paragraph.paragraph_format.alignment
        style = paragraph.style
        while value is None and style is not None:
            value = style.paragraph_format.alignment
            style = style.base_style
        return ALIGN.get(value, "left")

    def list_of(self, paragraph) -> tuple[str, int]:
        numbering = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
        style = paragraph.style
        while numbering is None and style is not None:
            properties = style.element.pPr
            numbering = properties.numPr if properties is not None else None
            style = style.base_style
        if numbering is None or numbering.numId is None or numbering.numId.val == 0:
            return "", 0
        level = numbering.ilvl.val if numbering.ilvl is not None else 0
        kinds = self._kinds.get(numbering.numId.val, {})
        return kinds.get(level, "number"), level

    def _numbering_kinds(self) -> dict[int, dict[int, str]]:
        """{numId: {level: "bullet" | "number"}} from the numbering part."""
        try:
            numbering = self.source.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return {}
        abstract = {}
        for element in numbering.findall(qn("w:abstractNum")):
            levels = {}
            for level in element.findall(qn("w:lvl")):
                fmt = level.find(qn("w:numFmt"))
                value = fmt.get(qn("w:val")) if fmt is not None else "decimal"
                levels[int(level.get(qn("w:ilvl")))] = "bullet" if value == "bullet" else "number"
            abstract[element.get(qn("w:abstractNumId"))] = levels
        kinds = {}
        for num in numbering.findall(qn("w:num")):
            reference = num.find(qn("w:abstractNumId"))
            if reference is not None:
                kinds[int(num.get(qn("w:numId")))] = abstract.get(reference.get(qn("w:val")), {})
        return kinds

    # -- pictures ------------------------------------------------------------------------------
    def picture(self, part, blip_id: str, width_emu: int, height_emu: int) -> Picture | None:
        target = part.related_parts.get(blip_id)
        if target is None:
            return None
        data = target.blob
        key = picture_key(data)
        self.images[key] = data
        return Picture(key, round(width_emu / 12700, 2), round(height_emu / 12700, 2))


def _within(element, tag: str):
    """The w:tr of a table or the w:tc of a row, through content controls and custom XML
    that wrap them (§17.5.2 structured document tags at row and cell level)."""
    for child in element.iterchildren():
        name = child.tag.replace(W, "") if isinstance(child.tag, str) else ""
        if name == tag:
            yield child
        elif name in _WRAPPERS:
            yield from _within(child, tag)


__all__ = ["KEPT_LABELS", "Imported", "from_docx"]
