"""map and map_method: typed calls over every plugin, and their exception policy."""

from __future__ import annotations

import logging
import types
from typing import Protocol

import pytest
from _manager_plugins import FORMATTERS, Formatter
from hypothesis import given
from hypothesis import strategies as st

import plugspec


class Upper:
    def __init__(self, label: str) -> None:
        self.label = label
        self.calls: list[tuple[object, ...]] = []

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        self.calls.append((rows, title))
        return f"{self.label}:{title}:{len(rows)}"


class Failing:
    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        raise self.exc


def manager_of(objs: dict[str, object], **kwargs: bool) -> plugspec.ExtensionManager[Formatter]:
    return plugspec.ExtensionManager.make_test_instance(FORMATTERS, objs, **kwargs)


def test_map_method_runs_each_plugins_own_method_with_the_arguments() -> None:
    a, b = Upper("a"), Upper("b")
    manager = manager_of({"a": a, "b": b})
    rows: list[dict[str, object]] = [{"x": 1}]
    assert manager.map_method(Formatter.format, rows, title="t") == ["a:t:1", "b:t:1"]
    assert a.calls == [(rows, "t")]
    assert b.calls == [(rows, "t")]


def test_map_calls_func_with_each_extension() -> None:
    manager = manager_of({"a": Upper("a"), "b": Upper("b")})
    assert manager.map(lambda ext, n, *, sep: f"{ext.name}{sep}{n}", 1, sep="=") == [
        "a=1",
        "b=1",
    ]


def test_keyword_arguments_named_like_the_parameters_pass_through() -> None:
    manager = manager_of({"a": Upper("a")})
    assert manager.map(lambda ext, *, func, method: (func, method), func=1, method=2) == [(1, 2)]


def test_an_empty_manager_returns_an_empty_list() -> None:
    manager = manager_of({})
    assert manager.map_method(Formatter.format, []) == []
    assert manager.map(lambda ext: ext.name) == []


@pytest.mark.parametrize("failing_at", [0, 1, 2])
def test_a_failing_plugin_is_logged_and_left_out(
    caplog: pytest.LogCaptureFixture, failing_at: int
) -> None:
    caplog.set_level(logging.WARNING, logger="plugspec")
    objs: dict[str, object] = {"a": Upper("a"), "b": Upper("b"), "c": Upper("c")}
    name = "abc"[failing_at]
    objs[name] = Failing(ValueError("bad rows"))
    manager = manager_of(objs)
    expected = [f"{n}:t:0" for n in "abc" if n != name]
    assert manager.map_method(Formatter.format, [], title="t") == expected
    assert manager.map(lambda ext: ext.obj.format([], title="t")) == expected
    records = [r for r in caplog.records if r.name == "plugspec"]
    assert len(records) == 2
    assert all(f"`{name}`" in r.getMessage() and "bad rows" in r.getMessage() for r in records)


def test_several_failures_are_each_left_out() -> None:
    manager = manager_of(
        {
            "a": Failing(ValueError("1")),
            "b": Upper("b"),
            "c": Failing(KeyError("2")),
            "d": Failing(RuntimeError("3")),
            "e": Upper("e"),
        }
    )
    assert manager.map_method(Formatter.format, []) == ["b::0", "e::0"]
    assert manager.map(lambda ext: ext.obj.format([])) == ["b::0", "e::0"]


@given(st.lists(st.booleans(), max_size=8))
def test_results_are_the_succeeding_plugins_in_order(fails: list[bool]) -> None:
    objs: dict[str, object] = {
        str(i): Failing(ValueError(str(i))) if fail else Upper(str(i))
        for i, fail in enumerate(fails)
    }
    logging.getLogger("plugspec").disabled = True
    try:
        results = manager_of(objs).map_method(Formatter.format, [])
    finally:
        logging.getLogger("plugspec").disabled = False
    assert results == [f"{i}::0" for i, fail in enumerate(fails) if not fail]


def test_propagate_map_exceptions_raises_the_plugins_exception() -> None:
    error = ValueError("bad rows")
    b = Upper("b")
    manager = manager_of({"a": Failing(error), "b": b}, propagate_map_exceptions=True)
    with pytest.raises(ValueError, match="bad rows") as info:
        manager.map_method(Formatter.format, [])
    assert info.value is error
    assert b.calls == []
    with pytest.raises(ValueError, match="bad rows"):
        manager.map(lambda ext: ext.obj.format([]))
    assert manager.propagate_map_exceptions


def test_propagation_also_applies_after_an_earlier_success() -> None:
    manager = manager_of(
        {"a": Upper("a"), "b": Failing(KeyError("k"))}, propagate_map_exceptions=True
    )
    with pytest.raises(KeyError):
        manager.map_method(Formatter.format, [])


