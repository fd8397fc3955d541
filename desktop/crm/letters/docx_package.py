"""A .docx looked at before anything in it is decompressed or parsed: a letter from outside
(an e-mail attachment, a shared folder) may be hostile or broken.

The zip's central directory gives each part's size once expanded: too many entries, a part
or a whole larger than a letter can be, or a part that expands far more than text and
pictures do (a decompression bomb) are refused at once, from the directory alone. Parts are
read afterwards within those declared sizes (Python's zipfile stops at them), so memory stays
bounded whatever the archive claims. XML is parsed without entities, network or DTDs, and
libxml2 keeps its default depth limit (256 levels), so a deeply nested part fails fast."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from desktop.crm.errors import ValidationError

MAX_ENTRIES = 2000  # a long letter with many pictures has fewer than 100
MAX_PART = 32 * 2**20  # expanded bytes of one part (a photograph from a phone: ~10 MB)
MAX_XML = 8 * 2**20  # expanded bytes of one XML part (a 300-page report's body: ~5 MB); its
# tree takes ten times that in memory
MAX_TOTAL = 128 * 2**20  # expanded bytes of the whole package
MAX_RATIO = 200  # expanded / compressed: XML compresses about 10:1, bombs 1000:1 and more
RATIO_FROM = 2**20  # below a megabyte, a high ratio (a page of spaces) costs nothing
#: parsing as python-docx does (no blank text), and never resolving what an XML part names
SAFE_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True,
                              load_dtd=False, huge_tree=False)


class DocumentRefused(ValidationError):
    """A file the letter will not read; the message says why, in one sentence."""


def not_a_letter() -> DocumentRefused:
    return DocumentRefused("This file is not a Word document (.docx) the letter can read. "
                           "Save it as .docx in Word and try again.", field="layout")


def too_large() -> DocumentRefused:
    return DocumentRefused("This document is far larger once opened than a letter can be "
                           "(it may be built to exhaust the computer): it was not opened.",
                           field="layout")


def too_deep() -> DocumentRefused:
    return DocumentRefused("This document nests its parts deeper than any word processor "
                           "writes (it may be built to exhaust the computer): it was not "
                           "opened.", field="layout")


def checked(data: bytes) -> None:
    """Raises DocumentRefused unless ``data`` is a zip a letter can safely be read from."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise not_a_letter() from error
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ENTRIES:
            raise too_large()
        total = 0
        for entry in entries:
            total += entry.file_size
            limit = MAX_XML if entry.filename.endswith((".xml", ".rels")) else MAX_PART
            if entry.file_size > limit or total > MAX_TOTAL:
                raise too_large()
            if entry.file_size > RATIO_FROM and \
                    entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
                raise too_large()
        names = {entry.filename for entry in entries}
        if "[Content_Types].xml" not in names or "word/document.xml" not in names:
            raise not_a_letter()
        for entry in entries:
            if entry.filename.endswith((".xml", ".rels")) and _declares_a_dtd(archive, entry):
                raise not_a_letter()


def _declares_a_dtd(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bool:
    """Office never writes a DTD; one in a part can only define entities (billion laughs)."""
    with archive.open(entry) as handle:
        head = handle.read(4096)
    return b"<!DOCTYPE" in head or b"<!ENTITY" in head


def parse_part(blob: bytes):
    """A part python-docx left as bytes (footnotes, endnotes), parsed safely."""
    return etree.fromstring(blob, SAFE_PARSER)


__all__ = ["DocumentRefused", "checked", "not_a_letter", "parse_part", "too_deep",
           "too_large"]
