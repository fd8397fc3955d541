"""Merged letters painted page by page with Qt: a PDF file (no word processor needed on the
laptop) or the printer chosen in the system's dialog. The pages are painted once the run has
walked the whole group, so a cancelled run prints nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPdfWriter

from desktop.crm.io.files import PartialFile
from desktop.widgets.letter_editor.printing import PDF_DPI, paint_letters


class PdfOutput(PartialFile):
    """One PDF of all the letters, written to a temporary file and moved into place."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.letters: list[dict[str, str]] = []

    def start(self, letter, template, names) -> None:
        self.letter = letter
        self.open_temp()

    def add(self, key: str, values: dict[str, str]) -> None:
        self.letters.append(values)

    def finish(self) -> None:
        writer = QPdfWriter(str(self.temp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(self.path.stem)
        paint_letters(writer, self.letter, self.letters)


class PrinterOutput:
    """The letters on the printer the user chose, painted after the commit."""

    def __init__(self, printer) -> None:
        self.printer = printer
        self.letters: list[dict[str, str]] = []

    def start(self, letter, template, names) -> None:
        self.letter = letter

    def add(self, key: str, values: dict[str, str]) -> None:
        self.letters.append(values)

    def finish(self) -> None:
        pass  # paper cannot be taken back: printed only once the run is committed

    def publish(self) -> list[Path]:
        paint_letters(self.printer, self.letter, self.letters)
        return []

    def discard(self) -> None:
        self.letters = []
