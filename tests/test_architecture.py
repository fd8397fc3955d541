"""The house rules that keep the layers apart, checked on the source: only the operations
module opens, commits or rolls back a database session from the GUI; no import cycle, with
imports inside functions counted; the domain never imports Qt; dialogs never import views; a
feature never imports another feature's modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"
GUI = [PACKAGE / "views", PACKAGE / "dialogs", PACKAGE / "widgets"]
OPS = PACKAGE / "views" / "ops"
FEATURES = sorted(p.name for p in (PACKAGE / "views").iterdir()
                  if p.is_dir() and p.name not in {"shell", "shapes", "ops", "__pycache__"})
#: x.commit(), x.rollback(), db.session(...) and Session(...), sessionmaker(...)
METHODS = {"commit", "rollback", "session"}
FUNCTIONS = {"Session", "sessionmaker"}


def _modules(folder: Path = PACKAGE):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _session_calls(tree: ast.AST) -> list[tuple[int, str]]:
    """Calls that open, commit or roll back a database session: x.commit(), x.rollback(),
    Session(...), sessionmaker(...), db.session(...)."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in METHODS:
            found.append((node.lineno, func.attr))
        elif isinstance(func, ast.Name) and func.id in FUNCTIONS:
            found.append((node.lineno, func.id))
    return found


def test_only_the_operations_module_touches_database_sessions():
    offenders = [f"{path.relative_to(ROOT)}:{line} {name}()"
                 for folder in GUI for path, tree in _modules(folder)
                 if OPS not in path.parents for line, name in _session_calls(tree)]
    assert offenders == []


def test_the_check_itself_finds_a_commit():
    tree = ast.parse("def save(s):\n    s.add(x)\n    s.commit()\n"
                     "def read(ctx):\n    with ctx.db.session(user='u') as s:\n        pass\n")
    assert _session_calls(tree) == [(3, "commit"), (5, "session")]


def _imports(path: Path, tree: ast.AST, known: set[str]) -> set[str]:
    """Every module of the package this one imports, at the top or inside a function
    (``from package import module`` depends on the module)."""
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            submodules = {f"{base}.{a.name}" for a in node.names} & known
            found.update(submodules if len(submodules) == len(node.names) else {base})
            found.update(submodules)
    return {name for name in found if name.startswith("desktop")}


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(path): (path, tree) for path, tree in _modules()}
    return {name: {m for m in _imports(path, tree, set(modules)) if m in modules and m != name}
            for name, (path, tree) in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return stack[stack.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycle():
    assert _cycle(_graph()) is None


def test_the_cycle_finder_finds_one():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def test_layers_import_only_what_they_may():
    graph = _graph()
    problems = []
    for module, targets in graph.items():
        for target in targets:
            if module.startswith("desktop.crm") and target.startswith(
                    ("desktop.views", "desktop.models", "desktop.dialogs", "desktop.widgets")):
                problems.append(f"{module} -> {target}")
            if module.startswith(("desktop.dialogs", "desktop.widgets")) and \
                    target.startswith("desktop.views"):
                problems.append(f"{module} -> {target}")
            feature = _feature(module)
            if feature and _feature(target) not in (None, feature):
                problems.append(f"{module} -> {target}")
    assert problems == []


def _feature(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "views" and parts[2] in FEATURES \
        else None


def test_every_feature_is_a_package_of_its_own():
    assert {"partners", "opportunities", "quotations", "activities", "attributes",
            "selections", "masterdata", "exchange", "notes"} <= set(FEATURES)
    assert not [p.name for p in (PACKAGE / "views").glob("*.py") if p.name != "__init__.py"]


# -- the sync package ---------------------------------------------------------------------------
SYNC = PACKAGE / "sync"
GATEWAYS = "desktop.sync.gateways"
#: what the windows may use of the sync (DESIGN 2: views, dialogs -> sync/api and the worker)
SYNC_FOR_VIEWS = {"desktop.sync.api", "desktop.sync.worker"}
#: the servers' own words (EWS's, then Graph's): they stay in their gateway
SERVER_WORDS = ("NotStarted", "InProgress", "WaitingOnOthers", "NoResponseReceived", "OOF",
                "ErrorItemNotFound", "legacy_free_busy_status", "Accept", "exchangelib",
                "SyncFolderItems", "ChangeKey",
                "notStarted", "waitingOnOthers", "tentativelyAccepted", "notResponded",
                "workingElsewhere", "transactionId", "singleValueExtendedProperties",
                "deltaLink", "seriesMasterId", "iCalUId", "calendarView", "msal", "Graph", "EWS")


def _server_libraries(tree: ast.AST) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        found.update(n.split(".")[0] for n in names)
    return found & {"exchangelib", "msal", "requests", "oauthlib", "cryptography"}


def test_windows_use_only_the_sync_api_and_its_worker():
    graph = _graph()
    problems = [f"{module} -> {target}" for module, targets in graph.items()
                if module.startswith(("desktop.views", "desktop.dialogs", "desktop.widgets"))
                for target in targets
                if target.startswith("desktop.sync") and target not in SYNC_FOR_VIEWS]
    assert problems == []


def test_only_the_api_and_the_worker_build_a_gateway():
    graph = _graph()
    problems = [f"{module} -> {target}" for module, targets in graph.items()
                if module.startswith("desktop.") and not module.startswith(GATEWAYS)
                and module not in SYNC_FOR_VIEWS for target in targets
                if target.startswith(GATEWAYS)]
    assert problems == []


def test_only_the_gateways_talk_to_the_servers_clients():
    problems = [f"{path.relative_to(ROOT)}: {sorted(_server_libraries(tree))}"
                for path, tree in _modules(SYNC) if _server_libraries(tree)
                and "gateways" not in path.parts]
    assert problems == []


def _code_without_docstrings(tree: ast.AST) -> str:
    """The source minus docstrings: a docstring may name what a gateway says, code may not."""
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and \
                isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            body[0] = ast.Pass()
    return ast.unparse(tree)


def test_the_engine_and_the_mapping_hold_no_server_word():
    import re

    engine_modules = [(path, tree) for path, tree in _modules(SYNC)
                      if "gateways" not in path.parts and path.stem not in
                      {"api", "worker", "credentials", "__init__"}]
    assert {p.stem for p, _ in engine_modules} >= {"engine", "mapping", "contract"}
    problems = [f"{path.relative_to(ROOT)}: {word}" for path, tree in engine_modules
                for word in SERVER_WORDS
                if re.search(rf"\b{word}\b", _code_without_docstrings(tree))]
    assert problems == []


def test_the_word_check_finds_a_server_word():
    tree = ast.parse('"""Graph says deltaLink."""\nstate = page["@odata.deltaLink"]\n')
    code = _code_without_docstrings(tree)
    assert "deltaLink" in code and "Graph says" not in code
