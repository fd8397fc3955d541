"""A letter as a .docx (python-docx) that Word and LibreOffice open as the editor shows it:
fonts and formats, alignment, bulleted and numbered lists at their levels, tables, pictures,
links, the page, and merge fields as real MERGEFIELD fields, so Word's own mail merge reads
them too. The document's language is set, so the word processor checks spelling with the
right dictionary.

The document names its font and size (no theme font: Word, LibreOffice and the PDF then
agree on it), and the spacing the editor shows: space after paragraphs, single lines, none
after list items and in cells, the cells' padding and the lists' indents
(desktop.crm.letters.document)."""

from __future__ import annotations

import io
from weakref import WeakKeyDictionary

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm, Pt, RGBColor

from desktop.crm.letters.document import (
    BULLETS,
    CELL_PADDING,
    LINE_BREAK,
    LIST_INDENT,
    MAX_LEVEL,
    PARAGRAPH_AFTER,
    TIGHT_AFTER,
    Document,
    Field,
    Paragraph,
    Picture,
    Style,
    Table,
    Text,
    normalized,
    page_size_mm,
)
from desktop.crm.letters.merge import clean_text

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
LANGUAGE_TAG = {"fr": "fr-FR", "en": "en-GB"}
EMU_PER_POINT = 12700
TWIPS_PER_POINT = 20
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
NUMBER_FORMATS = ("decimal", "lowerLetter", "lowerRoman")


PLACEHOLDER = "\u27e6{}\u27e7"  # ⟦n⟧: where mail merge puts the n-th field's value
#: the next placeholder number of each document part being written with placeholders
_PLACEHOLDERS: WeakKeyDictionary[object, list[int]] = WeakKeyDictionary()


def to_docx(document: Document, placeholders: bool = False) -> bytes:
    """The letter as .docx bytes; with ``placeholders`` each merge field is written as the
    text ⟦n⟧ (n: its order in the letter) for mail merge to replace, not as a MERGEFIELD."""
    document = normalized(document)
    out = docx.Document()
    if placeholders:
        _PLACEHOLDERS[out.part] = [0]  # the next field's number
    _defaults(out, document)
    _page(out.sections[0], document)
    lists = _Lists(out)
    for block in document.blocks:
        if isinstance(block, Table):
            _table(out, block, document, lists)
        else:
            _paragraph(out.add_paragraph(), block, document, lists)
        if not isinstance(block, Paragraph) or not block.list_kind:
            lists.end()
    for link in out.element.body.iter(qn("w:hyperlink")):
        link.attrib.pop("_url", None)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def merge_instruction(field: Field) -> str:
    token = field.token
    name = f'"{token}"' if any(c in token for c in ' ,()"') else token
    return f" MERGEFIELD {name} \\* MERGEFORMAT "


# -- the document -----------------------------------------------------------------------------
def _defaults(out, document: Document) -> None:
    """The font, size, language and spacing of the whole document, in its defaults
    (ECMA-376 Part 1, §17.7 styles: docDefaults) and its Normal style: fonts named for every
    script (§17.3.2 run properties: rFonts), no theme font that each program would resolve its own way."""
    normal = out.styles["Normal"]
    normal.font.name = document.font
    normal.font.size = Pt(document.size)
    tag = LANGUAGE_TAG.get(document.language, "fr-FR")
    defaults = out.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for properties in (run_defaults, normal.element.get_or_add_rPr()):
        _named_fonts(properties, document.font)
        language = properties.find(qn("w:lang"))
        if language is None:
            language = OxmlElement("w:lang")
            properties.append(language)
        language.set(qn("w:val"), tag)
    for name in ("w:sz", "w:szCs"):
        run_defaults.find(qn(name)).set(qn("w:val"), str(round(document.size * 2)))
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    _spacing(spacing, PARAGRAPH_AFTER)
    out.core_properties.language = tag


def _named_fonts(properties, font: str) -> None:
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        properties.insert(0, fonts)
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for script in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{script}"), font)


def _spacing(element, after: float) -> None:
    """Space after in points, single line spacing (§17.3.1 paragraph properties: spacing)."""
    element.set(qn("w:before"), "0")
    element.set(qn("w:after"), str(round(after * TWIPS_PER_POINT)))
    element.set(qn("w:line"), "240")
    element.set(qn("w:lineRule"), "auto")


def _page(section, document: Document) -> None:
    width, height = page_size_mm(document.page)
    section.page_width, section.page_height = Mm(width), Mm(height)
    page = document.page
    section.top_margin, section.bottom_margin = Mm(page.top), Mm(page.bottom)
    section.left_margin, section.right_margin = Mm(page.left), Mm(page.right)


def _table(out, table: Table, document: Document, lists) -> None:
    grid = out.add_table(rows=len(table.rows), cols=table.columns)
    grid.style = out.styles["Table Grid"]
    _cell_padding(grid._tbl.tblPr)
    for row, cells in zip(grid.rows, table.rows, strict=True):
        for cell, content in zip(row.cells, cells, strict=True):
            for index, paragraph in enumerate(content.paragraphs):
                target = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
                _paragraph(target, paragraph, document, lists, in_cell=True)
                if not paragraph.list_kind:
                    lists.end()
            lists.end()


