"""Loading plugins from real entry points: the shared core and its failure policy."""

from __future__ import annotations

import logging
import sys

import pytest
from _manager_plugins import FORMATTERS, GROUP, MADE_FORMATTERS, Formatter, add_formatter, events

import plugspec
from _envs import PluginEnv


@pytest.fixture
def caplog_plugspec(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="plugspec")
    return caplog


def plugspec_records(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.name == "plugspec"]


def test_loads_every_conforming_plugin_in_discovery_order(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv")
    add_formatter(plugin_env, "json")
    manager = plugspec.ExtensionManager(MADE_FORMATTERS)
    assert sorted(manager.names()) == ["csv", "json"]
    assert len(manager) == 2
    ext = manager["csv"]
    assert ext.name == "csv"
    assert ext.group == GROUP
    assert ext.dist_name == "plugin-csv"
    assert ext.dist_version == "1.0"
    assert str(ext.entry_point) == "csv = plugspec_test_csv:Impl"
    assert ext.plugin is sys.modules["plugspec_test_csv"].Impl
    assert type(ext.obj) is ext.plugin
    assert ext.obj.format([{}], title="t") == "csv:t:1"
    assert [e.name for e in manager] == manager.names()
    assert manager.extensions == list(manager)


def test_without_invoke_on_load_the_target_itself_is_verified(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "inst", attr="INSTANCE")
    add_formatter(
        plugin_env,
        "mod",
        attr="",
        source='def format(rows, *, title=""):\n    return "module:" + title\n',
    )
    manager = plugspec.ExtensionManager(FORMATTERS)
    assert sorted(manager.names()) == ["inst", "mod"]
    assert manager["inst"].obj is manager["inst"].plugin
    assert manager["mod"].obj is sys.modules["plugspec_test_mod"]
    assert sorted(manager.map_method(Formatter.format, [], title="x")) == ["inst:x:0", "module:x"]
    # Nothing was constructed: the targets are used as they are.
    assert not [e for e in events() if e[0] == "init"]


def test_invoke_args_and_kwds_are_passed_to_each_plugin(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv")
    manager = plugspec.ExtensionManager(MADE_FORMATTERS, invoke_args=(1, "a"), invoke_kwds={"k": 2})
    obj = manager["csv"].obj
    assert (obj.args, obj.kwargs) == ((1, "a"), {"k": 2})  # type: ignore[attr-defined]
    assert events().count(("init", "csv", (1, "a"), {"k": 2})) == 1


BROKEN = {
    "raises_import_error": ("import", 'raise ImportError("needs libfoo")\n', "Impl"),
    "syntax_error": ("import", "def broken(:\n", "Impl"),
    "missing_attribute": ("import", "X = 1\n", "Impl"),
    "constructor_raises": (
        "invoke",
        "class Impl:\n    def __init__(self):\n        raise RuntimeError('no config')\n"
        "    def format(self, rows, *, title=''):\n        return ''\n",
        "Impl",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_plugin_that_fails_to_load_is_left_out_logged_once_and_reported(
    plugin_env: PluginEnv, caplog_plugspec: pytest.LogCaptureFixture, case: str
) -> None:
    stage, source, attr = BROKEN[case]
    add_formatter(plugin_env, "good")
    add_formatter(plugin_env, "bad", dist="bad-dist", version="2.5", source=source, attr=attr)
    failures: list[tuple[object, plugspec.EntryPoint, plugspec.PlugspecError]] = []
    manager = plugspec.ExtensionManager(
        MADE_FORMATTERS,
        on_load_failure_callback=lambda mgr, ep, exc: failures.append((mgr, ep, exc)),
    )
    assert manager.names() == ["good"]
    [(mgr, ep, exc)] = failures
    assert mgr is manager
    assert ep.name == "bad"
    assert ep.dist_name == "bad-dist"
    assert isinstance(exc, plugspec.PluginLoadError)
    assert exc.stage == stage
    assert exc.__cause__ is exc.cause
    for part in (GROUP, "bad = plugspec_test_bad:Impl", "bad-dist 2.5"):
        assert part in str(exc)
    assert (exc.group, exc.entry_point, exc.dist_name, exc.dist_version) == (
        GROUP,
        "bad = plugspec_test_bad:Impl",
        "bad-dist",
        "2.5",
    )
    [record] = plugspec_records(caplog_plugspec)
    assert record.levelno == logging.WARNING
    assert "bad = plugspec_test_bad:Impl" in record.getMessage()


def test_a_missing_module_is_an_import_failure(plugin_env: PluginEnv) -> None:
    plugin_env.add_dist(
        "ghost", entry_points={GROUP: {"ghost": "plugspec_test_no_such_module:Impl"}}
    )
    failures: list[plugspec.PlugspecError] = []
    manager = plugspec.ExtensionManager(
        FORMATTERS, on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc)
    )
    assert len(manager) == 0
    [exc] = failures
    assert isinstance(exc, plugspec.PluginLoadError)
    assert isinstance(exc.cause, ModuleNotFoundError)
    assert "plugspec_test_no_such_module" in str(exc)


def test_import_errors_carry_the_original_message(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "bad", source='raise ImportError("needs libfoo")\n')
    failures: list[plugspec.PlugspecError] = []
    plugspec.ExtensionManager(
        FORMATTERS, on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc)
    )
    assert "ImportError: needs libfoo" in str(failures[0])


WRONG_SHAPE = """
import plugspec_test_events as _events

class Impl:
    def __init__(self):
        _events.EVENTS.append(("init", "wrong"))

    def render(self, rows):
        return ""
"""

WRONG_SIGNATURE = """
class Impl:
    def format(self):
        return ""
"""


@pytest.mark.parametrize(
    ("source", "member"), [(WRONG_SHAPE, "format"), (WRONG_SIGNATURE, "format")]
)
def test_a_class_that_cannot_conform_is_refused_before_its_constructor_runs(
    plugin_env: PluginEnv, caplog_plugspec: pytest.LogCaptureFixture, source: str, member: str
) -> None:
    add_formatter(plugin_env, "good")
    add_formatter(plugin_env, "wrong", dist="wrong-dist", version="0.1", source=source)
    failures: list[plugspec.PlugspecError] = []
    manager = plugspec.ExtensionManager(
        MADE_FORMATTERS,
        on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc),
    )
    assert manager.names() == ["good"]
    [exc] = failures
    assert isinstance(exc, plugspec.ConformanceError)
    assert not exc.report.ok
    assert member in {problem.member for problem in exc.report.problems}
    assert ("init", "wrong") not in events()
    for part in (GROUP, "wrong = plugspec_test_wrong:Impl", "wrong-dist 0.1"):
        assert part in str(exc)
    assert exc.origin == plugspec.PluginOrigin(
        GROUP, "wrong = plugspec_test_wrong:Impl", "wrong-dist", "0.1"
    )
    assert len(plugspec_records(caplog_plugspec)) == 1


def test_what_the_constructor_returns_is_verified(plugin_env: PluginEnv) -> None:
    add_formatter(
        plugin_env,
        "factory",
        attr="make",
        source="def make():\n    return object()\n",
    )
    failures: list[plugspec.PlugspecError] = []
    manager = plugspec.ExtensionManager(
        MADE_FORMATTERS,
        on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc),
    )
    assert len(manager) == 0
    assert isinstance(failures[0], plugspec.ConformanceError)
    assert "factory = plugspec_test_factory:make" in str(failures[0])


