"""The item operations of the loopback EWS server (CreateItem, GetItem, UpdateItem, DeleteItem,
FindItem with a calendar view) and what Outlook does to a series, as ews_calendar says Exchange
treats them: meeting copies and cancellations, all-day midnights, occurrences and exceptions.
A mixin of EwsServer: it needs its lock, counters, mailboxes and the request's zone."""

from __future__ import annotations

import copy
import datetime as dt

from lxml import etree

from tests.sync import ews_calendar as C
from tests.sync.ews_store import (
    ITEM_FOLDER,
    NS,
    Item,
    M,
    Mailbox,
    apply_update,
    error,
    response_messages,
    store_fields,
    success,
    t,
    text_element,
)

NOT_FOUND = "The specified object was not found in the store."


class ItemOperations:
    # -- Outlook ---------------------------------------------------------------------------
    def create_series(self, address: str, start: dt.datetime, count: int, **texts: str) -> str:
        """A daily series made in Outlook: its master, ``count`` occurrences from ``start``."""
        length = dt.timedelta(hours=1)
        item_id = self.create(address, "CalendarItem", Start=C.utc_text(start),
                              End=C.utc_text(start + length), **texts)
        with self.lock:
            master = self.mailbox(address).items[item_id]
            master.fields["CalendarItemType"] = C.text_element("CalendarItemType",
                                                             "RecurringMaster")
            master.fields["Recurrence"] = C.recurrence_element(start.date(), count)
            return item_id

    def occurrence_ids(self, address: str, master_id: str) -> list[str]:
        master = self.mailbox(address).items[master_id]
        return [o for o, _ in self._occurrences(master)]

    # -- occurrences -----------------------------------------------------------------------
    @staticmethod
    def _occurrences(master: Item) -> list[tuple[str, dict]]:
        """Each occurrence's id and fields (the master's, its day's times, its exception)."""
        start, end = C.parse(master.text("Start")), C.parse(master.text("End"))
        found = []
        for day in C.occurrence_days(master.fields):
            occurrence_id = f"{master.id}_occ_{day:%Y%m%d}"
            if occurrence_id in master.deleted_occurrences:
                continue
            shift = dt.timedelta(days=(day - start.date()).days)
            fields = {k: copy.deepcopy(v) for k, v in master.fields.items()
                      if k not in ("Recurrence", "CalendarItemType")}
            changed = master.exceptions.get(occurrence_id)
            fields["CalendarItemType"] = C.text_element("CalendarItemType",
                                                      "Exception" if changed else "Occurrence")
            fields["Start"] = C.text_element("Start", C.utc_text(start + shift))
            fields["End"] = C.text_element("End", C.utc_text(end + shift))
            fields.update(copy.deepcopy(changed or {}))
            found.append((occurrence_id, fields))
        return found

    def _find(self, box: Mailbox, item_id: str) -> tuple[Item | None, dict | None]:
        """An item, or an occurrence as (its master, its fields)."""
        if item_id in box.items:
            return box.items[item_id], None
        master = box.items.get(item_id.split("_occ_")[0])
        if master is None or "Recurrence" not in master.fields:
            return None, None
        fields = dict(self._occurrences(master)).get(item_id)
        return (master, fields) if fields is not None else (None, None)

    # -- meetings --------------------------------------------------------------------------
    def _invite(self, box: Mailbox, item: Item) -> None:
        """Invitations went out: each employee attendee gets (or sees updated) their copy."""
        if not C.attendee_addresses(item.fields):
            return
        self.invitations.append((box.address, item.id))
        for address in C.attendee_addresses(item.fields):
            if not C.internal(address) or address.lower() == box.address.lower():
                continue
            other = self.mailbox(address)
            copied = other.items.get(item.copies.get(address, ""))
            if copied is None:
                copied = Item(f"AAMk{next(self.ids)}", "CalendarItem", "calendar")
                copied.fields["UID"] = copy.deepcopy(item.fields["UID"])
                item.copies[address] = copied.id
                other.items[copied.id] = copied
                change = "Create"
            else:
                copied.touch()
                change = "Update"
            copied.fields.update({k: copy.deepcopy(v) for k, v in item.fields.items()
                                  if k in C.MEETING_FIELDS})
            copied.set_modified()
            other.log("calendar", change, copied.id, next(self.seq))

    def _cancel(self, box: Mailbox, item: Item) -> None:
        """Cancellations went out: each attendee is told, an employee's copy says so."""
        if not C.attendee_addresses(item.fields):
            return
        self.cancellations.append((box.address, item.id))
        for address, copy_id in item.copies.items():
            other = self.mailbox(address)
            copied = other.items.get(copy_id)
            if copied is not None:
                copied.set_text("IsCancelled", "true")
                copied.set_text("Subject", f"Canceled: {copied.text('Subject') or ''}")
                other.log("calendar", "Update", copied.id, next(self.seq))

    # -- operations ------------------------------------------------------------------------
    def op_CreateItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("CreateItem")
        box = self.mailbox(impersonated or self.credentials[0])
        disposition = op.get("MessageDisposition")
        for element in op.find("m:Items", NS):
            kind = etree.QName(element).localname
            folder = ITEM_FOLDER[kind]
            item = Item(f"AAMk{next(self.ids)}", kind, folder)
            store_fields(item, element)
            if kind == "CalendarItem":
                if "UID" not in item.fields:
                    item.set_text("UID", f"uid-{item.id}")
                item.fields["Organizer"] = C.organizer_element(box.address)
                C.whole_days(item.fields)
            item.set_modified()
            if kind == "Message" and disposition in ("SendOnly", "SendAndSaveCopy"):
                box.sent.append(item)
            box.items[item.id] = item
            box.log(folder, "Create", item.id, next(self.seq))
            if kind == "CalendarItem" and op.get("SendMeetingInvitations") in C.SENDS:
                self._invite(box, item)
            message = success(messages, "CreateItem")
            items = etree.SubElement(message, f"{{{M}}}Items")
            created = etree.SubElement(items, t(kind))
            etree.SubElement(created, t("ItemId"), Id=item.id, ChangeKey=item.change_key)
        return response

    def op_GetItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("GetItem")
        box = self.mailbox(impersonated or self.credentials[0])
        for item_id in op.find("m:ItemIds", NS):
            item, fields = self._find(box, item_id.get("Id"))
            if item is None:
                error(messages, "GetItem", "ErrorItemNotFound", NOT_FOUND)
                continue
            message = success(messages, "GetItem")
            etree.SubElement(message, f"{{{M}}}Items").append(
                item.to_xml(self.where, fields, item_id.get("Id") if fields else ""))
        return response

    def op_UpdateItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("UpdateItem")
        box = self.mailbox(impersonated or self.credentials[0])
        sends = op.get("SendMeetingInvitationsOrCancellations") in C.SENDS
        for change in op.find("m:ItemChanges", NS):
            item_id = change.find("t:ItemId", NS).get("Id")
            item, fields = self._find(box, item_id)
            if item is None:
                error(messages, "UpdateItem", "ErrorItemNotFound", NOT_FOUND)
                continue
            target = Item(item_id, item.kind, item.folder, dict(fields)) if fields else item
            for update in change.find("t:Updates", NS):
                apply_update(target, update)
                if update[0].get("FieldURI") == "item:Body":
                    self.body_writes[item_id] += 1
            if item.kind == "CalendarItem":
                C.whole_days(target.fields)
            if fields:  # an occurrence changed alone becomes an exception of its series
                item.exceptions[item_id] = {k: v for k, v in target.fields.items()
                                            if k in C.MOMENTS or k in C.MEETING_FIELDS}
            item.touch()
            box.log(item.folder, "Update", item.id, next(self.seq))
            if item.kind == "CalendarItem" and sends and not fields:
                self._invite(box, item)
            message = success(messages, "UpdateItem")
            updated = etree.SubElement(etree.SubElement(message, f"{{{M}}}Items"), t(item.kind))
            etree.SubElement(updated, t("ItemId"), Id=item_id, ChangeKey=item.change_key)
            etree.SubElement(message, f"{{{M}}}ConflictResults").append(
                text_element("Count", "0"))
        return response

    def op_DeleteItem(self, op, impersonated):  # noqa: N802
        response, messages = response_messages("DeleteItem")
        box = self.mailbox(impersonated or self.credentials[0])
        cancels = op.get("SendMeetingCancellations") in C.SENDS
        for element in op.find("m:ItemIds", NS):
            item_id = element.get("Id")
            item, fields = self._find(box, item_id)
            if item is None:
                error(messages, "DeleteItem", "ErrorItemNotFound", NOT_FOUND)
                continue
            if fields:  # an occurrence: deleted from its series
                item.deleted_occurrences.add(item_id)
                item.touch()
                box.log(item.folder, "Update", item.id, next(self.seq))
            else:
                box.items.pop(item_id)
                box.log(item.folder, "Delete", item.id, next(self.seq))
                if cancels and item.kind == "CalendarItem":
                    self._cancel(box, item)
            success(messages, "DeleteItem")
        return response

    def op_FindItem(self, op, impersonated):  # noqa: N802
        """Every item of the folder; with a calendar view, the items and occurrences that
        overlap its dates (a series as its occurrences)."""
        response, messages = response_messages("FindItem")
        folder_id = op.find("m:ParentFolderIds", NS)[0]
        box = self._box(folder_id, impersonated)
        name = folder_id.get("Id").split(":")[-1]
        view = op.find("m:CalendarView", NS)
        rows = [(i, None, "") for i in box.in_folder(name)]
        if view is not None:
            since, until = C.parse(view.get("StartDate")), C.parse(view.get("EndDate"))
            rows = [row for item, _, _ in rows for row in self._expanded(item)
                    if C.parse((row[1] or item.fields)["Start"].text) < until and
                    C.parse((row[1] or item.fields)["End"].text) > since]
        message = success(messages, "FindItem")
        root = etree.SubElement(message, f"{{{M}}}RootFolder", TotalItemsInView=str(len(rows)),
                                IncludesLastItemInRange="true")
        items = etree.SubElement(root, t("Items"))
        for item, fields, item_id in rows:
            items.append(item.to_xml(self.where, fields, item_id))
        return response

    def _expanded(self, item: Item) -> list[tuple[Item, dict | None, str]]:
        if "Recurrence" not in item.fields:
            return [(item, None, "")] if "Start" in item.fields else []
        return [(item, fields, occurrence_id) for occurrence_id, fields in
                self._occurrences(item)]
