"""Messages dragged out of classic Outlook, read from the drag's data object in each medium
Outlook may offer (a memory block, a stream, a storage object): every message comes out as the
.msg file it is, which olefile reads and the e-mail import turns into an e-mail. The new
Outlook names its messages but hands over no contents: those are reported by name. Files from
the file manager come as a DROPFILES block."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import io
import struct

import olefile
import pytest

from desktop.crm.io.compound_file import compound_file
from desktop.crm.io.outlook_msg import msg_to_eml
from desktop.crm.io.virtual_files import (
    CONTENTS,
    TYMED_HGLOBAL,
    TYMED_ISTORAGE,
    TYMED_ISTREAM,
    dropfiles_paths,
    dropped_messages,
    offers_mail,
    read_drop,
    storage_file,
)
from tests.support.com_drag import MSG_CLSID, OutlookDrag, as_storage, clsid_bytes
from tests.support.outlook import outlook_message

RED, BLACK = 0, 1  # a directory entry's colour flag (MS-CFB 2.6.1)
SENT = dt.datetime(2026, 11, 24, 9, 15, tzinfo=dt.timezone.utc)
BIG = bytes(range(256)) * 40  # 10 KB: a regular stream, not a mini one


def _message(subject: str, attachment: bytes = b"%PDF-1.4 devis") -> bytes:
    return outlook_message(("Élise Morel", "elise.morel@client.fr"),
                           [("Sophie Marchand", "sophie.marchand@exemple.fr")], subject,
                           f"Bonjour,\n{subject}", SENT, [("devis.pdf", attachment)])


def _read(msg: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(msg_to_eml(msg), policy=email.policy.default)


@pytest.mark.parametrize("medium", [TYMED_HGLOBAL, TYMED_ISTREAM, TYMED_ISTORAGE],
                         ids=["memory", "stream", "storage"])
def test_a_message_in_each_medium_becomes_its_msg_file(medium):
    original = _message("Commande ligne 4", BIG)
    drag = OutlookDrag([("Commande ligne 4.msg", original, medium)])
    assert offers_mail(drag)
    [(name, data)] = dropped_messages(drag).messages
    assert name == "Commande ligne 4.msg" and olefile.isOleFile(io.BytesIO(data))
    message = _read(data)
    assert message["Subject"] == "Commande ligne 4"
    assert message["From"].addresses[0].display_name == "Élise Morel"
    [attachment] = message.iter_attachments()
    assert attachment.get_content() == BIG
    # every medium was offered in one request for the file's own index
    assert (CONTENTS, 0, TYMED_HGLOBAL | TYMED_ISTREAM | TYMED_ISTORAGE) in drag.asked


def test_a_storage_is_written_back_as_the_same_compound_file():
    original = _message("Relance été", BIG)
    written = storage_file(as_storage(original))
    with olefile.OleFileIO(io.BytesIO(original)) as before, \
            olefile.OleFileIO(io.BytesIO(written)) as after:
        paths = sorted(before.listdir(streams=True, storages=True))
        assert sorted(after.listdir(streams=True, storages=True)) == paths
        for path in before.listdir():
            assert after.openstream(path).read() == before.openstream(path).read()
        assert after.root.clsid == MSG_CLSID.strip("{}")


def test_several_messages_each_from_its_own_index():
    drag = OutlookDrag([("Premier.msg", _message("Premier"), TYMED_ISTORAGE),
                        ("Deuxième.msg", _message("Deuxième"), TYMED_ISTREAM),
                        ("Troisième.msg", _message("Troisième"), TYMED_HGLOBAL)])
    found = read_drop(drag)
    assert [name for name, _ in found.messages] == ["Premier.msg", "Deuxième.msg",
                                                     "Troisième.msg"]
    assert [_read(data)["Subject"] for _, data in found.messages] == [
        "Premier", "Deuxième", "Troisième"]
    assert found.unreadable == []


def test_the_new_outlook_names_messages_without_contents():
    drag = OutlookDrag([("Devis.msg", _message("Devis"), TYMED_ISTORAGE)], contents=False)
    assert offers_mail(drag)  # accepted, so that the user hears why nothing came
    found = dropped_messages(drag)
    assert (found.messages, found.unreadable) == ([], ["Devis.msg"])


def test_other_virtual_files_are_not_mail():
    drag = OutlookDrag([("photo.jpg", b"\xff\xd8", TYMED_HGLOBAL)])
    assert not offers_mail(drag)
    assert dropped_messages(drag).messages == []


def _dropfiles(paths: list[str], wide: bool = True) -> bytes:
    """A DROPFILES block as Explorer makes it: pFiles 20, the point, fNC, fWide, then the
    NUL-terminated paths and a final NUL."""
    text = "".join(p + "\0" for p in paths) + "\0"
    return struct.pack("<IiiII", 20, 0, 0, 0, int(wide)) + \
        text.encode("utf-16-le" if wide else "cp1252")


class _Explorer:
    def __init__(self, block: bytes) -> None:
        self.block = block

    def formats(self) -> set[str]:
        return {"CF_HDROP"}

    def get(self, name: str, index: int, media: int):
        return self.block if name == "CF_HDROP" and media & TYMED_HGLOBAL else None


@pytest.mark.parametrize("wide", [True, False])
def test_files_from_the_file_manager(tmp_path, wide):
    eml, msg, other = tmp_path / "demande.eml", tmp_path / "Relance.msg", tmp_path / "a.pdf"
    eml.write_bytes(b"From: x@y.fr\n\nBonjour")
    msg.write_bytes(_message("Relance"))
    other.write_bytes(b"%PDF")
    block = _dropfiles([str(eml), str(msg), str(other)], wide)
    assert dropfiles_paths(block) == [str(eml), str(msg), str(other)]
    source = _Explorer(block)
    assert offers_mail(source)
    assert [name for name, _ in read_drop(source).messages] == ["demande.eml", "Relance.msg"]
    assert not offers_mail(_Explorer(_dropfiles([str(other)], wide)))


def test_a_compound_file_larger_than_the_header_can_map():
    """Over 109 FAT sectors (about 7 MB) the FAT's sector numbers continue in DIFAT sectors:
    a message with a large attachment still reads back whole."""
    big = bytes(range(251)) * 40_000  # 10 MB
    data = compound_file({"__substg1.0_0037001F": "Plans".encode("utf-16-le"),
                          "__attach_version1.0_#00000000/__substg1.0_37010102": big},
                         clsids={"": clsid_bytes(MSG_CLSID)})
    assert struct.unpack_from("<I", data, 0x48)[0] > 0  # DIFAT sectors in use
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        assert ole.openstream("__attach_version1.0_#00000000/__substg1.0_37010102").read() \
            == big


def test_each_storages_children_form_a_red_black_tree():
    """MS-CFB 2.6.4: siblings in a red-black tree ordered by name length, then upper-cased
    name; every path from a storage's child root passes as many black nodes."""
    streams = {f"__substg1.0_{n:04X}001F": b"x" for n in range(1, 12)}
    with olefile.OleFileIO(io.BytesIO(compound_file(streams))) as ole:
        entries = ole.direntries

        def walk(sid: int, lower: tuple, upper: tuple) -> int:
            if sid == olefile.NOSTREAM:
                return 1
            entry = entries[sid]
            key = (len(entry.name), entry.name.upper())
            assert lower < key < upper
            for child in (entry.sid_left, entry.sid_right):
                if entry.color == RED and child != olefile.NOSTREAM:
                    assert entries[child].color == BLACK
            left = walk(entry.sid_left, lower, key)
            assert walk(entry.sid_right, key, upper) == left
            return left + (entry.color == BLACK)

        walk(entries[0].sid_child, (0, ""), (99, ""))
