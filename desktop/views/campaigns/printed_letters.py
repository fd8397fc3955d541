"""Merged letters painted page by page with Qt: a PDF file (no word processor needed on the
laptop) or the printer chosen in the system's dialog. The pages are painted once the run has
walked the whole group, a Cancel heard between two letters; a PDF is moved into place and a
print job sent only just before the commit, so a cancelled or failed run writes and prints
nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from desktop.crm.mail_merge_outputs import FileOutput
from desktop.widgets.letter_editor.printing import PDF_DPI, LetterPainter


class PdfOutput(FileOutput):
    """One PDF of all the letters, written to a temporary file and moved into place."""

    suffix = ".pdf"

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.letters: list[dict[str, str]] = []
        self.painter: LetterPainter | None = None

    def start(self, letter, template, names) -> None:
        self.letter = letter
        self.open_temp()

    def add(self, key: str, values: dict[str, str]) -> None:
        self.letters.append(values)

    def finish(self, step: Callable[[], None]) -> None:
        writer = QPdfWriter(str(self.temp))
        writer.setResolution(PDF_DPI)
        writer.setTitle(self.path.stem)
        self.painter = LetterPainter(writer, self.letter)
        for values in self.letters:
            step()
            self.painter.paint(values)
        self.painter.end()
        self.painter = None

    def discard(self) -> None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None
        self.letters = []
        super().discard()


class PrinterOutput:
    """The letters on the printer the user chose: spooled once the group is walked, the job
    sent just before the commit, aborted if the run is cancelled or fails before."""

    def __init__(self, printer) -> None:
        self.printer = printer
        self.letters: list[dict[str, str]] = []
        self.painter: LetterPainter | None = None

    def check(self, names: list[str], replace: bool) -> None:
        """The printer was chosen in its dialog: nothing to check."""

    def start(self, letter, template, names) -> None:
        self.letter = letter

    def add(self, key: str, values: dict[str, str]) -> None:
        self.letters.append(values)

    def finish(self, step: Callable[[], None]) -> None:
        self.painter = LetterPainter(self.printer, self.letter)
        for values in self.letters:
            step()
            self.painter.paint(values)

    def place(self) -> None:
        """The job is sent: paper cannot be taken back, so this comes last before the commit."""
        if self.painter is not None and not self.painter.end():
            raise OSError("the printer refused the job")
        self.painter = None

    def withdraw(self) -> None:
        """Printed: nothing to take back."""

    def settle(self) -> list[Path]:
        return []

    def discard(self) -> None:
        if self.painter is not None:
            self.painter.abort()
            self.painter = None
        self.letters = []
