"""Merged data never breaks a document: any text a record holds (a vertical tab pasted from
Word, other C0 controls, U+FFFF, lone surrogates) merges into a .docx whose XML Word accepts
(W3C XML 1.0 §2.2 Char; ECMA-376 Part 1 §17.3.3: a line break is a w:br, a tab a w:tab, and
text with outer spaces says xml:space="preserve", or Word drops the spaces) and that
LibreOffice opens with the text in it."""

from __future__ import annotations

import io
import re
import zipfile

import docx
from hypothesis import HealthCheck, Phase, given, settings, strategies as st
from lxml import etree
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import BatchLineResult as R, BusinessObjectKind as K, UpdateMode
from desktop.crm.letters.document import LINE_BREAK, Cell, Document, Field, Paragraph, Table, Text
from desktop.crm.letters.merge import clean_text
from desktop.crm.letters.merged_docx import DocxBook, LetterTemplate
from desktop.crm.letters.storage import dumps
from desktop.crm.mail_merge import MailMerge
from desktop.crm.mail_merge_outputs import DocxBookOutput
from desktop.crm.target_groups import TargetGroup
from tests.support import factories as f, office

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
CONTROLS = [chr(c) for c in range(32)] + ["\x7f", "\x85", "\x9f", LINE_BREAK, "\u2029",
                                           "\ufffe", "\uffff", "\ud800", "\udfff"]
#: any text: Unicode's, and the controls and non-characters data picks up
ANY_TEXT = st.one_of(st.text(max_size=40),
                     st.text(st.one_of(st.sampled_from(CONTROLS), st.characters()),
                             max_size=40))
LETTER = Document((
    Paragraph((Text("Cher "), Field("@cor.nama"), Text(","))),
    Paragraph((Field("bp.name"),), list_kind="bullet"),
    Table(((Cell((Paragraph((Text("Ville"),)),)), Cell((Paragraph((Field("bp.city"),)),))),)),
    Paragraph((Text("Fin."),)),
))


def _book(values: list[dict[str, str]]) -> bytes:
    book = DocxBook(LetterTemplate(LETTER))
    for one in values:
        book.add(one)
    buffer = io.BytesIO()
    book.out.save(buffer)
    return buffer.getvalue()


def _values(text: str) -> dict[str, str]:
    """As merge_values hands them over: cleaned."""
    return {"@cor.nama": clean_text(text), "bp.name": clean_text(text[::-1]),
            "bp.city": clean_text(text.upper())}


def _plain(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isalnum())


def words_xml_rules(data: bytes) -> None:
    """Every part parses as XML 1.0 (a strict parser: no recovery), holds only XML
    characters, no line break or tab inside a w:t, and preserves the outer spaces it has."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            root = etree.fromstring(archive.read(name), etree.XMLParser(recover=False))
            for element in root.iter():
                for value in [element.text or "", element.tail or "", *element.attrib.values()]:
                    assert NOT_XML_CHAR.search(value) is None, (name, value)
                if element.tag == W + "t" and element.text:
                    assert not set(element.text) & {"\n", "\r", "\t", LINE_BREAK}, element.text
                    if element.text != element.text.strip():
                        assert element.get(XML_SPACE) == "preserve", element.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_merges_into_xml_word_accepts(text):
    data = _book([_values(text)])
    words_xml_rules(data)
    merged = docx.Document(io.BytesIO(data))
    first = merged.paragraphs[0].text
    shown = clean_text(text).replace(LINE_BREAK, "\n")
    assert first == f"Cher {shown},"  # python-docx reads a w:br as a line break


# no shrinking: each example runs LibreOffice; the failing batch is printed whole
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck),
          phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(st.lists(ANY_TEXT, min_size=8, max_size=8))
def test_libreoffice_opens_letters_merged_with_any_text(tmp_path_factory, texts):
    tmp = tmp_path_factory.mktemp("merged")
    book = tmp / "book.docx"
    book.write_bytes(_book([_values(f"<{n}>{t}</{n}>") for n, t in enumerate(texts)]))
    office.convert([book], "txt:Text (encoded):UTF8", tmp / "out", tmp / "profile")
    printed = (tmp / "out" / "book.txt").read_text("utf-8-sig")
    assert printed.count("Cher <") == len(texts)
    for n, text in enumerate(texts):
        shown = printed.split(f"Cher <{n}>", 1)[1].split(f"</{n}>", 1)[0]
        # the letters and digits of the text, whatever LibreOffice makes of the rest
        assert _plain(shown) == _plain(clean_text(text)), (n, text, shown)


def test_control_characters_in_the_database_never_break_a_merge(session, tmp_path):
    """A name pasted from Word with its vertical tab, a city with a bell and a start of
    heading (PostgreSQL holds any character but NUL): the letters come out, the vertical
    tab as a line break, on both databases."""
    bp = f.partner(session, "BP1", "Dupont\x0bet Fils")
    bp.city = "Ly\x01on\x07"
    f.contact(session, "CT1", bp, last_name="Nom\x01", is_primary=True)
    session.add(E.Letter(code="L", description="L", object_kind=K.BUSINESS_PARTNER,
                         layout=dumps(LETTER)))
    session.commit()
    book = tmp_path / "book.docx"
    report = MailMerge(TargetGroup(K.BUSINESS_PARTNER), "L", [DocxBookOutput(book)]).run(
        session, UpdateMode.UPDATE)
    assert [line.result for line in report.lines] == [R.CREATED]
    words_xml_rules(book.read_bytes())
    merged = docx.Document(str(book))
    assert merged.paragraphs[0].text == "Cher Nom,"
    assert merged.paragraphs[1].text == "Dupont\net Fils"
    assert merged.tables[0].rows[0].cells[1].text == "Lyon"
    assert session.scalar(select(E.BusinessPartner.name)) == "Dupont\x0bet Fils"  # as stored
