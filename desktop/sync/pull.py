"""Applying what a mailbox says changed: an item the CRM wrote comes back into its activity
field group by field group, an Outlook item with the import category becomes an activity
(a series: one activity per occurrence), a deletion deletes or keeps with a note (BR-EX-13).

What is never the CRM's is left alone: an invitee's copy of a meeting (same UID, another
organizer), an item the CRM released, a past item it never held. Runs in the engine's
session; never touches Qt."""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.crm import clock, entities as E
from desktop.crm.enums import (
    ActivityStatus,
    ActivityType,
    AttributeObjectKind,
    BusinessObjectKind,
    PartyType,
)
from desktop.crm.errors import CrmError
from desktop.sync import mapping as MAP
from desktop.sync.contract import Change, RemoteItem

log = logging.getLogger(__name__)
L = E.ExchangeItemLink
SYNC_USER = "exchange-sync"
#: the activity fields of each field group a pull reads
GROUP_FIELDS = {"subject": ("subject",), "body": ("information",), "location": ("location",),
                "when": ("start_at", "end_at", "all_day"), "show_as": ("show_time_as",),
                "due": ("due_at",), "status": ("status", "percent_complete"),
                "importance": ("priority",)}


def is_invitee_copy(mailbox: str, item: RemoteItem) -> bool:
    """A meeting another organizer invited this mailbox to: Exchange put the attendee's own
    copy there, with the organizer's UID. It belongs to the attendee."""
    return item.kind == "event" and bool(item.organizer) and \
        item.organizer.lower() != mailbox.lower()


