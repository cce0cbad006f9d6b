"""``map_method`` passes every arrangement of arguments through unchanged."""

from __future__ import annotations

import inspect
import logging
from typing import Any, Protocol

import pytest
from hypothesis import given
from hypothesis import strategies as st

import plugspec


class Recorder(Protocol):
    def record(self, *args: object, **kwargs: object) -> object: ...


RECORDERS = plugspec.Namespace("plugspec_tests.recorders", Recorder)


class Echo:
    def __init__(self, label: str, fails: bool) -> None:
        self.label = label
        self.fails = fails

    def record(self, *args: object, **kwargs: object) -> object:
        if self.fails:
            raise RuntimeError(self.label)
        return (self.label, args, kwargs)


values = st.none() | st.integers() | st.text(max_size=3)


@given(
    args=st.lists(values, max_size=3),
    kwargs=st.dictionaries(st.sampled_from(["arg", "method", "args", "x"]), values, max_size=2),
    failing=st.lists(st.booleans(), max_size=4),
)
def test_map_method_calls_each_plugin_with_exactly_the_given_arguments(
    args: list[object], kwargs: dict[str, object], failing: list[bool]
) -> None:
    plugins = {f"p{i}": Echo(f"p{i}", fails) for i, fails in enumerate(failing)}
    manager = plugspec.ExtensionManager.make_test_instance(RECORDERS, plugins)
    expected = [(p.label, tuple(args), kwargs) for p in plugins.values() if not p.fails]
    logger = logging.getLogger("plugspec")
    logger.disabled = True  # failures are expected here; their logging is tested elsewhere
    try:
        assert manager.map_method(Recorder.record, *args, **kwargs) == expected
    finally:
        logger.disabled = False
    outcomes = manager.map_method_outcomes(Recorder.record, *args, **kwargs)
    assert [o.value for o in outcomes if o.ok] == expected
    assert [o.ok for o in outcomes] == [not fails for fails in failing]


def test_propagating_managers_raise_on_every_path() -> None:
    manager = plugspec.ExtensionManager.make_test_instance(
        RECORDERS,
        {"ok": Echo("ok", False), "bad": Echo("bad", True)},
        propagate_map_exceptions=True,
    )
    for args, kwargs in [((), {}), ((1,), {}), ((1, 2), {}), ((), {"k": 1})]:
        with pytest.raises(RuntimeError, match="bad"):
            manager.map_method(Recorder.record, *args, **kwargs)


def test_map_method_keeps_its_typed_signature_and_documentation() -> None:
    method: Any = plugspec.ExtensionManager.map_method
    assert list(inspect.signature(method).parameters) == ["self", "method", "args", "kwargs"]
    assert method.__doc__ is not None
    assert method.__doc__.startswith("Call each plugin's own ``method``")
    assert method.__name__ == "map_method"
