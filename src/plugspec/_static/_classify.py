"""Tell whether an entry point names a class, by reading source with :mod:`ast`.

The static check binds a class target as ``type[Protocol]`` and anything else
as ``Protocol``; importing the target to find out would run plugin code, so
the module's source (stub first) is parsed instead, following simple aliases
(``Name = Other``) and ``from ... import`` re-exports.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ._locate import locate

__all__ = ["TargetKind", "classify"]

TargetKind = Literal["class", "value", "module", "unknown"]

_MAX_HOPS = 8  # re-export chains longer than this are not followed


def _statements(body: Sequence[ast.stmt]) -> list[ast.stmt]:
    """Top-level statements, including those under ``if``/``try`` blocks."""
    flat: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.If):
            flat += _statements(statement.body) + _statements(statement.orelse)
        elif isinstance(statement, ast.Try):
            flat += _statements(statement.body)
            for handler in statement.handlers:
                flat += _statements(handler.body)
            flat += _statements(statement.orelse) + _statements(statement.finalbody)
        else:
            flat.append(statement)
    return flat


def _parse(path: Path) -> ast.Module | None:
    try:
        return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (OSError, SyntaxError, ValueError, UnicodeDecodeError):
        return None


def _resolve_from(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    package = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _kind_in_body(
    body: Sequence[ast.stmt],
    name: str,
    module: str,
    is_package: bool,
    search_path: Sequence[str | Path] | None,
    hops: int,
) -> TargetKind:
    kind: TargetKind = "unknown"
    for statement in _statements(body):  # the last binding wins, as at run time
        if isinstance(statement, ast.ClassDef) and statement.name == name:
            kind = "class"
        elif (
            isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef) and statement.name == name
        ):
            kind = "value"
        elif isinstance(statement, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in statement.targets
        ):
            kind = _kind_of_expression(statement.value, body, module, is_package, search_path, hops)
        elif (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and statement.target.id == name
        ):
            annotation = ast.unparse(statement.annotation)
            if annotation.startswith(("type[", "Type[", "typing.Type[")):
                kind = "class"
            elif statement.value is not None:
                kind = _kind_of_expression(
                    statement.value, body, module, is_package, search_path, hops
                )
            else:
                kind = "value"
        elif isinstance(statement, ast.ImportFrom):
            for alias in statement.names:
                if (alias.asname or alias.name) == name and hops < _MAX_HOPS:
                    source = _resolve_from(module, is_package, statement)
                    submodule = locate(f"{source}.{alias.name}", search_path) if source else None
                    if submodule is not None:
                        kind = "module"
                    else:
                        kind = classify(source, alias.name, search_path, _hops=hops + 1)
        elif isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.asname == name or (alias.asname is None and alias.name == name):
                    kind = "module"
    return kind


def _kind_of_expression(
    value: ast.expr,
    body: Sequence[ast.stmt],
    module: str,
    is_package: bool,
    search_path: Sequence[str | Path] | None,
    hops: int,
) -> TargetKind:
    if isinstance(value, ast.Name) and hops < _MAX_HOPS:
        return _kind_in_body(body, value.id, module, is_package, search_path, hops + 1)
    return "value"


def classify(
    module: str,
    attr: str,
    search_path: Sequence[str | Path] | None = None,
    *,
    _hops: int = 0,
) -> TargetKind:
    """What ``module:attr`` names, judged from source: a class, another value, or a module.

    ``"unknown"`` when the source cannot be found or read, or the name is bound
    in a way this reading does not follow.
    """
    if not attr:
        return "module"
    location = locate(module, search_path)
    source = None if location is None else location.source
    tree = None if source is None else _parse(source)
    if tree is None or location is None:
        return "unknown"
    first, _, rest = attr.partition(".")
    kind = _kind_in_body(tree.body, first, module, location.is_package, search_path, _hops)
    if not rest:
        return kind
    if kind == "module":
        return classify(f"{module}.{first}", rest, search_path, _hops=_hops + 1)
    if kind == "class":
        # A nested attribute of a class: a nested class is a class, anything else a value.
        return _nested_kind(tree.body, first, rest)
    return "unknown"


def _nested_kind(body: Sequence[ast.stmt], first: str, rest: str) -> TargetKind:
    scope: Sequence[ast.stmt] = body
    for part in [first, *rest.split(".")]:
        classes = [s for s in _statements(scope) if isinstance(s, ast.ClassDef) and s.name == part]
        if not classes:
            return "value" if part == rest.split(".")[-1] else "unknown"
        scope = classes[-1].body
    return "class"
