"""Each process logs safely: only the process that owns a log file writes (and rotates) it,
so no two processes ever rename one file under each other, which Windows refuses. A second
command line at the same moment writes its warnings to standard error; the window has a file
of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST = """
import logging, sys
from desktop.logs import COMMAND_LINE, configure_logging
print(configure_logging(role=COMMAND_LINE), flush=True)
sys.stdin.readline()  # the second process runs meanwhile
for n in range(30_000):  # past 2 MB: the file rotates
    logging.getLogger("first").info("line %d of the first process", n)
print("done", flush=True)
"""
SECOND = """
import logging, sys
from desktop.logs import {role}, configure_logging
print(configure_logging(role={role}), flush=True)
logging.getLogger("second").warning("the second process speaks")
"""


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "CRM_DATA_DIR": str(data)}


def test_a_second_process_never_writes_the_file_another_owns(tmp_path):
    first = subprocess.Popen([sys.executable, "-c", FIRST], env=_env(tmp_path), cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        owned = first.stdout.readline().strip()
        assert owned == str(tmp_path / "crm-desktop-cli.log")
        second = subprocess.run([sys.executable, "-c", SECOND.format(role="COMMAND_LINE")],
                                env=_env(tmp_path), cwd=ROOT, capture_output=True, text=True,
                                timeout=60)
        assert second.stdout.strip() == "None"
        assert "the second process speaks" in second.stderr
        window = subprocess.run([sys.executable, "-c", SECOND.format(role="WINDOW")],
                                env=_env(tmp_path), cwd=ROOT, capture_output=True, text=True,
                                timeout=60)
        assert window.stdout.strip() == str(tmp_path / "crm-desktop.log")
        out, _ = first.communicate("go\n", timeout=120)
    finally:
        first.kill()
    assert first.returncode == 0 and out.strip() == "done"
    rotated = sorted(p.name for p in tmp_path.glob("crm-desktop-cli.log*"))
    assert "crm-desktop-cli.log.1" in rotated  # the owner rotated its file
    text = "".join(p.read_text("utf-8") for p in tmp_path.glob("crm-desktop-cli.log*")
                   if not p.name.endswith(".lock"))
    assert "line 29999 of the first process" in text and "second process" not in text
    # the window's process, meanwhile, wrote its own file
    assert "the second process speaks" in (tmp_path / "crm-desktop.log").read_text("utf-8")
