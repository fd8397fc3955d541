"""Merged letters as .docx: one file with a letter per section, or a file per recipient.

The letter is turned into Word XML once, its fields as numbered placeholders; each recipient
gets a copy of that XML (lxml copies in C) with the placeholders' texts set, so ten thousand
letters cost little more than writing them out. A numbered list starts at 1 in every letter."""

from __future__ import annotations

import copy
import io
import re
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from desktop.crm.letters.document import LINE_BREAK, Document, Field, Text, normalized
from desktop.crm.letters.docx_export import to_docx
from desktop.crm.letters.merge import merged

W_T, NUM_ID = qn("w:t"), qn("w:numId")
W_BR, W_TAB, XML_SPACE = qn("w:br"), qn("w:tab"), qn("xml:space")
_PLACEHOLDER = re.compile("\u27e6(\\d+)\u27e7")
_BREAK_OR_TAB = re.compile(f"([{LINE_BREAK}\t])")


def set_text(element, text: str) -> None:
    """A placeholder's text set to a value; its line breaks and tabs become Word's break and
    tab elements beside it in the run (ECMA-376 Part 1, §17.3.3 run content: br, tab), as
    a text element holds neither."""
    if LINE_BREAK not in text and "\t" not in text:
        element.text = text
        return
    parts = _BREAK_OR_TAB.split(text)
    element.text = parts[0]
    anchor = element
    for index, part in enumerate(parts[1:]):
        if index % 2 == 0:  # the separator
            new = element.makeelement(W_BR if part == LINE_BREAK else W_TAB, {})
        elif part:
            new = element.makeelement(W_T, {XML_SPACE: "preserve"})
            new.text = part
        else:
            continue
        anchor.addnext(new)
        anchor = new


class LetterTemplate:
    """The letter's Word XML, ready to be copied for each recipient."""

    def __init__(self, document: Document) -> None:
        self.document = normalized(document)
        self.data = to_docx(self.document, placeholders=True)
        source = docx.Document(io.BytesIO(self.data))
        body = source.element.body
        self.blocks = [child for child in body.iterchildren() if child.tag != qn("w:sectPr")]
        self.section = body.find(qn("w:sectPr"))
        # per block: [(index of the w:t among the block's, field number)], and its numIds
        self.slots = [[(i, int(m.group(1))) for i, t in enumerate(block.iter(W_T))
                       if (m := _PLACEHOLDER.fullmatch(t.text or ""))]
                      for block in self.blocks]
        used = {n.get(qn("w:val")) for block in self.blocks for n in block.iter(NUM_ID)}
        numbered = {k: v for k, v in self._numbered_ids(source).items() if k in used}
        self.numbers = [[i for i, n in enumerate(block.iter(NUM_ID))
                         if n.get(qn("w:val")) in numbered] for block in self.blocks]
        self.numbered = numbered

    @staticmethod
    def _numbered_ids(source) -> dict[str, str]:
        """{numId: abstractNumId} of the numbered (not bulleted) lists."""
        numbering = source.part.numbering_part.element
        numbered_abstract = {a.get(qn("w:abstractNumId")) for a in
                             numbering.findall(qn("w:abstractNum"))
                             if any(f.get(qn("w:val")) != "bullet"
                                    for f in a.iter(qn("w:numFmt")))}
        return {n.get(qn("w:numId")): n.find(qn("w:abstractNumId")).get(qn("w:val"))
                for n in numbering.findall(qn("w:num"))
                if n.find(qn("w:abstractNumId")).get(qn("w:val")) in numbered_abstract}

    def texts(self, values: dict[str, str]) -> list[str]:
        """The merged text of each field, in the letter's order (BR-LET-02..04 applied)."""
        fields = [i for p in self.document.paragraphs() for i in p.inlines
                  if isinstance(i, Field)]
        if not fields:
            return []
        done = merged(self.document, values)
        # merged() puts a Text where each Field stood: read them at the same positions
        found = []
        for before, after in zip(self.document.paragraphs(), done.paragraphs(), strict=True):
            for inline, result in zip(before.inlines, after.inlines, strict=True):
                if isinstance(inline, Field):
                    found.append(result.text if isinstance(result, Text) else "")
        return found

    def copy(self, texts: list[str], renumber: dict[str, str] | None = None) -> list:
        """The letter's blocks for one recipient."""
        blocks = []
        for block, slots, numbers in zip(self.blocks, self.slots, self.numbers, strict=True):
            clone = copy.deepcopy(block)
            if slots:
                ts = list(clone.iter(W_T))
                for index, number in slots:
                    set_text(ts[index], texts[number])
            if numbers and renumber:
                ids = list(clone.iter(NUM_ID))
                for index in numbers:
                    ids[index].set(qn("w:val"), renumber[ids[index].get(qn("w:val"))])
            blocks.append(clone)
        return blocks


class DocxBook:
    """One .docx, a letter per section (each starts on a new page)."""

    def __init__(self, template: LetterTemplate) -> None:
        self.template = template
        self.out = docx.Document(io.BytesIO(template.data))
        self.body = self.out.element.body
        for child in list(self.body.iterchildren()):
            if child.tag != qn("w:sectPr"):
                self.body.remove(child)
        self.end = self.body.find(qn("w:sectPr"))
        self.numbering = self.out.part.numbering_part.element
        self.letters = 0
        self.last_paragraph = None

    def add(self, values: dict[str, str]) -> None:
        """One more letter; a letter that cannot be written leaves the book as it was."""
        texts = self.template.texts(values)
        renumber = self._restart() if self.letters and self.template.numbered else None
        blocks = self.template.copy(texts, renumber)
        if not blocks or blocks[-1].tag != qn("w:p"):
            blocks.append(parse_xml(f"<w:p {nsdecls('w')}/>"))
        if self.last_paragraph is not None:  # the previous letter's section ends here
            properties = self.last_paragraph.get_or_add_pPr()
            properties.append(copy.deepcopy(self.template.section))
        for block in blocks:
            self.end.addprevious(block)
        self.last_paragraph = blocks[-1]
        self.letters += 1

    def _restart(self) -> dict[str, str]:
        """New numberings for this letter's numbered lists, starting again at 1."""
        renumber = {}
        for num_id, abstract in self.template.numbered.items():
            new = self.numbering.add_num(int(abstract))
            for level in range(9):
                override = new.add_lvlOverride(ilvl=level)
                override.add_startOverride(1)
            renumber[num_id] = str(new.numId)
        return renumber

    def save(self, path: Path) -> None:
        self.out.save(str(path))


def single_letter(template: LetterTemplate, values: dict[str, str], path: Path) -> None:
    """One recipient's letter as its own .docx."""
    book = DocxBook(template)
    book.add(values)
    book.save(path)



