"""The agenda's time grid: days in columns, the 24 hours of each down a canvas that scrolls,
each activity a widget at its local time, side by side with those it overlaps (agenda_layout).
An activity is opened by a double-click, moved by dragging it (to another hour or day) and
lengthened or shortened by dragging its lower edge, both by quarters of an hour.

The keyboard does the same (issue 40): the agenda is one Tab stop, the activity in focus;
arrows go from one activity to the next (Up/Down in time, Left/Right to the other days),
Enter opens it, Ctrl+arrows move it by a quarter of an hour or a day, Ctrl+Shift+Up/Down
shorten or lengthen it."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMdiSubWindow, QWidget

from desktop.crm import clock
from desktop.crm.enums import ActivityType as T
from desktop.models.columns import translate_enum
from desktop.views.activities.agenda_layout import MINUTES_PER_DAY, Span, lay_out
from desktop.views.activities.type_icons import type_icon
from desktop.widgets import colours

HOUR_PX = 48
GUTTER = 52  # the hours' column
SNAP = 15  # minutes
EDGE = 6  # pixels at an item's foot that resize it
ARROWS = (Qt.Key_Up, Qt.Key_Down, Qt.Key_Left, Qt.Key_Right)
BORDERS = {T.APPOINTMENT: "#5b8fd0", T.CALL: "#5fa35a", T.TASK: "#d0a040"}


def item_colours(kind: T) -> tuple[str, str]:
    """An activity's (text, background): fixed pairs from widgets/colours, held to 4.5:1 by
    the contrast test; the text is set too, so a dark palette's light text never lands on
    the pale background."""
    key = kind.name.lower() if kind.name.lower() in colours.AGENDA else "other"
    return colours.AGENDA_TEXT, colours.AGENDA[key]


def time_text(moment: dt.datetime | dt.time) -> str:
    """A time of day in the user's locale (07:00, 7:00 AM), at local time."""
    local = moment.astimezone().time() if isinstance(moment, dt.datetime) else moment
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.ShortFormat)


def minutes_of(moment: dt.datetime) -> int:
    """Minutes since the local midnight of the moment's own day (drawn at local time)."""
    local = moment.astimezone()
    return local.hour * 60 + local.minute