def test_a_target_that_does_not_conform_as_a_value_is_refused(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "inst", source="INSTANCE = 42\n", attr="INSTANCE")
    failures: list[plugspec.PlugspecError] = []
    manager = plugspec.ExtensionManager(
        FORMATTERS, on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc)
    )
    assert len(manager) == 0
    assert isinstance(failures[0], plugspec.ConformanceError)


def test_failures_are_logged_without_a_callback(
    plugin_env: PluginEnv, caplog_plugspec: pytest.LogCaptureFixture
) -> None:
    add_formatter(plugin_env, "bad", source="raise ValueError('boom')\n")
    manager = plugspec.ExtensionManager(FORMATTERS)
    assert len(manager) == 0
    [record] = plugspec_records(caplog_plugspec)
    assert "ValueError: boom" in record.getMessage()


def test_a_callback_that_raises_aborts_loading(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "bad", source="raise ValueError('boom')\n")

    def abort(_manager: object, _ep: plugspec.EntryPoint, exc: plugspec.PlugspecError) -> None:
        raise RuntimeError("abort") from exc

    with pytest.raises(RuntimeError, match="abort"):
        plugspec.ExtensionManager(FORMATTERS, on_load_failure_callback=abort)


class Stop(BaseException):
    pass


@pytest.mark.parametrize(
    ("source", "invoke"),
    [
        ("raise SystemExit(3)\n", False),
        ("raise KeyboardInterrupt\n", False),
        (
            "class Impl:\n    def __init__(self):\n        raise SystemExit(4)\n"
            "    def format(self, rows, *, title=''):\n        return ''\n",
            True,
        ),
    ],
)
def test_base_exceptions_are_never_swallowed(
    plugin_env: PluginEnv, source: str, invoke: bool
) -> None:
    add_formatter(plugin_env, "fatal", source=source)
    with pytest.raises((SystemExit, KeyboardInterrupt)):
        plugspec.ExtensionManager(MADE_FORMATTERS if invoke else FORMATTERS)


