"""Hostile and odd documents are refused in one sentence, fast and in bounded memory: a
decompression bomb (honest or lying about its size), deeply nested XML, entities, too many
entries, a file that is no .docx. The bomb and the nesting run in a process of their own, so
its peak memory is theirs; time is the process's CPU time, never the wall clock."""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.crm.letters.docx_import import from_docx
from desktop.crm.letters.docx_package import DocumentRefused
from tests.support import docx_corpus as corpus

ROOT = Path(__file__).resolve().parents[2]
GIB = 2**30


def zip_bomb(expanded: int, declared: int | None = None) -> bytes:
    """A .docx whose document.xml expands to ``expanded`` bytes of zeros from a few MB, its
    headers saying ``declared`` (the truth by default). Built from one deflate block of a
    MiB repeated: after a full flush a block refers to nothing before it (RFC 1951 3.2)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = squeeze.compress(b"\0" * 2**20) + squeeze.flush(zlib.Z_FULL_FLUSH)
    data = block * (expanded // 2**20) + squeeze.flush(zlib.Z_FINISH)
    size = expanded if declared is None else declared
    small = io.BytesIO()
    with zipfile.ZipFile(small, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns='
                         '"http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns='
                         '"http://schemas.openxmlformats.org/package/2006/relationships"/>')
    head = small.getvalue()
    central = head.index(b"PK\x01\x02")  # the small entries, then their directory
    entries, directory = head[:central], head[central:head.index(b"PK\x05\x06")]
    name = b"word/document.xml"
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, 0, len(data),
                        min(size, 0xFFFFFFFF), len(name), 0) + name
    offset = len(entries)
    record = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, 0, len(data),
                         min(size, 0xFFFFFFFF), len(name), 0, 0, 0, 0, 0, offset) + name
    body = entries + local + data
    directory += record
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 3, 3, len(directory), len(body), 0)
    return body + directory + end


def _rewritten(data: bytes, name: str, change) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            content = source.read(entry)
            archive.writestr(entry.filename, change(content) if entry.filename == name
                             else content)
    return out.getvalue()


def nested(depth: int) -> bytes:
    """A Word document whose body nests ``depth`` content controls."""
    inner = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    body = "<w:sdt><w:sdtContent>" * depth + inner + "</w:sdtContent></w:sdt>" * depth
    return corpus.Package("word").build(body)


PROBE = """
import json, sys, time
sys.path.insert(0, {root!r})
from tests.crm.test_hostile_documents import {maker}
from desktop.crm.letters.docx_import import from_docx
from desktop.crm.letters.docx_package import DocumentRefused
data = {maker}({argument})
started = time.process_time()
try:
    from_docx(data)
    refused = ""
except DocumentRefused as error:
    refused = str(error)
cpu = time.process_time() - started
# the peak of this process's own memory (VmHWM; ru_maxrss would count the parent's, which
# a child inherits across fork and exec)
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
print(json.dumps({{"refused": refused, "cpu": cpu, "peak_mb": peak,
                   "file_mb": len(data) / 2**20}}))
"""


def _probe(maker: str, argument: str) -> dict:
    script = PROBE.format(root=str(ROOT), maker=maker, argument=argument)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=ROOT, timeout=300)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("argument", [f"4 * {GIB}", f"4 * {GIB}, declared=65536"],
                         ids=["honest", "lying"])
def test_a_decompression_bomb_is_refused_in_under_a_second_and_300_mb(argument):
    found = _probe("zip_bomb", argument)
    assert found["file_mb"] < 10  # four gigabytes once expanded
    assert found["refused"] in (
        "This document is far larger once opened than a letter can be (it may be built to "
        "exhaust the computer): it was not opened.",
        "This file is not a Word document (.docx) the letter can read. Save it as .docx in "
        "Word and try again.")
    assert found["cpu"] < 1.0 and found["peak_mb"] < 300, found


def test_deeply_nested_xml_is_refused_fast_in_bounded_memory():
    found = _probe("nested", "10_000")  # below the ratio check: the parser refuses it
    assert found["refused"].startswith("This document nests its parts deeper than any word")
    assert found["cpu"] < 1.0 and found["peak_mb"] < 300, found


def test_a_nesting_word_writes_is_read():
    """Content controls in content controls, as deep as templates nest them."""
    assert from_docx(nested(40)).document.plain_text() == "x"


def test_entities_too_many_entries_and_what_is_no_docx_are_refused():
    laughs = _rewritten(corpus.Package("word").build("<w:p><w:r><w:t>&a;</w:t></w:r></w:p>"),
                        "word/document.xml", lambda xml: xml.replace(
                            b"<w:document", b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
                            b']><w:document', 1))
    entries = io.BytesIO()
    with zipfile.ZipFile(entries, "w") as archive:
        for n in range(2500):
            archive.writestr(f"word/media/x{n}.png", b"")
    for data in (laughs, entries.getvalue(), b"%PDF-1.7 not a letter", b""):
        with pytest.raises(DocumentRefused) as refused:
            from_docx(data)
        assert refused.value.field == "layout" and "." in str(refused.value)
