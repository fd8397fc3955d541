"""Meetings as Exchange keeps them, on both protocols: an invitee's copy is the invitee's (never
linked, written or deleted by the CRM), responses come from the organizer's item, an update
writes only what the CRM changed (what Outlook set stays), a body is written only when the CRM
text changed and an online meeting keeps its join block, and only the user's own Cancel tells
the attendees."""

from __future__ import annotations

from sqlalchemy import select

from desktop.crm import entities as E
from desktop.crm.enums import ActivityStatus as St, AttendanceStatus, PartyType
from tests.sync.conftest import JULIEN, SOPHIE, activity, appointment, change, links, meeting


def _attendance(db, act_id: int, email: str) -> AttendanceStatus:
    with db.session("t") as s:
        return next(a.attendance_status for a in s.get(E.Activity, act_id).attendees
                    if a.email == email)


# -- 2. invitees' copies ---------------------------------------------------------------------------
def test_an_invitees_copy_is_never_the_crms(sync_db, remote, engine):
    act_id = meeting(sync_db)
    engine.run_once()
    [mine] = remote.own_events(SOPHIE)
    [copy] = remote.events(JULIEN)  # Exchange put the attendee's own copy there
    assert (copy.uid, copy.organizer.lower()) == (mine.uid, SOPHIE)
    engine.run_once()  # Julien's mailbox is pulled: the copy is not linked
    assert [(link.mailbox, link.item_id) for link in links(sync_db, act_id)] == \
        [(SOPHIE, mine.id)]

    remote.decline(SOPHIE, mine.id, JULIEN)  # the organizer's item says who declined
    change(sync_db, act_id, subject="Réunion déplacée")
    engine.run_once()
    assert _attendance(sync_db, act_id, JULIEN) is AttendanceStatus.DECLINED
    change(sync_db, act_id, synchronize=False)
    engine.run_once()
    assert remote.writes_to(JULIEN) == 0  # never updated, never deleted by the CRM
    assert [v.id for v in remote.events(JULIEN)] == [copy.id]


def test_a_link_an_older_version_made_to_a_copy_is_released(sync_db, remote, engine):
    act_id = meeting(sync_db)
    engine.run_once()
    [copy] = remote.events(JULIEN)
    with sync_db.session("t") as s:  # what the engine used to do: link the copy as its own
        s.add(E.ExchangeItemLink(activity_id=act_id, mailbox=JULIEN, item_id=copy.id))
        s.commit()
    remote.edit(SOPHIE, remote.own_events(SOPHIE)[0].id, subject="Changé dans Outlook")
    change(sync_db, act_id, location="Paris")
    engine.run_once()
    assert remote.writes_to(JULIEN) == 0
    assert [link.released for link in links(sync_db, act_id) if link.mailbox == JULIEN] == [True]


# -- 4. updates write only what changed --------------------------------------------------------------
def test_what_outlook_set_stays_when_the_crm_changes_another_field(sync_db, remote, engine):
    act_id = appointment(sync_db, "Revue")
    engine.run_once()
    [item] = remote.events(SOPHIE)
    remote.set_in_outlook(SOPHIE, item.id, categories=["Client", "Important"], reminder=30,
                          location="Salle B", attendee="assistante@exemple.fr")
    engine.run_once()  # the location comes into the CRM; the rest is Outlook's
    assert activity(sync_db, act_id)["location"] == "Salle B"
    change(sync_db, act_id, subject="Revue annuelle")
    engine.run_once()
    after = remote.item(SOPHIE, item.id)
    assert after.subject == "Revue annuelle"
    assert (after.categories, after.reminder, after.location) == (["Client", "Important"], 30,
                                                                  "Salle B")
    assert "assistante@exemple.fr" in after.attendees


# -- 3. bodies ------------------------------------------------------------------------------------------
def test_a_body_is_written_only_when_the_crm_text_changed(sync_db, remote, engine):
    act_id = appointment(sync_db, "Démonstration", information="Ordre du jour")
    engine.run_once()
    [item] = remote.events(SOPHIE)
    remote.set_in_outlook(SOPHIE, item.id, body="<html><body><p>Ordre du jour</p><p><b>Salle"
                                                " 3</b>, apporter la maquette</p></body></html>")
    engine.run_once()
    assert activity(sync_db, act_id)["information"] == \
        "Ordre du jour\nSalle 3, apporter la maquette"  # read as text, never as markup
    change(sync_db, act_id, subject="Démonstration produit")
    engine.run_once()
    assert "<b>Salle" in _stored_body(remote, SOPHIE, item.id)  # Outlook's HTML untouched
    change(sync_db, act_id, information="Nouvel ordre du jour")
    engine.run_once()
    assert remote.item(SOPHIE, item.id).body.strip() == "Nouvel ordre du jour"


