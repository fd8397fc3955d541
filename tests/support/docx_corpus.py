"""A corpus of .docx files written at the XML level the way Word, LibreOffice and Google Docs
write them, for the letter's import (tests/crm/test_docx_corpus.py).

What each writer does is taken from the files they produce and from the standard:
- Word 2016-365: every namespace declared with mc:Ignorable, rsid attributes, fields split
  over several runs (fldChar begin / instrText in pieces / separate / result / end, ECMA-376
  Part 1 §17.16; ISO/IEC 29500-1 §17.16.13 fldChar), spelling marks (proofErr) inside them,
  IF fields with a nested MERGEFIELD whole (its result too) in the IF's instruction, text
  boxes as mc:AlternateContent (ECMA-376 Part 3) with a wps shape ([MS-DOCX]: the Word 2010
  wordprocessingShape namespace) and its VML fallback, footnotes after the separator notes
  -1 and 0, content controls (§17.5.2 sdt) inline, at block and at row level, tracked
  changes (§17.13.5 ins / del), several sections with their own headers, theme fonts
  (rFonts asciiTheme) resolved through theme1.xml;
- LibreOffice Writer 7: a MERGEFIELD in one instrText with its result as <name>, footers
  with a PAGE field, hyperlinks with the "Internet Link" style, footnotes numbered from 2
  after its separators 0 and 1, named fonts (Liberation Serif) in docDefaults;
- Google Docs: each run's properties spelled out (font, colour, size), page numbers as
  fldSimple PAGE, links with their colour and underline in the run, kix bookmarks, Arial.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from tests.support.letter_documents import png

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = R + "/"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"
NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    f'xmlns:r="{R}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    f'xmlns:w="{W}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'mc:Ignorable="w14 w15 wp14"')


# -- runs and fields --------------------------------------------------------------------------
def t(text: str, rpr: str = "", rsid: str = "") -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    attribute = f' w:rsidRPr="{rsid}"' if rsid else ""
    properties = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f"<w:r{attribute}>{properties}<w:t{space}>{escape(text)}</w:t></w:r>"


def char(kind: str, rpr: str = "") -> str:
    properties = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{properties}<w:fldChar w:fldCharType="{kind}"/></w:r>'


def instr(text: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{escape(text)}</w:instrText></w:r>'


def word_field(name: str, rpr: str = "") -> str:
    """A MERGEFIELD as Word 365 writes it: the instruction in three pieces with a spelling
    mark among them, the result «Name» with noProof."""
    return (char("begin", rpr) + instr(" MERGEFIELD ") + '<w:proofErr w:type="spellStart"/>'
            + instr(name) + '<w:proofErr w:type="spellEnd"/>' + instr(" ")
            + char("separate", rpr) + t(f"«{name}»", rpr + "<w:noProof/>") + char("end", rpr))


def word_if(condition_field: str, equals: str, then: str, otherwise: str,
            shown: str) -> str:
    """{ IF { MERGEFIELD x } = "M" "Monsieur" "Madame" } as Word writes it: the nested
    field whole (with its result) in the IF's instruction, the IF's result the text shown."""
    return (char("begin") + instr(" IF ") + word_field(condition_field)
            + instr(f' = "{equals}" "{then}" "{otherwise}" ') + char("separate")
            + t(shown) + char("end"))


def word_if_showing_field(condition: str, name: str) -> str:
    """An IF whose shown result holds a merge field: { IF ... "Cher { MERGEFIELD x }" }."""
    return (char("begin") + instr(f' IF {condition} = "M" "Cher ') + word_field(name)
            + instr('" "Chère" ') + char("separate") + t("Cher ") + word_field(name)
            + char("end"))


def libreoffice_field(name: str) -> str:
    """LibreOffice: the whole instruction in one run, the result the field's name in <>."""
    return (char("begin") + instr(f" MERGEFIELD {name} ") + char("separate")
            + t(f"<{name}>") + char("end"))


def simple_field(instruction: str, shown: str, rpr: str = "") -> str:
    return f'<w:fldSimple w:instr="{escape(instruction)}">{t(shown, rpr)}</w:fldSimple>'


def p(*runs: str, ppr: str = "", rsid: str = "") -> str:
    attribute = f' w:rsidR="{rsid}" w:rsidRDefault="{rsid}"' if rsid else ""
    properties = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p{attribute}>{properties}{''.join(runs)}</w:p>"


