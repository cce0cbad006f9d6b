"""Monitoring every plugin call (``set_monitor``)."""

from __future__ import annotations

import asyncio
import logging

import pytest
from _hook_plugins import HOOK, LIFECYCLE, MADE_LIFECYCLE, Lifecycle, add_hook_plugin

import plugspec
from _envs import PluginEnv
from plugspec import HookCall


@pytest.fixture
def hooks(plugin_env: PluginEnv) -> plugspec.HookManager[Lifecycle]:
    add_hook_plugin(plugin_env, "a", start="'a'")
    add_hook_plugin(plugin_env, "b", start="1 / 0")
    return plugspec.HookManager(MADE_LIFECYCLE, HOOK)


def test_the_monitor_sees_each_plugin_call(
    hooks: plugspec.HookManager[Lifecycle], caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[HookCall[Lifecycle]] = []
    hooks.set_monitor(seen.append)
    with caplog.at_level(logging.CRITICAL, logger="plugspec"):
        assert hooks.map_method(Lifecycle.on_start, {"n": "1"}) == ["a"]
    first, second = seen
    assert [call.extension.dist_name for call in seen] == ["a", "b"]
    assert (first.method, first.args, first.kwargs) == ("on_start", ({"n": "1"},), {})
    assert (first.value, first.exception) == ("a", None)
    assert second.value is None
    assert isinstance(second.exception, ZeroDivisionError)
    assert all(call.seconds >= 0 for call in seen)
    assert repr(first) == "HookCall('lifecycle', 'on_start', value='a')"
    assert "ZeroDivisionError" in repr(second)


def test_the_monitor_sees_first_outcomes_historic_and_awaited_calls(
    hooks: plugspec.HookManager[Lifecycle], caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[tuple[str, object]] = []
    hooks.set_monitor(lambda call: seen.append((call.method, call.value)))
    assert hooks.first(Lifecycle.on_start, config={}) == "a"
    assert seen == [("on_start", "a")]
    hooks.map_method_outcomes(Lifecycle.on_start, {})
    assert len(seen) == 3
    with caplog.at_level(logging.CRITICAL, logger="plugspec"):
        hooks.call_historic(Lifecycle.on_start, {})
    assert len(seen) == 5
    seen.clear()
    assert asyncio.run(hooks.amap_method(Lifecycle.on_event, "go")) == ["a:go", "b:go"]
    assert seen == [("on_event", "a:go"), ("on_event", "b:go")]


def test_an_awaited_failure_is_seen_with_its_time(plugin_env: PluginEnv) -> None:
    add_hook_plugin(plugin_env, "slow", event="await __import__('asyncio').sleep(0.01)\n1 / 0")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    seen: list[HookCall[Lifecycle]] = []
    hooks.set_monitor(seen.append)
    [outcome] = asyncio.run(hooks.amap_method_outcomes(Lifecycle.on_event, "go"))
    [call] = seen
    assert isinstance(call.exception, ZeroDivisionError)
    assert call.exception is outcome.exception
    assert call.seconds >= 0.005


def test_clearing_the_monitor_restores_the_plain_calls(
    hooks: plugspec.HookManager[Lifecycle], caplog: pytest.LogCaptureFixture
) -> None:
    plain = hooks._bound_for(Lifecycle.on_start)
    seen: list[HookCall[Lifecycle]] = []
    hooks.set_monitor(seen.append)
    assert hooks._bound_for(Lifecycle.on_start) != plain
    hooks.set_monitor(None)
    assert hooks._bound_for(Lifecycle.on_start) == plain
    with caplog.at_level(logging.CRITICAL, logger="plugspec"):
        hooks.map_method(Lifecycle.on_start, {})
    assert seen == []


def test_a_plugin_registered_later_is_monitored(hooks: plugspec.HookManager[Lifecycle]) -> None:
    class Local:
        def on_start(self, config: dict[str, str]) -> str | None:
            return "local"

        async def on_event(self, name: str) -> str:
            return name

    hooks = plugspec.HookManager.make_test_instance(LIFECYCLE, {}, name=HOOK)
    seen: list[object] = []
    hooks.set_monitor(lambda call: seen.append(call.value))
    hooks.map_method(Lifecycle.on_start, {})
    hooks.register(Local())
    hooks.map_method(Lifecycle.on_start, {})
    assert seen == ["local"]


def test_a_monitor_that_raises_counts_as_the_plugin(
    hooks: plugspec.HookManager[Lifecycle], caplog: pytest.LogCaptureFixture
) -> None:
    def broken(call: HookCall[Lifecycle]) -> None:
        raise RuntimeError("monitor down")

    hooks.set_monitor(broken)
    with caplog.at_level(logging.ERROR, logger="plugspec"):
        assert hooks.map_method(Lifecycle.on_start, {}) == []
    assert "monitor down" in caplog.text
