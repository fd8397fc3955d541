"""The agenda's time grid: days in columns, the 24 hours of each down a canvas that scrolls,
each activity a widget at its local time, side by side with those it overlaps (agenda_layout).
An activity is opened by a double-click, moved by dragging it (to another hour or day) and
lengthened or shortened by dragging its lower edge, both by quarters of an hour."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QRect, Qt, QTime, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop.crm import clock
from desktop.crm.enums import ActivityType as T
from desktop.views.activities.agenda_layout import MINUTES_PER_DAY, Span, lay_out
from desktop.widgets import colours

HOUR_PX = 48
GUTTER = 52  # the hours' column
SNAP = 15  # minutes
EDGE = 6  # pixels at an item's foot that resize it
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
    """One activity: its time, subject and partner, in its type's colours."""

    def __init__(self, entry: dict, canvas: DayCanvas) -> None:
        super().__init__(canvas)
        self.entry, self.canvas = entry, canvas
        self.setObjectName(f"agenda_item_{entry['id']}")
        text, background = item_colours(entry["type"])
        self.setStyleSheet(f"AgendaItem {{ background: {background};"
                           f" border: 1px solid {BORDERS.get(entry['type'], '#8899aa')};"
                           " border-left: 4px solid " + BORDERS.get(entry["type"], "#8899aa")
                           + f"; border-radius: 3px; }} AgendaItem QLabel {{ color: {text}; }}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.label.setAttribute(Qt.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 1, 2, 1)
        layout.addWidget(self.label)
        self.resizable = entry["type"] is not T.TASK and entry.get("end") is not None
        self._drag: tuple[str, QPoint, QRect] | None = None
        self.setMouseTracking(True)
        self.retranslate()

    def retranslate(self) -> None:
        entry = self.entry
        end = entry.get("end")
        span = time_text(entry["when"]) + (f"–{time_text(end)}" if end is not None else "")
        self.label.setText(f"<b>{span}</b> {entry['subject']}"
                           + (f"<br>{entry['bp']}" if entry["bp"] else ""))
        self.setToolTip(f"{span} {entry['code']} {entry['subject']}"
                        + (f"\n{entry['bp']}" if entry["bp"] else ""))

    def resizeEvent(self, event) -> None:  # noqa: N802
        """An item too short for two lines (a quarter of an hour) shows one line, centred and a
        little smaller, rather than the top half of its first line."""
        font = QFont(self.font())
        short = self.height() < 2 * QFontMetrics(font).height()
        if short:
            font.setPixelSize(max(8, min(QFontMetrics(font).height(), self.height()) - 3))
        self.label.setFont(font)
        self.label.setWordWrap(not short)
        self.label.setAlignment(Qt.AlignLeft | (Qt.AlignVCenter if short else Qt.AlignTop))
        self.layout().setContentsMargins(4, 0 if short else 1, 2, 0 if short else 1)
        super().resizeEvent(event)

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
        self.canvas.openRequested.emit(self.entry["id"])


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
        for item in self.items:
            item.deleteLater()
        self.first, self.days = first, days
        self.items = [AgendaItem(entry, self) for entry in entries
                      if 0 <= (entry["when"].astimezone().date() - first).days < days]
        for item in self.items:
            item.show()
        self.place_items()
        self.update()

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
        for day, spans in by_day.items():
            for placed in lay_out(spans):
                left = GUTTER + day * width + placed.left * width
                items[placed.key].setGeometry(QRect(
                    round(left) + 1, self.y_of(placed.top) + 1,
                    max(round(placed.width * width) - 3, 8),
                    max(self.y_of(placed.bottom) - self.y_of(placed.top) - 2, 12)))

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