def table(rows: list[list[str]]) -> str:
    """A table as Word writes it: Table Grid, a grid, each cell a paragraph or more."""
    columns = max(len(r) for r in rows)
    grid = "".join('<w:gridCol w:w="4508"/>' for _ in range(columns))
    body = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="4508" w:type="dxa"/>'
                                      f"</w:tcPr>{cell}</w:tc>" for cell in row) + "</w:tr>"
                   for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>')


def text_box(*paragraphs: str) -> str:
    """A text box: DrawingML (wps) for Word 2010 on, VML for older readers (mc:Fallback)."""
    content = "".join(paragraphs)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" '
        'simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" '
        'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3810000</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="2360930" cy="1404620"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="307" name="Zone de texte 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        '<a:ext cx="2360930" cy="1404620"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
        f'</a:prstGeom></wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent>'
        '</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square"/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"/><v:shape id="Zone de texte 2" '
        'o:spid="_x0000_s1026" type="#_x0000_t202" style="width:185.9pt;height:110.6pt">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>'
        '</mc:Fallback></mc:AlternateContent></w:r>')


def hyperlink(rid: str, text: str, rpr: str = '<w:rStyle w:val="Hyperlink"/>') -> str:
    return f'<w:hyperlink r:id="{rid}" w:history="1">{t(text, rpr)}</w:hyperlink>'


def sdt(content: str, alias: str, block: bool = False) -> str:
    properties = (f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
                  f'<w:id w:val="-1830053471"/></w:sdtPr>')
    return f"<w:sdt>{properties}<w:sdtContent>{content}</w:sdtContent></w:sdt>"


def inserted(content: str) -> str:
    return (f'<w:ins w:id="11" w:author="Marie Dubois" w:date="2025-03-04T10:12:00Z">'
            f"{content}</w:ins>")


def deleted(text: str) -> str:
    return (f'<w:del w:id="12" w:author="Marie Dubois" w:date="2025-03-04T10:13:00Z">'
            f"<w:r><w:delText>{escape(text)}</w:delText></w:r></w:del>")


def section(header_rid: str = "", footer_rid: str = "", page: str = "A4") -> str:
    width, height = (11906, 16838) if page == "A4" else (12240, 15840)
    references = (f'<w:headerReference w:type="default" r:id="{header_rid}"/>'
                  if header_rid else "") + \
        (f'<w:footerReference w:type="default" r:id="{footer_rid}"/>' if footer_rid else "")
    return (f"<w:sectPr>{references}<w:pgSz w:w=\"{width}\" w:h=\"{height}\"/>"
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
            'w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
            '<w:docGrid w:linePitch="360"/></w:sectPr>')


# -- the package ------------------------------------------------------------------------------
STYLES = {
    "word": ('<w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
             'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
             '<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="fr-FR" '
             'w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
             '<w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault>'),
    "libreoffice": ('<w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" '
                    'w:hAnsi="Liberation Serif" w:eastAsia="Noto Serif CJK SC" '
                    'w:cs="Lohit Devanagari"/><w:kern w:val="2"/><w:sz w:val="24"/>'
                    '<w:szCs w:val="24"/><w:lang w:val="fr-FR" w:eastAsia="zh-CN" '
                    'w:bidi="hi-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
                    '<w:widowControl/><w:suppressAutoHyphens w:val="true"/></w:pPr>'
                    '</w:pPrDefault>'),
    "google": ('<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" '
               'w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
               '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
               '<w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault>'),
}
CHARACTER_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:qFormat/></w:style><w:style w:type="character" w:default="1" '
    'w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
    '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/>'
    '<w:u w:val="single"/></w:rPr></w:style><w:style w:type="character" '
    'w:styleId="InternetLink"><w:name w:val="Internet Link"/><w:rPr><w:color '
    'w:val="000080"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="paragraph" '
    'w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
    '<w:basedOn w:val="Normal"/></w:style><w:style w:type="character" '
    'w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr>'
    '<w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="table" '
    'w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr>'
    '</w:style>')
THEME = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'name="Office Theme"><a:themeElements><a:fontScheme name="Office">'
         '<a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/>'
         '<a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont>'
         '<a:latin typeface="Aptos" panose="02110004020202020204"/><a:ea typeface=""/>'
         '<a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>')


