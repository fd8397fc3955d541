"""The reading of a row (rows.read_row) compiled for a whole file, for the bulk path of a large
import: each mapped column's kind looked up once; a value met again (a country, a date, a
postcode: files repeat them) converted once, its result or its error kept; a cell of plain
printable text spared the search for control characters. The work itself is done by the same
functions (conversions, damage), so a row reads exactly as read_row reads it: the property
test tests/crm/test_import_paths.py holds both to the same values and the same words."""

from __future__ import annotations

import contextlib

from desktop.crm.errors import CrmError
from desktop.crm.importing import conversions as C
from desktop.crm.importing.damage import clean_text
from desktop.crm.importing.reading import control_removed, order_of, take
from desktop.crm.importing.report import ImportOptions, Problem
from desktop.crm.importing.tables import Table

REPEATING = {"date", "number", "country", "bool", "postcode"}  # worth remembering
PLAIN = {"text", "multiline"}  # kinds whose text is the cell stripped
MEMORY = 50_000  # values remembered per column, at most


class CompiledRows:
    """read_row for every row of one table under one mapping."""

    def __init__(self, table: Table, options: ImportOptions, fields: dict[str, object]) -> None:
        self.table, self.options = table, options
        self.columns: list[tuple[int, str, object, str, dict | None]] = [
            (column, name, kind, table.headers[column],
             {} if kind in REPEATING or isinstance(kind, type) else None)
            for column, name, kind in order_of(options.mapping, fields)]

    def read(self, index: int) -> tuple[dict, list[Problem]]:
        row = self.table.rows[index]
        width = len(row)
        problems: list[Problem] = []
        values: dict = {}
        country = self.options.default_country
        for column, name, kind, header, memo in self.columns:
            cell = row[column] if column < width else None
            if cell.__class__ is str and not cell.isprintable():  # a tab, a line end, a NUL
                cell, removed = clean_text(cell, multiline=kind == "multiline")
                if removed:
                    problems.append(Problem(control_removed(), header, True))
            if cell is None or cell == "":
                continue
            if cell.__class__ is str and kind in PLAIN:  # conversions.text, inlined
                value = cell.strip()
                if value:
                    values[name] = value
                continue
            value, notes, error = self._converted(kind, cell, country, memo)
            if error is not None:
                problems.append(Problem(error, header))
                continue
            country = take(values, problems, name, header, value, notes, country)
        return values, problems

    def _converted(self, kind, cell, country: str, memo: dict | None):
        key = (cell, country)
        if memo is not None:
            try:
                return memo[key]
            except (KeyError, TypeError):  # not met yet, or not hashable
                pass
        notes: list[CrmError] = []
        found: tuple[object, list[CrmError], CrmError | None]
        try:
            found = (C.convert(kind, cell, self.options.day_first, self.options.decimal_comma,
                               country, notes), notes, None)
        except CrmError as error:
            found = (None, [], error)
        if memo is not None and len(memo) < MEMORY:
            with contextlib.suppress(TypeError):
                memo[key] = found
        return found
