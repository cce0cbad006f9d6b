"""``amap_method`` and ``amap_method_outcomes`` on installed ``async def`` hooks."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

import pytest
from _hook_plugins import HOOK, MADE_LIFECYCLE, Lifecycle, add_hook_plugin, calls

import plugspec
from _envs import PluginEnv

T = TypeVar("T")

# Each plugin announces itself, then waits for the other one: only a
# concurrent call can finish.
RENDEZVOUS = {
    "a": "_log.event('a').set()\nawait _log.event('b').wait()",
    "b": "_log.event('b').set()\nawait _log.event('a').wait()",
}
# Gives the event loop a turn in the middle of the call.
YIELD = "await __import__('asyncio').sleep(0)"


def run(call: Coroutine[Any, Any, T]) -> T:
    # The deadline turns a deadlock (plugins not run concurrently) into a failure.
    async def bounded() -> T:
        return await asyncio.wait_for(call, timeout=30)

    return asyncio.run(bounded())


def hooks(**kwargs: Any) -> plugspec.HookManager[Lifecycle]:
    return plugspec.HookManager(MADE_LIFECYCLE, HOOK, **kwargs)


@pytest.fixture
def rendezvous(plugin_env: PluginEnv) -> PluginEnv:
    for dist, event in RENDEZVOUS.items():
        add_hook_plugin(plugin_env, dist, event=event)
    return plugin_env


def test_plugins_run_concurrently_and_results_keep_plugin_order(rendezvous: PluginEnv) -> None:
    assert run(hooks().amap_method(Lifecycle.on_event, "go")) == ["a:go", "b:go"]
    assert calls()[:2] == [("begin", "a"), ("begin", "b")]


def test_outcomes_run_concurrently_too(rendezvous: PluginEnv) -> None:
    outcomes = run(hooks().amap_method_outcomes(Lifecycle.on_event, "go"))
    assert [(o.extension.dist_name, o.value, o.ok) for o in outcomes] == [
        ("a", "a:go", True),
        ("b", "b:go", True),
    ]


def test_one_by_one_when_not_concurrent(plugin_env: PluginEnv) -> None:
    for dist in ("a", "b", "c"):
        add_hook_plugin(plugin_env, dist, event=YIELD)
    assert run(hooks(concurrent=False).amap_method(Lifecycle.on_event, "x")) == [
        "a:x",
        "b:x",
        "c:x",
    ]
    expected = [(step, dist) for dist in "abc" for step in ("begin", "end")]
    assert calls() == expected
    outcomes = run(hooks(concurrent=False).amap_method_outcomes(Lifecycle.on_event, "y"))
    assert [o.value for o in outcomes] == ["a:y", "b:y", "c:y"]
    assert calls()[len(expected) :] == expected
    # Concurrently, every plugin begins before any ends.
    run(hooks().amap_method(Lifecycle.on_event, "z"))
    assert [step for step, _ in calls()[2 * len(expected) :]] == ["begin"] * 3 + ["end"] * 3


def test_the_attribute_switches_an_existing_manager(plugin_env: PluginEnv) -> None:
    for dist in ("a", "b"):
        add_hook_plugin(plugin_env, dist, event=YIELD)
    manager = plugspec.ExtensionManager(MADE_LIFECYCLE)
    manager.concurrent = False
    first, second = (ext.dist_name for ext in manager)  # discovery order
    assert run(manager.amap_method(Lifecycle.on_event, "x")) == [f"{first}:x", f"{second}:x"]
    assert calls() == [("begin", first), ("end", first), ("begin", second), ("end", second)]


@pytest.mark.parametrize("concurrent", [True, False])
def test_a_failing_plugin_is_logged_and_left_out(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture, concurrent: bool
) -> None:
    add_hook_plugin(plugin_env, "a", event="raise LookupError(name)")
    add_hook_plugin(plugin_env, "b")
    add_hook_plugin(plugin_env, "c", event="raise ValueError(name)")
    with caplog.at_level(logging.ERROR, logger="plugspec"):
        results = run(hooks(concurrent=concurrent).amap_method(Lifecycle.on_event, "x"))
    assert results == ["b:x"]
    messages = [r.getMessage() for r in caplog.records if r.name == "plugspec"]
    assert len(messages) == 2
    assert "LookupError" in messages[0]
    assert "(a 1.0)" in messages[0]
    assert "ValueError" in messages[1]
    outcomes = run(hooks(concurrent=concurrent).amap_method_outcomes(Lifecycle.on_event, "x"))
    assert [type(o.exception) for o in outcomes] == [LookupError, type(None), ValueError]


def test_propagating_concurrently_runs_every_plugin_and_raises_the_first_failure(
    plugin_env: PluginEnv,
) -> None:
    add_hook_plugin(plugin_env, "a", event=YIELD)
    add_hook_plugin(plugin_env, "b", event="raise LookupError('b')")
    add_hook_plugin(plugin_env, "c", event="raise ValueError('c')")
    add_hook_plugin(plugin_env, "d")
    manager = hooks(propagate_map_exceptions=True)
    with pytest.raises(LookupError, match="b"):
        run(manager.amap_method(Lifecycle.on_event, "x"))
    assert ("end", "d") in calls()
    assert ("end", "a") in calls()


def test_propagating_one_by_one_stops_at_the_first_failure(plugin_env: PluginEnv) -> None:
    add_hook_plugin(plugin_env, "a")
    add_hook_plugin(plugin_env, "b", event="raise LookupError('b')")
    add_hook_plugin(plugin_env, "c")
    manager = hooks(propagate_map_exceptions=True, concurrent=False)
    with pytest.raises(LookupError, match="b"):
        run(manager.amap_method(Lifecycle.on_event, "x"))
    assert calls() == [("begin", "a"), ("end", "a"), ("begin", "b")]


def test_an_empty_or_single_plugin_hook(plugin_env: PluginEnv) -> None:
    assert run(hooks().amap_method(Lifecycle.on_event, "x")) == []
    assert run(hooks().amap_method_outcomes(Lifecycle.on_event, "x")) == []
    add_hook_plugin(plugin_env, "only")
    assert run(hooks().amap_method(Lifecycle.on_event, "x")) == ["only:x"]


def test_calls_that_do_not_await_refuse_an_async_method(plugin_env: PluginEnv) -> None:
    add_hook_plugin(plugin_env, "a", event="return 'a:' + name")
    manager = hooks()
    # Bound for awaiting first: the calls that do not await must still refuse it.
    assert run(manager.amap_method(Lifecycle.on_event, "x")) == ["a:x"]
    for call in (manager.map_method, manager.first, manager.map_method_outcomes):
        with pytest.raises(TypeError, match=r"`Lifecycle\.on_event` is `async def`.*amap_method"):
            call(Lifecycle.on_event, "x")
    assert calls() == [("begin", "a")]  # awaited once, by amap_method only
    assert run(manager.amap_method_outcomes(Lifecycle.on_event, "y"))[0].value == "a:y"
