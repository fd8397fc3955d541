"""A letter's document: its storage (versioned) and its .docx export and import."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, given, settings

from desktop.crm.letters.document import (
    Document,
    Field,
    Paragraph,
    Style,
    Text,
    normalized,
)
from desktop.crm.letters.docx_export import to_docx
from desktop.crm.letters.docx_import import from_docx
from desktop.crm.letters.storage import dumps, loads
from tests.support.letter_documents import documents


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_docx_export_then_import_gives_the_same_document(document):
    imported = from_docx(to_docx(document))
    assert imported.document == document
    assert not imported.kept_as_text


@settings(max_examples=60, deadline=None)
@given(documents())
def test_storage_keeps_the_whole_document(document):
    assert loads(dumps(document)) == document


def test_an_ln_plain_text_layout_opens_with_its_merge_fields():
    """Version 0 is LN's own layout: a line a paragraph, fields recognised in the text;
    what only looks like a field stays text."""
    document = loads("Dear Mr. @bef.lst.name @cor.nama,\n#bp.name e.g. (R, sector)\n%bp.city")
    first, second, third = document.blocks
    assert first.inlines == (Text("Dear Mr. "), Field("@bef.lst.name"), Text(" "),
                             Field("@cor.nama"), Text(","))
    assert second.inlines == (Field("bp.name", placement="#"), Text(" e.g. "),
                              Field("(R, SECTOR)"))
    assert third.inlines == (Field("bp.city", placement="%"),)


def test_a_stored_layout_names_its_format_and_version():
    stored = dumps(Document((Paragraph((Text("Bonjour", Style(bold=True)),)),)))
    assert '"format":"crm-letter"' in stored and '"version":1' in stored
    assert loads("") == Document()


def test_normalizing_joins_texts_of_one_style_and_drops_empty_ones():
    bold = Style(bold=True)
    paragraph = Paragraph((Text("a", bold), Text("", bold), Text("b", bold), Text("c")),
                          level=3)
    assert normalized(Document((paragraph,))).blocks[0] == \
        Paragraph((Text("ab", bold), Text("c")))


def test_the_docx_names_the_letters_language_for_word_s_spell_checker():
    for language, tag in (("fr", "fr-FR"), ("en", "en-GB")):
        data = to_docx(Document((Paragraph((Text("Bonjour"),)),), language=language))
        styles = zipfile.ZipFile(io.BytesIO(data)).read("word/styles.xml").decode("utf-8")
        defaults = styles[styles.index("<w:docDefaults>"):styles.index("</w:docDefaults>")]
        assert f'w:lang w:val="{tag}"' in defaults
        assert from_docx(data).document.language == language


def test_merge_fields_are_word_mergefields():
    data = to_docx(Document((Paragraph((Field("bp.name"), Text(" "),
                                        Field("(R, SECTOR)", placement="%"))),)))
    body = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert "MERGEFIELD bp.name \\* MERGEFORMAT" in body
    assert 'MERGEFIELD "%(R, SECTOR)" \\* MERGEFORMAT' in body.replace("&quot;", '"')
    assert body.count('w:fldCharType="begin"') == 2
