"""``register``, ``unregister`` and ``set_monitor`` on the extension managers."""

from __future__ import annotations

import logging

import pytest
from _manager_plugins import MADE_FORMATTERS, Formatter, add_formatter

import plugspec
from _envs import PluginEnv
from plugspec import HookCall

Rows = list[dict[str, object]]


class Local:
    """An in-process formatter."""

    def __init__(self, label: str = "local") -> None:
        self.label = label

    def format(self, rows: Rows, *, title: str = "") -> str:
        return f"{self.label}:{title}:{len(rows)}"


class Broken:
    def format(self, rows: Rows, *, title: str = "") -> str:
        raise ValueError("broken")


class NoTitle:
    def format(self, rows: Rows) -> str:
        return ""


@pytest.fixture
def installed(plugin_env: PluginEnv) -> PluginEnv:
    add_formatter(plugin_env, "csv")
    add_formatter(plugin_env, "json")
    return plugin_env


MANAGERS = {
    "extension": lambda: plugspec.ExtensionManager(MADE_FORMATTERS),
    "named": lambda: plugspec.NamedExtensionManager(MADE_FORMATTERS, ["json", "csv"]),
    "enabled": lambda: plugspec.EnabledExtensionManager(MADE_FORMATTERS, lambda ext: True),
}


@pytest.mark.parametrize("kind", MANAGERS)
def test_a_registered_plugin_joins_after_the_installed_ones(
    installed: PluginEnv, kind: str
) -> None:
    manager: plugspec.ExtensionManager[Formatter] = MANAGERS[kind]()
    before = manager.names()
    local = manager.register(Local(), "local")
    assert manager.names() == [*before, "local"]
    assert manager["local"] is local
    assert local.obj is local.plugin
    assert local.dist_name is None
    assert str(local.entry_point) == f"local = {__name__}:Local()"
    assert manager.map_method(Formatter.format, [], title="t")[-1] == "local:t:0"
    assert manager.unregister("local") is local
    assert manager.names() == before
    installed_one = manager.extensions[0]
    assert manager.unregister(installed_one) is installed_one
    assert installed_one not in manager.extensions
    with pytest.raises(KeyError):
        manager.unregister(installed_one)


def test_a_plugin_that_does_not_conform_is_refused_and_reported(installed: PluginEnv) -> None:
    reported: list[str] = []
    manager = plugspec.ExtensionManager(
        MADE_FORMATTERS,
        on_load_failure_callback=lambda mgr, ep, error: reported.append(str(ep)),
    )
    with pytest.raises(plugspec.ConformanceError, match="NoTitle"):
        manager.register(NoTitle(), "no-title")  # type: ignore[arg-type]
    assert reported == [f"no-title = {__name__}:NoTitle()"]
    assert [str(ep) for ep, _ in manager.failures] == reported
    assert "no-title" not in manager


def test_the_selection_of_the_subclasses_does_not_apply_to_a_registered_plugin(
    installed: PluginEnv,
) -> None:
    named = plugspec.NamedExtensionManager(MADE_FORMATTERS, ["csv"])
    named.register(Local(), "local")
    assert named.names() == ["csv", "local"]
    enabled = plugspec.EnabledExtensionManager(MADE_FORMATTERS, lambda ext: False)
    enabled.register(Local(), "local")
    assert enabled.names() == ["local"]


def test_a_name_registered_twice_needs_a_resolver(installed: PluginEnv) -> None:
    manager = plugspec.ExtensionManager(MADE_FORMATTERS)
    manager.register(Local("one"), "local")
    manager.register(Local("two"), "local")
    with pytest.raises(plugspec.MultipleMatchesError):
        manager.unregister("local")
    assert manager.map_method(Formatter.format, [])[-2:] == ["one::0", "two::0"]


def test_the_monitor_sees_each_plugin_call_of_an_extension_manager(
    installed: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    manager = plugspec.ExtensionManager(MADE_FORMATTERS)
    manager.register(Broken(), "broken")
    seen: list[HookCall[Formatter]] = []
    manager.set_monitor(seen.append)
    with caplog.at_level(logging.CRITICAL, logger="plugspec"):
        results = manager.map_method(Formatter.format, [{}], title="t")
    assert results == ["csv:t:1", "json:t:1"]
    assert [(call.extension.name, call.method) for call in seen] == [
        ("csv", "format"),
        ("json", "format"),
        ("broken", "format"),
    ]
    assert [call.value for call in seen] == ["csv:t:1", "json:t:1", None]
    assert isinstance(seen[-1].exception, ValueError)
    assert seen[0].args == ([{}],)
    assert seen[0].kwargs == {"title": "t"}
    assert all(call.seconds >= 0 for call in seen)
    # A plugin registered later is monitored too; clearing the monitor stops it.
    manager.register(Local(), "local")
    assert manager.first(Formatter.format, []) == "csv::0"
    assert seen[-1].extension.name == "csv"
    manager.set_monitor(None)
    count = len(seen)
    with caplog.at_level(logging.CRITICAL, logger="plugspec"):
        manager.map_method(Formatter.format, [])
    assert len(seen) == count


def test_the_hook_features_stay_on_the_hook_manager(installed: PluginEnv) -> None:
    manager = plugspec.ExtensionManager(MADE_FORMATTERS)
    for hook_only in ("wrap", "unwrap", "call_historic", "excluding"):
        assert not hasattr(manager, hook_only)
