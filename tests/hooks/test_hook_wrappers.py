"""Wrappers around the hook calls (``wrap`` / ``unwrap``)."""

from __future__ import annotations

import logging
from collections.abc import Generator
from typing import Any, Protocol

import pytest
from _hook_plugins import HOOK, LIFECYCLE, MADE_LIFECYCLE, Lifecycle, add_hook_plugin, calls

import plugspec
from _envs import PluginEnv


class Stoppable(Lifecycle, Protocol):
    def on_stop(self) -> str: ...


Results = list[str | None]
Wrapper = Generator[None, Results, Results]


@pytest.fixture
def hooks(plugin_env: PluginEnv) -> plugspec.HookManager[Lifecycle]:
    add_hook_plugin(plugin_env, "a", start="'a:' + config.get('n', '')")
    add_hook_plugin(plugin_env, "b", start="'b:' + config.get('n', '')")
    return plugspec.HookManager(MADE_LIFECYCLE, HOOK)


def test_a_wrapper_runs_around_the_call_and_sees_its_arguments_and_result(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    seen: list[object] = []

    @hooks.wrap(Lifecycle.on_start)
    def record(config: dict[str, str]) -> Wrapper:
        seen.append(("before", config, calls()))
        results = yield
        seen.append(("after", results, calls()))
        return results

    assert hooks.map_method(Lifecycle.on_start, {"n": "1"}) == ["a:1", "b:1"]
    both = [("start", "a"), ("start", "b")]
    assert seen == [("before", {"n": "1"}, []), ("after", ["a:1", "b:1"], both)]
    # Keyword arguments reach the wrapper as keywords.
    assert hooks.map_method(Lifecycle.on_start, config={"n": "2"}) == ["a:2", "b:2"]
    assert seen[-2][:2] == ("before", {"n": "2"})


def test_a_wrapper_may_replace_the_result(hooks: plugspec.HookManager[Lifecycle]) -> None:
    @hooks.wrap(Lifecycle.on_start)
    def drop_none(config: dict[str, str]) -> Wrapper:
        results = yield
        return [result.upper() for result in results if result]

    assert hooks.map_method(Lifecycle.on_start, {}) == ["A:", "B:"]


def test_a_wrapper_sees_the_exception_and_may_turn_it_into_a_result(
    plugin_env: PluginEnv,
) -> None:
    add_hook_plugin(plugin_env, "bad", start="1 / 0")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK, propagate_map_exceptions=True)
    caught: list[Exception] = []

    @hooks.wrap(Lifecycle.on_start)
    def recover(config: dict[str, str]) -> Wrapper:
        try:
            return (yield)
        except ZeroDivisionError as error:
            caught.append(error)
            return ["recovered"]

    assert hooks.map_method(Lifecycle.on_start, {}) == ["recovered"]
    assert [type(error) for error in caught] == [ZeroDivisionError]


def test_an_exception_a_wrapper_lets_through_propagates(plugin_env: PluginEnv) -> None:
    add_hook_plugin(plugin_env, "bad", start="1 / 0")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK, propagate_map_exceptions=True)
    after: list[str] = []

    @hooks.wrap(Lifecycle.on_start)
    def cleanup(config: dict[str, str]) -> Wrapper:
        try:
            return (yield)
        finally:
            after.append("cleaned up")

    with pytest.raises(ZeroDivisionError):
        hooks.map_method(Lifecycle.on_start, {})
    assert after == ["cleaned up"]


