"""No dead code in the application: a search for unused names (vulture) over the application,
its tests and tools finds in desktop/ only what a framework calls, and that is named in
tools/dead_code_whitelist.py or caught by the patterns below. Code used only by its tests
counts as used: a test is a caller."""

from __future__ import annotations

import ast
from pathlib import Path

from vulture import Vulture

from desktop.crm.field_labels import LABELS

ROOT = Path(__file__).resolve().parents[1]

#: decorators that register a function with a framework, which then calls it
REGISTERING = ["@event.listens_for", "@rule", "@compiles", "@upgrade_step", "@session",
               "@detail", "@*.expression", "@*.setter", "@*.comparator", "@pytest.fixture",
               "@*.register", "@register*"]
#: Alembic reads a migration's module globals and calls its functions by name
ALEMBIC = ["revision", "down_revision", "branch_labels", "depends_on", "upgrade", "downgrade"]


def _framework_data(item) -> bool:
    """Mapped columns and enum members are the schema and the stored values, read by name
    through the ORM: not code."""
    path = Path(item.filename).relative_to(ROOT).as_posix()
    return item.typ == "variable" and (path.startswith("desktop/crm/entities/")
                                       or path == "desktop/crm/enums.py")


def test_nothing_in_the_application_is_unused():
    search = Vulture(ignore_names=ALEMBIC, ignore_decorators=REGISTERING)
    search.scavenge([str(ROOT / p) for p in ("desktop", "tests", "tools", "bench",
                                             "installers")
                     if (ROOT / p).exists()])
    unused = [item for item in search.get_unused_code(min_confidence=60)
              if Path(item.filename).resolve().is_relative_to(ROOT / "desktop")
              and not _framework_data(item)]
    assert [f"{Path(i.filename).relative_to(ROOT)}:{i.first_lineno} {i.typ} {i.name}"
            for i in unused] == []


def _form_fields(path: Path):
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("F", "FieldSpec") and len(node.args) >= 2 \
                and all(isinstance(a, ast.Constant) for a in node.args[:2]):
            yield node.lineno, node.args[0].value, node.args[1].value


def test_forms_take_the_domain_s_field_labels_instead_of_repeating_them():
    """A form field's label left out is the domain's name of the field (field_labels): one
    place to change a word, the same word in the messages."""
    repeated = [f"{path.relative_to(ROOT)}:{line} {name}"
                for path in sorted((ROOT / "desktop" / "views").rglob("*.py"))
                for line, name, label in _form_fields(path) if LABELS.get(name) == label]
    assert repeated == []