def test_base_exceptions_from_plugins_propagate() -> None:
    class Interrupting:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            raise KeyboardInterrupt

    manager = manager_of({"a": Interrupting()})
    with pytest.raises(KeyboardInterrupt):
        manager.map_method(Formatter.format, [])
    with pytest.raises(KeyboardInterrupt):
        manager.map(lambda ext: ext.obj.format([]))


def test_map_method_needs_a_named_method() -> None:
    manager = manager_of({"a": Upper("a")})
    with pytest.raises(TypeError, match="protocol method"):
        manager.map_method(object(), [])  # type: ignore[arg-type]


class Named(Protocol):
    @classmethod
    def cls_name(cls) -> str: ...

    @staticmethod
    def static() -> str: ...


def test_map_method_accepts_classmethod_and_staticmethod_objects() -> None:
    class Both:
        @classmethod
        def cls_name(cls) -> str:
            return cls.__name__

        @staticmethod
        def static() -> str:
            return "static"

    manager = plugspec.ExtensionManager.make_test_instance(
        plugspec.Namespace("plugspec_tests.named", Named), {"a": Both()}
    )
    assert manager.map_method(vars(Named)["cls_name"]) == ["Both"]
    assert manager.map_method(vars(Named)["static"]) == ["static"]


def test_lookup_by_name() -> None:
    a = Upper("a")
    manager = manager_of({"a": a, "b": Upper("b")})
    assert manager["a"].obj is a
    assert "a" in manager
    assert "z" not in manager
    assert 3 not in manager
    with pytest.raises(KeyError) as info:
        manager["z"]
    message = str(info.value)
    assert "`z`" in message
    assert "plugspec_tests.formatters" in message
    assert "`a`, `b`" in message
    with pytest.raises(KeyError, match="none"):
        manager_of({})["z"]


def test_duplicates_are_kept_and_lookup_needs_a_resolver_wherever_they_sit() -> None:
    source = manager_of({"a": Upper("a1"), "b": Upper("b"), "c": Upper("c")})
    other = manager_of({"a": Upper("a2")})
    # Not adjacent: stevedore only notices adjacent duplicates.
    exts = [source["a"], source["b"], source["c"], other["a"]]
    manager = plugspec.ExtensionManager.make_test_instance(FORMATTERS, exts)
    assert manager.names() == ["a", "b", "c", "a"]
    assert manager.map_method(Formatter.format, []) == ["a1::0", "b::0", "c::0", "a2::0"]
    with pytest.raises(plugspec.MultipleMatchesError) as info:
        manager["a"]
    assert len(info.value.candidates) == 2
    assert manager["b"].name == "b"
    resolved = plugspec.ExtensionManager.make_test_instance(
        FORMATTERS, exts, conflict_resolver=lambda candidates: candidates[-1]
    )
    assert resolved["a"] is other["a"]


def test_the_extensions_list_is_a_copy() -> None:
    manager = manager_of({"a": Upper("a")})
    manager.extensions.clear()
    assert len(manager.extensions) == 1


class Runner(Protocol):
    def run(self) -> int: ...


class Spy:
    """A Formatter that records any call."""

    def __init__(self) -> None:
        self.called = False

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        self.called = True
        return ""

    def run(self) -> int:
        self.called = True
        return 0


def test_a_method_of_another_protocol_is_refused_before_any_plugin_runs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="plugspec")
    spy = Spy()
    manager = manager_of({"a": spy})
    calls = [
        lambda: manager.map_method(Runner.run),  # type: ignore[arg-type]
        lambda: manager.first(Runner.run),  # type: ignore[arg-type]
        lambda: manager.map_method_outcomes(Runner.run),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(
            TypeError, match=r"`Runner\.run` is not a member of the protocol `Formatter`"
        ):
            call()
    dispatch = plugspec.DispatchExtensionManager.make_test_instance(FORMATTERS, {"a": spy})
    with pytest.raises(TypeError, match="`Formatter`"):
        dispatch.map_method(lambda ext: True, Runner.run)  # type: ignore[arg-type]
    assert not spy.called
    assert not [r for r in caplog.records if r.name == "plugspec"]
    assert manager.map_method(Formatter.format, []) == [""]


def test_many_distinct_method_objects_keep_working() -> None:
    manager = manager_of({"a": Upper("a")})
    for index in range(100):

        def format(self: Formatter, rows: list[dict[str, object]], *, title: str = "") -> str:
            raise AssertionError("the plugin's own method runs, not this one")

        assert manager.map_method(format, [], title=str(index)) == [f"a:{index}:0"]


def test_a_module_can_be_given_as_a_plugin() -> None:
    module = types.ModuleType("plugspec_test_module_plugin")
    exec("def format(rows, *, title=''):\n    return 'module'\n", vars(module))
    manager = plugspec.ExtensionManager.make_test_instance(FORMATTERS, {"mod": module})
    assert manager["mod"].entry_point.value == "plugspec_test_module_plugin"
    assert manager.map_method(Formatter.format, []) == ["module"]
