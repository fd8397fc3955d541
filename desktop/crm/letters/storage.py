"""How a letter's layout is stored in ``letters.layout``: JSON, versioned.

    {"format": "crm-letter", "version": 1,
     "page": {"size": "A4", "top": 25, "bottom": 25, "left": 25, "right": 25},
     "language": "fr", "font": "Calibri", "size": 11,
     "blocks": [{"paragraph": {"align": "left", "list": "", "level": 0,
                               "inlines": [{"text": "Dear ", "b": true},
                                           {"field": "@cor.nama", "placement": ""},
                                           {"picture": "<key>", "width": 120, "height": 40}]}},
                {"table": [[[<paragraph>, ...], <cell>, ...], <row>, ...]}],
     "images": {"<key>": "<base64>"}}

Style keys of a text or field: "b", "i", "u" (true when on), "colour" ("#rrggbb"), "font",
"size" (points); an absent key is the default. A text that is a hyperlink has "link" (its
URL): version 1 readers that do not know it keep the text. Version 0 is the layout of LN itself: plain
text with merge fields written in it (BR-LET-01), read a line a paragraph. ``loads`` upgrades
any older version, so a letter saved by an earlier release opens in this one.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from desktop.crm.letters.document import (
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
)
from desktop.crm.letters.fields import parse_plain

FORMAT = "crm-letter"
VERSION = 1


def dumps(document: Document) -> str:
    document = normalized(document)
    data = {"format": FORMAT, "version": VERSION, "page": vars(document.page),
            "language": document.language, "font": document.font, "size": document.size,
            "blocks": [_block_data(block) for block in document.blocks],
            "images": {key: base64.b64encode(data).decode("ascii")
                       for key, data in sorted(document.images.items())}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def loads(stored: str | None) -> Document:
    """The document of a stored layout, of whatever version (empty: an empty document)."""
    if not stored or not stored.strip():
        return Document()
    try:
        data = json.loads(stored)
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return _from_version_0(stored)
    version = data.get("version", 1)
    if version > VERSION:
        raise ValueError(f"letter layout version {version} is newer than this release reads")
    return _from_version_1(data)


def _from_version_0(text: str) -> Document:
    """LN's plain-text layout: a paragraph a line, merge fields recognised in the text."""
    return normalized(Document(tuple(Paragraph(parse_plain(line))
                                     for line in text.replace("\r\n", "\n").split("\n"))))


def _from_version_1(data: dict[str, Any]) -> Document:
    page = Page(**{k: v for k, v in data.get("page", {}).items()
                   if k in Page.__dataclass_fields__})
    images = {key: base64.b64decode(value) for key, value in data.get("images", {}).items()}
    return normalized(Document(tuple(_block(b) for b in data.get("blocks", ())), page,
                               data.get("language", "fr"), data.get("font", "Calibri"),
                               float(data.get("size", 11)), images))


# -- writing ---------------------------------------------------------------------------------
def _block_data(block) -> dict:
    if isinstance(block, Table):
        return {"table": [[[_paragraph_data(p)["paragraph"] for p in cell.paragraphs]
                           for cell in row] for row in block.rows]}
    return _paragraph_data(block)


def _paragraph_data(paragraph: Paragraph) -> dict:
    return {"paragraph": {"align": paragraph.align, "list": paragraph.list_kind,
                          "level": paragraph.level,
                          "inlines": [_inline_data(i) for i in paragraph.inlines]}}


def _inline_data(inline) -> dict:
    if isinstance(inline, Picture):
        return {"picture": inline.key, "width": inline.width, "height": inline.height}
    data: dict[str, Any] = {"text": inline.text} if isinstance(inline, Text) else \
        {"field": inline.name, "placement": inline.placement}
    if isinstance(inline, Text) and inline.link:
        data["link"] = inline.link
    style = inline.style
    for key, on in (("b", style.bold), ("i", style.italic), ("u", style.underline)):
        if on:
            data[key] = True
    for key, value in (("colour", style.colour), ("font", style.font), ("size", style.size)):
        if value:
            data[key] = value
    return data


# -- reading ---------------------------------------------------------------------------------
def _block(data: dict):
    if "table" in data:
        return Table(tuple(tuple(Cell(tuple(_paragraph(p) for p in cell)) for cell in row)
                           for row in data["table"]))
    return _paragraph(data["paragraph"])


def _paragraph(data: dict) -> Paragraph:
    return Paragraph(tuple(_inline(i) for i in data.get("inlines", ())),
                     data.get("align", "left"), data.get("list", ""), data.get("level", 0))


def _inline(data: dict):
    if "picture" in data:
        return Picture(data["picture"], float(data["width"]), float(data["height"]))
    style = Style(bool(data.get("b")), bool(data.get("i")), bool(data.get("u")),
                  data.get("colour", ""), data.get("font", ""), float(data.get("size", 0)))
    if "field" in data:
        return Field(data["field"], style, data.get("placement", ""))
    return Text(data["text"], style, data.get("link", ""))
