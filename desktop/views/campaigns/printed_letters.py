"""Merged letters painted page by page with Qt: a PDF file (no word processor needed on the
laptop) or the printer chosen in the system's dialog. The pages are painted once the run has
walked the whole group, a Cancel heard between two letters; a PDF is moved into place and a
print job sent only just before the commit, so a cancelled or failed run writes and prints
nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QPdfWriter

from desktop.crm.errors import ValidationError
from desktop.crm.mail_merge_outputs import FileOutput
from desktop.widgets.letter_editor.printing import PDF_DPI, LetterPainter, PrinterTarget


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
    sent just before the commit, aborted if the run is cancelled or fails before (printed
    to a file: written beside it and moved in, PrinterTarget)."""

    def __init__(self, printer) -> None:
        self.printer = printer
        self.target = PrinterTarget(printer)
        self.letters: list[dict[str, str]] = []
        self.painter: LetterPainter | None = None

    def check(self, names: list[str], replace: bool) -> None:
        """The printer was chosen in its dialog: nothing to check."""

    def start(self, letter, template, names) -> None:
        self.letter = letter

    def add(self, key: str, values: dict[str, str]) -> None:
        self.letters.append(values)

    def finish(self, step: Callable[[], None]) -> None:
        self.target.begin()
        self.painter = LetterPainter(self.printer, self.letter)
        for values in self.letters:
            step()
            self.painter.paint(values)
        if self.target.file is not None:  # a file: complete, still beside its place
            self._end()

    def place(self) -> None:
        """The job is sent (paper cannot be taken back: this comes last before the commit),
        or the file moved in."""
        self._end()
        self.target.place()

    def _end(self) -> None:
        if self.painter is not None and not self.painter.end():
            raise ValidationError("The printer did not take the letters: check it and run "
                                  "again.", field="output")
        self.painter = None

    def withdraw(self) -> None:
        """Paper cannot be taken back; a file can."""
        self.target.withdraw()

    def settle(self) -> list[Path]:
        return self.target.settle()

    def discard(self) -> None:
        if self.painter is not None:
            self.painter.abort()
            self.painter = None
        self.target.discard()
        self.letters = []
