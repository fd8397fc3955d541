"""LibreOffice headless, as the tests use it to open, save and print our .docx files."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

PROGRAM = Path("/usr/lib/libreoffice/program/soffice.bin")
FIXTURES = Path(__file__).parent.parent / "fixtures"


def convert(sources: list[Path], target: str, out_dir: Path, profile: Path) -> str:
    """Convert ``sources`` (``target``: "pdf", "docx:MS Word 2007 XML") into ``out_dir``;
    returns what LibreOffice printed. soffice.bin is called without its launcher script,
    which only adds a warning about Java; exit code 81 is a new profile's first start."""
    command = [str(PROGRAM), "--headless", "--norestore", "--nologo",
               f"-env:UserInstallation={profile.as_uri()}", "--convert-to", target,
               "--outdir", str(out_dir), *map(str, sources)]
    for _ in range(2):
        done = subprocess.run(command, capture_output=True, text=True, timeout=300)
        if done.returncode != 81:
            break
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def word_fixture() -> bytes:
    """The .docx written by hand as Word writes it (tests/fixtures/word_letter)."""
    root = FIXTURES / "word_letter"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(root / "[Content_Types].xml", "[Content_Types].xml")
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.name != "[Content_Types].xml":
                archive.write(path, path.relative_to(root).as_posix())
    return buffer.getvalue()


def available() -> bool:
    return PROGRAM.exists() and shutil.which("pdftotext") is not None