def test_wrappers_nest_the_first_added_outermost(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    order: list[str] = []

    def tracing(label: str) -> object:
        def wrapper(config: dict[str, str]) -> Wrapper:
            order.append(f"{label} before")
            results = yield
            order.append(f"{label} after")
            return [*results, label]

        return wrapper

    outer = hooks.wrap(Lifecycle.on_start)(tracing("outer"))  # type: ignore[arg-type]
    hooks.wrap(Lifecycle.on_start)(tracing("inner"))  # type: ignore[arg-type]
    assert hooks.map_method(Lifecycle.on_start, {}) == ["a:", "b:", "inner", "outer"]
    assert order == ["outer before", "inner before", "inner after", "outer after"]
    hooks.unwrap(Lifecycle.on_start, outer)
    assert hooks.map_method(Lifecycle.on_start, {}) == ["a:", "b:", "inner"]


def test_an_exception_in_a_wrapper_reaches_the_outer_ones(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    seen: list[object] = []

    @hooks.wrap(Lifecycle.on_start)
    def outer(config: dict[str, str]) -> Wrapper:
        try:
            return (yield)
        except KeyError as error:
            seen.append(error)
            return []

    @hooks.wrap(Lifecycle.on_start)
    def inner(config: dict[str, str]) -> Wrapper:
        raise KeyError("before the plugins")
        yield  # pragma: no cover

    assert hooks.map_method(Lifecycle.on_start, {}) == []
    assert calls() == []  # the plugins were not called
    assert [type(error) for error in seen] == [KeyError]


def test_a_wrapper_that_does_not_yield_once_is_an_error(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    def never(config: dict[str, str]) -> Wrapper:
        if config:
            yield
        return []

    hooks.wrap(Lifecycle.on_start)(never)
    with pytest.raises(RuntimeError, match=r"`.*never` returned without yielding"):
        hooks.map_method(Lifecycle.on_start, {})
    hooks.unwrap(Lifecycle.on_start, never)

    def twice(config: dict[str, str]) -> Wrapper:
        yield
        yield
        return []

    hooks.wrap(Lifecycle.on_start)(twice)
    with pytest.raises(RuntimeError, match="yielded more than once"):
        hooks.map_method(Lifecycle.on_start, {})


def test_unwrapping_restores_the_plain_call(hooks: plugspec.HookManager[Lifecycle]) -> None:
    def wrapper(config: dict[str, str]) -> Wrapper:
        yield
        return ["wrapped"]

    plain = hooks.map_method
    hooks.wrap(Lifecycle.on_start)(wrapper)
    assert hooks.map_method(Lifecycle.on_start, {}) == ["wrapped"]
    hooks.unwrap(Lifecycle.on_start, wrapper)
    assert "map_method" not in vars(hooks)
    assert hooks.map_method == plain
    assert hooks.map_method(Lifecycle.on_start, {}) == ["a:", "b:"]
    with pytest.raises(ValueError, match="does not wrap `on_start`"):
        hooks.unwrap(Lifecycle.on_start, wrapper)


def test_wrappers_wrap_only_their_method_and_historic_calls(plugin_env: PluginEnv) -> None:
    class Two:
        def on_start(self, config: dict[str, str]) -> str | None:
            return "start"

        async def on_event(self, name: str) -> str:
            return name

        def on_stop(self) -> str:
            return "stop"

    namespace = plugspec.Namespace(LIFECYCLE.group, Stoppable)
    hooks = plugspec.HookManager.make_test_instance(namespace, {HOOK: Two()})

    @hooks.wrap(Stoppable.on_start)
    def starts(config: dict[str, str]) -> Wrapper:
        results = yield
        return [*results, "wrapped"]

    assert hooks.map_method(Stoppable.on_stop) == ["stop"]
    assert hooks.map_method(Stoppable.on_start, {}) == ["start", "wrapped"]
    assert hooks.call_historic(Stoppable.on_start, {}) == ["start", "wrapped"]
    assert hooks.first(Stoppable.on_start, {}) == "start"


def test_wrap_refuses_a_method_of_another_protocol(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    class Other:
        def run(self) -> None: ...

    with pytest.raises(TypeError, match="not a member"):
        hooks.wrap(Other.run)  # type: ignore[arg-type]


def test_an_exception_a_wrapper_raises_after_the_call_propagates(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    @hooks.wrap(Lifecycle.on_start)
    def refuse(config: dict[str, str]) -> Wrapper:
        results = yield
        raise LookupError(f"{len(results)} results")

    with pytest.raises(LookupError, match="2 results"):
        hooks.map_method(Lifecycle.on_start, {})

    @hooks.wrap(Lifecycle.on_start)
    def inner(config: dict[str, str]) -> Wrapper:
        return (yield)

    # Through an inner wrapper too.
    with pytest.raises(LookupError, match="2 results"):
        hooks.map_method(Lifecycle.on_start, {})


def test_a_nested_wrapper_that_does_not_yield_once_is_an_error(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    def outer(config: dict[str, str]) -> Wrapper:
        return (yield)

    def never(config: dict[str, str]) -> Wrapper:
        if config:
            yield
        return []

    def twice(config: dict[str, str]) -> Wrapper:
        yield
        yield
        return []

    hooks.wrap(Lifecycle.on_start)(outer)
    hooks.wrap(Lifecycle.on_start)(never)
    with pytest.raises(RuntimeError, match=r"`.*never` returned without yielding"):
        hooks.map_method(Lifecycle.on_start, {})
    hooks.unwrap(Lifecycle.on_start, never)
    hooks.wrap(Lifecycle.on_start)(twice)
    with pytest.raises(RuntimeError, match="yielded more than once"):
        hooks.map_method(Lifecycle.on_start, {})


def test_a_wrapped_call_finishes_after_a_plugin_fails_and_the_wrapper_sees_the_rest(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    add_hook_plugin(plugin_env, "a", start="'a'")
    add_hook_plugin(plugin_env, "b", start="1 / 0")
    add_hook_plugin(plugin_env, "c", start="'c'")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    seen: list[Results] = []

    @hooks.wrap(Lifecycle.on_start)
    def record(config: dict[str, str]) -> Wrapper:
        results = yield
        seen.append(results)
        return results

    with caplog.at_level(logging.ERROR, logger="plugspec"):
        assert hooks.map_method(Lifecycle.on_start, {}) == ["a", "c"]
        # The same through keyword arguments.
        assert hooks.map_method(Lifecycle.on_start, config={}) == ["a", "c"]
    assert seen == [["a", "c"], ["a", "c"]]
    assert caplog.text.count("ZeroDivisionError") >= 2
    assert calls() == [("start", "a"), ("start", "b"), ("start", "c")] * 2


def test_a_wrapper_that_raises_before_yielding_stops_the_call(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    @hooks.wrap(Lifecycle.on_start)
    def refuse(config: dict[str, str]) -> Wrapper:
        raise PermissionError("not now")
        yield  # pragma: no cover

    with pytest.raises(PermissionError, match="not now"):
        hooks.map_method(Lifecycle.on_start, {})
    assert calls() == []


def test_a_wrapped_call_follows_the_plugins_and_the_monitor(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    @hooks.wrap(Lifecycle.on_start)
    def count(config: dict[str, str]) -> Wrapper:
        results = yield
        return [*results, f"{len(results)} plugins"]

    assert hooks.map_method(Lifecycle.on_start, {}) == ["a:", "b:", "2 plugins"]

    class Local:
        def on_start(self, config: dict[str, str]) -> str | None:
            return "local"

        async def on_event(self, name: str) -> str:
            return name

    local = hooks.register(Local(), name="local")
    assert hooks.map_method(Lifecycle.on_start, {}) == ["local", "a:", "b:", "3 plugins"]
    monitored: list[str] = []
    hooks.set_monitor(lambda call: monitored.append(call.extension.name))
    assert hooks.map_method(Lifecycle.on_start, {})[-1] == "3 plugins"
    assert monitored == ["local", HOOK, HOOK]
    hooks.set_monitor(None)
    hooks.unregister(local)
    assert hooks.map_method(Lifecycle.on_start, {}) == ["a:", "b:", "2 plugins"]
    assert monitored == ["local", HOOK, HOOK]


class _Steps(Generator[None, Results, Results]):
    """A wrapper's generator written as a class (not a Python generator)."""

    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.started = False

    def send(self, value: Any) -> None:
        if not self.started:
            self.started = True
            self.log.append("before")
            return None
        self.log.append("after")
        raise StopIteration([*value, "steps"])

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> None:  # pyright: ignore[reportIncompatibleMethodOverride]
        raise typ if val is None else val


def test_a_wrapper_may_return_any_generator(hooks: plugspec.HookManager[Lifecycle]) -> None:
    log: list[str] = []

    @hooks.wrap(Lifecycle.on_start)
    def stepped(config: dict[str, str]) -> Wrapper:
        return _Steps(log)

    assert hooks.map_method(Lifecycle.on_start, {}) == ["a:", "b:", "steps"]
    assert log == ["before", "after"]
