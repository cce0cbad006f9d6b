"""``failures`` on every manager, how a load failure is logged, and what a call failure chains."""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

import pytest
from _manager_plugins import FORMATTERS, MADE_FORMATTERS, Formatter, add_formatter

import plugspec
from _envs import PluginEnv

NOT_A_FORMATTER = "class Impl:\n    def render(self):\n        return ''\n"
BUILDERS: dict[str, Callable[[], Any]] = {
    "ExtensionManager": lambda: plugspec.ExtensionManager(MADE_FORMATTERS),
    "NamedExtensionManager": lambda: plugspec.NamedExtensionManager(
        MADE_FORMATTERS, ["good", "broken", "wrong"]
    ),
    "EnabledExtensionManager": lambda: plugspec.EnabledExtensionManager(
        MADE_FORMATTERS, lambda ext: True
    ),
    "DispatchExtensionManager": lambda: plugspec.DispatchExtensionManager(
        MADE_FORMATTERS, lambda ext: True
    ),
    "NameDispatchExtensionManager": lambda: plugspec.NameDispatchExtensionManager(
        MADE_FORMATTERS, lambda ext: True
    ),
}


@pytest.fixture
def mixed(plugin_env: PluginEnv) -> PluginEnv:
    add_formatter(plugin_env, "broken", source="raise ImportError('no such thing')\n")
    add_formatter(plugin_env, "good")
    add_formatter(plugin_env, "wrong", source=NOT_A_FORMATTER)
    return plugin_env


@pytest.mark.parametrize("build", BUILDERS.values(), ids=list(BUILDERS))
def test_every_manager_lists_its_failures_in_discovery_order(
    mixed: PluginEnv, build: Callable[[], Any]
) -> None:
    manager = build()
    # Discovery order equals importlib.metadata's.
    order = [ep.name for ep in entry_points(group=FORMATTERS.group)]
    failed = [(ep.name, type(error)) for ep, error in manager.failures]
    expected = [
        (name, plugspec.PluginLoadError if name == "broken" else plugspec.ConformanceError)
        for name in order
        if name != "good"
    ]
    assert failed == expected
    assert manager.names() == ["good"]
    [import_error] = [e for _, e in manager.failures if isinstance(e, plugspec.PluginLoadError)]
    assert isinstance(import_error.__cause__, ImportError)
    manager.failures.clear()
    assert len(manager.failures) == 2


def test_hook_and_driver_failures(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "fmt", dist="a-good")
    add_formatter(plugin_env, "fmt", dist="b-broken", module="plugspec_test_b", source="1/0\n")
    hooks = plugspec.HookManager(MADE_FORMATTERS, "fmt")
    [(entry_point, error)] = hooks.failures
    assert entry_point.dist_name == "b-broken"
    assert isinstance(error, plugspec.PluginLoadError)
    add_formatter(plugin_env, "solo")
    assert plugspec.DriverManager(MADE_FORMATTERS, "solo").failures == []


def test_make_test_instance_records_failures() -> None:
    class Good:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            return ""

    manager = plugspec.ExtensionManager.make_test_instance(
        FORMATTERS, {"bad": object(), "good": Good(), "worse": 3}
    )
    assert [ep.name for ep, _ in manager.failures] == ["bad", "worse"]
    assert all(isinstance(e, plugspec.ConformanceError) for _, e in manager.failures)


def test_a_load_failure_is_one_warning_line_and_a_traceback_at_debug(
    mixed: PluginEnv, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="plugspec")
    plugspec.ExtensionManager(MADE_FORMATTERS)
    warnings = [r for r in caplog.records if r.name == "plugspec"]
    assert len(warnings) == 2
    for record in warnings:
        assert record.levelno == logging.WARNING
        assert record.exc_info is None
        assert "\n" not in record.getMessage()
    [conformance] = [r.getMessage() for r in warnings if "wrong" in r.getMessage()]
    assert "missing method `format`" in conformance
    caplog.clear()
    caplog.set_level(logging.DEBUG, logger="plugspec")
    plugspec.ExtensionManager(MADE_FORMATTERS)
    debug = [r for r in caplog.records if r.name == "plugspec" and r.levelno == logging.DEBUG]
    assert len(debug) == 2
    assert all(r.exc_info is not None for r in debug)
    assert "no such thing" in caplog.text


class Fails:
    def __init__(self, label: str) -> None:
        self.label = label

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        raise RuntimeError(self.label)


@pytest.mark.parametrize("call", ["map", "map_method"])
def test_a_later_call_failure_is_not_chained_to_an_earlier_one(
    call: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="plugspec")
    manager = plugspec.ExtensionManager.make_test_instance(
        FORMATTERS, {"first": Fails("first"), "second": Fails("second")}
    )
    if call == "map":
        assert manager.map(lambda ext, rows: ext.obj.format(rows), []) == []
    else:
        assert manager.map_method(Formatter.format, []) == []
    errors = [r.exc_info[1] for r in caplog.records if r.exc_info is not None]
    assert [str(e) for e in errors] == ["first", "second"]
    assert errors[1] is not None
    assert errors[1].__context__ is None