@dataclass
class Package:
    """A .docx under construction: the body, and the parts and relationships it needs."""

    writer: str  # "word", "libreoffice" or "google"
    parts: dict[str, bytes] = field(default_factory=dict)
    relations: list[tuple[str, str, str, bool]] = field(default_factory=list)
    overrides: dict[str, str] = field(default_factory=dict)

    def relate(self, kind: str, target: str, external: bool = False) -> str:
        rid = f"rId{len(self.relations) + 10}"
        self.relations.append((rid, kind, target, external))
        return rid

    def link(self, url: str) -> str:
        return self.relate("hyperlink", url, external=True)

    def part(self, name: str, kind: str, content_type: str, xml: str) -> str:
        self.parts[f"word/{name}"] = xml.encode("utf-8")
        self.overrides[f"/word/{name}"] = content_type
        return self.relate(kind, name)

    def header(self, name: str, *paragraphs: str, footer: bool = False) -> str:
        root = "w:ftr" if footer else "w:hdr"
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><{root} '
               f'{NAMESPACES}>{"".join(paragraphs)}</{root}>')
        kind = "footer" if footer else "header"
        return self.part(name, kind, f"{CT_MAIN}.{kind}+xml", xml)

    def notes(self, *notes: tuple[str, str]) -> None:
        """footnotes.xml: the separators the writer puts first, then ``(id, paragraphs)``."""
        first = -1 if self.writer == "word" else 0
        separators = (f'<w:footnote w:type="separator" w:id="{first}"><w:p><w:r><w:separator/>'
                      f'</w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
                      f'w:id="{first + 1}"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
                      f'</w:footnote>')
        body = "".join(f'<w:footnote w:id="{n}">{content}</w:footnote>' for n, content in notes)
        self.part("footnotes.xml", "footnotes", f"{CT_MAIN}.footnotes+xml",
                  f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes '
                  f'{NAMESPACES}>{separators}{body}</w:footnotes>')

    def picture(self, colour: tuple[int, int, int]) -> str:
        name = f"media/image{len(self.parts) + 1}.png"
        self.parts[f"word/{name}"] = png(4, 4, colour)
        return self.relate("image", name)

    def build(self, body: str) -> bytes:
        styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles '
                  f'{NAMESPACES}><w:docDefaults>{STYLES[self.writer]}</w:docDefaults>'
                  f'{CHARACTER_STYLES}</w:styles>')
        self.part("styles.xml", "styles", f"{CT_MAIN}.styles+xml", styles)
        if self.writer == "word":
            self.part("theme/theme1.xml", "theme",
                      "application/vnd.openxmlformats-officedocument.theme+xml", THEME)
        document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document '
                    f'{NAMESPACES}><w:body>{body}</w:body></w:document>')
        rels = "".join(f'<Relationship Id="{rid}" Type="{REL}{kind}" Target="{escape(target)}"'
                       + (' TargetMode="External"' if external else "") + "/>"
                       for rid, kind, target, external in self.relations)
        overrides = "".join(f'<Override PartName="{name}" ContentType="{kind}"/>'
                            for name, kind in self.overrides.items())
        files = {
            "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="png" ContentType="image/png"/><Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override '
            f'PartName="/word/document.xml" ContentType="{CT_MAIN}.document.main+xml"/>'
            f"{overrides}</Types>",
            "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{REL}officeDocument" '
            'Target="word/document.xml"/></Relationships>',
            "word/document.xml": document,
            "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" '
            'standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships">{rels}</Relationships>',
        }
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                archive.writestr(name, text)
            for name, data in self.parts.items():
                archive.writestr(name, data)
        return buffer.getvalue()


# -- the corpus -------------------------------------------------------------------------------
RSID = "00A1B2C3"


def page_field(shown: str = "1") -> str:
    return (char("begin") + instr(" PAGE   \\* MERGEFORMAT ") + char("separate") + t(shown)
            + char("end"))


