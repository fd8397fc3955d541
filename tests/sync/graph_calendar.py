"""The calendar and To Do side of the loopback Graph server: the HTTP handlers of events and
tasks, and what Outlook does to a mailbox. The behaviours and their pages are in graph_mailbox;
this mixin needs the server's lock, id counters, mailboxes and delta pages."""

from __future__ import annotations

import copy
import urllib.parse

from tests.sync.graph_mailbox import (
    CRM_KEY,
    TEAMS_BLOCK,
    GraphError,
    Mailbox,
    all_day_refused,
    as_html,
    body_view,
    moment,
    now_text,
    occurrences,
    utc_value,
)

INTERNAL = ("_copies", "exceptions", "cancelled")
MEETING_FIELDS = ("subject", "body", "start", "end", "isAllDay", "location", "attendees",
                  "originalStartTimeZone")


class Calendar:
    # -- what Outlook does -----------------------------------------------------------------
    def _touch(self, box: Mailbox, folder: str, item: dict, logged: str | None = None) -> None:
        item["lastModifiedDateTime"] = now_text()
        version = int(str(item.get("changeKey", "ck0"))[2:] or 0) + 1
        item["changeKey"] = f"ck{version}"
        item["@odata.etag"] = f'W/"{item["id"]}-{version}"'
        box.log.setdefault(folder, []).append((next(self.seq), logged or item["id"]))

    def _new_id(self, prefix: str = "AAkALg") -> str:
        return f"{prefix}{next(self.ids):06}"

    def create(self, address: str, **values) -> str:
        """An event made in Outlook, in the mailbox's own zone unless its times say another."""
        with self.lock:
            box = self.mailbox(address)
            item = {"id": self._new_id(), "iCalUId": f"ical-{next(self.ids)}", "subject": "",
                    "isAllDay": False, "showAs": "busy", "categories": [], "attendees": [],
                    "type": "singleInstance",
                    "originalStartTimeZone": (values.get("start") or {}).get("timeZone", box.zone),
                    "body": {"contentType": "html", "content": ""}, "isOrganizer": True,
                    "organizer": {"emailAddress": {"address": box.address}}, **values}
            box.events[item["id"]] = item
            self._touch(box, "events", item)
            return item["id"]

    def create_series(self, address: str, count: int, **values) -> str:
        """A daily series made in Outlook: ``count`` occurrences from its start."""
        master = self.create(address, **values)
        with self.lock:
            item = self.mailbox(address).events[master]
            start = moment(item["start"])
            item.update(type="seriesMaster", recurrence={
                "pattern": {"type": "daily", "interval": 1},
                "range": {"type": "numbered", "startDate": start.date().isoformat(),
                          "numberOfOccurrences": count}})
            # a calendar view's delta lists a new series as its occurrences
            # (https://learn.microsoft.com/en-us/graph/delta-query-events): log each one, as
            # a change to a series does, or an incremental round would never show them
            box = self.mailbox(address)
            for occurrence in occurrences(item):
                box.log.setdefault("events", []).append((next(self.seq), occurrence["id"]))
            return master

    def online_meeting(self, address: str, item_id: str) -> None:
        """Outlook makes the event a Teams meeting: the join block goes into its body."""
        with self.lock:
            box = self.mailbox(address)
            item = box.events[item_id]
            join = f"https://teams.microsoft.com/l/meetup-join/{item_id}"
            content = as_html(item.get("body") or {}).replace(
                "</body></html>", TEAMS_BLOCK.format(join=join) + "</body></html>")
            if "</body></html>" not in content:
                content += TEAMS_BLOCK.format(join=join)
            item.update(isOnlineMeeting=True, onlineMeetingProvider="teamsForBusiness",
                        onlineMeeting={"joinUrl": join},
                        body={"contentType": "html", "content": content})
            self._touch(box, "events", item)

    def edit(self, address: str, item_id: str, **values) -> None:
        with self.lock:
            box = self.mailbox(address)
            if item_id in box.tasks:
                box.tasks[item_id].update(values)
                return self._touch(box, "tasks", box.tasks[item_id])
            self._change(box, item_id, values)

    def respond(self, address: str, item_id: str, attendee: str, response: str) -> None:
        with self.lock:
            box = self.mailbox(address)
            item = box.events[item_id]
            for party in item.get("attendees", []):
                if party["emailAddress"]["address"] == attendee:
                    party["status"] = {"response": response, "time": now_text()}
            self._touch(box, "events", item)

    def delete(self, address: str, item_id: str) -> None:
        with self.lock:
            box = self.mailbox(address)
            if item_id in box.tasks:
                box.tasks.pop(item_id)
                box.log.setdefault("tasks", []).append((next(self.seq), item_id))
                return
            self._remove(box, item_id)

    def create_task(self, address: str, **values) -> str:
        """A task made in To Do, its due day in the mailbox's zone."""
        with self.lock:
            box = self.mailbox(address)
            item = {"id": self._new_id("AAkALt"), "title": "", "status": "notStarted",
                    "importance": "normal", "body": {"contentType": "text", "content": ""},
                    **values}
            box.tasks[item["id"]] = item
            self._touch(box, "tasks", item)
            return item["id"]

    def crm_key(self, address: str, item_id: str) -> str:
        box = self.mailbox(address)
        if item_id in box.tasks:
            return next((r["externalId"] for r in box.tasks[item_id].get("linkedResources", [])),
                        "")
        return box.properties.get(item_id, {}).get(CRM_KEY, "")

    def instances(self, address: str) -> list[dict]:
        """What the calendar shows: single events, and each series' occurrences."""
        box = self.mailbox(address)
        found = []
        for item in list(box.events.values()):
            found.extend(occurrences(item) if item.get("type") == "seriesMaster" else [item])
        return found

    # -- events: the rules of a change -----------------------------------------------------
    def _instance(self, box: Mailbox, item_id: str) -> dict | None:
        """An event, a series master, or an occurrence of one (by its id)."""
        if item_id in box.events:
            return box.events[item_id]
        master = box.events.get(item_id.rsplit("_", 1)[0])
        if master is None or master.get("type") != "seriesMaster":
            return None
        return next((o for o in occurrences(master) if o["id"] == item_id), None)

    def _existing(self, box: Mailbox, item_id: str) -> dict:
        found = self._instance(box, item_id)
        if found is None:
            raise GraphError(404, "ErrorItemNotFound", "The specified object was not found "
                                                       "in the store.")
        return found

    def _change(self, box: Mailbox, item_id: str, values: dict) -> dict:
        item = self._existing(box, item_id)
        refused = all_day_refused({**item, **values})
        if refused:
            raise GraphError(400, "ErrorInvalidRequest", refused)
        if item.get("seriesMasterId") and item_id not in box.events:  # becomes an exception
            master = box.events[item["seriesMasterId"]]
            master.setdefault("exceptions", {}).setdefault(item_id, {}).update(values)
            self._touch(box, "events", master, logged=item_id)
            return self._instance(box, item_id)
        item.update(values)
        if item.get("type") == "seriesMaster":  # every occurrence changed
            for occurrence in occurrences(item):
                box.log.setdefault("events", []).append((next(self.seq), occurrence["id"]))
        self._touch(box, "events", item)
        self._update_copies(box, item)
        return item

    def _remove(self, box: Mailbox, item_id: str) -> dict:
        item = self._existing(box, item_id)
        if item_id not in box.events:  # an occurrence: cancelled in its series
            master = box.events[item["seriesMasterId"]]
            master.setdefault("cancelled", []).append(item_id)
            self._touch(box, "events", master, logged=item_id)
            return item
        for occurrence in occurrences(item) if item.get("type") == "seriesMaster" else []:
            box.log.setdefault("events", []).append((next(self.seq), occurrence["id"]))
        box.events.pop(item_id)
        box.properties.pop(item_id, None)
        box.log.setdefault("events", []).append((next(self.seq), item_id))
        return item

    def _tell_attendees(self, box: Mailbox, item: dict) -> bool:
        """The organizer's meeting is gone: each attendee is sent a cancellation, and an
        employee's copy says it is cancelled."""
        if not (item.get("attendees") and item.get("isOrganizer", True)):
            return False
        self.cancellations.append((box.address, item["id"]))
        for address, copy_id in (item.get("_copies") or {}).items():
            other = self.mailbox(address)
            if copy_id in other.events:
                copied = other.events[copy_id]
                copied.update(isCancelled=True, subject=f"Canceled: {copied.get('subject', '')}")
                self._touch(other, "events", copied)
        return True

    def _update_copies(self, box: Mailbox, item: dict) -> None:
        """The organizer's meeting changed: Exchange updates each employee attendee's copy
        (same iCalUId), making one for an attendee who has none yet."""
        if not item.get("attendees") or not item.get("isOrganizer", True) or not box.internal:
            return
        copies = item.setdefault("_copies", {})
        for attendee in item["attendees"]:
            address = attendee["emailAddress"]["address"]
            other = self.mailbox(address)
            if not other.internal or address.lower() == box.address.lower():
                continue
            copied = other.events.get(copies.get(address, ""))
            if copied is None:
                copied = {"id": self._new_id(), "iCalUId": item["iCalUId"], "categories": [],
                          "type": "singleInstance", "isOrganizer": False,
                          "organizer": {"emailAddress": {"address": box.address}},
                          "responseStatus": {"response": "notResponded"}, "showAs": "tentative"}
                copies[address] = copied["id"]
                other.events[copied["id"]] = copied
            copied.update(copy.deepcopy({k: item[k] for k in MEETING_FIELDS if k in item}))
            self._touch(other, "events", copied)

    # -- events over HTTP ------------------------------------------------------------------
    def _view(self, box: Mailbox, item: dict, query: dict) -> dict:
        view = {k: copy.deepcopy(v) for k, v in item.items() if k not in INTERNAL}
        view["body"] = body_view(item.get("body") or {}, self.text_bodies)
        for name in ("start", "end"):
            if item.get(name):
                view[name] = utc_value(moment(item[name]))
        if "singleValueExtendedProperties" in query.get("$expand", ""):
            view["singleValueExtendedProperties"] = [
                {"id": key, "value": value}
                for key, value in box.properties.get(item.get("seriesMasterId") or item["id"],
                                                     {}).items()]
        if query.get("$select"):
            keep = {"id", "@odata.etag", *query["$select"].split(",")}
            view = {k: v for k, v in view.items() if k in keep or k.startswith("@")}
        return view

    def _list_events(self, box, body, query):
        events = list(box.events.values())
        wanted = query.get("$filter", "")
        if "singleValueExtendedProperties" in wanted:  # ep/value eq 'CRM-...'
            value = wanted.rsplit("ep/value eq '", 1)[-1].split("'")[0]
            events = [e for e in events if box.properties.get(e["id"], {}).get(CRM_KEY) == value]
        values = [self._view(box, e, query) for e in events]
        return 200, {"@odata.count": len(values), "value": values[:int(query.get("$top", 10))]}

    def _create_event(self, box, body, query):
        transaction = body.get("transactionId")
        for item in box.events.values():
            if transaction and item.get("transactionId") == transaction:
                return 201, self._view(box, item, query)  # a retried create
        refused = all_day_refused(body)
        if refused:
            raise GraphError(400, "ErrorInvalidRequest", refused)
        item = {"id": self._new_id(), "iCalUId": f"ical-{next(self.ids)}", "attendees": [],
                "type": "singleInstance", "isOrganizer": True,
                "organizer": {"emailAddress": {"address": box.address}},
                "originalStartTimeZone": (body.get("start") or {}).get("timeZone", "UTC")}
        self._store(box, item, body)
        box.events[item["id"]] = item
        self._touch(box, "events", item)
        self._update_copies(box, item)
        return 201, self._view(box, item, query)

    def _store(self, box: Mailbox, item: dict, body: dict) -> None:
        """A request's values as the event keeps them (``body`` is made so)."""
        for prop in body.pop("singleValueExtendedProperties", None) or []:
            box.properties.setdefault(item["id"], {})[prop["id"].lower()] = prop["value"]
        if "attendees" in body:
            known = {a["emailAddress"]["address"]: a.get("status") for a in
                     item.get("attendees", [])}
            for attendee in body["attendees"]:
                attendee["status"] = known.get(attendee["emailAddress"]["address"]) or \
                    {"response": "none", "time": "0001-01-01T00:00:00Z"}
            if body["attendees"]:
                self.invitations.append((box.address, item["id"]))
            # "an event update that includes only the attendees property ... sends a meeting
            # update to only the attendees that have changed"; with other properties, to all
            # (https://learn.microsoft.com/en-us/graph/api/event-update)
            kept = {a["emailAddress"]["address"] for a in body["attendees"]}
            self.removed.extend((address, set(body) == {"attendees"})
                                for address in known if address not in kept)
        if "start" in body:
            body["originalStartTimeZone"] = body["start"].get("timeZone", "UTC")
        item.update(body)

    def _get_event(self, box, body, query, item_id):
        return 200, self._view(box, self._existing(box, item_id), query)

    def _update_event(self, box, body, query, item_id):
        item = self._existing(box, item_id)
        if "body" in body:
            self.body_writes[item_id] += 1
        values = dict(body)
        self._store(box, dict(item), values)
        return 200, self._view(box, self._change(box, item_id, values), query)

    def _delete_event(self, box, body, query, item_id):
        item = self._remove(box, item_id)
        self._tell_attendees(box, item)
        return 204, None

    def _cancel_event(self, box, body, query, item_id):
        item = self._existing(box, item_id)
        if (item.get("organizer") or {}).get("emailAddress", {}).get("address") != box.address:
            raise GraphError(400, "ErrorInvalidRequest", "Your request can't be completed. "
                                                         "You need to be an organizer to cancel "
                                                         "a meeting.")
        self._remove(box, item_id)
        self._tell_attendees(box, item)
        return 202, None

    def _event_delta(self, box, body, query):
        since, until = moment({"dateTime": query.get("startDateTime", "0001-01-01T00:00:00")
                               .rstrip("Z")}), \
            moment({"dateTime": query.get("endDateTime", "9999-01-01T00:00:00").rstrip("Z")})

        def visible(item: dict) -> bool:
            start, end = moment(item.get("start")), moment(item.get("end"))
            if start is None:
                return True
            return start < until and (end or start) > since

        def row(item: dict) -> dict:
            if item.get("type") == "occurrence":  # sparse, as the calendar view lists them
                return {"@odata.type": "#microsoft.graph.event", "id": item["id"],
                        "seriesMasterId": item["seriesMasterId"], "type": "occurrence",
                        "start": utc_value(moment(item["start"])),
                        "end": utc_value(moment(item["end"]))}
            return self._view(box, item, {})

        def rows_of(ids):
            if ids is None:
                return [row(i) for i in self.instances(box.address) if visible(i)]
            found = []
            for item_id in ids:
                item = self._instance(box, item_id)
                if item is not None and item.get("type") == "seriesMaster":
                    continue  # its occurrences are logged on their own
                found.append(row(item) if item is not None and visible(item) else
                             {"id": item_id, "@removed": {"reason": "deleted"}})
            return found

        return self.delta_page(box, "events", rows_of, query,
                               f"/users/{urllib.parse.quote(box.address)}/calendarView/delta")

    # -- To Do -----------------------------------------------------------------------------
    def _lists(self, box, body, query):
        return 200, {"value": [{"id": box.list_id, "displayName": "Tasks",
                                "wellknownListName": "defaultList"},
                               {"id": "Lother", "displayName": "Groceries",
                                "wellknownListName": "none"}]}

    def _task(self, box: Mailbox, list_id: str, task_id: str) -> dict:
        if list_id != box.list_id or task_id not in box.tasks:
            raise GraphError(404, "ErrorItemNotFound", "The specified object was not found.")
        return box.tasks[task_id]

    def _task_view(self, item: dict, expand: bool) -> dict:
        view = copy.deepcopy(item)
        if not expand:
            view.pop("linkedResources", None)
        if item.get("dueDateTime"):  # the day's midnight where it was set, in UTC
            view["dueDateTime"] = utc_value(moment(item["dueDateTime"]))
        view["body"] = body_view(item.get("body") or {}, self.text_bodies)
        return view

    def _create_task(self, box, body, query, list_id):
        if list_id != box.list_id:
            raise GraphError(404, "ErrorItemNotFound", "No such list.")
        item = {"id": self._new_id("AAkALt"), **body}
        box.tasks[item["id"]] = item
        self._touch(box, "tasks", item)
        return 201, self._task_view(item, True)

    def _get_task(self, box, body, query, list_id, task_id):
        return 200, self._task_view(self._task(box, list_id, task_id),
                                    "linkedResources" in query.get("$expand", ""))

    def _update_task(self, box, body, query, list_id, task_id):
        item = self._task(box, list_id, task_id)
        item.update(body)
        self._touch(box, "tasks", item)
        return 200, self._task_view(item, False)

    def _delete_task(self, box, body, query, list_id, task_id):
        self._task(box, list_id, task_id)
        self.delete(box.address, task_id)
        return 204, None

    def _task_delta(self, box, body, query, list_id):
        if list_id != box.list_id:
            raise GraphError(404, "ErrorItemNotFound", "No such list.")

        def rows_of(ids):
            if ids is None:
                return [self._task_view(t, False) for t in box.tasks.values()]
            return [self._task_view(box.tasks[i], False) if i in box.tasks else
                    {"id": i, "@removed": {"reason": "deleted"}} for i in ids]

        return self.delta_page(box, "tasks", rows_of, query,
                               f"/users/{urllib.parse.quote(box.address)}/todo/lists/{list_id}"
                               "/tasks/delta")

