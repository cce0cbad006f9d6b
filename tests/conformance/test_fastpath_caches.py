"""What ``_fastpath`` (and ``_quick``, through the same helper) keeps of each
object it read: a bounded table, keyed by ``id()``, whose entries never answer
for another object."""

from __future__ import annotations

import types
import typing

import pytest

from plugspec._conformance import _fastpath, _raw


def _made(source: str, **globals_: object) -> types.FunctionType:
    """``run`` defined by ``source`` in a fresh module namespace (annotations kept as text)."""
    namespace: dict[str, object] = {"__name__": "made", **globals_}
    exec(compile("from __future__ import annotations\n" + source, "<made>", "exec"), namespace)
    return typing.cast("types.FunctionType", namespace["run"])


_RUN = "def run(self, value: int) -> int: ...\n"


def test_the_tables_stay_within_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_raw, "MAX_ENTRIES", 3)
    monkeypatch.setattr(_fastpath, "_SHAPES", {})
    monkeypatch.setattr(_fastpath, "_SCOPES", {})
    for _ in range(10):
        assert _fastpath.same_declaration(_made(_RUN), _made(_RUN)) is True
        assert _fastpath.same_declaration(_made(_RUN), _made(_RUN, int=str)) is False
        assert len(_fastpath._SHAPES) <= 3
        assert len(_fastpath._SCOPES) <= 3


def test_an_entry_left_under_a_reused_id_is_not_taken_for_the_new_function(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    expected, found = _made(_RUN), _made(_RUN)
    other = _made("def run(self) -> None: ...\n")
    # As if ``found`` had been given the id of a function read before and gone.
    stale = {id(found): (other, _fastpath._read_shape(other))}
    monkeypatch.setattr(_fastpath, "_SHAPES", stale)
    assert _fastpath.same_declaration(expected, found) is True
    assert _fastpath._SHAPES[id(found)][0] is found