class Puller:
    def __init__(self, users: dict) -> None:
        self.users = users  # the active sync users (mapping.sync_users), for what the CRM holds

    def relevant(self, s: Session, mailbox: str, changes: list[Change]) -> list[Change]:
        """The changes that may concern the CRM, sieved in a few queries over the whole
        delta (a first round lists every item of the window): an item linked here, one with
        a CRM key or a UID the CRM knows, one with the import category."""
        settings = s.scalars(select(E.ExchangeSyncSettings)
                             .order_by(E.ExchangeSyncSettings.id)).first()
        category = settings.import_category if settings else ""
        ids = [c.item_id for c in changes]
        uids = list({c.item.uid for c in changes if c.item is not None and c.item.uid})
        linked = {i for chunk in _chunks(ids) for i in s.scalars(select(L.item_id).where(
            L.mailbox == mailbox, L.item_id.in_(chunk)))}
        linked |= {i for chunk in _chunks(ids) for i in s.scalars(select(L.series_id).where(
            L.mailbox == mailbox, L.series_id.in_(chunk)))}
        known = {u for chunk in _chunks(uids) for u in s.scalars(select(L.uid).where(
            L.uid.in_(chunk)))}
        return [c for c in changes if c.kind == "series" or c.item_id in linked or (
            c.item is not None and (c.item.crm_key or (c.item.uid in known and
                                                       not c.item.series_id) or
                                    (category and category in c.item.categories)))]

    def apply_one(self, s: Session, mailbox: str, change: Change) -> int:
        """One remote change; one the rules refuse is logged and skipped, never blocking
        the changes after it."""
        try:
            with s.begin_nested():
                if change.kind == "series":
                    return self.series(s, mailbox, change)
                return self.apply(s, mailbox, change)
        except CrmError as error:
            log.warning("sync: item %s of %s not applied: %s", change.item_id, mailbox, error)
            return 0

    def apply(self, s: Session, mailbox: str, change: Change) -> int:
        link = s.scalars(select(L).where(L.mailbox == mailbox,
                                         L.item_id == change.item_id)).first()
        if change.kind == "delete":
            return self.deleted(s, mailbox, change.item_id, link)
        item = change.item
        assert item is not None, "a create or an update carries its item (contract.Change)"
        if link is not None and (link.released or is_invitee_copy(mailbox, item)):
            link.released = True  # never the CRM's to write (an older link may say otherwise)
            return 0
        if link is None and is_invitee_copy(mailbox, item):
            return 0
        if link is None and not item.series_id:
            link = self.known_under_another_id(s, mailbox, item)
        if link is not None and link.change_key and link.change_key == item.change_key:
            return 0  # our own write coming back
        act = s.get(E.Activity, link.activity_id) if link and link.activity_id else None
        if act is None and link is None:
            act = self.known_activity(s, mailbox, item)
            if act is False:
                return 0  # another mailbox holds this activity's item
        if act is None:
            act = self.imported(s, mailbox, item) if self.current(item) else None
            if act is None:
                return 0
        if link is None:  # imported, or the CRM's own create coming back: nothing to merge
            synced = MAP.synced_after_pull(item, MAP.to_remote(act, self.users), "")
        else:
            synced = self.merge(s, act, link, item)
        if link is None:
            link = L(activity_id=act.id, mailbox=mailbox, item_id=item.item_id,
                     series_id=item.series_id)
            s.add(link)
        link.uid, link.change_key, link.synced = item.uid or link.uid, item.change_key, synced
        link.remote_modified_at, link.last_synced_at = item.modified_at, clock.now()
        return 1

    def known_activity(self, s: Session, mailbox: str, item: RemoteItem):
        """The activity behind an item no link names: a retried create that reached the
        server (its CRM key), or the same meeting seen from another mailbox (its UID). False
        when that activity's item lives in another mailbox: this one is not the CRM's."""
        act = None
        if item.crm_key:
            act = s.scalars(select(E.Activity).where(
                E.Activity.code == item.crm_key.removeprefix("CRM-"))).first()
        if act is None and item.uid and not item.series_id:
            other = s.scalars(select(L).where(L.uid == item.uid, L.activity_id.isnot(None))
                              ).first()
            act = s.get(E.Activity, other.activity_id) if other else None
        if act is not None and mailbox not in MAP.mailboxes(act, self.users)[0]:
            return False
        return act

    @staticmethod
    def known_under_another_id(s: Session, mailbox: str, item: RemoteItem) -> L | None:
        """The link of an item the other protocol wrote (EWS and Graph name one item
        differently): found by its UID or its CRM key, it takes the new id, so that switching
        protocol re-creates nothing."""
        link = None
        if item.uid:
            link = s.scalars(select(L).where(L.mailbox == mailbox, L.uid == item.uid,
                                             L.series_id == "")).first()
        if link is None and item.crm_key:
            link = s.scalars(select(L).join(E.Activity, E.Activity.id == L.activity_id).where(
                L.mailbox == mailbox,
                E.Activity.code == item.crm_key.removeprefix("CRM-"))).first()
        if link is not None:
            link.item_id, link.change_key, link.rekey = item.item_id, "", False
        return link

    @staticmethod
    def current(item: RemoteItem) -> bool:
        """Past events are never imported (BR-EX-05)."""
        if item.kind == "task":
            return True
        end = item.end or item.start
        return end is None or end >= clock.now() - dt.timedelta(hours=1)

    def imported(self, s: Session, mailbox: str, item: RemoteItem) -> E.Activity | None:
        """An Outlook item with the import category becomes a new activity."""
        settings = s.scalars(select(E.ExchangeSyncSettings)
                             .order_by(E.ExchangeSyncSettings.id)).first()
        category = settings.import_category if settings else ""
        if not category or category not in item.categories:
            return None
        from desktop.crm.activities import new_activity  # the domain numbers and checks it

        employee = s.scalars(select(E.Employee).where(E.Employee.email == mailbox)).first()
        emails = [p.email.lower() for p in item.required + item.optional]
        contact = s.scalars(select(E.Contact).where(func.lower(E.Contact.email).in_(emails))
                            .order_by(E.Contact.id)).first() if emails else None
        if contact is None:
            log.info("Outlook item %s has no CRM contact among its attendees; not imported",
                     item.item_id)
            return None
        kind = ActivityType.TASK if item.kind == "task" else ActivityType.APPOINTMENT
        values = {k: v for k, v in MAP.remote_values(item).items() if v is not None}
        values["contact_id"] = contact.id
        if kind is ActivityType.TASK:
            values.setdefault("due_at", clock.now())
        act = new_activity(s, kind, values, employee.id if employee else None)
        if kind is not ActivityType.TASK:  # invited in Outlook already: the CRM says so too
            from desktop.crm.activities import add_attendee

            add_attendee(s, act, {"attendee_type": PartyType.CONTACT, "contact_id": contact.id,
                                  "invite": True})
        act.synchronize = True
        s.flush()
        return act

    def merge(self, s: Session, act: E.Activity, link: L, item: RemoteItem) -> str:
        """Field group by field group against what was last synchronized: a group only one
        side changed takes that side's value; when both changed it, the later change wins
        and the value that lost is kept in a note (BR-EX-14). Returns what the link now
        remembers."""
        mine = MAP.fingerprint(MAP.to_remote(act, self.users))
        theirs, base = MAP.fingerprint(item), MAP.json_or_empty(link.synced)
        remote_values, lost = MAP.remote_values(item), []
        local_wins = self._local_is_later(act, link, item)
        for group in sorted(MAP.PULLED[item.kind]):
            if mine[group] == theirs[group]:
                continue
            if base.get(group) == MAP.ERASED:  # Exchange holds an erased person's text
                continue  # the CRM's anonymised value is pushed next, whatever it says
            if group in base:
                local_changed, remote_changed = mine[group] != base[group], \
                    theirs[group] != base[group]
            else:  # a link from before what was synchronized was kept: the older rule
                local_changed, remote_changed = act.modified_at > link.last_synced_at, True
            if local_changed and remote_changed:
                kept, other = ("CRM", theirs[group]) if local_wins else \
                    ("Exchange", mine[group])
                lost.append(f"{group} ({kept} kept): the other side had {other}")
                if local_wins:
                    continue
            elif not remote_changed:
                continue  # the CRM's change: pushed next
            for name in GROUP_FIELDS[group]:
                if name in remote_values and not MAP.same(name, getattr(act, name),
                                                          remote_values[name]):
                    setattr(act, name, remote_values[name])
        self._settle(act, item)
        if lost:
            s.add(E.Note(object_kind=BusinessObjectKind.ACTIVITY, object_id=act.id,
                         subject="Synchronization conflict", author=SYNC_USER,
                         body="Both sides changed this activity.\n" + "\n".join(lost)))
        return MAP.synced_after_pull(item, MAP.to_remote(act, self.users), link.synced)

    @staticmethod
    def _local_is_later(act: E.Activity, link: L, item: RemoteItem) -> bool:
        return act.modified_at > link.last_synced_at and item.modified_at is not None and \
            act.modified_at > item.modified_at

    @staticmethod
    def _settle(act: E.Activity, item: RemoteItem) -> None:
        if act.type is not ActivityType.TASK:
            MAP.read_responses(act, item)
            if act.start_at and act.end_at and act.end_at < act.start_at:
                act.end_at = act.start_at
            act.sort_date = act.start_at
        else:
            act.sort_date = act.due_at
            if act.status is ActivityStatus.COMPLETED and act.completed_at is None:
                act.completed_at = clock.now()

    # -- deletions and series -------------------------------------------------------------
    def deleted(self, s: Session, mailbox: str, item_id: str, link: L | None) -> int:
        """An item gone from the mailbox, or a whole series (its occurrences' links)."""
        count = self.remote_deleted(s, link) if link is not None and not link.released else 0
        if link is not None and link.released:
            s.delete(link)
        for occurrence in s.scalars(select(L).where(L.mailbox == mailbox,
                                                    L.series_id == item_id)).all():
            count += self.remote_deleted(s, occurrence)
        return count

    def series(self, s: Session, mailbox: str, change: Change) -> int:
        """A series as it stands over the server's window: its occurrences there are all it
        has; an occurrence the CRM holds in that window and the series no longer lists was
        deleted."""
        listed = {o.item_id for o in change.occurrences or []}
        count = sum(self.apply(s, mailbox, Change("update", o.item_id, o))
                    for o in change.occurrences or [])
        for link in s.scalars(select(L).where(L.mailbox == mailbox,
                                              L.series_id == change.item_id)).all():
            act = s.get(E.Activity, link.activity_id) if link.activity_id else None
            inside = act is not None and act.start_at is not None and \
                change.since is not None and act.start_at >= change.since
            if link.item_id not in listed and inside:  # older ones are not listed any more
                count += self.remote_deleted(s, link)
        return count

    @staticmethod
    def remote_deleted(s: Session, link: L) -> int:
        """BR-EX-13: an activity with notes or attributes becomes Not Held, else it goes."""
        act = s.get(E.Activity, link.activity_id) if link.activity_id else None
        s.delete(link)
        if act is None or s.scalar(select(func.count()).select_from(L).where(
                L.activity_id == act.id, L.id != link.id, L.released.is_(False))):
            return 1  # other mailboxes still hold it
        keeps = s.scalar(select(func.count()).select_from(E.Note).where(
            E.Note.object_kind == BusinessObjectKind.ACTIVITY, E.Note.object_id == act.id)) or \
            s.scalar(select(func.count()).select_from(E.AttributeValue).where(
                E.AttributeValue.object_kind == AttributeObjectKind.A,
                E.AttributeValue.object_id == act.id))
        if keeps:
            if act.type is not ActivityType.TASK:
                act.status = ActivityStatus.NOT_HELD
            act.synchronize = False
            s.add(E.Note(object_kind=BusinessObjectKind.ACTIVITY, object_id=act.id,
                         subject="Deleted in Exchange", author=SYNC_USER,
                         body="The item was deleted in Exchange; the activity is kept."))
        else:
            s.delete(act)
        return 1


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]
