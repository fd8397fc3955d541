"""A .docx edited in Word or LibreOffice taken back into a letter.

Formats, alignment, lists, tables and pictures come back as the editor shows them, and every
MERGEFIELD (complex or simple) comes back as the merge field. What the editor cannot show (a
text box, a footnote, an equation, merged cells, a page header) keeps its text as plain
paragraphs, and ``Imported.kept_as_text`` counts it so the user is told in one sentence;
nothing is dropped without a word."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml import etree

from desktop.crm.letters.document import (
    LINE_BREAK,
    PAGE_SIZES,
    Cell,
    Document,
    Field,
    Inline,
    Page,
    Paragraph,
    Picture,
    Style,
    Table,
    Text,
    normalized,
    picture_key,
)
from desktop.crm.letters.fields import canonical

ALIGN = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right",
         WD_ALIGN_PARAGRAPH.JUSTIFY: "justify", WD_ALIGN_PARAGRAPH.DISTRIBUTE: "justify"}
MERGEFIELD = re.compile(r'^\s*MERGEFIELD\s+(?:"([^"]*)"|(\S+))', re.IGNORECASE)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: run content that holds no text of the letter
_SILENT = {"rPr", "lastRenderedPageBreak", "softHyphen", "annotationRef", "commentReference"}
#: paragraph content that holds no text of the letter, or deleted text (a tracked deletion)
_SKIPPED = {"pPr", "proofErr", "bookmarkStart", "bookmarkEnd", "del", "moveFrom",
            "commentRangeStart", "commentRangeEnd", "permStart", "permEnd", "rPr"}


#: the kinds ``Imported.kept_as_text`` counts, in the user's words
KEPT_LABELS = {"text box": "text box", "footnote": "footnote", "endnote": "endnote",
               "equation": "equation", "shape": "shape", "merged cells": "merged cells",
               "nested table": "table inside a table", "page header": "page header",
               "page footer": "page footer", "object": "embedded object"}


@dataclass
class Imported:
    document: Document
    #: what the editor cannot show, by kind ("text box", "footnote" ...): its text was kept
    kept_as_text: Counter = field(default_factory=Counter)


def from_docx(data: bytes) -> Imported:
    source = docx.Document(io.BytesIO(data))
    reader = _Reader(source)
    blocks = reader.blocks(source.element.body)
    header = reader.header_footer()
    document = Document(tuple(header[0] + blocks + header[1]), _page(source.sections[0]),
                        _language(source), *_font(source), images=reader.images)
    return Imported(normalized(document), reader.kept)


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


def _font(source) -> tuple[str, float]:
    normal = source.styles["Normal"].font
    size = normal.size.pt if normal.size is not None else 11.0
    return normal.name or "Calibri", size


class _Reader:
    def __init__(self, source) -> None:
        self.source = source
        self.part = source.part
        self.images: dict[str, bytes] = {}
        self.kept: Counter = Counter()
        self.font, self.size = _font(source)
        self._kinds = self._numbering_kinds()

    # -- blocks -------------------------------------------------------------------------------
    def blocks(self, container) -> list:
        found: list = []
        for child in container.iterchildren():
            tag = child.tag.replace(W, "")
            if tag == "p":
                found += self.paragraph(child)
            elif tag == "tbl":
                found.append(self.table(child))
            elif tag in ("sdt", "sdtContent", "customXml", "ins", "moveTo"):
                found += self.blocks(child.find(qn("w:sdtContent")) if tag == "sdt" else child)
        return found

    def table(self, element) -> Table:
        """A cell spanning columns stays one cell (LibreOffice writes spans for a grid of its
        own); cells merged across rows are counted, their text kept."""
        rows = []
        for row in element.findall(qn("w:tr")):
            cells: list[Cell] = []
            for cell in row.findall(qn("w:tc")):
                content = self.blocks(cell)
                paragraphs = [b for b in content if isinstance(b, Paragraph)]
                for nested in (b for b in content if isinstance(b, Table)):
                    self.kept["nested table"] += 1
                    paragraphs += [Paragraph((Text("\t".join(" ".join(p.text for p in c.paragraphs)
                                                             for c in r)),))
                                   for r in nested.rows]
                properties = cell.find(qn("w:tcPr"))
                merged = properties.find(qn("w:vMerge")) if properties is not None else None
                if merged is not None and merged.get(qn("w:val")) != "restart":
                    self.kept["merged cells"] += 1
                cells.append(Cell(tuple(paragraphs)))
            rows.append(tuple(cells))
        if len({len(row) for row in rows}) > 1:
            self.kept["merged cells"] += 1
        return Table(tuple(rows))

    def paragraph(self, element) -> list[Paragraph]:
        """The paragraph, then the text of what it holds that the editor cannot show."""
        paragraph = DocxParagraph(element, self.source.part)
        inlines = _Inlines(self, paragraph)
        inlines.walk(element)
        inlines.flush()
        kind, level = self.list_of(paragraph)
        own = Paragraph(tuple(inlines.out), self.align(paragraph), kind, level)
        return [own] + inlines.extra

    def header_footer(self) -> tuple[list, list]:
        parts: tuple[list[Paragraph], list[Paragraph]] = ([], [])
        for section in self.source.sections:
            for index, (kind, area) in enumerate((("page header", section.header),
                                                   ("page footer", section.footer))):
                if area.is_linked_to_previous and section is not self.source.sections[0]:
                    continue
                texts = [p.text for p in area.paragraphs if p.text.strip()]
                if texts:
                    self.kept[kind] += 1
                    parts[index].extend(Paragraph((Text(t),)) for t in texts)
        return parts

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
            numbering = self.part.numbering_part.element
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
    def picture(self, blip_id: str, width_emu: int, height_emu: int) -> Picture | None:
        part = self.part.related_parts.get(blip_id)
        if part is None:
            return None
        data = part.blob
        key = picture_key(data)
        self.images[key] = data
        return Picture(key, round(width_emu / 12700, 2), round(height_emu / 12700, 2))


class _Inlines:
    """The texts, fields and pictures of one paragraph, in order, through runs, hyperlinks,
    content controls, tracked insertions and fields (complex or simple)."""

    def __init__(self, reader: _Reader, paragraph) -> None:
        self.reader, self.paragraph = reader, paragraph
        self.out: list[Inline] = []
        self.extra: list[Paragraph] = []
        self.depth = 0  # complex fields open
        self.instruction = ""
        self.in_result = False
        self.field_style: Style | None = None

    def walk(self, element) -> None:
        for child in element.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "r":
                self.run(child)
            elif tag == "fldSimple":
                self.simple_field(child)
            elif tag == "sdt":
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.walk(content)
            elif tag in ("oMath", "oMathPara"):
                self.kept("equation", child)
            elif tag not in _SKIPPED:
                self.walk(child)  # hyperlink, ins, smartTag, customXml, moveTo ...

    def flush(self) -> None:
        if self.depth:  # a field left open: keep its result as text
            self.depth = 0

    def kept(self, kind: str, element) -> None:
        self.reader.kept[kind] += 1
        text = "".join(t.text or "" for t in element.iter("{*}t")).strip()
        if text:
            self.extra.append(Paragraph((Text(text),)))

    def simple_field(self, element) -> None:
        match = MERGEFIELD.match(element.get(qn("w:instr")) or "")
        if match is None:
            self.walk(element)  # another field: its result is text
            return
        runs = element.findall(qn("w:r"))
        style = self.style(runs[0]) if runs else Style()
        self.out.append(_field(match.group(1) or match.group(2), style))

    def run(self, element) -> None:
        style = self.style(element)
        for child in element.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag in _SILENT:
                continue
            if tag == "fldChar":
                self.field_char(child.get(qn("w:fldCharType")), style)
            elif tag == "instrText":
                if self.depth == 1 and not self.in_result:
                    self.instruction += child.text or ""
            elif self.depth and (not self.in_result or self.merging or self.depth > 1):
                if self.merging and self.field_style is None and tag == "t":
                    self.field_style = style
            elif tag == "t":
                self.text(child.text or "", style)
            elif tag == "tab":
                self.text("\t", style)
            elif tag in ("br", "cr"):
                self.text(LINE_BREAK, style)
            elif tag == "noBreakHyphen":
                self.text("-", style)
            elif tag == "sym":
                self.text(chr(int(child.get(qn("w:char"), "20"), 16) & 0xFFFF)
                          if child.get(qn("w:char")) else "", style)
            elif tag == "drawing" or tag in ("pict", "AlternateContent", "object"):
                self.drawing(child)
            elif tag in ("footnoteReference", "endnoteReference"):
                self.note(child, tag)
            else:
                text = "".join(t.text or "" for t in child.iter(qn("w:t")))
                if text:
                    self.kept("object", child)

    @property
    def merging(self) -> bool:
        return MERGEFIELD.match(self.instruction) is not None

    def field_char(self, kind: str | None, style: Style) -> None:
        if kind == "begin":
            self.depth += 1
            if self.depth == 1:
                self.instruction, self.in_result, self.field_style = "", False, None
                self.begin_style = style
        elif kind == "separate":
            if self.depth == 1:
                self.in_result = True
        elif kind == "end" and self.depth:
            match = MERGEFIELD.match(self.instruction)
            if self.depth == 1 and match is not None:  # self.merging
                self.out.append(_field(match.group(1) or match.group(2),
                                       self.field_style or self.begin_style))
            self.depth -= 1
            if self.depth == 0:
                self.instruction, self.in_result = "", False

    def text(self, text: str, style: Style) -> None:
        if text:
            self.out.append(Text(text, style))

    def drawing(self, element) -> None:
        boxes = list(element.iter(qn("w:txbxContent")))
        if boxes:
            # a text box (often twice: the drawing and its VML fallback): its text once
            self.reader.kept["text box"] += 1
            for paragraph in boxes[0].iter(qn("w:p")):
                text = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
                if text.strip():
                    self.extra.append(Paragraph((Text(text),)))
            return
        blip = next(element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}blip"),
                    None)
        image = next(element.iter("{urn:schemas-microsoft-com:vml}imagedata"), None)
        relation = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
        rid = blip.get(relation + "embed") if blip is not None else \
            image.get(relation + "id") if image is not None else None
        if rid is None:
            self.reader.kept["shape"] += 1
            return
        extent = next(element.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}extent"),
            None)
        width = int(extent.get("cx")) if extent is not None else 914400
        height = int(extent.get("cy")) if extent is not None else 914400
        picture = self.reader.picture(rid, width, height)
        if picture is not None:
            self.out.append(picture)

    def note(self, element, tag: str) -> None:
        kind = "footnote" if tag == "footnoteReference" else "endnote"
        self.reader.kept[kind] += 1
        part_name = "footnotes" if kind == "footnote" else "endnotes"
        note_id = element.get(qn("w:id"))
        for part in self.reader.part.related_parts.values():
            if str(part.partname).endswith(f"/{part_name}.xml"):
                root = part.element if hasattr(part, "element") else None
                if root is None:  # a generic part: parse its XML
                    root = etree.fromstring(part.blob)
                for note in root.iter(qn(f"w:{kind}")):
                    if note.get(qn("w:id")) == note_id:
                        text = "".join(t.text or "" for t in note.iter(qn("w:t"))).strip()
                        if text:
                            self.extra.append(Paragraph((Text(text),)))

    # -- run format ----------------------------------------------------------------------------
    def style(self, element) -> Style:
        run = Run(element, self.paragraph)
        chains = [_chain(run.style if element.rPr is not None and element.rPr.rStyle is not None
                         else None), _chain(self.paragraph.style, skip_normal=True)]

        def value(name: str):
            found = getattr(run.font, name)
            for style in (s for chain in chains for s in chain):
                if found is not None:
                    break
                found = getattr(style.font, name)
            return found

        colour = run.font.color.rgb if run.font.color.type is not None else None
        if colour is None:
            for style in (s for chain in chains for s in chain):
                if style.font.color.type is not None and style.font.color.rgb is not None:
                    colour = style.font.color.rgb
                    break
        font = value("name") or ""
        size = value("size")
        size_pt = round(size.pt * 2) / 2 if size is not None else 0.0
        return Style(bool(value("bold")), bool(value("italic")),
                     bool(value("underline")) and value("underline") is not False,
                     f"#{colour}".lower() if colour is not None and str(colour) != "000000"
                     else "",
                     "" if font == self.reader.font else font,
                     0.0 if size_pt == self.reader.size else size_pt)


def _chain(style, skip_normal: bool = False) -> list:
    found = []
    while style is not None:
        if not (skip_normal and style.name in ("Normal", "Default Paragraph Font")):
            found.append(style)
        style = style.base_style
    return found


def _field(token: str, style: Style) -> Field:
    token = token.strip()
    placement = token[0] if token[:1] in ("#", "%") else ""
    return Field(canonical(token[len(placement):]), style, placement)
