"""E-mails as Thunderbird, Apple Mail and Outlook write them (.eml) and Outlook's .msg,
registered: attachments with the same name kept apart, names too long shortened keeping their
extension, names Windows reserves or that climb out of the folder made safe, every form of
Date that RFC 5322 asks readers to take, and files that are no e-mail refused in one
sentence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.email_import import import_eml, mail_date
from desktop.crm.errors import ValidationError
from desktop.crm.io.file_names import MAX_LENGTH, attachment_name, unique_path
from desktop.crm.io.outlook_msg import msg_to_eml
from tests.support import mails as M
from tests.support.outlook import outlook_message

UTC = dt.UTC
DATE = "Tue, 1 Dec 2026 09:15:00 +0100"
ME = ("Sophie Marchand", "sophie.marchand@exemple.fr")


def _sender(session) -> tuple[str, str]:
    contact = session.scalars(select(E.Contact).where(E.Contact.email != "")
                              .order_by(E.Contact.id)).first()
    return contact.full_name, contact.email


def _stored(act: E.Activity, folder: Path) -> dict[str, bytes]:
    out = {}
    for line in act.attachments:
        path = Path(line.stored_path)
        assert path.resolve().is_relative_to(folder.resolve())  # never outside the folder
        out[line.file_name] = path.read_bytes()
    return out


@pytest.mark.parametrize("writer", [M.thunderbird, M.apple_mail, M.outlook_web])
def test_attachments_with_the_same_name_are_kept_apart(demo_session, tmp_path, writer):
    first, second = b"%PDF-1.4 premier", b"%PDF-1.4 second"
    raw = writer(_sender(demo_session), ME, "Scans de la visite", "Voici les scans.", DATE,
                 [("scan.pdf", first), ("scan.pdf", second)])
    act = import_eml(demo_session, raw, None, tmp_path)
    demo_session.flush()
    assert _stored(act, tmp_path) == {"scan.pdf": first, "scan (2).pdf": second}
    assert act.sent_at == dt.datetime(2026, 12, 1, 8, 15, tzinfo=UTC)
    assert act.information.startswith("Voici les scans")


def test_names_made_safe_and_short_keeping_their_extension(demo_session, tmp_path):
    long_name = "Compte rendu de la réunion de chantier du mois de décembre " * 4 + ".docx"
    names = [long_name, "..", ".", "CON", "con.txt", "rapport final. ", "a\x00b.txt",
             "../../../etc/passwd", "C:\\Windows\\System32\\evil.exe", "LPT1.pdf",
             'devis "final" <v2>?.pdf']
    raw = M.thunderbird(_sender(demo_session), ME, "Pièces", "Ci-joint.", DATE,
                        [(name, name.encode("utf-8", "replace")) for name in names])
    act = import_eml(demo_session, raw, None, tmp_path)
    demo_session.flush()
    stored = _stored(act, tmp_path)
    assert len(stored) == len(names)  # nothing lost, nothing overwritten
    shortened = next(n for n in stored if n.startswith("Compte rendu"))
    assert shortened.endswith(".docx") and len(shortened) <= MAX_LENGTH
    for name in stored:
        assert name not in (".", "..", "") and "/" not in name and "\\" not in name
        assert not name.endswith((".", " ")) and "\x00" not in name
        assert name.split(".")[0].upper() not in ("CON", "LPT1")
    assert {"passwd", "evil.exe", "_CON", "_con.txt", "_LPT1.pdf", "rapport final", "a_b.txt",
            "devis _final_ _v2__.pdf"} <= set(stored)


@pytest.mark.parametrize("header, expected", [
    ("Tue, 1 Dec 2026 09:15:00 +0100", dt.datetime(2026, 12, 1, 8, 15)),
    ("Tue, 1 Dec 2026 09:15:00 -0000", dt.datetime(2026, 12, 1, 9, 15)),  # UTC, RFC 3.3
    ("Tue, 1 Dec 2026 09:15:00", dt.datetime(2026, 12, 1, 9, 15)),  # no zone at all
    ("1 Dec 26 09:15:00 EST", dt.datetime(2026, 12, 1, 14, 15)),  # two-digit year, 4.3
    ("Tuesday, 1 Dec 1998 09:15 PDT", dt.datetime(1998, 12, 1, 16, 15)),
    ("Tue, 1 Dec 2026 09:15:00 Z", dt.datetime(2026, 12, 1, 9, 15)),
    ("Tue, 1 Dec 2026 09:15:00 A", dt.datetime(2026, 12, 1, 9, 15)),  # military: -0000
    ("Tue,  1 Dec 2026 09:15:00 +0100 (CET)", dt.datetime(2026, 12, 1, 8, 15)),
    ("Tue, 1 Dec 2026 09:15:00 +01:00", dt.datetime(2026, 12, 1, 8, 15)),
    ("2026-12-01T09:15:00+01:00", dt.datetime(2026, 12, 1, 8, 15)),
    ("le premier décembre", None), ("", None)])
def test_dates_as_mail_programs_write_them(header, expected):
    got = mail_date(header)
    assert got == (expected.replace(tzinfo=UTC) if expected else None)


def test_a_message_with_an_unreadable_date_is_registered_now(demo_session, tmp_path, now):
    raw = M.thunderbird(_sender(demo_session), ME, "Sans date", "Texte.", "demain matin")
    act = import_eml(demo_session, raw, None, tmp_path)
    assert abs(act.sent_at - now) < dt.timedelta(seconds=1)  # the pinned clock's moment


@pytest.mark.parametrize("raw", [
    b"", b"\x89PNG\r\n\x1a\n" + bytes(100), b"Bonjour,\r\nvoici le devis.\r\n",
    b"Title: not a message\r\nPage: 1\r\n\r\ntext"])
def test_a_file_that_is_no_e_mail_is_refused_in_one_sentence(demo_session, tmp_path, raw):
    with pytest.raises(ValidationError) as refused:
        import_eml(demo_session, raw, None, tmp_path)
    message = str(refused.value)
    assert "not an e-mail" in message and message.count(". ") == 0


def test_a_damaged_outlook_message_is_refused_in_one_sentence():
    whole = outlook_message(("Élise", "elise@client.fr"), [ME], "Devis", "Texte",
                            dt.datetime(2026, 12, 1, tzinfo=UTC), [("a.pdf", bytes(5000))])
    with pytest.raises(ValidationError, match="damaged and cannot be read") as refused:
        msg_to_eml(whole[:1536])
    assert str(refused.value).count(". ") == 0


def test_an_outlook_message_with_two_attachments_of_one_name(demo_session, tmp_path):
    sender = _sender(demo_session)
    data = outlook_message(sender, [ME], "Photos", "Deux photos.",
                           dt.datetime(2026, 12, 1, 8, 15, tzinfo=UTC),
                           [("photo.jpg", b"\xff\xd8un"), ("photo.jpg", b"\xff\xd8deux")])
    act = import_eml(demo_session, msg_to_eml(data), None, tmp_path)
    demo_session.flush()
    assert _stored(act, tmp_path) == {"photo.jpg": b"\xff\xd8un", "photo (2).jpg": b"\xff\xd8deux"}


@pytest.mark.parametrize("name, safe", [
    ("rapport.pdf", "rapport.pdf"), ("..", "attachment"), ("...", "attachment"),
    ("nul", "_nul"), ("COM3.log", "_COM3.log"), ("aux .txt", "_aux.txt"),
    ("fin. . .", "fin"), ("\u202etxt.exe", "txt.exe"), (None, "attachment")])
def test_safe_file_names(name, safe):
    assert attachment_name(name) == safe


def test_unique_paths_of_names_at_the_limit(tmp_path):
    name = attachment_name("x" * 300 + ".pdf")
    paths = []
    for _ in range(3):
        path = unique_path(tmp_path, name)
        path.write_bytes(b"")
        paths.append(path.name)
    assert len(set(paths)) == 3 and all(p.endswith(".pdf") for p in paths)
    assert all(len(p) <= MAX_LENGTH for p in paths) and paths[2].endswith(" (3).pdf")
