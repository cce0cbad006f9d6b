"""Calling every plugin but some (``excluding``)."""

from __future__ import annotations

from collections.abc import Generator

import pytest
from _hook_plugins import HOOK, LIFECYCLE, MADE_LIFECYCLE, Lifecycle, add_hook_plugin

import plugspec
from _envs import PluginEnv
from plugspec import HookCall


class Local:
    def on_start(self, config: dict[str, str]) -> str | None:
        return "local"

    async def on_event(self, name: str) -> str:
        return name


@pytest.fixture
def hooks(plugin_env: PluginEnv) -> plugspec.HookManager[Lifecycle]:
    for dist in ("a", "b", "c"):
        add_hook_plugin(plugin_env, dist, start=repr(dist))
    return plugspec.HookManager(MADE_LIFECYCLE, HOOK)


def started(hooks: plugspec.HookManager[Lifecycle]) -> list[str | None]:
    return hooks.map_method(Lifecycle.on_start, {})


def test_plugins_are_left_out_by_distribution_name_or_extension(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    assert started(hooks.excluding("b")) == ["a", "c"]
    c = hooks.extensions[2]
    assert started(hooks.excluding("a", c)) == ["b"]
    assert started(hooks) == ["a", "b", "c"]


def test_registered_plugins_are_left_out_by_their_name(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    hooks.register(Local(), name="local")
    assert started(hooks.excluding("local")) == ["a", "b", "c"]
    # The hook's name is every installed plugin's name.
    assert started(hooks.excluding(HOOK)) == ["local"]


def test_an_unknown_plugin_is_a_key_error(hooks: plugspec.HookManager[Lifecycle]) -> None:
    with pytest.raises(KeyError, match="is 'zz'"):
        hooks.excluding("a", "zz")
    other = plugspec.HookManager.make_test_instance(LIFECYCLE, {HOOK: Local()})
    with pytest.raises(KeyError, match="Extension"):
        hooks.excluding(other.extensions[0])


def test_the_subset_keeps_wrappers_monitor_and_order_then_goes_its_own_way(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    @hooks.wrap(Lifecycle.on_start)
    def tagged(config: dict[str, str]) -> Generator[None, list[str | None], list[str | None]]:
        return [*(yield), "wrapped"]

    seen: list[HookCall[Lifecycle]] = []
    hooks.set_monitor(seen.append)
    hooks.call_historic(Lifecycle.on_start, {})
    seen.clear()
    subset = hooks.excluding("a")
    assert started(subset) == ["b", "c", "wrapped"]
    assert [call.extension.dist_name for call in seen] == ["b", "c"]

    subset.unwrap(Lifecycle.on_start, tagged)
    assert started(subset) == ["b", "c"]
    assert started(hooks) == ["a", "b", "c", "wrapped"]

    late = Local()
    subset.register(late)
    assert late not in [ext.obj for ext in hooks]
    # The subset replayed the historic call for its late plugin.
    assert [call.extension.obj for call in seen][-1] is late
    assert len(hooks) == 3
