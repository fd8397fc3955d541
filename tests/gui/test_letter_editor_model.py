"""The editor shows a letter's document and gives the same document back: whatever a letter
holds (formats, lists at levels, tables, pictures, merge fields) survives being edited."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from PySide6.QtGui import QTextDocument

from desktop.widgets.letter_editor import qt_document
from desktop.widgets.letter_editor.tokens import TOKEN_TYPE, TokenRenderer
from tests.support.letter_documents import documents


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents())
def test_the_editor_gives_back_the_document_it_shows(qapp, document):
    qdoc = QTextDocument()
    renderer = TokenRenderer()
    qdoc.documentLayout().registerHandler(TOKEN_TYPE, renderer)
    qt_document.show(qdoc, document)
    assert qt_document.read(qdoc, document.images, document) == document
