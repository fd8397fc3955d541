"""Where mail merge writes without Qt: one .docx (a letter per section), a .docx per recipient
in a folder, or a data file for a word processor (BR-LET-05). Each checks its destination
before the run, writes beside its place, and is moved in only just before the commit."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from desktop.crm.io.csv_files import ENCODING, CsvWriter, csv_format
from desktop.crm.io.destinations import file_destination, folder_destination
from desktop.crm.io.file_names import safe_file_name
from desktop.crm.io.files import PartialFile, Placement
from desktop.lazy import lazy_module

if TYPE_CHECKING:
    from desktop.crm.letters import merged_docx
else:  # python-docx, loaded when a merge first writes a .docx
    merged_docx = lazy_module("desktop.crm.letters.merged_docx")


def file_name(key: str) -> str:
    """The file of one recipient's letter, named after the record's code (a partner coded AUX
    or CON would name a device on Windows)."""
    return safe_file_name("".join(c if c.isalnum() or c in "-_" else "_" for c in key)
                          + ".docx")


class FileOutput(PartialFile):
    """One file, its suffix added when the user left it out."""

    suffix = ""

    def check(self, names: list[str], replace: bool) -> None:
        self.path = file_destination(self.path, self.suffix, replace)

    def start(self, letter, template, names) -> None:
        self.open_temp()


class DocxBookOutput(FileOutput):
    """One .docx, a letter per section."""

    suffix = ".docx"

    def start(self, letter, template, names) -> None:
        self.book = merged_docx.DocxBook(template)
        self.open_temp()

    def add(self, key: str, values: dict[str, str]) -> None:
        self.book.add(values)

    def finish(self, step: Callable[[], None]) -> None:
        step()
        assert self.temp is not None  # started
        self.book.save(self.temp)


class DocxFolderOutput:
    """A .docx per recipient in a folder (made if missing), named after the record's code."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.temp: Path | None = None
        self.written: list[str] = []
        self.placement = Placement()

    def check(self, names: list[str], replace: bool) -> None:
        self.folder = folder_destination(self.folder, names, replace)

    def start(self, letter, template, names) -> None:
        self.template = template
        parent = self.folder if self.folder.is_dir() else self.folder.parent
        self.temp = Path(tempfile.mkdtemp(prefix=f".{self.folder.name}.", suffix=".partial",
                                          dir=parent))

    def add(self, key: str, values: dict[str, str]) -> None:
        assert self.temp is not None  # started
        name = file_name(key)
        try:
            merged_docx.single_letter(self.template, values, self.temp / name)
        except BaseException:
            (self.temp / name).unlink(missing_ok=True)
            raise
        self.written.append(name)

    def finish(self, step: Callable[[], None]) -> None:
        step()

    def place(self) -> None:
        if self.temp is None:
            return
        self.placement.make_folder(self.folder)
        for name in self.written:
            self.placement.move(self.temp / name, self.folder / name)

    def withdraw(self) -> None:
        self.placement.withdraw()

    def settle(self) -> list[Path]:
        placed = self.placement.settle()
        self.discard()
        return placed

    def discard(self) -> None:
        if self.temp is not None:
            shutil.rmtree(self.temp, ignore_errors=True)
            self.temp = None


class CsvOutput(FileOutput):
    """BR-LET-05: the merged data, a row per recipient under a header row of the field
    names, as spreadsheets and word processors read it (desktop.crm.io.csv_files): numbers
    and dates in the separator's locale, formula-like cells neutralised unless the data is
    meant for another program (``neutralise=False``)."""

    suffix = ".csv"

    def __init__(self, path: Path, separator: str = ";", neutralise: bool = True) -> None:
        super().__init__(path)
        self.format = csv_format(separator, neutralise)
        self.handle: IO[str] | None = None

    def start(self, letter, template, names) -> None:
        self.names = ["key", *names]
        self.handle = self.open_temp().open("w", encoding=ENCODING, newline="")
        self.writer = CsvWriter(self.handle, self.format)
        self.writer.heading(self.names)

    def add(self, key: str, values: dict[str, Any]) -> None:
        self.writer.row([key, *(_data(values.get(name, "")) for name in self.names[1:])])

    def finish(self, step: Callable[[], None]) -> None:
        step()
        assert self.handle is not None  # started
        self.handle.close()

    def discard(self) -> None:
        if self.handle is not None and not self.handle.closed:
            self.handle.close()
        super().discard()


def _data(value: Any) -> Any:
    """A merged value in a data file: the letter's line breaks as a spreadsheet's."""
    return value.replace("\u2028", "\n") if isinstance(value, str) else value


__all__ = ["CsvOutput", "DocxBookOutput", "DocxFolderOutput", "FileOutput", "file_name"]
