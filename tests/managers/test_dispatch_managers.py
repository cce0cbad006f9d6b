"""Enabled, Dispatch and NameDispatch managers."""

from __future__ import annotations

import pytest
from _manager_plugins import FORMATTERS, MADE_FORMATTERS, Formatter, add_formatter

import plugspec
from _envs import PluginEnv


class Labelled:
    def __init__(self, label: str) -> None:
        self.label = label

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        if title == "fail":
            raise ValueError(self.label)
        return f"{self.label}:{title}"


OBJS: dict[str, object] = {"a": Labelled("a"), "b": Labelled("b"), "c": Labelled("c")}


def not_b(ext: plugspec.Extension[Formatter]) -> bool:
    return ext.name != "b"


@pytest.fixture
def installed(plugin_env: PluginEnv) -> PluginEnv:
    for name in ("a", "b", "c"):
        add_formatter(plugin_env, name)
    return plugin_env


def test_enabled_keeps_what_check_func_accepts(installed: PluginEnv) -> None:
    seen: list[object] = []

    def check(ext: plugspec.Extension[Formatter]) -> bool:
        seen.append(ext.obj)
        return not_b(ext)

    manager = plugspec.EnabledExtensionManager(MADE_FORMATTERS, check)
    assert sorted(manager.names()) == ["a", "c"]
    # check_func sees loaded, verified extensions.
    assert all(hasattr(obj, "format") for obj in seen)
    assert len(seen) == 3


def test_enabled_make_test_instance() -> None:
    manager = plugspec.EnabledExtensionManager.make_test_instance(
        FORMATTERS, OBJS, check_func=not_b
    )
    assert manager.names() == ["a", "c"]
    unfiltered = plugspec.EnabledExtensionManager.make_test_instance(FORMATTERS, OBJS)
    assert unfiltered.names() == ["a", "b", "c"]


def test_enabled_failures_are_left_out(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "a")
    add_formatter(plugin_env, "bad", source="raise ImportError('x')\n")
    failures: list[str] = []
    manager = plugspec.EnabledExtensionManager(
        MADE_FORMATTERS,
        lambda ext: True,
        on_load_failure_callback=lambda _m, ep, _exc: failures.append(ep.name),
    )
    assert manager.names() == ["a"]
    assert failures == ["bad"]


def test_dispatch_filters_per_call(installed: PluginEnv) -> None:
    manager = plugspec.DispatchExtensionManager(MADE_FORMATTERS, not_b)
    assert sorted(manager.names()) == ["a", "c"]
    filtered: list[tuple[str, str]] = []

    def only_a(ext: plugspec.Extension[Formatter], rows: object, *, title: str) -> bool:
        filtered.append((ext.name, title))
        return ext.name == "a"

    assert manager.map_method(only_a, Formatter.format, [], title="t") == ["a:t:0"]
    assert sorted(filtered) == [("a", "t"), ("c", "t")]
    assert manager.map(only_a, lambda ext, rows, *, title: ext.name + title, [], title="u") == [
        "au"
    ]


def test_dispatch_make_test_instance_and_exception_policy() -> None:
    manager = plugspec.DispatchExtensionManager.make_test_instance(
        FORMATTERS, OBJS, check_func=not_b
    )
    assert manager.names() == ["a", "c"]
    everything = plugspec.DispatchExtensionManager.make_test_instance(FORMATTERS, OBJS)
    assert (
        everything.map_method(lambda ext, rows, *, title: True, Formatter.format, [], title="fail")
        == []
    )
    assert (
        everything.map_method(lambda ext, rows, *, title: False, Formatter.format, [], title="x")
        == []
    )
    strict = plugspec.DispatchExtensionManager.make_test_instance(
        FORMATTERS, OBJS, propagate_map_exceptions=True
    )
    with pytest.raises(ValueError, match="a"):
        strict.map(lambda ext: True, lambda ext: ext.obj.format([], title="fail"))


def test_dispatch_failures_are_left_out(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "a")
    add_formatter(plugin_env, "bad", source="class Impl:\n    pass\n")
    failures: list[str] = []
    manager = plugspec.DispatchExtensionManager(
        MADE_FORMATTERS,
        lambda ext: True,
        on_load_failure_callback=lambda _m, ep, _exc: failures.append(ep.name),
    )
    assert manager.names() == ["a"]
    assert failures == ["bad"]


def test_name_dispatch_calls_by_name_in_the_given_order(installed: PluginEnv) -> None:
    manager = plugspec.NameDispatchExtensionManager(MADE_FORMATTERS, lambda ext: True)
    assert manager.map_method(["c", "zzz", "a"], Formatter.format, [], title="t") == [
        "c:t:0",
        "a:t:0",
    ]
    assert manager.map(("b",), lambda ext, suffix: ext.name + suffix, "!") == ["b!"]
    with pytest.raises(TypeError, match="not the string"):
        manager.map("abc", lambda ext: ext.name)


def test_name_dispatch_check_func_and_duplicates() -> None:
    source = plugspec.ExtensionManager.make_test_instance(FORMATTERS, OBJS)
    dup = plugspec.ExtensionManager.make_test_instance(FORMATTERS, {"a": Labelled("a2")})
    manager = plugspec.NameDispatchExtensionManager.make_test_instance(
        FORMATTERS, [*source.extensions, dup["a"]], check_func=not_b
    )
    assert manager.names() == ["a", "c", "a"]
    assert manager.map_method(["a", "b"], Formatter.format, []) == ["a:", "a2:"]
    assert manager.map_method(["a", "c"], Formatter.format, [], title="fail") == []
    unfiltered = plugspec.NameDispatchExtensionManager.make_test_instance(FORMATTERS, OBJS)
    assert unfiltered.names() == ["a", "b", "c"]


def test_name_dispatch_failures_are_left_out(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "a")
    add_formatter(plugin_env, "bad", source="raise ImportError('x')\n")
    failures: list[str] = []
    manager = plugspec.NameDispatchExtensionManager(
        MADE_FORMATTERS,
        lambda ext: True,
        on_load_failure_callback=lambda _m, ep, _exc: failures.append(ep.name),
    )
    assert manager.names() == ["a"]
    assert failures == ["bad"]
