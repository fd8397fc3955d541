"""vCards as other programs write them, imported: Outlook's 2.1 (bare types, quoted-printable
with soft line breaks, Windows-1252), Apple's 3.0 (item groups and their labels, a photo),
Google's 3.0, Thunderbird's and RFC 6350's 4.0 (tel URIs, TYPE lists, PREF). A card's own UID
finds its contact on a second import even without an e-mail; one bad card never loses the
others."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.crm import entities as E
from desktop.crm.errors import CrmError
from desktop.crm.io import vcard_import as VI
from desktop.crm.io.vcard_lines import parse_line, read_cards
from desktop.crm.partners import save_partner
from tests.support import cards as C

APPLE_UID = "4A1F2C3D-1111-2222-3333-444455556666"


def _contact(session, code: str) -> E.Contact:
    return session.scalars(select(E.Contact).where(E.Contact.code == code)).one()


def _count(session) -> int:
    return session.scalar(select(func.count()).select_from(E.Contact))


def test_outlooks_vcard_2_1(demo_session):
    partner = save_partner(demo_session, None, {
        "code": "SGTP", "name": "Société Générale des Travaux Publics et du Bâtiment de "
                                "l'Ouest Atlantique"})
    demo_session.commit()
    data = C.outlook_21("René", "Dupré", partner.name, "rene.dupre@example.fr",
                        "01 23 45 67 89", "06 12 34 56 78", "12 rue de l'Église", "Paris",
                        "75001", "France")
    assert b"=\r\n" in data  # a soft line break, as Outlook breaks long values
    report = VI.import_vcards(demo_session, data, None)
    demo_session.commit()
    assert report.skipped == [] and len(report.created) == 1
    rene = _contact(demo_session, report.created[0])
    assert (rene.first_name, rene.last_name, rene.job_title, rene.email) == \
        ("René", "Dupré", "Directeur", "rene.dupre@example.fr")
    assert (rene.office_phone, rene.mobile_phone, rene.country) == \
        ("+33 1 23 45 67 89", "+33 6 12 34 56 78", "FR")
    assert rene.business_partner_id == partner.id  # its organisation, across a soft break


def test_apples_vcard_3_0_and_its_uid_on_a_second_import(demo_session):
    first = C.apple_30("Chloé", "Martin", "Atelier Lumière", "chloe@atelier.fr",
                       "06 11 22 33 44", "04 72 00 00 00", APPLE_UID, country="be")
    report = VI.import_vcards(demo_session, first, None)
    demo_session.commit()
    chloe = _contact(demo_session, report.created[0])
    assert (chloe.email, chloe.mobile_phone, chloe.office_phone, chloe.country) == \
        ("chloe@atelier.fr", "+33 6 11 22 33 44", "+33 4 72 00 00 00", "BE")
    assert chloe.card_uid == APPLE_UID
    before = _count(demo_session)
    again = C.apple_30("Chloé", "Martin-Roux", "Atelier Lumière", "", "06 11 22 33 44",
                       "04 72 00 00 00", APPLE_UID, title="Gérante")  # no e-mail this time
    report = VI.import_vcards(demo_session, again, None)
    demo_session.commit()
    assert report.updated == [chloe.code] and _count(demo_session) == before
    demo_session.refresh(chloe)
    assert (chloe.last_name, chloe.job_title) == ("Martin-Roux", "Gérante")


def test_googles_and_thunderbirds_cards(demo_session):
    partner = save_partner(demo_session, None, {"code": "GR", "name": "Garage Roux"})
    demo_session.commit()
    data = C.google_30("Léa", "Garnier", "garage roux", "lea.garnier@ex.fr",
                       "06 10 20 30 40") + C.thunderbird_40(
        "Hugo", "Perret", "Garage Roux", "hugo.perret@ex.fr", "07 11 22 33 44",
        "02 98 00 00 01", "1f2e3d4c-5b6a-4789-8abc-def012345678")
    report = VI.import_vcards(demo_session, data, None)
    demo_session.commit()
    lea, hugo = (_contact(demo_session, code) for code in report.created)
    assert (lea.email, lea.mobile_phone, lea.business_partner_id, lea.card_uid) == \
        ("lea.garnier@ex.fr", "+33 6 10 20 30 40", partner.id, "")
    assert (hugo.mobile_phone, hugo.office_phone, hugo.job_title) == \
        ("+33 7 11 22 33 44", "+33 2 98 00 00 01", "Technicien")


def test_rfc_6350s_card(demo_session):
    report = VI.import_vcards(demo_session, C.rfc6350_example(), None)
    demo_session.commit()
    simon = _contact(demo_session, report.created[0])
    assert (simon.first_name, simon.last_name, simon.language, simon.country) == \
        ("Simon", "Perreault", "fr", "CA")
    assert (simon.office_phone, simon.mobile_phone) == ("+1 418-656-9254", "+1 418-262-6501")


def test_one_bad_card_never_loses_the_others(demo_session):
    good = C.google_30("Anne", "Leroy", "", "anne.leroy@ex.fr", "06 01 02 03 04")
    broken_line = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Vide;Jean;;;\r\nthis is no line\r\nEND:VCARD\r\n"
    bad_email = C.google_30("Paul", "Faux", "", "pas-une-adresse", "06 09 09 09 09")
    unclosed = b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Sansfin;Marc;;;\r\n"
    data = good + broken_line + bad_email + C.google_30("Nina", "Roy", "", "nina@ex.fr",
                                                       "06 05 05 05 05") + unclosed
    report = VI.import_vcards(demo_session, data, None)
    assert len(report.created) == 2
    assert [(n, e.template.split(" ")[0]) for n, e in report.skipped] == \
        [(2, "Line"), (3, "{value}"), (5, "The")]
    assert "line 14" in report.skipped[0][1].message().lower()


def test_a_photo_that_is_no_base64_does_not_stop_the_file(demo_session):
    data = C.apple_30("Ada", "Noir", "X", "ada@ex.fr", "06 00 00 00 01", "01 00 00 00 01",
                      "U-1").replace(b"PHOTO;ENCODING=b;TYPE=JPEG:", b"PHOTO;ENCODING=b;TYPE"
                                                                     b"=JPEG:@@@not base64")
    data += C.google_30("Bob", "Blanc", "", "bob@ex.fr", "06 00 00 00 02")
    report = VI.import_vcards(demo_session, data, None)
    assert len(report.created) == 2 and report.skipped == []


@pytest.mark.parametrize("encoding, mark", [("utf-16-le", b"\xff\xfe"), ("utf-8", b"\xef\xbb\xbf")])
def test_a_file_in_utf_16_or_with_a_byte_order_mark(demo_session, encoding, mark):
    text = C.google_30("Élise", "Bérard", "", "elise@ex.fr", "06 07 07 07 07").decode()
    report = VI.import_vcards(demo_session, mark + text.encode(encoding), None)
    demo_session.commit()
    assert _contact(demo_session, report.created[0]).first_name == "Élise"


@pytest.mark.parametrize("line, group, name, types, pref, value", [
    ("TEL;CELL;VOICE:06 12", "", "TEL", {"cell", "voice"}, 100, "06 12"),
    ("EMAIL;PREF;INTERNET:a@b.fr", "", "EMAIL", {"pref", "internet"}, 1, "a@b.fr"),
    ("item1.EMAIL;type=INTERNET;type=pref:c@d.fr", "item1", "EMAIL", {"internet", "pref"}, 1,
     "c@d.fr"),
    ('TEL;VALUE=uri;TYPE="voice,cell";PREF=2:tel:+33-6', "", "TEL", {"voice", "cell"}, 2,
     "tel:+33-6"),
    ("NOTE:a\\, b\\; c\\nd", "", "NOTE", set(), 100, "a, b; c\nd")])
def test_content_lines_as_each_version_writes_them(line, group, name, types, pref, value):
    prop = parse_line(line, 1)
    assert (prop.group, prop.name, prop.types, prop.pref, prop.text()) == \
        (group, name, types, pref, value)


def test_quoted_printable_with_soft_breaks_and_a_charset():
    text = ("BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=Windows-1252:"
            "Caf=E9 cr=E8=\r\nme=0D=0Asucre\r\nEND:VCARD\r\n")
    [card], bad = read_cards(text)
    assert bad == [] and card.first("NOTE").text() == "Café crème\r\nsucre"


def test_a_file_with_no_card_is_refused():
    with pytest.raises(CrmError, match="no vCard"):
        VI.read_vcards(b"Nom;Ville\r\nA;B\r\n")
