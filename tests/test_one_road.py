"""One road for every change (DESIGN 4, after Anki's operations): the windows run the user's
actions, plain functions of their feature's ops module, through the runners; only the runners
own a transaction; no widget's method or closure runs on the task pool. Checked on the source,
so that a new window or feature is held to it without a new test."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
GUI = [PACKAGE / "views", PACKAGE / "dialogs", PACKAGE / "widgets"]
FEATURES = sorted(p for p in (PACKAGE / "views").iterdir() if p.is_dir() and p.name not in
                  {"shell", "shapes", "ops", "__pycache__"})
#: who may commit or roll back: the window's runners (Op, Query, LongOp, BatchOp), the batch
#: runner, the sync engine, the command line, the unit of work itself, and the loaders that
#: own a connection of their own (migrations, demo data)
RUNNERS = ("desktop/views/ops/", "desktop/crm/batch.py", "desktop/sync/", "desktop/__main__.py",
           "desktop/cli.py", "desktop/crm/db/unit_of_work.py", "desktop/crm/migrations/",
           "desktop/crm/demo/")
#: runner -> the position of its work argument
WORK_ARGUMENT = {"Op": 2, "Query": 2, "LongOp": 2, "BackgroundTask": 0, "op": 0, "query": 0,
                 "run_with_progress": 3}


def _trees(folders):
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def transaction_calls(tree: ast.AST) -> list[int]:
    """Lines that commit or roll back: x.commit(), x.rollback(), commit(...)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("commit", "rollback", "commit_unit"):
                found.append(node.lineno)
    return found


def _local_functions(tree: ast.AST) -> set[str]:
    """Functions defined inside another function (closures)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.update(inner.name for inner in ast.walk(node) if inner is not node and
                         isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef)))
    return names


def _plain_work(node: ast.AST, closures: set[str]) -> bool:
    """A function of an ops module (``ops.x``, ``shapes_ops.x``), a partial of one, or a
    name handed through (a parameter); never a lambda, a closure or a widget's method."""
    if isinstance(node, ast.Lambda):
        return False
    if isinstance(node, ast.Name):
        return node.id not in closures
    if isinstance(node, ast.Attribute):
        return isinstance(node.value, ast.Name) and node.value.id.endswith("ops")
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "partial":
        return bool(node.args) and _plain_work(node.args[0], closures)
    return False


def widget_work(tree: ast.AST) -> list[int]:
    """Lines where a runner is handed work that is not a plain function of an ops module."""
    closures, found = _local_functions(tree), []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        position = WORK_ARGUMENT.get(name)
        if position is None or len(node.args) <= position:
            continue
        if not _plain_work(node.args[position], closures):
            found.append(node.lineno)
    return found


def test_only_the_runners_commit_or_roll_back():
    offenders = [f"{path.relative_to(ROOT)}:{line}" for path, tree in _trees([PACKAGE])
                 if not str(path.relative_to(ROOT)).startswith(RUNNERS)
                 for line in transaction_calls(tree)]
    assert offenders == []


def test_no_widget_code_runs_on_the_pool():
    offenders = [f"{path.relative_to(ROOT)}:{line}" for path, tree in _trees(GUI)
                 for line in widget_work(tree)]
    assert offenders == []


def test_every_feature_lists_its_actions_in_ops():
    assert [p.name for p in FEATURES if not (p / "ops.py").exists()] == []


def test_the_checks_find_what_they_look_for():
    tree = ast.parse(
        "def save(self, s):\n"
        "    s.commit()\n"
        "    Op(self.ctx, self, lambda s: s.get(X, 1)).run()\n"
        "    def read(session):\n"
        "        return 1\n"
        "    self.query(read).run()\n"
        "    self.query(self.read_values).run()\n"
        "    Query(ctx, self, ops.read, 1).run()\n"
        "    BackgroundTask(partial(ops.send, email), pool).start()\n"
        "    BackgroundTask(lambda progress: send(email), pool).start()\n")
    assert transaction_calls(tree) == [2]
    assert widget_work(tree) == [3, 6, 7, 10]
