"""In-process plugins: ``register``, ``unregister`` and historic calls."""

from __future__ import annotations

import logging

import pytest
from _hook_plugins import HOOK, LIFECYCLE, MADE_LIFECYCLE, Lifecycle, add_hook_plugin, calls

import plugspec
from _envs import PluginEnv


class Local:
    """An in-process implementation of ``Lifecycle``."""

    def __init__(self, label: str = "local") -> None:
        self.label = label
        self.seen: list[dict[str, str]] = []

    def on_start(self, config: dict[str, str]) -> str | None:
        self.seen.append(config)
        return self.label

    async def on_event(self, name: str) -> str:
        return f"{self.label}:{name}"


class NoEvent:
    def on_start(self, config: dict[str, str]) -> str | None:
        return None


@pytest.fixture
def hooks(plugin_env: PluginEnv) -> plugspec.HookManager[Lifecycle]:
    add_hook_plugin(plugin_env, "installed", start="'installed'")
    return plugspec.HookManager(MADE_LIFECYCLE, HOOK)


def test_a_registered_plugin_joins_the_listing_and_the_calls(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    local = Local()
    extension = hooks.register(local, name="local")
    assert extension.obj is local
    assert extension.plugin is local
    assert extension.dist_name is None
    assert extension.entry_point_target == f"{__name__}:Local()"
    # No distribution sorts first in the default order.
    assert hooks.extensions == [extension, *[ext for ext in hooks if ext is not extension]]
    assert hooks.names() == ["local", HOOK]
    assert hooks["local"] is extension
    assert hooks.map_method(Lifecycle.on_start, {"a": "1"}) == ["local", "installed"]
    assert local.seen == [{"a": "1"}]
    assert calls() == [("start", "installed")]


def test_the_name_defaults_to_the_hook_name(hooks: plugspec.HookManager[Lifecycle]) -> None:
    extension = hooks.register(Local())
    assert extension.name == HOOK
    assert hooks.names() == [HOOK, HOOK]


def test_a_registered_plugin_is_not_invoked(plugin_env: PluginEnv) -> None:
    class Callable(Local):
        def __call__(self) -> object:
            raise AssertionError("invoked")

    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    hooks.register(Callable())
    assert hooks.map_method(Lifecycle.on_start, {}) == ["local"]


def test_a_plugin_that_does_not_conform_is_refused_like_a_loaded_one(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    seen: list[tuple[object, plugspec.PlugspecError]] = []
    hooks = plugspec.HookManager(
        MADE_LIFECYCLE,
        HOOK,
        on_load_failure_callback=lambda manager, ep, error: seen.append((ep, error)),
    )
    before = hooks.extensions
    with pytest.raises(plugspec.ConformanceError, match="on_event") as refused:
        hooks.register(NoEvent(), name="broken")  # type: ignore[arg-type]
    assert hooks.extensions == before
    [(entry_point, error)] = hooks.failures
    assert error is refused.value
    assert str(entry_point) == f"broken = {__name__}:NoEvent()"
    assert seen == [(entry_point, error)]
    assert "broken" in str(error)
    assert LIFECYCLE.group in str(error)


def test_a_name_registered_twice_is_kept_twice_as_entry_points_are(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    first = hooks.register(Local("one"), name="local")
    second = hooks.register(Local("two"), name="local")
    assert hooks.names().count("local") == 2
    assert hooks.map_method(Lifecycle.on_start, {}) == ["one", "two", "installed"]
    with pytest.raises(plugspec.MultipleMatchesError):
        hooks["local"]
    with pytest.raises(plugspec.MultipleMatchesError):
        hooks.unregister("local")
    assert hooks.unregister(second) is second
    assert hooks["local"] is first


def test_a_conflict_resolver_picks_what_unregister_removes(plugin_env: PluginEnv) -> None:
    hooks = plugspec.HookManager(
        LIFECYCLE, HOOK, conflict_resolver=lambda candidates: candidates[-1]
    )
    hooks.register(Local("one"), name="local")
    hooks.register(Local("two"), name="local")
    hooks.unregister("local")
    assert hooks.map_method(Lifecycle.on_start, {}) == ["one"]


def test_unregister_removes_registered_and_installed_plugins(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    local = hooks.register(Local(), name="local")
    assert hooks.unregister("local") is local
    assert "local" not in hooks
    assert hooks.map_method(Lifecycle.on_start, {}) == ["installed"]
    [installed] = hooks.extensions
    hooks.unregister(installed)
    assert hooks.map_method(Lifecycle.on_start, {}) == []
    assert len(hooks) == 0


def test_unregister_refuses_what_is_not_there(hooks: plugspec.HookManager[Lifecycle]) -> None:
    with pytest.raises(KeyError, match="no plugin named `nothing`"):
        hooks.unregister("nothing")
    local = hooks.register(Local(), name="local")
    hooks.unregister(local)
    with pytest.raises(KeyError, match="not a plugin of this manager"):
        hooks.unregister(local)


def test_registered_plugins_follow_the_order_key(plugin_env: PluginEnv) -> None:
    add_hook_plugin(plugin_env, "b", start="'b'")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK, order=lambda ext: ext.name)
    hooks.register(Local("z"), name="z")
    hooks.register(Local("a"), name="a")
    assert hooks.map_method(Lifecycle.on_start, {}) == ["a", "b", "z"]


def test_registered_async_plugins_are_awaited(hooks: plugspec.HookManager[Lifecycle]) -> None:
    import asyncio

    hooks.register(Local(), name="local")
    assert asyncio.run(hooks.amap_method(Lifecycle.on_event, "go")) == [
        "local:go",
        "installed:go",
    ]


def test_historic_calls_are_replayed_for_later_plugins(
    hooks: plugspec.HookManager[Lifecycle],
) -> None:
    assert hooks.call_historic(Lifecycle.on_start, {"n": "1"}) == ["installed"]
    assert hooks.call_historic(Lifecycle.on_start, config={"n": "2"}) == ["installed"]
    late = Local()
    hooks.register(late)
    assert late.seen == [{"n": "1"}, {"n": "2"}]
    # Only the new plugin is called; later calls reach every plugin.
    assert calls() == [("start", "installed")] * 2
    assert hooks.map_method(Lifecycle.on_start, {"n": "3"}) == ["local", "installed"]
    assert late.seen[-1] == {"n": "3"}


def test_a_replayed_call_that_raises_follows_the_policy(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    class Failing(Local):
        def on_start(self, config: dict[str, str]) -> str | None:
            raise ValueError("not ready")

    logged = plugspec.HookManager(LIFECYCLE, HOOK)
    logged.call_historic(Lifecycle.on_start, {})
    with caplog.at_level(logging.ERROR, logger="plugspec"):
        logged.register(Failing())
    assert "not ready" in caplog.text
    assert len(logged) == 1

    raising = plugspec.HookManager(LIFECYCLE, HOOK, propagate_map_exceptions=True)
    raising.call_historic(Lifecycle.on_start, {})
    with pytest.raises(ValueError, match="not ready"):
        raising.register(Failing())


def test_historic_calls_check_the_method(hooks: plugspec.HookManager[Lifecycle]) -> None:
    class Other:
        def run(self) -> None: ...

    with pytest.raises(TypeError, match="not a member"):
        hooks.call_historic(Other.run)  # type: ignore[arg-type]


def test_make_test_instance_managers_take_registrations() -> None:
    hooks = plugspec.HookManager.make_test_instance(LIFECYCLE, {}, name=HOOK)
    hooks.register(Local())
    assert hooks.map_method(Lifecycle.on_start, {}) == ["local"]
