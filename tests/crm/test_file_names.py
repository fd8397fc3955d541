"""Names that Windows reserves never become file names: device names with or without an
extension, trailing dots and spaces, forbidden characters
(https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.email_import import import_eml
from desktop.crm.io.file_names import is_reserved, safe_file_name

DEVICES = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"] + \
    [f"{port}{n}" for port in ("COM", "LPT") for n in "0123456789¹²³"]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("form", ["{}", "{}.docx", "{}.tar.gz", "{} .txt", "{}  "])
def test_device_names_alone_or_with_an_extension(device, form):
    for name in (form.format(device), form.format(device.lower())):
        assert is_reserved(name)
        safe = safe_file_name(name)
        assert safe.startswith("_") and not is_reserved(safe), (name, safe)


@pytest.mark.parametrize("name, safe", [
    ("Devis. ", "Devis"), ("Relance...", "Relance"), ("note .", "note"),
    ('plan "B": v2?.pdf', "plan _B__ v2_.pdf"), ("a/b\\c|d*e<f>.txt", "a_b_c_d_e_f_.txt"),
    ("tab\there.txt", "tab_here.txt"), ("...", "file"), ("", "file"),
    ("CONSOLE.txt", "CONSOLE.txt"), ("COM10.txt", "COM10.txt"), ("Auxerre.docx", "Auxerre.docx"),
    ("été 2026.msg", "été 2026.msg")])
def test_what_windows_refuses_is_replaced_and_the_rest_kept(name, safe):
    assert safe_file_name(name) == safe
    assert is_reserved(name) == (name != safe)


def test_a_very_long_name_keeps_its_extension():
    safe = safe_file_name("x" * 300 + ".pdf")
    assert len(safe) <= 200 and safe.endswith(".pdf")


def test_an_attachment_named_like_a_device_is_stored_under_a_safe_name(demo_session,
                                                                       tmp_path):
    contact = demo_session.scalars(select(E.Contact).where(E.Contact.email != "")).first()
    message = EmailMessage()
    message["From"] = contact.email
    message["To"] = "sophie.marchand@exemple.fr"
    message["Subject"] = "Pièces jointes"
    message.set_content("Bonjour")
    for name, content in (("aux.pdf", b"%PDF aux"), ("compte rendu. ", b"notes")):
        message.add_attachment(content, maintype="application", subtype="octet-stream",
                               filename=name)
    act = import_eml(demo_session, bytes(message), None, tmp_path / "attachments")
    stored = {Path(a.stored_path).name: Path(a.stored_path).read_bytes() for a in act.attachments}
    assert stored == {"_aux.pdf": b"%PDF aux", "compte rendu": b"notes"}
