"""NamedExtensionManager and HookManager: load only what is asked for."""

from __future__ import annotations

import logging
import sys

import pytest
from _manager_plugins import FORMATTERS, GROUP, MADE_FORMATTERS, Formatter, add_formatter

import plugspec
from _envs import PluginEnv


@pytest.fixture
def three(plugin_env: PluginEnv) -> PluginEnv:
    for name in ("a", "b", "c"):
        add_formatter(plugin_env, name)
    return plugin_env


def test_named_loads_and_imports_only_the_named_plugins(three: PluginEnv) -> None:
    manager = plugspec.NamedExtensionManager(MADE_FORMATTERS, ["c", "a"])
    assert sorted(manager.names()) == ["a", "c"]
    assert "plugspec_test_b" not in sys.modules
    assert "plugspec_test_a" in sys.modules


def test_name_order_follows_the_given_names(three: PluginEnv) -> None:
    in_order = plugspec.NamedExtensionManager(MADE_FORMATTERS, ["c", "a", "b"], name_order=True)
    assert in_order.names() == ["c", "a", "b"]
    assert in_order.map_method(Formatter.format, []) == ["c::0", "a::0", "b::0"]
    discovered = plugspec.ExtensionManager(MADE_FORMATTERS).names()
    unordered = plugspec.NamedExtensionManager(MADE_FORMATTERS, ["c", "a", "b"])
    assert unordered.names() == discovered


def test_missing_names_are_logged_unless_asked_not_to(
    three: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="plugspec")
    manager = plugspec.NamedExtensionManager(MADE_FORMATTERS, ["a", "zzz"])
    assert manager.names() == ["a"]
    [record] = [r for r in caplog.records if r.name == "plugspec"]
    assert "`zzz`" in record.getMessage()
    assert GROUP in record.getMessage()
    caplog.clear()
    plugspec.NamedExtensionManager(MADE_FORMATTERS, ["zzz"], warn_on_missing_entrypoint=False)
    assert not [r for r in caplog.records if r.name == "plugspec"]


def test_names_must_not_be_a_single_string(three: PluginEnv) -> None:
    with pytest.raises(TypeError, match="not the string"):
        plugspec.NamedExtensionManager(FORMATTERS, "abc")


def test_named_failures_follow_the_extension_policy(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "a")
    add_formatter(plugin_env, "bad", source="raise ImportError('x')\n")
    failures: list[str] = []
    manager = plugspec.NamedExtensionManager(
        MADE_FORMATTERS,
        ["a", "bad"],
        on_load_failure_callback=lambda mgr, ep, exc: failures.append(ep.name),
    )
    assert manager.names() == ["a"]
    assert failures == ["bad"]


def test_named_keeps_duplicates_from_different_distributions(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "a", dist="one", module="plugspec_test_one")
    add_formatter(plugin_env, "b")
    add_formatter(plugin_env, "a", dist="two", module="plugspec_test_two")
    manager = plugspec.NamedExtensionManager(MADE_FORMATTERS, ["b", "a"], name_order=True)
    assert manager.names() == ["b", "a", "a"]
    assert "a" in manager
    with pytest.raises(plugspec.MultipleMatchesError):
        manager["a"]


def hook_source(label: str) -> str:
    return f"""
class Impl:
    def format(self, rows, *, title=""):
        return "{label}"
"""


@pytest.fixture
def hooks(plugin_env: PluginEnv) -> PluginEnv:
    add_formatter(
        plugin_env, "render", dist="one", module="plugspec_test_h1", source=hook_source("one")
    )
    add_formatter(
        plugin_env, "other", dist="two", module="plugspec_test_h2", source=hook_source("two")
    )
    add_formatter(
        plugin_env, "render", dist="three", module="plugspec_test_h3", source=hook_source("three")
    )
    return plugin_env


def test_hook_loads_every_plugin_under_its_name_and_only_those(hooks: PluginEnv) -> None:
    manager = plugspec.HookManager(MADE_FORMATTERS, "render")
    assert manager.name == "render"
    assert manager.names() == ["render", "render"]
    assert sorted(manager.map_method(Formatter.format, [])) == ["one", "three"]
    assert "plugspec_test_h2" not in sys.modules
    assert repr(manager) == f"HookManager({MADE_FORMATTERS!r}, 'render', plugins=2)"


def test_hook_lookup_by_its_name_needs_a_resolver(hooks: PluginEnv) -> None:
    manager = plugspec.HookManager(MADE_FORMATTERS, "render")
    with pytest.raises(plugspec.MultipleMatchesError) as info:
        manager["render"]
    assert {c.dist_name for c in info.value.candidates} == {"one", "three"}
    resolved = plugspec.HookManager(
        MADE_FORMATTERS,
        "render",
        conflict_resolver=lambda candidates: min(candidates, key=lambda c: c.dist_name or ""),
    )
    assert resolved["render"].dist_name == "one"


def test_hook_with_no_implementations_is_empty(hooks: PluginEnv) -> None:
    manager = plugspec.HookManager(MADE_FORMATTERS, "nobody")
    assert len(manager) == 0
    assert manager.map_method(Formatter.format, []) == []


def test_hook_failures_are_left_out_and_reported(plugin_env: PluginEnv) -> None:
    add_formatter(
        plugin_env, "render", dist="one", module="plugspec_test_h1", source=hook_source("one")
    )
    add_formatter(
        plugin_env,
        "render",
        dist="broken",
        module="plugspec_test_h2",
        source="class Impl:\n    pass\n",
    )
    failures: list[plugspec.PlugspecError] = []
    manager = plugspec.HookManager(
        MADE_FORMATTERS,
        "render",
        on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc),
    )
    assert manager.map_method(Formatter.format, []) == ["one"]
    [exc] = failures
    assert isinstance(exc, plugspec.ConformanceError)
    assert exc.dist_name == "broken"


def test_hook_make_test_instance() -> None:
    class One:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            return "one"

    class Two:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            return "two"

    source = plugspec.ExtensionManager.make_test_instance(
        FORMATTERS, {"render": One(), "other": Two()}
    )
    manager = plugspec.HookManager.make_test_instance(FORMATTERS, source.extensions, name="render")
    assert manager.name == "render"
    assert manager.map_method(Formatter.format, []) == ["one"]
    unnamed = plugspec.HookManager.make_test_instance(FORMATTERS, {"render": One()})
    assert unnamed.name == "render"
    empty = plugspec.HookManager.make_test_instance(FORMATTERS, {})
    assert empty.name == ""
