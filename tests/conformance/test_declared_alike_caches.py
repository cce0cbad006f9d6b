"""What ``_declared_alike`` (and ``_plain_class``, through the same helper) keeps of each
protocol function it read: a table keyed by identity that holds each function weakly
and whose entries never answer for another object."""

from __future__ import annotations

import gc
import types
import typing
import weakref

from plugspec._conformance import _declared_alike


def _made(source: str, **globals_: object) -> types.FunctionType:
    """``run`` defined by ``source`` in a fresh module namespace (annotations kept as text)."""
    namespace: dict[str, object] = {"__name__": "made", **globals_}
    exec(compile("from __future__ import annotations\n" + source, "<made>", "exec"), namespace)
    return typing.cast("types.FunctionType", namespace["run"])


_RUN = "def run(self, value: int) -> int: ...\n"


def test_the_tables_forget_a_function_once_it_is_gone() -> None:
    gc.collect()
    before = len(_declared_alike._SHAPES)
    for _ in range(10):
        assert _declared_alike.same_declaration(_made(_RUN), _made(_RUN)) is True
        assert _declared_alike.same_declaration(_made(_RUN), _made(_RUN, int=str)) is False
    gc.collect()
    assert len(_declared_alike._SHAPES) <= before


def test_an_entry_left_under_a_reused_id_is_not_taken_for_the_new_function() -> None:
    expected, found = _made(_RUN), _made(_RUN)
    other = _made("def run(self) -> None: ...\n")
    # As if the protocol's ``expected`` had been given the id of a function
    # read before and gone (only the protocol's side is kept).
    _declared_alike._SHAPES.entries[id(expected)] = (
        weakref.ref(other),
        _declared_alike._read_shape(other),
    )
    assert _declared_alike.same_declaration(expected, found) is True
    assert _declared_alike._SHAPES.entries[id(expected)][0]() is expected
    assert id(found) not in _declared_alike._SHAPES.entries
