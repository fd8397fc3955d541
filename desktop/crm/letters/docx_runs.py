"""The inline content of one Word paragraph as the letter's texts, links, merge fields and
pictures, read the way Word writes it (ECMA-376 Part 1, §17.16 fields and hyperlinks).

Fields nest: Word's ``{ IF { MERGEFIELD Civilite } = "M" "Monsieur" "Madame" }`` is a field
whose instruction holds a field, and whose result (what the document shows) may hold fields
too. A MERGEFIELD that the document shows becomes the merge field; any other field (IF,
DATE, PAGE, REF ...) keeps the text it shows, merge fields in that text included, and is
named in the import report; a MERGEFIELD inside another field's instruction (an IF's
condition) cannot stay and is named too. A HYPERLINK field, like a w:hyperlink, stays a link.
What a text box or a note holds comes after the paragraph, its fields recognised as well."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from docx.oxml.ns import qn
from docx.text.run import Run

from desktop.crm.letters.document import LINE_BREAK, Field, Inline, Style, Text
from desktop.crm.letters.fields import canonical

MERGEFIELD = re.compile(r'^\s*MERGEFIELD\s+(?:"([^"]*)"|(\S+))', re.IGNORECASE)
HYPERLINK_FIELD = re.compile(r'^\s*HYPERLINK\s+"([^"]*)"', re.IGNORECASE)
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
VML = "{urn:schemas-microsoft-com:vml}"
#: run content that holds no text of the letter
_SILENT = {"rPr", "lastRenderedPageBreak", "softHyphen", "annotationRef", "commentReference",
           "footnoteRef", "endnoteRef", "separator", "continuationSeparator"}
#: paragraph content that holds no text of the letter, or deleted text (a tracked deletion)
_SKIPPED = {"pPr", "proofErr", "bookmarkStart", "bookmarkEnd", "del", "moveFrom",
            "commentRangeStart", "commentRangeEnd", "permStart", "permEnd", "rPr",
            "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd"}


@dataclass
class _Frame:
    """A complex field being read: its instruction, and whether its result has begun."""

    shown: bool  # the place it stands in shows (no enclosing instruction or merge result)
    instruction: str = ""
    in_result: bool = False
    start: int = 0  # the inline its result begins at
    style: Style | None = None
    first_style: Style | None = None

    @property
    def kind(self) -> str:
        words = self.instruction.split()
        return words[0].upper() if words else ""


@dataclass
class Inlines:
    """The texts, fields and pictures of one paragraph, in order, through runs, hyperlinks,
    content controls, tracked insertions and fields; ``extra`` the blocks of the text boxes
    and notes it holds."""

    reader: Any  # docx_import's reader: the document's images, notes, counts of what it kept
    paragraph: Any  # python-docx's Paragraph: run styles are resolved through it
    part: Any  # the story part (document, header, footer, notes) its relations live in
    out: list[Inline] = field(default_factory=list)
    extra: list = field(default_factory=list)
    stack: list[_Frame] = field(default_factory=list)
    link: str = ""

    @property
    def shown(self) -> bool:
        return all(f.in_result and f.kind != "MERGEFIELD" for f in self.stack) if \
            self.stack else True

    def walk(self, element) -> None:
        for child in element.iterchildren():
            tag = child.tag.split("}")[-1] if isinstance(child.tag, str) else ""
            if tag == "r":
                self.run(child)
            elif tag == "fldSimple":
                self.simple_field(child)
            elif tag == "hyperlink":
                self.hyperlink(child)
            elif tag == "sdt":
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    self.walk(content)
            elif tag in ("oMath", "oMathPara"):
                self.kept("equation", child)
            elif tag and tag not in _SKIPPED:
                self.walk(child)  # ins, smartTag, customXml, moveTo, dir, bdo ...

    def finish(self) -> None:
        """A field left open at the paragraph's end (Word closes it in a later paragraph):
        what it showed stays, the field is named."""
        while self.stack:
            self.field_char("end", None)

    def kept(self, kind: str, element) -> None:
        self.reader.kept[kind] += 1
        text = "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()
        if text:
            self.extra.append(self.reader.text_paragraph(text))

    # -- fields ----------------------------------------------------------------------------------
    def simple_field(self, element) -> None:
        """fldSimple (ECMA-376 Part 1, §17.16): the instruction in an attribute, the result as
        its runs."""
        self.field_char("begin", None)
        self.stack[-1].instruction = element.get(qn("w:instr")) or ""
        self.field_char("separate", None)
        self.walk(element)
        self.field_char("end", None)

    def field_char(self, kind: str | None, style: Style | None) -> None:
        """fldChar (ISO/IEC 29500-1 §17.16.13 in Microsoft's FieldChar reference): begin,
        separate (the result follows), end."""
        if kind == "begin":
            self.stack.append(_Frame(self.shown, style=style))
        elif kind == "separate" and self.stack:
            frame = self.stack[-1]
            frame.in_result, frame.start = True, len(self.out)
        elif kind == "end" and self.stack:
            self.field_end(self.stack.pop())

    def field_end(self, frame: _Frame) -> None:
        merge = MERGEFIELD.match(frame.instruction)
        if merge is not None:
            name = (merge.group(1) or merge.group(2)).strip()
            if frame.shown:
                self.out.append(_field(name, frame.first_style or frame.style or Style()))
            else:
                self.reader.hidden_fields.append(name)
            return
        if not frame.shown or not frame.kind:
            return
        self.reader.fields[frame.kind] += 1
        target = HYPERLINK_FIELD.match(frame.instruction)
        if target is not None and "\\l" not in frame.instruction:
            self.out[frame.start:] = [Text(i.text, i.style, target.group(1))
                                      if isinstance(i, Text) else i
                                      for i in self.out[frame.start:]]

    # -- runs ------------------------------------------------------------------------------------
    def run(self, element) -> None:
        style = self.style(element)
        for child in element.iterchildren():
            tag = child.tag.split("}")[-1] if isinstance(child.tag, str) else ""
            if tag in _SILENT:
                continue
            if tag == "fldChar":
                self.field_char(child.get(qn("w:fldCharType")), style)
            elif tag == "instrText":
                if self.stack and not self.stack[-1].in_result:
                    self.stack[-1].instruction += child.text or ""
            elif not self.shown:
                frame = self.stack[-1]
                if frame.in_result and frame.first_style is None and tag == "t":
                    frame.first_style = style  # a merge field's result: its format
            else:
                self.content(tag, child, style)

    def content(self, tag: str, child, style: Style) -> None:
        if tag == "t":
            self.text(child.text or "", style)
        elif tag in ("tab", "ptab"):
            self.text("\t", style)
        elif tag in ("br", "cr"):
            self.text(LINE_BREAK, style)
        elif tag == "noBreakHyphen":
            self.text("-", style)
        elif tag == "sym":
            code = child.get(qn("w:char"))
            self.text(chr(int(code, 16) & 0xFFFF) if code else "", style)
        elif tag in ("drawing", "pict", "AlternateContent", "object"):
            self.drawing(child)
        elif tag in ("footnoteReference", "endnoteReference"):
            self.note(child, tag)
        elif "".join(t.text or "" for t in child.iter(qn("w:t"))):
            self.kept("object", child)

    def text(self, text: str, style: Style) -> None:
        if text:
            self.out.append(Text(text, style, self.link))

    def hyperlink(self, element) -> None:
        """hyperlink (§17.16): to an external target (r:id) it stays a link; to a bookmark
        of the document (w:anchor) its text stays and the link is named."""
        rid = element.get(R + "id")
        relation = self.part.rels.get(rid) if rid else None
        url = relation.target_ref if relation is not None and relation.is_external else ""
        if not url and self.shown:
            self.reader.kept["link to a place in the document"] += 1
        outer, self.link = self.link, url
        self.walk(element)
        self.link = outer

    # -- what a run holds besides text -----------------------------------------------------------
    def drawing(self, element) -> None:
        """A picture, or a text box whose paragraphs follow this one. Word writes a text box
        twice, as DrawingML and as VML for older readers (mc:AlternateContent, ECMA-376 Part
        3): the first choice is read, the fallback left."""
        def chosen(tag: str) -> list:
            # by ancestry, not id(): lxml's proxies die and their ids are reused
            return [e for e in element.iter(tag) if not _under_fallback(e, element)]

        boxes = chosen(qn("w:txbxContent"))
        if boxes:
            self.reader.kept["text box"] += 1
            for box in boxes[:1]:
                self.extra += self.reader.flat(self.reader.blocks(box, self.part))
            return
        blip = next(iter(chosen(A + "blip")), None)
        image = next(iter(chosen(VML + "imagedata")), None)
        rid = blip.get(R + "embed") if blip is not None else \
            image.get(R + "id") if image is not None else None
        if rid is None:
            self.reader.kept["shape"] += 1
            return
        extent = next(element.iter(WP + "extent"), None)
        width = int(extent.get("cx")) if extent is not None else 914400
        height = int(extent.get("cy")) if extent is not None else 914400
        picture = self.reader.picture(self.part, rid, width, height)
        if picture is not None:
            self.out.append(picture)

    def note(self, element, tag: str) -> None:
        kind = "footnote" if tag == "footnoteReference" else "endnote"
        self.reader.kept[kind] += 1
        note = self.reader.note(self.part, kind, element.get(qn("w:id")))
        if note is not None:
            blocks = self.reader.flat(self.reader.blocks(note, self.part))
            if blocks and blocks[0].inlines and isinstance(blocks[0].inlines[0], Text):
                # the space Word puts after the note's number
                first = blocks[0].inlines[0]
                blocks[0] = replace(blocks[0], inlines=(replace(first, text=first.text.lstrip()),
                                                        *blocks[0].inlines[1:]))
            self.extra += blocks

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


def _under_fallback(node, top) -> bool:
    """Whether node sits in an mc:Fallback between itself and top (top excluded)."""
    for ancestor in node.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag == MC + "Fallback":
            return True
    return False