def test_garbage_entry_points_txt_does_not_take_other_plugins_down(
    plugin_env: PluginEnv,
) -> None:
    add_formatter(plugin_env, "good")
    plugin_env.add_dist(
        "garbage",
        entry_points_txt="this is not an ini file\n[[[\n= = =\n[" + GROUP + "\nnonsense\n",
    )
    plugin_env.add_dist("odd-values", entry_points={GROUP: {"empty": "", "colons": "::x::"}})
    failures: list[plugspec.PlugspecError] = []
    manager = plugspec.ExtensionManager(
        MADE_FORMATTERS,
        on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc),
    )
    assert manager.names() == ["good"]
    assert len(failures) == 2
    assert all(isinstance(exc, plugspec.PluginLoadError) for exc in failures)


def test_refresh_sees_distributions_added_later(plugin_env: PluginEnv) -> None:
    assert len(plugspec.ExtensionManager(FORMATTERS)) == 0
    add_formatter(plugin_env, "late", attr="INSTANCE")
    plugspec.refresh()
    assert plugspec.ExtensionManager(FORMATTERS).names() == ["late"]


def test_a_manager_needs_a_namespace() -> None:
    with pytest.raises(TypeError, match="Namespace"):
        plugspec.ExtensionManager(GROUP)  # type: ignore[arg-type]


def test_repr_names_the_namespace_and_plugins(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv", attr="INSTANCE")
    manager = plugspec.ExtensionManager(FORMATTERS)
    assert repr(manager) == f"ExtensionManager({FORMATTERS!r}, names=['csv'])"
    ext_repr = repr(manager["csv"])
    assert ext_repr.startswith("Extension('csv', group='plugspec_tests.formatters', ")
    assert "entry_point='csv = plugspec_test_csv:INSTANCE'" in ext_repr
    assert "dist='plugin-csv 1.0'" in ext_repr


def test_extensions_are_immutable(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv", attr="INSTANCE")
    ext = plugspec.ExtensionManager(FORMATTERS)["csv"]
    with pytest.raises(AttributeError):
        ext.obj = None  # type: ignore[misc]
    assert ext.entry_point_target == "plugspec_test_csv:INSTANCE"
    assert ext.origin.dist_name == "plugin-csv"
