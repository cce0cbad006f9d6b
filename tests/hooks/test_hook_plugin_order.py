"""A plugin's own wish to run first or last (``plugspec_order``)."""

from __future__ import annotations

import logging

import pytest
from _hook_plugins import GROUP, HOOK, LIFECYCLE, LOG_MODULE, LOG_SOURCE, MADE_LIFECYCLE, Lifecycle

import plugspec
from _envs import PluginEnv


def add_plugin(env: PluginEnv, dist: str, order: str | None = None) -> None:
    """Install ``dist``, whose ``Impl`` class says ``plugspec_order = order`` (if given)."""
    if LOG_MODULE not in env.written_modules:
        env.add_module(LOG_MODULE, LOG_SOURCE)
    wish = "" if order is None else f"plugspec_order = {order}"
    module = f"plugspec_test_order_{dist}"
    env.add_dist(
        dist,
        entry_points={GROUP: {HOOK: f"{module}:Impl"}},
        modules={
            module: f"""
class Impl:
    {wish}

    def on_start(self, config):
        return {dist!r}

    async def on_event(self, name):
        return name
"""
        },
    )


def started(hooks: plugspec.HookManager[Lifecycle]) -> list[str | None]:
    return hooks.map_method(Lifecycle.on_start, {})


def test_plugins_asking_first_or_last_are_called_so(plugin_env: PluginEnv) -> None:
    add_plugin(plugin_env, "a", "'last'")
    add_plugin(plugin_env, "b")
    add_plugin(plugin_env, "c", "'first'")
    add_plugin(plugin_env, "d")
    add_plugin(plugin_env, "e", "'first'")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    assert started(hooks) == ["c", "e", "b", "d", "a"]


def test_the_order_key_orders_the_plugins_within_each_wish(plugin_env: PluginEnv) -> None:
    add_plugin(plugin_env, "a", "'last'")
    add_plugin(plugin_env, "b", "'last'")
    add_plugin(plugin_env, "c", "'first'")
    add_plugin(plugin_env, "d", "'first'")
    add_plugin(plugin_env, "e")
    add_plugin(plugin_env, "f")
    backwards = {name: -ord(name) for name in "abcdef"}
    hooks = plugspec.HookManager(
        MADE_LIFECYCLE, HOOK, order=lambda ext: backwards[ext.dist_name or ""]
    )
    assert started(hooks) == ["d", "c", "f", "e", "b", "a"]


def test_a_registered_plugin_may_ask_too(plugin_env: PluginEnv) -> None:
    add_plugin(plugin_env, "a", "'first'")
    add_plugin(plugin_env, "b")

    class Last:
        plugspec_order = "last"

        def on_start(self, config: dict[str, str]) -> str | None:
            return "local"

        async def on_event(self, name: str) -> str:
            return name

    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    hooks.register(Last())
    # Without its wish it would come first: it has no distribution.
    assert started(hooks) == ["a", "b", "local"]


def test_an_unknown_wish_is_logged_and_ignored(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    add_plugin(plugin_env, "a")
    add_plugin(plugin_env, "b", "'sometimes'")
    add_plugin(plugin_env, "c", "1")
    with caplog.at_level(logging.WARNING, logger="plugspec"):
        hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    assert started(hooks) == ["a", "b", "c"]
    messages = [record.getMessage() for record in caplog.records]
    assert any("'sometimes'" in message and "(b 1.0)" in message for message in messages)
    assert any("not 1;" in message for message in messages)


def test_an_attribute_lookup_that_fails_states_no_wish() -> None:
    class Odd:
        def __getattr__(self, name: str) -> object:
            if name == "plugspec_order":
                raise RuntimeError(name)
            raise AttributeError(name)

        def on_start(self, config: dict[str, str]) -> str | None:
            return "odd"

        async def on_event(self, name: str) -> str:
            return name

    hooks = plugspec.HookManager.make_test_instance(LIFECYCLE, {HOOK: Odd()})
    assert started(hooks) == ["odd"]
