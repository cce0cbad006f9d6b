"""Hook calls on installed plugins: order, ``first``, outcomes."""

from __future__ import annotations

import logging

import pytest
from _hook_plugins import HOOK, LIFECYCLE, MADE_LIFECYCLE, Lifecycle, add_hook_plugin, calls

import plugspec
from _envs import PluginEnv


def dist_names(manager: plugspec.HookManager[Lifecycle]) -> list[str | None]:
    return [ext.dist_name for ext in manager]


def test_default_order_is_by_normalized_distribution_name_not_discovery(
    plugin_env: PluginEnv,
) -> None:
    # Discovery finds zeta first (its directory is first on sys.path).
    early = plugin_env.new_site(first=True)
    late = plugin_env.new_site(first=False)
    add_hook_plugin(early, "zeta")
    add_hook_plugin(late, "Beta")
    add_hook_plugin(late, "alpha_plugin")
    discovered = [ep.dist_name for ep in plugspec.ExtensionManager(MADE_LIFECYCLE)]
    assert discovered[0] == "zeta"
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    assert dist_names(hooks) == ["alpha_plugin", "Beta", "zeta"]
    assert hooks.map_method(Lifecycle.on_start, {}) == [None, None, None]
    assert calls() == [("start", "alpha_plugin"), ("start", "Beta"), ("start", "zeta")]


def test_an_order_key_sets_the_call_order(plugin_env: PluginEnv) -> None:
    for dist in ("a", "b", "c"):
        add_hook_plugin(plugin_env, dist, start=repr(dist))
    priority = {"b": 0, "c": 1, "a": 2}
    hooks = plugspec.HookManager(
        MADE_LIFECYCLE, HOOK, order=lambda ext: priority[ext.dist_name or ""]
    )
    assert hooks.map_method(Lifecycle.on_start, {}) == ["b", "c", "a"]
    backwards = plugspec.HookManager(
        MADE_LIFECYCLE,
        HOOK,
        order=lambda ext: [-ord(c) for c in ext.dist_name or ""],
    )
    assert dist_names(backwards) == ["c", "b", "a"]


def test_plugins_without_distribution_keep_the_given_order() -> None:
    class Impl:
        def __init__(self, label: str) -> None:
            self.label = label

        def on_start(self, config: dict[str, str]) -> str | None:
            return self.label

        async def on_event(self, name: str) -> str:
            return name

    given = {label: Impl(label) for label in ("z", "a", "m")}
    hooks = plugspec.HookManager.make_test_instance(LIFECYCLE, given)
    assert hooks.map_method(Lifecycle.on_start, {}) == ["z", "a", "m"]
    ordered = plugspec.HookManager.make_test_instance(
        LIFECYCLE, given, order=lambda ext: ext.name, concurrent=False
    )
    assert ordered.map_method(Lifecycle.on_start, {}) == ["a", "m", "z"]
    assert not ordered.concurrent
    assert hooks.concurrent


def test_first_returns_the_first_result_that_is_not_none_and_stops(plugin_env: PluginEnv) -> None:
    add_hook_plugin(plugin_env, "a-none")
    add_hook_plugin(plugin_env, "b-found", start="config['key']")
    add_hook_plugin(plugin_env, "c-later", start="'later'")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    assert hooks.first(Lifecycle.on_start, {"key": "value"}) == "value"
    assert calls() == [("start", "a-none"), ("start", "b-found")]


def test_first_is_none_when_every_plugin_returns_none_or_there_are_none(
    plugin_env: PluginEnv,
) -> None:
    add_hook_plugin(plugin_env, "a")
    add_hook_plugin(plugin_env, "b")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    assert hooks.first(Lifecycle.on_start, {}) is None
    assert len(calls()) == 2
    assert plugspec.HookManager(MADE_LIFECYCLE, "nobody").first(Lifecycle.on_start, {}) is None


def test_first_returns_falsy_results_other_than_none(plugin_env: PluginEnv) -> None:
    add_hook_plugin(plugin_env, "a", start="''")
    add_hook_plugin(plugin_env, "b", start="'b'")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    assert hooks.first(Lifecycle.on_start, {}) == ""


def test_first_logs_and_skips_a_failing_plugin_unless_told_to_propagate(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    add_hook_plugin(plugin_env, "a-broken", start="config['missing']")
    add_hook_plugin(plugin_env, "b-works", start="'b'")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK)
    with caplog.at_level(logging.ERROR, logger="plugspec"):
        assert hooks.first(Lifecycle.on_start, {}) == "b"
    (record,) = [r for r in caplog.records if r.name == "plugspec"]
    assert "a-broken" in record.getMessage()
    assert "KeyError" in record.getMessage()
    strict = plugspec.HookManager(MADE_LIFECYCLE, HOOK, propagate_map_exceptions=True)
    with pytest.raises(KeyError, match="missing"):
        strict.first(Lifecycle.on_start, {})


@pytest.mark.parametrize("propagate", [False, True])
def test_outcomes_keep_every_plugins_result_or_exception(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture, propagate: bool
) -> None:
    add_hook_plugin(plugin_env, "a", start="'a:' + config['x']")
    add_hook_plugin(plugin_env, "b-broken", start="1 / 0")
    add_hook_plugin(plugin_env, "c", start="None")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, HOOK, propagate_map_exceptions=propagate)
    with caplog.at_level(logging.DEBUG, logger="plugspec"):
        outcomes = hooks.map_method_outcomes(Lifecycle.on_start, {"x": "1"})
    assert not [r for r in caplog.records if r.name == "plugspec"]
    assert [o.extension.dist_name for o in outcomes] == ["a", "b-broken", "c"]
    assert [o.ok for o in outcomes] == [True, False, True]
    assert [o.value for o in outcomes] == ["a:1", None, None]
    assert outcomes[0].result() == "a:1"
    assert outcomes[2].result() is None
    assert outcomes[0].exception is None
    assert isinstance(outcomes[1].exception, ZeroDivisionError)
    with pytest.raises(ZeroDivisionError):
        outcomes[1].result()
    assert repr(outcomes[0]) == "Outcome('lifecycle', value='a:1')"
    assert repr(outcomes[1]).startswith("Outcome('lifecycle', exception=ZeroDivisionError(")
    assert outcomes[1].extension.origin.distribution == "b-broken 1.0"


def test_outcomes_of_an_empty_hook_are_empty() -> None:
    hooks = plugspec.HookManager.make_test_instance(LIFECYCLE, {})
    assert hooks.map_method_outcomes(Lifecycle.on_start, {}) == []
