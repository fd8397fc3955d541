"""The domain is complete on its own: in a process where Qt cannot even be imported, loading it
registers the rules of every entity that has any, and the command line refuses what a window
refuses, in the same words (the team server and the scheduled sync run without a GUI)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from desktop.crm import entities as E
from desktop.crm.db.records import apply_values
from desktop.crm.errors import CrmError
from tests.support import factories as f

ROOT = Path(__file__).resolve().parents[2]
NO_QT = """
import sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt is not importable in this process")
sys.meta_path.insert(0, NoQt())
"""


def _run(script: str) -> str:
    result = subprocess.run([sys.executable, "-c", NO_QT + script], capture_output=True,
                            text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _entities_with_rules() -> set[str]:
    """Every entity a ``@rule(E.X)`` of the domain's source names."""
    found = set()
    for path in (ROOT / "desktop" / "crm").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "rule":
                found.add(node.args[0].attr)
    return found


def test_loading_the_domain_registers_every_rule_without_qt():
    out = _run("import json\nimport desktop.crm.domain\nfrom desktop.crm.db import records\n"
               "print(json.dumps(sorted(k.__name__ for k in records._RULES)))\n"
               "print('PySide6' in sys.modules)")
    names, qt_loaded = out.splitlines()
    assert set(json.loads(names)) == _entities_with_rules()
    assert len(json.loads(names)) >= 9 and qt_loaded == "False"


def _cases(session) -> list[tuple[type, list[str]]]:
    """For each entity with rules, values its rule refuses (the parents it needs made)."""
    process = f.sales_process(session, "STD")
    phase = session.query(E.Phase).filter_by(code="ANA").one()
    report = E.Report(code="RPT1", description="Report", business_object="BUSINESS_PARTNER")
    session.add(report)
    session.commit()
    return [
        (E.BusinessPartner, ["code=BPX", "name=X", "status=ACTIVE"]),
        (E.Contact, ["code=CTX", "last_name=X", "email=not-an-address"]),
        (E.ActivityTemplate, ["code=TPL", "description=T", "due_offset_days=-1"]),
        (E.Attribute, ["code=ATX", "label=X", "data_type=ALPHANUMERIC", "length=999"]),
        (E.ExchangeSyncSettings, ["contact_pull_interval=0"]),
        (E.Letter, ["code=LTX", "description=L", "language=de"]),
        (E.Report, ["code=RPX", "description=R", "business_object=QUOTATION"]),
        (E.ReportLayoutLine, [f"report_id={report.id}", "sequence=10", "field_name=bp.name",
                              "subtotal=yes"]),
        (E.SalesProcessPhase, [f"sales_process_id={process.id}", f"phase_id={phase.id}",
                               "sequence=99", "probability_pct=150"]),
    ]


def _refusal_in_process(db, entity: type, assignments: list[str]) -> str:
    from desktop.cli import parse_assignments

    with db.session(user="tester") as session:
        try:
            apply_values(session, entity(), parse_assignments(entity, assignments))
            session.flush()
        except CrmError as error:
            return str(error)
        finally:
            session.rollback()
    raise AssertionError(f"{entity.__name__}: the values were not refused")


def test_the_command_line_refuses_what_a_window_refuses(db):
    with db.session(user="tester") as session:
        cases = _cases(session)
    assert {entity.__name__ for entity, _ in cases} == _entities_with_rules()
    expected = [_refusal_in_process(db, entity, values) for entity, values in cases]
    script = ("import io, json, contextlib\nfrom desktop.__main__ import main\nresults = []\n"
              f"for name, values in {json.dumps([(e.__name__, v) for e, v in cases])}:\n"
              "    err = io.StringIO()\n"
              "    with contextlib.redirect_stderr(err):\n"
              f"        code = main(['save', name, *values, '--database', {db.url!r}])\n"
              "    results.append([code, err.getvalue().strip()])\n"
              "print(json.dumps(results))\nprint('PySide6' in sys.modules)")
    results, qt_loaded = _run(script).splitlines()
    assert json.loads(results) == [[2, f"crm-desktop: {text}"] for text in expected]
    assert qt_loaded == "False"
