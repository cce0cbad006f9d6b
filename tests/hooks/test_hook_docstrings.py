"""The examples in the hook calls' docstrings run and print what they show."""

from __future__ import annotations

import doctest
from typing import Any

import pytest

import plugspec

# Looked up untyped: only the docstrings matter here.
_HOOKS: Any = plugspec.HookManager
_OUTCOME: Any = plugspec.Outcome
_EXTENSIONS: Any = plugspec.ExtensionManager
DOCUMENTED: dict[str, object] = {
    "Outcome": _OUTCOME,
    "Outcome.result": _OUTCOME.result,
    "map_method": _HOOKS.map_method,
    "first": _HOOKS.first,
    "amap_method": _HOOKS.amap_method,
    "excluding": _HOOKS.excluding,
    "ExtensionManager.register": _EXTENSIONS.register,
}


@pytest.mark.parametrize("name", DOCUMENTED)
def test_docstring_examples_run(name: str) -> None:
    tests = doctest.DocTestFinder(recurse=False).find(DOCUMENTED[name], name, globs={})
    assert tests
    assert tests[0].examples
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in tests:
        runner.run(test)
    assert runner.summarize(verbose=False).failed == 0
