"""The package's shape: imports go one way, with no cycle.

The import graph of ``src/plugspec`` is read with ``ast``: every import at
module level and inside functions counts (a function-level import is a
dependency all the same), imports under ``if TYPE_CHECKING:`` do not (they
never run). An edge goes to the module named; a package's ``__init__`` is
reached only when the package itself is imported from.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SOURCE / "plugspec"

# Cycles accepted for now, each as the pair of modules that import each other
# with a comment naming it; none today.
KNOWN_CYCLES: frozenset[frozenset[str]] = frozenset()


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SOURCE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node that can run, skipping the bodies of ``if TYPE_CHECKING:``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield child
                yield from _runtime_nodes(child)
            continue
        yield node
        yield from _runtime_nodes(node)


def _imported(name: str, path: Path, node: ast.AST, known: dict[str, Path]) -> Iterator[str]:
    is_package = path.name == "__init__.py"
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name in known:
                yield alias.name
        return
    if not isinstance(node, ast.ImportFrom):
        return
    if node.level:
        base = name.split(".")
        if not is_package:
            base.pop()
        base = base[: len(base) - (node.level - 1)]
        origin = ".".join([*base, node.module] if node.module else base)
    else:
        origin = node.module or ""
    if origin not in known:
        return
    for alias in node.names:
        submodule = f"{origin}.{alias.name}"
        yield submodule if submodule in known else origin


def import_graph() -> dict[str, set[str]]:
    """Module name -> the package's modules it imports when it runs."""
    known = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        graph[name] = {
            target
            for node in _runtime_nodes(tree)
            for target in _imported(name, path, node, known)
            if target != name
        }
    return graph


def find_cycle(graph: dict[str, set[str]], allowed: frozenset[frozenset[str]]) -> list[str] | None:
    """One import cycle (as the path of modules around it), or ``None``."""
    edges = {
        name: {t for t in targets if frozenset({name, t}) not in allowed}
        for name, targets in graph.items()
    }
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(name: str) -> list[str] | None:
        path.append(name)
        on_path.add(name)
        for target in sorted(edges.get(name, ())):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done:
                found = visit(target)
                if found is not None:
                    return found
        path.pop()
        on_path.discard(name)
        done.add(name)
        return None

    for start in sorted(edges):
        if start not in done:
            found = visit(start)
            if found is not None:
                return found
    return None


def test_the_package_has_no_import_cycle() -> None:
    cycle = find_cycle(import_graph(), KNOWN_CYCLES)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_graph_reads_imports_in_functions_and_skips_type_checking_blocks() -> None:
    graph = import_graph()
    # ``_api`` imports the engine inside a function (kept off ``import plugspec``).
    assert "plugspec._conformance._engine" in graph["plugspec._conformance._api"]
    # ``_types`` names the signature model only for type checkers.
    assert "plugspec._conformance._signatures" not in graph["plugspec._conformance._types"]


@pytest.mark.parametrize(
    ("graph", "cycle"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
        ({"a": {"b"}, "b": set[str]()}, None),
    ],
)
def test_find_cycle_reports_the_path(graph: dict[str, set[str]], cycle: list[str] | None) -> None:
    assert find_cycle(graph, frozenset()) == cycle


def test_a_known_pair_is_the_only_exception() -> None:
    graph = {"a": {"b"}, "b": {"a"}}
    assert find_cycle(graph, frozenset({frozenset({"a", "b"})})) is None
    assert find_cycle(graph, frozenset()) == ["a", "b", "a"]
