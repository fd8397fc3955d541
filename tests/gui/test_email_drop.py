"""An .eml file dropped on the Activities grid becomes an inbound e-mail with attachments."""

from __future__ import annotations

from email.message import EmailMessage

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import ActivityStatus, EmailDirection, RecipientRole


def _eml(tmp_path, sender: str):
    message = EmailMessage()
    message["From"] = f"Client <{sender}>"
    message["To"] = "Sophie Marchand <sophie.marchand@exemple.fr>, autre@example.org"
    message["Subject"] = "Demande de devis pour la ligne 3"
    message["Date"] = "Tue, 24 Nov 2026 10:15:00 +0100"
    message.set_content("Bonjour,\nPourriez-vous nous envoyer un devis ?\nCordialement")
    message.add_attachment(b"%PDF-1.4 cahier des charges", maintype="application",
                           subtype="pdf", filename="cahier-des-charges.pdf")
    path = tmp_path / "demande.eml"
    path.write_bytes(bytes(message))
    return path


def test_dropped_eml_becomes_an_inbound_email(window, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    with ctx.db.session(user=ctx.user) as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "")).first()
        sender, contact_id = contact.email, contact.id
    path = _eml(tmp_path, sender.upper())
    overview = window.open_session("tccom6100m000")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = overview.view.viewport()
    drop = QDropEvent(QPointF(QPoint(20, 20)), Qt.CopyAction, mime, Qt.LeftButton,
                      Qt.NoModifier)
    # offscreen, Qt delivers no drop without a real drag: hand the event to the grid's filter
    assert overview.eventFilter(viewport, drop) and drop.isAccepted()
    with ctx.db.session(user=ctx.user) as s:
        email = s.scalars(select(E.Activity).where(
            E.Activity.subject == "Demande de devis pour la ligne 3")).one()
        assert (email.direction, email.status, email.contact_id) == (
            EmailDirection.INBOUND, ActivityStatus.RECEIVED, contact_id)
        assert "devis" in email.information
        roles = [(r.role, r.recipient_type.name) for r in email.recipients]
        assert roles == [(RecipientRole.FROM, "CONTACT"), (RecipientRole.TO, "EMPLOYEE"),
                         (RecipientRole.TO, "OTHER")]
        [attachment] = email.attachments
        assert attachment.file_name == "cahier-des-charges.pdf"
        assert open(attachment.stored_path, "rb").read().startswith(b"%PDF")


def test_unknown_sender_is_explained(window, tmp_path, answers):
    path = _eml(tmp_path, "inconnu@nowhere.example")
    overview = window.open_session("tccom6100m000")
    overview.import_emails([path])
    assert "No contact has the address inconnu@nowhere.example" in answers.shown[0][1]
