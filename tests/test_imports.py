"""The shape of the package, as ARCHITECTURE.md draws it: two faces (the command and the web
app) over one set of stages; the packages under the stages never import them, nor each other in
a circle; no stage knows click or HTTP."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
FACES = ("pipeline.cli", "pipeline.cli_support", "pipeline.cli_privacy", "pipeline.cli_docs",
         "pipeline.__main__", "pipeline.app")
# Above the stages too: the demo plays a season through them; report.py says what their results
# mean, for both faces.
ABOVE = ("pipeline.stages", "pipeline.demo", "pipeline.report", *FACES)
# Circles inside packages owned elsewhere (sheets/, mail/), left to them; none may grow.
KNOWN = {frozenset({"pipeline.sheets.dates", "pipeline.sheets.values"}),
         frozenset({"pipeline.sheets.table", "pipeline.sheets.xlsx"}),
         frozenset({"pipeline.sheets.employment", "pipeline.sheets.mapping"}),
         frozenset({"pipeline.mail.auth", "pipeline.mail.person"}),
         frozenset({"pipeline.mail.replies", "pipeline.mail.smtp"})}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(tree: ast.Module) -> Iterator[tuple[str, list[str]]]:
    """(module, names) of every import that runs: in functions too, but not the ones only a
    type checker reads, nor collect/ingest.py's lookup of the names that moved to the stage."""
    def walk(node: ast.AST) -> Iterator[ast.AST]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, ast.FunctionDef) and child.name == "__getattr__":
                continue
            yield child
            yield from walk(child)
    for node in walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module, [a.name for a in node.names]
        elif isinstance(node, ast.Import):
            yield from ((a.name, []) for a in node.names)


def _graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each module's imports of mus's own modules, and of everything else (top-level names)."""
    modules = _modules()
    own: dict[str, set[str]] = {}
    other: dict[str, set[str]] = {}
    for name, path in modules.items():
        own[name], other[name] = set(), set()
        for module, names in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if module.split(".")[0] != "pipeline":
                other[name].add(module.split(".")[0])
                continue
            for target in [f"{module}.{n}" for n in names if f"{module}.{n}" in modules] or [
                    module]:
                if target in modules and target != name:
                    own[name].add(target)
    return own, other


def _circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while (w := stack.pop()) != v:
                part.append(w)
            if part:
                circles.append(frozenset([v, *part]))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return circles


def test_no_import_circles() -> None:
    own, _ = _graph()
    assert [sorted(c) for c in _circles(own) if c not in KNOWN] == []


def test_reading_forms_and_writing_workbooks_do_not_import_each_other() -> None:
    own, _ = _graph()
    collect = {m for m in own if m.startswith("pipeline.collect")}
    overview = {m for m in own if m.startswith("pipeline.overview")}
    assert {(m, t) for m in collect for t in own[m] if t in overview} == set()
    assert {(m, t) for m in overview for t in own[m] if t in collect} == {
        ("pipeline.overview.frames", "pipeline.collect.senders")}  # who sent a form: a record


def test_nothing_under_the_stages_imports_a_stage_or_a_face() -> None:
    own, _ = _graph()
    below = [m for m in own if not m.startswith(ABOVE) and m != "pipeline"]
    upward = {(m, t) for m in below for t in own[m]
              if t.startswith(ABOVE) and t != "pipeline.stages.reporter"}
    assert upward == set()


def test_no_stage_knows_click_or_http() -> None:
    _, other = _graph()
    web = {"starlette", "uvicorn", "multipart", "webbrowser"}
    assert {m for m, names in other.items() if "click" in names} <= {
        "pipeline.cli", "pipeline.cli_support", "pipeline.cli_privacy", "pipeline.cli_docs"}
    assert {m for m, names in other.items() if names & web} <= {
        m for m in other if m.startswith("pipeline.app")}
