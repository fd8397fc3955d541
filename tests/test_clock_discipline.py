"""Nothing reads the machine's clock behind the application's clock.

Tests take "now" and "today" from the pinned clock (tests/support/clock.py, the fixtures
``clock``, ``now`` and ``today``); the product takes them from ``desktop.crm.clock``. A call of
``datetime.now()``, ``date.today()``, ``time.time()`` or Qt's current date anywhere else would
make a verdict depend on the calendar. The few places that must read the machine's clock
(a certificate's validity, which OpenSSL checks against it) say why on the line, after
``# machine clock:``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLOWED_FILES = {ROOT / "tests/support/clock.py", ROOT / "desktop/crm/clock.py"}
REASON = re.compile(r"# machine clock: \w")  # the mark and its reason
#: (object, method) pairs whose call reads the machine's clock for a date
CLOCK_CALLS = {("datetime", "now"), ("datetime", "utcnow"), ("datetime", "today"),
               ("date", "today"), ("time", "time"), ("time", "time_ns"),
               ("time", "localtime"), ("time", "gmtime"), ("QDate", "currentDate"),
               ("QDateTime", "currentDateTime"), ("QDateTime", "currentDateTimeUtc"),
               ("QDateTime", "currentSecsSinceEpoch"), ("QTime", "currentTime")}


def clock_reads(source: str) -> list[int]:
    """Line numbers of the calls that read the machine's clock, unless marked with a reason."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
        if (name, node.func.attr) in CLOCK_CALLS and not REASON.search(lines[node.lineno - 1]):
            found.append(node.lineno)
    return found


def _offenders(folder: str) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{line}"
            for path in sorted((ROOT / folder).rglob("*.py")) if path not in ALLOWED_FILES
            for line in clock_reads(path.read_text(encoding="utf-8"))]


def test_the_scan_finds_every_way_of_reading_the_clock():
    source = "\n".join([
        "import datetime as dt, time", "from datetime import date, datetime",
        "a = dt.datetime.now()", "b = datetime.now(dt.timezone.utc)", "c = dt.date.today()",
        "d = date.today()", "e = time.time()", "f = QDate.currentDate()",
        "g = dt.datetime.now()  # machine clock: a certificate's validity",
        "j = dt.datetime.now()  # machine clock:",
        "h = clock.today()", "i = time.monotonic()"])
    assert clock_reads(source) == [3, 4, 5, 6, 7, 8, 10]


def test_no_test_reads_the_machine_clock():
    assert _offenders("tests") == []


def test_the_product_reads_time_only_through_its_clock():
    assert _offenders("desktop") == []
