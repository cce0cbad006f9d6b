"""A hook name that the group does not have is reported, naming the names it has."""

from __future__ import annotations

import logging

import pytest
from _hook_plugins import GROUP, HOOK, MADE_LIFECYCLE, Lifecycle, add_hook_plugin

import plugspec
from _envs import PluginEnv


def plugspec_messages(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "plugspec"]


def test_a_misspelt_hook_name_is_logged_with_the_group_names(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    add_hook_plugin(plugin_env, "audit")
    add_hook_plugin(plugin_env, "timing", hook="shutdown")
    caplog.set_level(logging.WARNING, logger="plugspec")
    hooks = plugspec.HookManager(MADE_LIFECYCLE, "lifecycel")
    assert hooks.names() == []
    assert hooks.first(Lifecycle.on_start, {}) is None
    [message] = plugspec_messages(caplog)
    assert "`lifecycel`" in message
    assert GROUP in message
    assert f"`{HOOK}`, `shutdown`" in message


def test_a_present_hook_or_a_silenced_one_logs_nothing(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    add_hook_plugin(plugin_env, "audit")
    caplog.set_level(logging.DEBUG, logger="plugspec")
    assert plugspec.HookManager(MADE_LIFECYCLE, HOOK).names() == [HOOK]
    unused = plugspec.HookManager(MADE_LIFECYCLE, "precommit", warn_on_missing_entrypoint=False)
    assert unused.names() == []
    assert plugspec_messages(caplog) == []


def test_a_blocked_hook_is_not_reported_missing(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_hook_plugin(plugin_env, "audit")
    monkeypatch.setenv("PLUGSPEC_BLOCK", "dist:audit")
    caplog.set_level(logging.WARNING, logger="plugspec")
    assert plugspec.HookManager(MADE_LIFECYCLE, HOOK).names() == []
    assert not [m for m in plugspec_messages(caplog) if "no entry point named" in m]


def test_a_missing_name_of_a_named_manager_lists_the_group_names(
    plugin_env: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    add_hook_plugin(plugin_env, "audit")
    caplog.set_level(logging.WARNING, logger="plugspec")
    plugspec.NamedExtensionManager(MADE_LIFECYCLE, ["lifecycel"])
    [message] = plugspec_messages(caplog)
    assert f"`lifecycel` in group `{GROUP}` (its names: `{HOOK}`)" in message
