"""Discovery's modules import one way: names, records, then scanner and
index, then discovery; counting imports made only for type checkers."""

from __future__ import annotations

import ast
from pathlib import Path

import plugspec

_SOURCE = Path(plugspec.__file__).parent

# Each module, and the plugspec modules it may import (directly or not).
_LAYERS = {
    "_distname": set[str](),
    "_scanned": set[str](),
    "_scan": {"_distname", "_scanned"},
    "_index": {"_scanned"},
    "_discovery": {"_index", "_scan", "_scanned", "_distname"},
}


def _imports(module: str) -> set[str]:
    tree = ast.parse((_SOURCE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module is not None:
                found.add(node.module.partition(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found


def test_discovery_modules_import_only_downwards() -> None:
    for module, allowed in _LAYERS.items():
        assert _imports(module) <= allowed, module