def word_campaign() -> bytes:
    """An invitation written in Word 365: merge fields in a header, an IF, content controls,
    a footnote, a text box, a table (a row in a repeating content control), a link, tracked
    changes, a DATE field in a block content control, two sections with their own headers,
    and merge fields of a Word data source (Nom, Ville) that a CRM letter does not know."""
    doc = Package("word")
    first_header = doc.header("header1.xml", p(t("Salon Industrie 2025 — "),
                                               word_field("bp.name"), ppr='<w:pStyle '
                                               'w:val="Header"/>'))
    footer = doc.header("footer1.xml", p(t("Page "), page_field(), ppr='<w:pStyle '
                                         'w:val="Footer"/>'), footer=True)
    second_header = doc.header("header2.xml", p(t("Confidentiel")), p())
    site = doc.link("https://www.example.com/salon?lang=fr&x=1")
    doc.notes(("1", p('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                      '<w:footnoteRef/></w:r>', t(" Sur présentation de l'invitation, pour "),
                      word_field("@cor.nama"), t("."))))
    body = "".join([
        p(t("Objet : invitation", "<w:b/>"), rsid=RSID),
        p(word_if("Civilite", "M", "Monsieur", "Madame", "Madame"), t(" "),
          word_field("contact.last_name"), t(","), rsid=RSID),
        p(t("Nous vous attendons à "), sdt(t("Lyon"), "Ville"), t(" avec "),
          sdt(word_field("bp.name"), "Client"), t(".")),
        p(t("Entrée "), inserted(t("gratuite")), deleted(" payante"), t("."),
          '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
          '<w:footnoteReference w:id="1"/></w:r>'),
        p(t("Programme"), text_box(p(t("Stand B12, "), word_field("bp.city")))),
        table([[p(t("Contact")), p(word_field("contact.first_name"))],
               [p(t("Site")), p(hyperlink(site, "notre site"))]]).replace(
            "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"4508\" w:type=\"dxa\"/></w:tcPr>"
            "<w:p><w:r><w:t>Site",
            "<w:sdt><w:sdtPr><w:alias w:val=\"Lignes\"/></w:sdtPr><w:sdtContent><w:tr><w:tc>"
            "<w:tcPr><w:tcW w:w=\"4508\" w:type=\"dxa\"/></w:tcPr><w:p><w:r><w:t>Site").replace(
            "</w:tr></w:tbl>", "</w:tr></w:sdtContent></w:sdt></w:tbl>"),
        p(t("Fin de la première section."),
          ppr=section(first_header, footer).replace("<w:sectPr>", f'<w:sectPr '
                                                    f'w:rsidR="{RSID}">')),
        p(word_if_showing_field("Civilite", "Nom"), t(", à "), word_field("Ville"), t(".")),
        sdt(p(t("Fait le "), char("begin") + instr(' DATE \\@ "d MMMM yyyy" ')
              + char("separate") + t("4 mars 2025") + char("end"), t(".")), "Date", True),
        section(second_header),
    ])
    return doc.build(body)


def libreoffice_letter() -> bytes:
    """A letter saved by LibreOffice Writer 7: its MERGEFIELD form, a link in its "Internet
    Link" style, a footnote numbered after its two separators, a text box, a PAGE footer."""
    doc = Package("libreoffice")
    footer = doc.header("footer1.xml", p(t("Page "), page_field()), footer=True)
    site = doc.link("https://www.example.org/programme")
    doc.notes(("2", p('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                      '<w:footnoteRef/></w:r>', t("\tValable jusqu'au salon."))))
    body = "".join([
        p(t("Madame, Monsieur,")),
        p(t("Votre conseiller "), libreoffice_field("bp.internal_rep"),
          t(" vous contactera."), '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
          '<w:footnoteReference w:id="2"/></w:r>'),
        p(hyperlink(site, "Programme complet", '<w:rStyle w:val="InternetLink"/>')),
        p(text_box(p(t("Votre code : "), libreoffice_field("contact.code")))),
        section("", footer),
    ])
    return doc.build(body)


def google_doc() -> bytes:
    """A document downloaded from Google Docs as .docx: every run's font, colour and size
    spelled out (those of the document's defaults), kix bookmarks, a link coloured in its
    run, a table, the page number as a simple field in the footer."""
    doc = Package("google")
    spelled = ('<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
               '<w:color w:val="000000"/><w:sz w:val="22"/><w:szCs w:val="22"/>')
    footer = doc.header("footer1.xml", p(simple_field("PAGE", "1", spelled)), footer=True)
    site = doc.link("https://docs.example.com/agenda")
    body = "".join([
        p('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="kix.x1y2z3" w:id="0"/>'
          '<w:bookmarkEnd w:id="0"/>', t("Meeting notes", spelled + "<w:b/>")),
        p(t("See the ", spelled), hyperlink(site, "agenda", '<w:rFonts w:ascii="Arial" '
          'w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:color w:val="1155cc"/>'
          '<w:sz w:val="22"/><w:szCs w:val="22"/><w:u w:val="single"/>'),
          t(" before Friday.", spelled)),
        table([[p(t("Topic", spelled)), p(t("Owner", spelled))],
               [p(t("Budget", spelled)), p(t("Anne", spelled))]]),
        p(t("Thanks.", spelled)),
        section("", footer, page="Letter"),
    ])
    return doc.build(body)