class AgendaItem(QFrame):
    """One activity: its type's icon, its time, subject and partner, in its type's colours.
    It takes focus (one at a time is a Tab stop: the canvas moves that stop with the arrows)
    and is said as its type, time, subject and partner."""

    def __init__(self, entry: dict, canvas: DayCanvas) -> None:
        super().__init__(canvas)
        self.entry, self.canvas = entry, canvas
        self.setObjectName(f"agenda_item_{entry['id']}")
        self.setFocusPolicy(Qt.ClickFocus)
        text, background = item_colours(entry["type"])
        border = BORDERS.get(entry["type"], "#8899aa")
        self.setStyleSheet(f"AgendaItem {{ background: {background}; border: 1px solid {border};"
                           f" border-left: 4px solid {border}; border-radius: 3px; }}"
                           f" AgendaItem:focus {{ border: 2px solid {colours.AGENDA_FOCUS};"
                           f" border-left: 4px solid {colours.AGENDA_FOCUS}; }}"
                           f" AgendaItem QLabel {{ color: {text}; }}")
        self.icon = QLabel(self)
        size = self.fontMetrics().height() - 3
        self.icon.setPixmap(type_icon(entry["type"]).pixmap(QSize(size, size)))
        self.icon.setAlignment(Qt.AlignTop)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.RichText)  # the time in bold; a subject's "&" is text
        self.label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        for part in (self.icon, self.label):
            part.setAttribute(Qt.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 2, 1)
        layout.setSpacing(3)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.resizable = entry["type"] is not T.TASK and entry.get("end") is not None
        self._drag: tuple[str, QPoint, QRect] | None = None
        self.setMouseTracking(True)
        self.retranslate()

    def retranslate(self) -> None:
        entry = self.entry
        end = entry.get("end")
        self.span = time_text(entry["when"]) + (f"–{time_text(end)}" if end is not None else "")
        kind = translate_enum(entry["type"])
        day = QLocale().toString(entry["when"].astimezone().date(), "dddd d MMMM")
        self.setToolTip(f"{kind} {entry['code']}, {self.span}: {entry['subject']}"
                        + (f"\n{entry['bp']}" if entry["bp"] else ""))
        self.setAccessibleName(", ".join(part for part in (
            kind, day, self.span, entry["subject"], entry["bp"]) if part))
        self.setAccessibleDescription(QCoreApplication.translate(
            "AgendaItem", "Enter opens it; arrows go to the other activities; Ctrl+arrows move"
            " it by a quarter of an hour or a day; Ctrl+Shift+Up or Down shortens or"
            " lengthens it"))
        self._fill()

    def _fill(self) -> None:
        """Time, subject and partner in the lines the item has room for: whole lines only
        (never the top half of one), cut with "…" where they run out; a narrow item beside
        others keeps its start time, or only its subject (its time is where it is drawn)."""
        entry, label = self.entry, self.label
        bold = QFont(label.font())
        bold.setBold(True)
        plain_metrics, bold_metrics = label.fontMetrics(), QFontMetrics(bold)
        width = max(label.width(), 1)
        rows = max(1, label.height() // plain_metrics.lineSpacing())
        time = next((t for t in (self.span, time_text(entry["when"]))
                     if bold_metrics.horizontalAdvance(t) <= width), "")
        if rows == 1 and time and bold_metrics.horizontalAdvance(time + " ") \
                + plain_metrics.horizontalAdvance("Mmm…") > width:
            time = ""  # one short line: the subject says more than its time
        label.setText(fitted_lines(time, entry["subject"], entry["bp"], width, rows,
                                   plain_metrics, bold_metrics))

    def resizeEvent(self, event) -> None:  # noqa: N802
        one_line = self.height() < 2 * self.fontMetrics().lineSpacing() + 2
        self.label.setAlignment(Qt.AlignLeft | (Qt.AlignVCenter if one_line else Qt.AlignTop))
        self.icon.setAlignment(Qt.AlignVCenter if one_line else Qt.AlignTop)
        super().resizeEvent(event)
        self.layout().activate()  # the label's own size, to fit the lines to
        self._fill()

    # -- the keyboard: open, go to another, move, resize -------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers() & (Qt.ControlModifier | Qt.ShiftModifier)
        if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and not mods:
            self.canvas.open_item(self)
        elif key in ARROWS and mods == Qt.NoModifier:
            self.canvas.step(self, key)
        elif key in ARROWS and mods == Qt.ControlModifier:
            self.canvas.nudge(self, key)
        elif key in (Qt.Key_Up, Qt.Key_Down) and mods == Qt.ControlModifier | Qt.ShiftModifier \
                and self.resizable:
            self.canvas.stretch(self, -SNAP if key == Qt.Key_Up else SNAP)
        elif key in (Qt.Key_Home, Qt.Key_End) and not mods:
            self.canvas.focus_item(self.canvas.ordered()[0 if key == Qt.Key_Home else -1])
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.canvas.make_current(self)
        self.canvas.refocus = False
        super().focusInEvent(event)

    # -- the mouse: open, move, resize ------------------------------------------------------
    def _on_edge(self, pos: QPoint) -> bool:
        return self.resizable and pos.y() >= self.height() - EDGE

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            mode = "resize" if self._on_edge(event.position().toPoint()) else "move"
            self._drag = (mode, event.globalPosition().toPoint(), self.geometry())
            self.raise_()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position().toPoint()
        self.setCursor(Qt.SizeVerCursor if self._drag is None and self._on_edge(pos)
                       or self._drag is not None and self._drag[0] == "resize"
                       else Qt.ArrowCursor)
        if self._drag is not None:
            mode, origin, start = self._drag
            delta = event.globalPosition().toPoint() - origin
            self.setGeometry(self.canvas.dragged(start, delta, mode))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag is not None and event.button() == Qt.LeftButton:
            mode, _origin, start = self._drag
            self._drag = None
            if self.geometry() != start:
                self.canvas.dropped(self, mode)
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self._drag = None
        self.canvas.open_item(self)


class DayCanvas(QWidget):
    """The hours of the shown days, drawn, with the activities as child widgets."""

    openRequested = Signal(int)
    #: (activity id, version, new local start)
    moveRequested = Signal(int, int, object)
    #: (activity id, version, new local end)
    resizeRequested = Signal(int, int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = clock.today()
        self.days = 7
        self.items: list[AgendaItem] = []
        self.current_id: int | None = None  # the activity that is the agenda's Tab stop
        # an activity was opened in a tab of its own: the focus goes back to it when the
        # agenda's tab does, where Qt picks the next control (the item may be drawn anew)
        self.refocus = False
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.setMinimumHeight(24 * HOUR_PX + 1)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.Base)

    # -- geometry ----------------------------------------------------------------------------
    def day_width(self) -> float:
        return max(self.width() - GUTTER, 1) / self.days

    def y_of(self, minutes: int) -> int:
        return round(minutes * HOUR_PX / 60)

    def minutes_at(self, y: int) -> int:
        snapped = round(y * 60 / HOUR_PX / SNAP) * SNAP
        return min(max(snapped, 0), MINUTES_PER_DAY)

    def day_at(self, x: int) -> int:
        return min(max(int((x - GUTTER) // self.day_width()), 0), self.days - 1)

    # -- content -----------------------------------------------------------------------------
    def show_entries(self, entries: list[dict], first: dt.date, days: int) -> None:
        """Draw these activities; the one in focus (moved by the keyboard, say) keeps it."""
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        old = self.items
        self.first, self.days = first, days
        self.items = [AgendaItem(entry, self) for entry in entries
                      if 0 <= (entry["when"].astimezone().date() - first).days < days]
        for item in self.items:
            item.show()
        self.place_items()
        current = self._item(self.current_id) or self._nearest_now()
        self.make_current(current)
        if had_focus and current is not None:
            current.setFocus(Qt.OtherFocusReason)  # before the old one goes: no bounce
        for item in old:
            item.hide()
            item.deleteLater()
        self.update()

    # -- the keyboard --------------------------------------------------------------------------
    def open_item(self, item: AgendaItem) -> None:
        """Open the activity in a tab of its own; back on the agenda, the focus is on it."""
        self.make_current(item)
        self.openRequested.emit(item.entry["id"])
        self.refocus = True

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        frame = _subwindow(self)
        if frame is None:
            return
        inside = [w is not None and (w is frame or frame.isAncestorOf(w)) for w in (old, new)]
        if inside == [False, True] and self.refocus:
            self.refocus = False
            current = self._item(self.current_id)
            if current is not None and new is not current:
                current.setFocus(Qt.OtherFocusReason)

    def _item(self, activity_id: int | None) -> AgendaItem | None:
        return next((i for i in self.items if i.entry["id"] == activity_id), None)

    def _nearest_now(self) -> AgendaItem | None:
        """The Tab stop of a new period: the first activity from now on, else the last."""
        now = clock.now()
        ordered = self.ordered()
        return next((i for i in ordered if i.entry["when"] >= now),
                    ordered[-1] if ordered else None)

    def ordered(self) -> list[AgendaItem]:
        return sorted(self.items, key=lambda i: (i.entry["when"], i.geometry().left()))

    def make_current(self, item: AgendaItem | None) -> None:
        """One activity at a time is a Tab stop (a roving stop): Tab enters the agenda on it
        and leaves from it, whatever the number of activities."""
        self.current_id = item.entry["id"] if item is not None else None
        for other in self.items:
            other.setFocusPolicy(Qt.StrongFocus if other is item else Qt.ClickFocus)

    def focus_item(self, item: AgendaItem) -> None:
        self.make_current(item)
        item.setFocus(Qt.OtherFocusReason)  # scrolled into view (widgets/focus_scroll)

    def step(self, item: AgendaItem, key: int) -> None:
        """Up/Down: the activity before or after in time; Left/Right: the one nearest in
        time of day on the closest earlier or later day that has one."""
        ordered = self.ordered()
        index = ordered.index(item)
        if key in (Qt.Key_Up, Qt.Key_Down):
            index += -1 if key == Qt.Key_Up else 1
            if 0 <= index < len(ordered):
                self.focus_item(ordered[index])
            return
        day = _local_day(item)
        others = [i for i in ordered if (_local_day(i) < day if key == Qt.Key_Left
                                         else _local_day(i) > day)]
        if others:
            target = max(_local_day(i) for i in others) if key == Qt.Key_Left \
                else min(_local_day(i) for i in others)
            that_day = [i for i in others if _local_day(i) == target]
            self.focus_item(min(that_day, key=lambda i: abs(
                minutes_of(i.entry["when"]) - minutes_of(item.entry["when"]))))

    def nudge(self, item: AgendaItem, key: int) -> None:
        """Ctrl+arrows: the activity a quarter of an hour earlier or later, or on the day
        before or after at the same local time; its length kept."""
        entry = item.entry
        local = entry["when"].astimezone()
        if key in (Qt.Key_Left, Qt.Key_Right):
            day = local.date() + dt.timedelta(days=-1 if key == Qt.Key_Left else 1)
            moment = clock.local_moment(day, local.time().replace(tzinfo=None)) \
                .astimezone(dt.UTC)
        else:
            moment = entry["when"] + dt.timedelta(minutes=-SNAP if key == Qt.Key_Up else SNAP)
        self.moveRequested.emit(entry["id"], entry["version"], moment)

    def stretch(self, item: AgendaItem, minutes: int) -> None:
        entry = item.entry
        self.resizeRequested.emit(entry["id"], entry["version"],
                                  entry["end"] + dt.timedelta(minutes=minutes))

    def place_items(self) -> None:
        """Each day's activities laid out side by side where they overlap."""
        by_day: dict[int, list[Span]] = {}
        items = {item.entry["id"]: item for item in self.items}
        for item in self.items:
            entry = item.entry
            start = minutes_of(entry["when"])
            end = entry.get("end")
            same_day = end is not None and end.astimezone().date() == \
                entry["when"].astimezone().date()
            stop = minutes_of(end) if same_day else MINUTES_PER_DAY if end else start
            day = (entry["when"].astimezone().date() - self.first).days
            by_day.setdefault(day, []).append(Span(entry["id"], start, stop))
        width = self.day_width()
        shortest = self.shortest_minutes()
        for day, spans in by_day.items():
            for placed in lay_out(spans, shortest):
                left = GUTTER + day * width + placed.left * width
                items[placed.key].setGeometry(QRect(
                    round(left) + 1, self.y_of(placed.top) + 1,
                    max(round(placed.width * width) - 3, 8),
                    self.y_of(placed.bottom) - self.y_of(placed.top) - 2))

    def shortest_minutes(self) -> int:
        """The fewest minutes that hold one line of text, in quarters of an hour: a quarter
        of an hour's call is drawn that tall, its line never cut (Outlook does the same)."""
        line = self.fontMetrics().height() + 6
        quarters = -(-line * 60 // (HOUR_PX * SNAP))
        return max(1, quarters) * SNAP

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.place_items()

    # -- dragging ----------------------------------------------------------------------------
    def dragged(self, start: QRect, delta: QPoint, mode: str) -> QRect:
        """Where an item being dragged shows: moved by quarters of an hour and by days, or
        its foot moved by quarters of an hour."""
        if mode == "resize":
            bottom = self.y_of(self.minutes_at(start.bottom() + delta.y()))
            return QRect(start.left(), start.top(), start.width(),
                         max(bottom - start.top(), self.y_of(SNAP)))
        day = self.day_at(start.center().x() + delta.x())
        width = self.day_width()
        top = self.y_of(self.minutes_at(start.top() + delta.y()))
        return QRect(round(GUTTER + day * width) + 1, top, round(width) - 3, start.height())

    def dropped(self, item: AgendaItem, mode: str) -> None:
        entry, rect = item.entry, item.geometry()
        day = self.first + dt.timedelta(days=self.day_at(rect.center().x()))
        if mode == "resize":
            moment = self._moment(day, self.minutes_at(rect.bottom() + 1))
            self.resizeRequested.emit(entry["id"], entry["version"], moment)
        else:
            moment = self._moment(day, self.minutes_at(rect.top()))
            self.moveRequested.emit(entry["id"], entry["version"], moment)

    @staticmethod
    def _moment(day: dt.date, minutes: int) -> dt.datetime:
        """A local wall time of ``day`` (24:00 is the next midnight), aware, in UTC."""
        day += dt.timedelta(days=minutes // MINUTES_PER_DAY)
        minutes %= MINUTES_PER_DAY
        return clock.local_moment(day, dt.time(minutes // 60, minutes % 60)) \
            .astimezone(dt.UTC)

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        width = self.day_width()
        today = (clock.today() - self.first).days
        if 0 <= today < self.days:
            painter.fillRect(QRect(round(GUTTER + today * width), 0, round(width),
                                   self.height()), QColor("#f6f9fe"))
        light, strong = QColor("#e8ecf1"), QColor("#c9d1db")
        for hour in range(25):
            y = self.y_of(hour * 60)
            painter.setPen(strong)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(light)
            painter.drawLine(GUTTER, y + HOUR_PX // 2, self.width(), y + HOUR_PX // 2)
            if hour < 24:
                painter.setPen(palette.color(QPalette.PlaceholderText))
                painter.drawText(QRect(0, y + 2, GUTTER - 6, HOUR_PX // 2),
                                 Qt.AlignRight | Qt.AlignTop, time_text(dt.time(hour)))
        painter.setPen(strong)
        for day in range(self.days + 1):
            x = round(GUTTER + day * width)
            painter.drawLine(x, 0, x, self.height())
        painter.end()


def fitted_lines(time: str, subject: str, partner: str, width: int, rows: int,
                 plain: QFontMetrics, bold: QFontMetrics) -> str:
    """The item's text as lines of at most ``width`` pixels, ``rows`` of them at most: the
    time (bold) and the subject's words wrapped after it, the partner on a line of its own;
    the last line that fits ends with "…" when words are left over. Rich text, escaped."""
    lines: list[str] = []  # html
    line, used = "", 0
    space = plain.horizontalAdvance(" ")

    def close() -> None:
        nonlocal line, used
        lines.append(line)
        line, used = "", 0

    words = [(time, True)] if time else []
    words += [(w, False) for w in subject.split()]
    for index, (text, strong) in enumerate(words):
        metrics = bold if strong else plain
        wide = metrics.horizontalAdvance(text)
        if used and used + space + wide > width:
            if len(lines) + 1 >= rows:  # the last line: the rest of the words, cut with "…"
                rest = " ".join(w for w, _ in words[index:])
                room = width - used - space
                if room >= plain.horizontalAdvance("Mm…"):
                    line += " " + escape(plain.elidedText(rest, Qt.ElideRight, room),
                                         quote=False)
                elif used + plain.horizontalAdvance("…") <= width:
                    line += "…"
                break
            close()
        if wide > width:  # a word longer than the line: cut it there
            text, wide = metrics.elidedText(text, Qt.ElideRight, width - used), width
        shown = escape(text, quote=False)
        line += (" " if used else "") + (f"<b>{shown}</b>" if strong else shown)
        used += (space if used else 0) + wide
    if line:
        close()
    if partner and len(lines) < rows:
        lines.append(escape(plain.elidedText(partner, Qt.ElideRight, width), quote=False))
    return "<br>".join(lines[:rows])


def _subwindow(widget: QWidget) -> QMdiSubWindow | None:
    while widget is not None and not isinstance(widget, QMdiSubWindow):
        widget = widget.parentWidget()
    return widget


def _local_day(item: AgendaItem) -> dt.date:
    return item.entry["when"].astimezone().date()


class DayHeader(QWidget):
    """The shown days' names above the canvas's columns, in the user's locale."""

    def __init__(self, canvas: DayCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setFixedHeight(self.fontMetrics().height() + 10)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        canvas, locale = self.canvas, QLocale()
        width = canvas.day_width()
        today = clock.today()
        for index in range(canvas.days):
            day = canvas.first + dt.timedelta(days=index)
            rect = QRect(round(GUTTER + index * width), 0, round(width), self.height())
            font = painter.font()
            font.setBold(day == today)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignCenter, locale.toString(day, "ddd d MMM"))
        painter.end()