def _cell_padding(properties) -> None:
    """The editor's padding on every side of every cell (§17.4 tables: tblCellMar)."""
    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(round(CELL_PADDING * TWIPS_PER_POINT)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.append(margins)


def _paragraph(target, paragraph: Paragraph, document: Document, lists,
               in_cell: bool = False) -> None:
    if paragraph.align != "left":
        target.alignment = ALIGN[paragraph.align]
    if paragraph.list_kind:
        lists.number(target, paragraph)
    if paragraph.list_kind or in_cell:
        _spacing(target._p.get_or_add_pPr().get_or_add_spacing(), TIGHT_AFTER)
    for inline in paragraph.inlines:
        if isinstance(inline, Text):
            run = target.add_run(clean_text(inline.text).replace(LINE_BREAK, "\n"))
            _styled(run, inline.style)
            if inline.link:
                _linked(target, run, inline.link)
        elif isinstance(inline, Field):
            counter = _PLACEHOLDERS.get(target.part)
            if counter is None:
                _field(target, inline)
            else:
                run = target.add_run(PLACEHOLDER.format(counter[0]))
                run._r.find(qn("w:t")).set(qn("xml:space"), "preserve")  # values keep spaces
                _styled(run, inline.style)
                counter[0] += 1
        else:
            _picture(target, inline, document)


def _linked(target, run, url: str) -> None:
    """The run inside a hyperlink to ``url``, an external relationship of the part
    (§17.16 hyperlink); the next text of the same link joins it."""
    previous = run._r.getprevious()
    if previous is not None and previous.tag == qn("w:hyperlink") and \
            previous.get("_url") == url:
        previous.append(run._r)
        return
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), target.part.relate_to(url, HYPERLINK, is_external=True))
    link.set("_url", url)
    run._r.addprevious(link)
    link.append(run._r)


def _styled(run, style: Style) -> None:
    font = run.font
    if style.bold:
        font.bold = True
    if style.italic:
        font.italic = True
    if style.underline:
        font.underline = True
    if style.colour:
        font.color.rgb = RGBColor.from_string(style.colour.lstrip("#").upper())
    if style.font:
        font.name = style.font
    if style.size:
        font.size = Pt(style.size)


def _field(target, field: Field) -> None:
    """A complex field, as Word writes it: begin, instruction, separate, result, end."""
    def char(kind: str):
        run = target.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
        _styled(run, field.style)

    char("begin")
    run = target.add_run()
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = merge_instruction(field)
    run._r.append(instruction)
    _styled(run, field.style)
    char("separate")
    _styled(target.add_run(f"\u00ab{field.token}\u00bb"), field.style)
    char("end")


def _picture(target, picture: Picture, document: Document) -> None:
    data = document.images.get(picture.key)
    if data is None:
        return
    target.add_run().add_picture(io.BytesIO(data),
                                 width=Emu(round(picture.width * EMU_PER_POINT)),
                                 height=Emu(round(picture.height * EMU_PER_POINT)))


class _Lists:
    """Word numbering for the letter's lists: each run of list paragraphs is one list (its
    numbers start at 1), with a numbering per kind (bulleted, numbered)."""

    def __init__(self, out) -> None:
        self.numbering = out.part.numbering_part.element
        self.current: dict[str, int] = {}
        self.abstract: dict[str, int] = {}

    def end(self) -> None:
        self.current = {}

    def number(self, target, paragraph: Paragraph) -> None:
        kind = paragraph.list_kind
        if kind not in self.current:
            self.current[kind] = self._new_num(kind)
        properties = target._p.get_or_add_pPr()
        numbering = properties.get_or_add_numPr()
        numbering.get_or_add_ilvl().val = paragraph.level
        numbering.get_or_add_numId().val = self.current[kind]

    def _new_num(self, kind: str) -> int:
        if kind not in self.abstract:
            self.abstract[kind] = self._new_abstract(kind)
        return self.numbering.add_num(self.abstract[kind]).numId

    def _new_abstract(self, kind: str) -> int:
        ids = [int(a.get(qn("w:abstractNumId")))
               for a in self.numbering.findall(qn("w:abstractNum"))]
        new_id = max(ids, default=0) + 1
        levels = "".join(_level(kind, level) for level in range(MAX_LEVEL + 1))
        element = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{new_id}">'
                            f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}'
                            f'</w:abstractNum>')
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.numbering.append(element)
        return new_id


def _level(kind: str, level: int) -> str:
    if kind == "bullet":
        fmt, text = "bullet", BULLETS[level % len(BULLETS)]
    else:
        fmt, text = NUMBER_FORMATS[level % len(NUMBER_FORMATS)], f"%{level + 1}."
    indent = round(LIST_INDENT * TWIPS_PER_POINT) * (level + 1)
    hanging = round(LIST_INDENT * TWIPS_PER_POINT / 2)
    return (f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr></w:lvl>')
