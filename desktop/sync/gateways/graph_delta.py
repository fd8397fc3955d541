"""Reading a mailbox through Microsoft Graph: calendar view delta rounds over a window of dates,
To Do task delta rounds, and what Graph's documentation says a client must do with them.

- A calendar view delta round is bound to the dates it was opened with, and answers
  ``@removed`` (reason "deleted") for an event that merely left that range as well as for one
  deleted (https://learn.microsoft.com/en-us/graph/api/event-delta: filter the events under
  @removed for the date range). So a removed event is read before it is taken for deleted, and
  the window follows time: a round is opened again before its window falls behind, or when the
  CRM holds an event beyond it. The state kept is the delta link with its window.
- A calendar view expands series: it answers occurrences as sparse rows (id, seriesMasterId,
  type, start, end) and exceptions in full
  (https://learn.microsoft.com/en-us/graph/delta-query-events). Each series is read once,
  twenty to a $batch, never one request per occurrence.
- A delta link the server forgot answers 410 Gone (syncStateNotFound): a new round starts at
  once (https://learn.microsoft.com/en-us/graph/delta-query-overview, "Synchronization reset").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from desktop.crm import clock
from desktop.sync.contract import Change
from desktop.sync.gateways import graph_items as G
from desktop.sync.gateways.graph_http import GraphError, error_of

EXPAND_TASK = "linkedResources"
BACK = dt.timedelta(days=38)  # a month back, and a week of margin
AHEAD = dt.timedelta(days=430)  # beyond the farthest a salesperson plans
LAG = dt.timedelta(days=7)  # how far the window may fall behind before a new round opens


@dataclass(frozen=True)
class Window:
    """A calendar view delta round: its link and the dates it was opened with."""
    link: str
    since: dt.datetime
    until: dt.datetime

    @classmethod
    def parse(cls, state: str) -> Window | None:
        try:
            data = json.loads(state) if state.startswith("{") else None
        except ValueError:
            data = None
        if not data:
            return None  # none yet, or a link kept before windows were (a new round opens)
        return cls(data["link"], dt.datetime.fromisoformat(data["since"]),
                   dt.datetime.fromisoformat(data["until"]))

    @classmethod
    def open(cls, now: dt.datetime, horizon: dt.datetime | None) -> Window:
        day = now.replace(hour=0, minute=0, second=0, microsecond=0)
        until = max(day + AHEAD, (horizon or day) + dt.timedelta(days=31))
        return cls("", day - BACK, until.replace(hour=0, minute=0, second=0, microsecond=0))

    def behind(self, now: dt.datetime, horizon: dt.datetime | None) -> bool:
        return self.since < now - BACK - LAG or self.until < now + AHEAD - LAG or \
            (horizon is not None and horizon >= self.until)

    def text(self, link: str) -> str:
        return json.dumps({"link": link, "since": self.since.isoformat(),
                           "until": self.until.isoformat()})

    def start_url(self, user: str) -> str:
        def z(moment: dt.datetime) -> str:
            return moment.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return f"{user}/calendarView/delta?startDateTime={z(self.since)}" \
               f"&endDateTime={z(self.until)}"


class GraphReader:
    """The pull half of the Graph gateway (``gateway`` gives the HTTP client and paths)."""

    def __init__(self, gateway) -> None:
        self.gateway, self.http = gateway, gateway.http

    def events(self, mailbox: str, state: str,
               horizon: dt.datetime | None) -> tuple[list[Change], str]:
        now, user = clock.now(), self.gateway.user_path(mailbox)
        window, rows = Window.parse(state), []
        if window is not None and window.behind(now, horizon):
            rows = self._drain(window)  # what changed under the old dates, @removed included
            window = None
        if window is None:
            window = Window.open(now, horizon)
        try:
            more, link = self.delta(window.link or window.start_url(user))
        except GraphError as error:
            if not (error.restart and window.link):
                raise
            window = Window.open(now, horizon)
            more, link = self.delta(window.start_url(user))
        return self.event_changes(mailbox, rows + more), window.text(link)

    def _drain(self, window: Window) -> list[dict]:
        """The changes the old round still holds, before a new round opens over other dates
        (an event that left them meanwhile would not be in the new round at all)."""
        try:
            return self.delta(window.link)[0] if window.link else []
        except GraphError as error:
            if error.restart:
                return []
            raise

    def tasks(self, mailbox: str, state: str) -> tuple[list[Change], str]:
        start = f"{self.gateway.task_list_path(mailbox)}/tasks/delta"
        link = state if state.startswith(("https://", "http://")) else ""
        try:
            rows, new_state = self.delta(link or start)
        except GraphError as error:
            if not (error.restart and link):
                raise
            rows, new_state = self.delta(start)
        return self.task_changes(mailbox, rows), new_state

    def delta(self, url: str) -> tuple[list[dict], str]:
        rows, delta_link = [], ""
        for page in self.http.pages(url):
            rows.extend(page.get("value", []))
            delta_link = page.get("@odata.deltaLink", delta_link)
        return rows, delta_link

    # -- events ----------------------------------------------------------------------------
    def event_changes(self, mailbox: str, rows: list[dict]) -> list[Change]:
        """Delta rows as changes: a removed event read back (it may only have left the
        window), each series read once for its sparse occurrences."""
        removed = [r["id"] for r in rows if "@removed" in r]
        sparse = [r for r in rows if "@removed" not in r and r.get("type") == "occurrence"
                  and "subject" not in r]
        sparse_ids = {r["id"] for r in sparse}
        masters = list(dict.fromkeys(r["seriesMasterId"] for r in sparse))
        user = self.gateway.user_path(mailbox)
        answers = self.http.batch([{"method": "GET", "url": f"{user}/events/{i}"}
                                   for i in removed + masters])
        found = dict(zip(removed + masters, answers))
        changes = []
        for item_id in removed:
            answer = found[item_id]
            if answer.status == 404:
                changes.append(Change("delete", item_id))
            elif not answer.ok:
                raise error_of(answer.status, answer.body, answer.headers)
            elif answer.body.get("type") != "seriesMaster":  # only out of the window
                changes.append(Change("update", item_id, G.from_event(answer.body)))
        for row in rows:
            if "@removed" in row or row.get("type") == "seriesMaster":
                continue
            if row["id"] in sparse_ids:
                changes.append(self._occurrence(found[row["seriesMasterId"]], row))
            else:
                changes.append(Change("update", row["id"], G.from_event(row)))
        return changes

    @staticmethod
    def _occurrence(master, row: dict) -> Change:
        if master.status == 404:  # the series is gone: so is each occurrence
            return Change("delete", row["id"])
        if not master.ok:
            raise error_of(master.status, master.body, master.headers)
        return Change("update", row["id"], G.from_event(G.occurrence(master.body, row)))

    # -- tasks -----------------------------------------------------------------------------
    def task_changes(self, mailbox: str, rows: list[dict]) -> list[Change]:
        """A task's delta row cannot expand its linked resource (the CRM key): each task
        that changed is read again with it, twenty to a request."""
        list_id = self.gateway.task_list(mailbox)
        changes, reread = [], []
        for row in rows:
            item_id = f"{G.TASK}{list_id}|{row['id']}"
            if "@removed" in row:
                changes.append(Change("delete", item_id))
            else:
                reread.append(item_id)
        answers = self.http.batch([
            {"method": "GET", "url": self.gateway.task_path(mailbox, i) +
             f"?$expand={EXPAND_TASK}"} for i in reread])
        for item_id, answer in zip(reread, answers):
            if answer.status == 404:
                continue  # deleted since: the next round says so
            if not answer.ok:
                raise error_of(answer.status, answer.body, answer.headers)
            changes.append(Change("update", item_id, G.from_task(answer.body, item_id)))
        return changes
