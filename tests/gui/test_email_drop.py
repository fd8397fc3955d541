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


def _dropped(window, mime: QMimeData) -> bool:
    """Whether the Activities grid took the drop. Offscreen, Qt delivers no drop without a
    real drag: the event goes to the grid's filter."""
    overview = window.open_session("tccom6100m000")
    drop = QDropEvent(QPointF(QPoint(20, 20)), Qt.CopyAction, mime, Qt.LeftButton,
                      Qt.NoModifier)
    return overview.eventFilter(overview.view.viewport(), drop) and drop.isAccepted()


def test_dropped_eml_becomes_an_inbound_email(window, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    with ctx.db.session(user=ctx.user) as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "")).first()
        sender, contact_id = contact.email, contact.id
    path = _eml(tmp_path, sender.upper())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert _dropped(window, mime)
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
    overview.import_emails([(path.name, path.read_bytes())])
    assert "No contact has the address inconnu@nowhere.example" in answers.shown[0][1]


def test_a_message_dragged_out_of_outlook(window, ctx, tmp_path, monkeypatch):
    """Outlook drags virtual files: a FileGroupDescriptorW naming "x.msg" and FileContents
    with the .msg's bytes, which Qt shows under its windows-mime names."""
    import datetime as dt

    from desktop.views.activities.drops import WINDOWS_MIME
    from tests.support.outlook import file_group_descriptor, outlook_message

    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    with ctx.db.session(user=ctx.user) as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "")).first()
        sender, name, contact_id = contact.email, contact.full_name, contact.id
    message = outlook_message((name, sender), [("Sophie", "sophie.marchand@exemple.fr")],
                              "Commande ligne 4", "Bonjour,\nVoici notre commande.",
                              dt.datetime(2026, 11, 30, 8, tzinfo=dt.timezone.utc),
                              [("bon de commande.pdf", b"%PDF-1.4 commande")])
    mime = QMimeData()
    mime.setData(WINDOWS_MIME.format("FileGroupDescriptorW"),
                 file_group_descriptor(["Commande ligne 4.msg"]))
    mime.setData(WINDOWS_MIME.format("FileContents"), message)
    assert _dropped(window, mime)
    with ctx.db.session(user=ctx.user) as s:
        email = s.scalars(select(E.Activity).where(
            E.Activity.subject == "Commande ligne 4")).one()
        assert (email.direction, email.contact_id) == (EmailDirection.INBOUND, contact_id)
        assert "notre commande" in email.information
        [attachment] = email.attachments
        assert attachment.file_name == "bon de commande.pdf"
        assert open(attachment.stored_path, "rb").read() == b"%PDF-1.4 commande"


def test_other_virtual_files_are_not_taken_for_emails(window):
    from desktop.views.activities.drops import WINDOWS_MIME
    from tests.support.outlook import file_group_descriptor

    mime = QMimeData()
    mime.setData(WINDOWS_MIME.format("FileGroupDescriptorW"), file_group_descriptor(["photo.jpg"]))
    mime.setData(WINDOWS_MIME.format("FileContents"), b"\xff\xd8")
    assert not _dropped(window, mime)


def test_several_messages_dropped_from_outlook_in_their_own_media(window, ctx, tmp_path,
                                                                   monkeypatch):
    """What the grid's Windows drop target hands over (the data object of Outlook's drag):
    each message from its own index, one as a storage object, one as a stream."""
    import datetime as dt

    from desktop.crm.io.virtual_files import TYMED_ISTORAGE, TYMED_ISTREAM
    from tests.support.com_drag import OutlookDrag
    from tests.support.outlook import outlook_message

    monkeypatch.setenv("CRM_DATA_DIR", str(tmp_path / "data"))
    with ctx.db.session(user=ctx.user) as s:
        contact = s.scalars(select(E.Contact).where(E.Contact.email != "")).first()
        sender, name = contact.email, contact.full_name
    sent = dt.datetime(2026, 11, 30, 8, tzinfo=dt.timezone.utc)
    messages = [(f"{subject}.msg", outlook_message((name, sender), [], subject, "Bonjour",
                                                   sent), medium)
                for subject, medium in (("Relance devis A", TYMED_ISTORAGE),
                                        ("Relance devis B", TYMED_ISTREAM))]
    overview = window.open_session("tccom6100m000")
    overview._native_drop(OutlookDrag(messages))
    with ctx.db.session(user=ctx.user) as s:
        subjects = set(s.scalars(select(E.Activity.subject).where(
            E.Activity.subject.like("Relance devis _"))))
    assert subjects == {"Relance devis A", "Relance devis B"}


def test_a_drop_without_contents_says_how_to_bring_the_message_in(window, ctx, answers):
    """The new Outlook names the messages it drags and hands over nothing else."""
    from desktop.crm.io.virtual_files import TYMED_ISTORAGE
    from tests.support.com_drag import OutlookDrag

    overview = window.open_session("tccom6100m000")
    overview._native_drop(OutlookDrag([("Devis ligne 3.msg", b"", TYMED_ISTORAGE)],
                                      contents=False))
    [(title, text)] = answers.shown
    assert "“Devis ligne 3.msg”" in text and "save the message as a file" in text
    with ctx.db.session(user=ctx.user) as s:
        assert s.scalars(select(E.Activity).where(E.Activity.subject == "Devis ligne 3")
                         ).first() is None
