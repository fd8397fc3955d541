"""Outlook messages read as e-mails: the sender, recipients, subject, date, body and
attachments of a .msg come out as an .eml that the standard library reads back; the names of
a drag's virtual files read from its FileGroupDescriptor."""

from __future__ import annotations

import datetime as dt
import email
import email.policy

import pytest

from desktop.crm.errors import ValidationError
from desktop.crm.io.outlook_msg import as_eml, descriptor_names, msg_to_eml
from tests.support.outlook import file_group_descriptor, outlook_message

SENT = dt.datetime(2026, 11, 24, 9, 15, tzinfo=dt.UTC)
PDF = b"%PDF-1.4 " + bytes(range(256)) * 30  # over 4 KB: a regular stream, not a mini one


def test_a_message_becomes_an_eml():
    data = outlook_message(("Élise Morel", "elise.morel@client.fr"),
                           [("Sophie Marchand", "sophie.marchand@exemple.fr")],
                           "Devis ligne 3 — relance", "Bonjour,\nOù en est le devis ?",
                           SENT, [("cahier des charges.pdf", PDF), ("note.txt", b"merci")])
    message = email.message_from_bytes(msg_to_eml(data), policy=email.policy.default)
    assert message["From"].addresses[0].addr_spec == "elise.morel@client.fr"
    assert message["From"].addresses[0].display_name == "Élise Morel"
    assert [a.addr_spec for a in message["To"].addresses] == ["sophie.marchand@exemple.fr"]
    assert message["Subject"] == "Devis ligne 3 — relance"
    assert message["Date"].datetime == SENT
    assert "Où en est le devis" in message.get_body(("plain",)).get_content()
    files = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert files == {"cahier des charges.pdf": PDF, "note.txt": "merci"}  # text is text


def test_an_eml_passes_and_a_file_that_is_no_message_is_refused():
    assert as_eml("a.eml", b"From: x@y.fr\n\nhi") == b"From: x@y.fr\n\nhi"
    with pytest.raises(ValidationError, match="not an Outlook message"):
        msg_to_eml(b"not a compound file at all")


@pytest.mark.parametrize("wide", [True, False])
def test_the_names_of_a_drags_virtual_files(wide):
    names = ["Devis ligne 3.msg", "Relance été.msg"]
    assert descriptor_names(file_group_descriptor(names, wide), wide) == names
    assert descriptor_names(b"", wide) == []
