"""Translations: extract every user-visible string, update the .ts sources, build the .qm files.

    python tools/i18n.py update   # lupdate over desktop/ (+ the strings below) -> crm_fr.ts
    python tools/i18n.py build    # lrelease -> crm_fr.qm (the application loads it)
    python tools/i18n.py missing  # list what is still untranslated

lupdate finds ``self.tr`` / ``translate`` / ``QT_TRANSLATE_NOOP`` calls. Strings declared as
data (domain error templates, enum and entity labels, form fields, session titles, tab titles)
are collected here with ``ast`` into resources/translations/declared_strings.py, which lupdate
reads too, so one .ts file holds everything.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
DECLARED = TS_DIR / "declared_strings.py"
# English carries only the plural forms of "%n" strings ("1 row", "3 rows"): every other
# English text is its own source
LANGUAGES = ("fr", "en")
DOMAIN_ERRORS = {"CrmError", "ValidationError", "NotAllowedError", "NotFoundError",
                 "StaleRecordError", "NumberingError", "DatabaseOpenError",
                 "ConfirmationRequired", "ExpressionError", "SyncFault", "CredentialsRefused",
                 "NoKeyring", "Declined", "GraphError", "MailboxRefused", "FileInUseError",
                 "StorageWarning", "RequestRefused", "ServerRefused", "DocumentRefused"}
sys.path.insert(0, str(ROOT))


def _str(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _choices(node) -> list[str]:
    """The literal texts an argument may be: a string, or either branch of ``a if c else b``."""
    if isinstance(node, ast.IfExp):
        return _choices(node.body) + _choices(node.orelse)
    text = _str(node)
    return [text] if text else []


def _name(func) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _helpers(tree: ast.AST) -> dict[str, str]:
    """A module's own translation helpers: ``def _tr(text): return QCoreApplication.
    translate("Context", text)`` -> {"_tr": "Context"} (lupdate cannot see through them)."""
    found = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.body and \
                isinstance(node.body[-1], ast.Return) and \
                isinstance(call := node.body[-1].value, ast.Call) and \
                _name(call.func) == "translate" and call.args and _str(call.args[0]):
            found[node.name] = _str(call.args[0])
    return found


def collect_from_source(path: Path, found: set[tuple[str, str]]) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    domain = "crm" in path.parts
    helpers = _helpers(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name, args = _name(node.func), node.args
            first = _str(args[0]) if args else None
            second = _str(args[1]) if len(args) > 1 else None
            if name in helpers and first and isinstance(node.func, ast.Name):
                found.add((helpers[name], first))
            if name in DOMAIN_ERRORS and first:
                found.add(("crm", first))
            if name in ("FieldSpec", "F") and second:
                found.add(("fields", second))
            if name in ("Group", "tr_field", "t") and first:
                found.add(("fields", first))
            if name == "error" and first and isinstance(node.func, ast.Attribute) and \
                    getattr(node.func.value, "id", "") == "self" and domain:
                found.add(("crm", first))  # the expression compiler's self.error(...)
            if name == "Field" and len(args) > 5 and _str(args[5]):
                found.add(("fields", _str(args[5])))
            if name == "translated" and len(args) > 2 and second and _str(args[2]):
                found.add((second, _str(args[2])))  # SessionWindow.translated(setter, ctx, text)
            if name == "add_tool" and len(args) > 2 and second and _str(args[2]):
                found.add((second, _str(args[2])))  # OverviewSession.add_tool(icon, ctx, text, slot)
            if name == "add_tab" and second:
                found.add(("tabs", second))  # a tab a feature adds to another entity
            if name == "add_leading_tab" and second:
                found.add(("tabs", second))
            if name == "ReportLine" and len(args) > 2:  # a batch report line's message
                found.update(("crm", text) for text in _choices(args[2]))
            if name == "note" and first:
                found.add(("crm", first))  # a batch report's note on the whole run
            if name == "tr_crm" and first:
                found.add(("crm", first))
            if name == "session" and second:
                found.add(("session", second))
            if name == "define":
                for arg in args[1:3]:
                    if isinstance(arg, ast.Tuple) and len(arg.elts) == 2 and _str(arg.elts[1]):
                        found.add(("session", _str(arg.elts[1])))
            for kw in node.keywords:
                value = _str(kw.value)
                if value and kw.arg == "tooltip":
                    found.add(("fields", value))
                if value and domain and kw.arg and kw.arg.endswith("_label"):
                    found.add(("crm", value))
        if isinstance(node, ast.FunctionDef) and node.name.endswith("tabs"):
            for inner in ast.walk(node):  # ("Title", factory) pairs of a tabs() declaration
                if isinstance(inner, ast.Tuple) and len(inner.elts) in (2, 3) and \
                        _str(inner.elts[0]) and not isinstance(inner.elts[1], ast.Constant):
                    found.add(("tabs", _str(inner.elts[0])))


def collect() -> set[tuple[str, str]]:
    import desktop.crm.entities  # noqa: F401
    from desktop.crm import enums
    from desktop.crm.db.base import Base

    found: set[tuple[str, str]] = set()
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enums.LabelledEnum) and \
                value is not enums.LabelledEnum:
            found.update(("enum", member.value) for member in value)
    from desktop.crm.db.base import number_label
    from desktop.crm.db.types import ExactNumeric

    for mapper in Base.registry.mappers:
        label = mapper.class_.entity_label
        found.update({("entity", label), ("crm", label)})
        found.update(("crm", number_label(column.key)) for column in mapper.columns
                     if isinstance(column.type, ExactNumeric))  # "Price is too large ..."
    from desktop.crm.expressions.compiler import TYPE_LABEL
    from desktop.crm.field_labels import LABELS

    found.update(("crm", label) for label in LABELS.values())  # "{field_label} is required."
    found.update(("fields", label) for label in LABELS.values())  # a form's label by default

    found.update(("crm", label) for label in TYPE_LABEL.values())
    from desktop.crm.expressions.catalogue import _FIELDS
    from desktop.crm.importing import tables as import_tables
    from desktop.crm.letters import docx_import, fields as letter_fields
    from desktop.crm.reports import printing as report_printing

    found.update(("crm", text) for text in [  # the merge-field catalogue, as the editor lists it
        *letter_fields.VARIABLES.values(), *letter_fields.GROUP.values(),
        *letter_fields.ATTRIBUTE_GROUP.values(), letter_fields.VARIABLES_GROUP,
        *(field.label for field in _FIELDS), *docx_import.KEPT_LABELS.values(),
        *letter_fields.PAGE_VARIABLES.values(), *report_printing.WORDS.values(),
        *(kind for _signature, kind in import_tables.SIGNATURES)])  # "This file is {kind_label}"
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        collect_from_source(path, found)
    return found


def write_declared(found: set[tuple[str, str]]) -> None:
    lines = ['"""Generated by tools/i18n.py: strings declared as data, for lupdate."""', "",
             "from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    for context, text in sorted(found):
        lines.append(f"QT_TRANSLATE_NOOP({context!r}, {text!r})")
    DECLARED.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update() -> None:
    write_declared(collect())
    sources = [str(p) for p in sorted((ROOT / "desktop").rglob("*.py"))] + [str(DECLARED)]
    for lang in LANGUAGES:
        ts = TS_DIR / f"crm_{lang}.ts"
        subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-target-language",
                        f"{lang}_{lang.upper()}", "-ts", str(ts)],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def fill(lang: str = "fr") -> None:
    """Fill the .ts translations from resources/translations/glossary_<lang>.py."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("glossary", TS_DIR / f"glossary_{lang}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    glossary = getattr(module, lang.upper())
    path = TS_DIR / f"crm_{lang}.ts"
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            text = glossary.get(f"{name}|{source}", glossary.get(source))
            if text is None:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if isinstance(text, tuple):  # some lupdate releases miss translate(..., n)
                message.set("numerus", "yes")
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for plural in (text if isinstance(text, tuple) else (text, text)):
                    ET.SubElement(translation, "numerusform").text = plural
            else:
                translation.text = text
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def build() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"crm_{lang}.ts"
        subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, stdout=subprocess.DEVNULL)


def missing(lang: str = "fr") -> list[tuple[str, str]]:
    tree = ET.parse(TS_DIR / f"crm_{lang}.ts")
    gaps = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = translation.findall("numerusform")
            text = "".join(n.text or "" for n in numerus) if numerus else translation.text
            if translation.get("type") == "unfinished" or not (text or "").strip():
                gaps.append((name, message.findtext("source")))
    return gaps


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
        for lang in LANGUAGES:
            fill(lang)
    elif command == "build":
        build()
    elif command == "all":
        update()
        for lang in LANGUAGES:
            fill(lang)
        build()
    elif command == "missing":
        for context, source in missing():
            print(f"{context}\t{source}")