def test_an_online_meeting_keeps_its_join_block(sync_db, remote, engine):
    act_id = appointment(sync_db, "Point Teams", information="Préparer les chiffres")
    engine.run_once()
    [item] = remote.events(SOPHIE)
    remote.online_meeting(SOPHIE, item.id)
    engine.run_once()
    assert activity(sync_db, act_id)["information"] == "Préparer les chiffres"
    change(sync_db, act_id, information="Préparer les chiffres du trimestre")
    engine.run_once()
    body = remote.item(SOPHIE, item.id).body
    assert "Préparer les chiffres du trimestre" in body
    assert "Join the meeting now" in body and "Microsoft Teams meeting" in body


def _stored_body(remote, box: str, item_id: str) -> str:
    if remote.name == "graph":
        return remote.server.mailbox(box).events[item_id]["body"]["content"]
    return remote.server.mailbox(box).items[item_id].fields["Body"].text


def test_every_graph_read_asks_for_text_bodies_and_immutable_ids(sync_db, graph):
    from desktop.sync.engine import SyncEngine
    from tests.sync.remotes import GraphRemote

    face = GraphRemote(graph)
    appointment(sync_db, "Texte")
    engine = SyncEngine(sync_db, face.gateway())
    engine.run_once()
    face.edit(SOPHIE, face.events(SOPHIE)[0].id, subject="Modifié")
    face.outlook_event(SOPHIE, "Sans clé", category="CRM")
    engine.run_once()
    reads = [r for r in graph.requests if r.operation in ("read", "delta") and
             "$select=body" not in r.path]  # a body about to be written is read as Outlook has it
    assert reads and all(r.text_bodies and r.immutable_ids for r in reads)
    assert all(r.immutable_ids for r in graph.requests if r.operation != "batch")


# -- 7. no surprise cancellations -------------------------------------------------------------------
def test_unticking_synchronize_never_tells_the_customer(sync_db, remote, engine):
    act_id = appointment(sync_db, "Visite client")
    engine.run_once()
    [item] = remote.events(SOPHIE)
    change(sync_db, act_id, synchronize=False)
    report = engine.run_once()
    assert (report.error, report.waiting) == ("", 0)
    assert remote.cancellations == []
    assert [v.id for v in remote.events(SOPHIE)] == [item.id]  # the meeting stays hers
    change(sync_db, act_id, synchronize=True, location="Marseille")  # ticked again: adopted
    engine.run_once()
    [again] = remote.events(SOPHIE)
    assert (again.id, again.location, remote.cancellations) == (item.id, "Marseille", [])


def test_another_organizer_never_tells_the_customer(sync_db, remote, engine):
    act_id = appointment(sync_db, "Passation")
    engine.run_once()
    with sync_db.session("t") as s:
        act = s.get(E.Activity, act_id)
        organizer = next(a for a in act.attendees if a.attendee_type is PartyType.EMPLOYEE)
        julien = s.scalar(select(E.Employee).where(E.Employee.email == JULIEN))
        organizer.employee_id, organizer.email, organizer.full_name = julien.id, JULIEN, \
            julien.name
        act.organizer_id = julien.id
        s.commit()
    assert engine.run_once().error == ""
    assert remote.cancellations == []
    assert len(remote.own_events(SOPHIE)) == 1 and len(remote.own_events(JULIEN)) == 1


def test_only_the_users_cancel_tells_the_attendees(sync_db, remote, engine):
    kept, cancelled = appointment(sync_db, "Gardé"), appointment(sync_db, "Annulé", hours=30)
    engine.run_once()
    change(sync_db, cancelled, status=St.NOT_HELD)
    change(sync_db, kept, synchronize=False)
    engine.run_once()
    assert [v.subject for v in remote.events(SOPHIE)] == ["Gardé"]
    assert len(remote.cancellations) == 1
