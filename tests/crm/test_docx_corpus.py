"""Word documents as people write them (tests/support/docx_corpus.py: Word, LibreOffice and
Google Docs at the XML level): merge fields wherever Word puts them, what the editor cannot
hold kept as text and named, links kept as links; each document imported, exported and
imported again with nothing lost, and opened by LibreOffice."""

from __future__ import annotations

import pytest

from desktop.crm.enums import BusinessObjectKind as K
from desktop.crm.letters.document import Field, Style, Table, Text
from desktop.crm.letters.docx_export import to_docx
from desktop.crm.letters.docx_import import from_docx
from desktop.crm.letters.import_report import closest_field, import_notes
from desktop.crm.letters.storage import dumps, loads
from tests.support import docx_corpus as corpus, office

CORPUS = {"word": corpus.word_campaign, "libreoffice": corpus.libreoffice_letter,
          "google": corpus.google_doc}


def _texts(document) -> list[str]:
    return [p.text for p in document.paragraphs()]


def test_word_merge_fields_everywhere_and_every_loss_named():
    imported = from_docx(corpus.word_campaign())
    document = imported.document
    texts = _texts(document)
    # headers first (each section's), then the body, then the footer
    assert texts[:2] == ["Salon Industrie 2025 — bp.name", "Confidentiel"]
    assert texts[-1] == "Page 1"  # the PAGE field kept as the text it showed
    # the IF shows "Madame"; the MERGEFIELD split over runs with spelling marks is one field
    assert "Madame contact.last_name," in texts
    # content controls: their text and the merge field in one of them
    assert "Nous vous attendons à Lyon avec bp.name." in texts
    assert "Entrée gratuite." in texts and "payante" not in " ".join(texts)  # tracked
    # the footnote and the text box follow their paragraph, their merge fields recognised
    assert texts[texts.index("Entrée gratuite.") + 1] == \
        "Sur présentation de l'invitation, pour @cor.nama."
    assert texts[texts.index("Programme") + 1] == "Stand B12, bp.city"
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert table.rows[0][1].paragraphs[0].inlines == (Field("contact.first_name"),)
    link = table.rows[1][1].paragraphs[0].inlines[0]  # a row in a repeating content control
    assert link == Text("notre site", Style(underline=True, colour="#0563c1"),
                        "https://www.example.com/salon?lang=fr&x=1")
    # an IF whose result shows a merge field: the field stays
    assert "Cher nom, à ville." in texts and "Fait le 4 mars 2025." in texts
    assert dict(imported.kept_as_text) == {"page header": 2, "page footer": 1, "footnote": 1,
                                           "text box": 1, "section break": 1}
    assert dict(imported.fields) == {"IF": 2, "DATE": 1, "PAGE": 1}
    assert imported.hidden_fields == ["Civilite", "Nom"]
    # the document's named font: the theme's minor font, at the defaults' size
    assert (document.font, document.size, document.language) == ("Aptos", 12.0, "fr")


def test_libreoffice_and_google_documents():
    office_letter = from_docx(corpus.libreoffice_letter())
    assert _texts(office_letter.document) == [
        "Madame, Monsieur,", "Votre conseiller bp.internal_rep vous contactera.",
        "Valable jusqu'au salon.", "Programme complet", "", "Votre code : contact.code",
        "Page 1"]
    assert office_letter.document.paragraphs()[3].inlines[0].link == \
        "https://www.example.org/programme"
    assert (office_letter.document.font, office_letter.document.size) == \
        ("Liberation Serif", 12.0)
    google = from_docx(corpus.google_doc())
    document = google.document
    # each run spells out the defaults: plain text, nothing of it a format of its own
    assert document.blocks[0].inlines == (Text("Meeting notes", Style(bold=True)),)
    assert document.blocks[1].inlines[1] == Text(
        "agenda", Style(underline=True, colour="#1155cc"), "https://docs.example.com/agenda")
    assert (document.font, document.size, document.language, document.page.size) == \
        ("Arial", 11.0, "en", "Letter")
    assert dict(google.fields) == {"PAGE": 1} and dict(google.kept_as_text) == \
        {"page footer": 1}


@pytest.mark.parametrize("writer", sorted(CORPUS))
def test_imported_exported_and_imported_again_nothing_is_lost(writer):
    first = from_docx(CORPUS[writer]())
    again = from_docx(to_docx(first.document))
    assert again.document == first.document
    assert not again.losses  # what was kept as text is now plain text: nothing more to say
    assert loads(dumps(first.document)) == first.document  # links survive storage too


def test_libreoffice_opens_every_exported_document(tmp_path):
    sources = []
    for writer, make in CORPUS.items():
        sources.append(tmp_path / f"{writer}.docx")
        sources[-1].write_bytes(to_docx(from_docx(make()).document))
    office.convert(sources, "txt:Text (encoded):UTF8", tmp_path / "txt", tmp_path / "profile")
    word = (tmp_path / "txt" / "word.txt").read_text("utf-8-sig")
    assert "«contact.last_name»" in word and "Fait le 4 mars 2025." in word
    assert "notre site" in word
    google = (tmp_path / "txt" / "google.txt").read_text("utf-8-sig")
    assert "See the agenda before Friday." in google


def test_the_import_report_names_each_loss_and_the_closest_field(session):
    imported = from_docx(corpus.word_campaign())
    notes = import_notes(session, K.CONTACT, imported)
    assert notes[0].startswith("The editor cannot show some parts of this document")
    assert "page header (2)" in notes[0] and "text box (1)" in notes[0]
    assert notes[1] == "Fields the editor cannot hold were kept as the text they showed: " \
        "IF (2), DATE (1), PAGE (1)."
    # Nom is a field of the letter now (an IF showed it): only Civilite was left out
    assert notes[2] == "Merge fields used inside another field (an IF's condition) were " \
        "left out: Civilite."
    assert notes[3] == "A letter on Contact cannot merge «nom» (closest: contact.last_name), " \
        "«ville» (closest: bp.city): replace them with fields of the catalogue before saving."


def test_closest_fields_by_name_label_and_the_names_word_users_give():
    names = {"bpname": "bp.name", "name": "bp.name", "contactlastname": "contact.last_name",
             "lastname": "contact.last_name", "nom": "contact.last_name",
             "bpcity": "bp.city", "city": "bp.city", "ville": "bp.city"}
    assert closest_field("bp_name", names) == "bp.name"
    assert closest_field("Last_Name", names) == "contact.last_name"
    assert closest_field("Société", {**names, "x": "bp.name"}) == "bp.name"  # an alias
    assert closest_field("Téléphone", names) == ""
