"""make_test_instance: managers from given plugins, verified, without installed metadata."""

from __future__ import annotations

import functools
import logging
import types
from typing import ClassVar

import pytest
from _manager_plugins import FORMATTERS, GROUP, MADE_FORMATTERS, Formatter

import plugspec


class Csv:
    made = 0

    def __init__(self, sep: str = ",") -> None:
        type(self).made += 1
        self.sep = sep

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return f"csv{self.sep}{title}"


class Wrong:
    made = 0

    def __init__(self) -> None:
        type(self).made += 1

    def render(self) -> str:
        return ""


def test_plain_objects_become_extensions() -> None:
    obj = Csv()
    manager = plugspec.ExtensionManager.make_test_instance(FORMATTERS, {"csv": obj})
    ext = manager["csv"]
    assert (ext.name, ext.group, ext.obj, ext.plugin) == ("csv", GROUP, obj, obj)
    assert ext.dist_name is None
    assert ext.dist_version is None
    assert ext.entry_point.group == GROUP
    assert str(ext.entry_point) == f"csv = {__name__}:Csv()"


def test_classes_and_functions_are_described_by_their_qualified_name() -> None:
    def factory() -> Csv:
        return Csv(";")

    manager = plugspec.ExtensionManager.make_test_instance(
        MADE_FORMATTERS, {"cls": Csv, "fn": factory}
    )
    assert manager["cls"].entry_point.value == f"{__name__}:Csv"
    assert manager["fn"].entry_point.value.endswith("factory")
    assert manager.map_method(Formatter.format, []) == ["csv,", "csv;"]


class Proxy:
    """A plugin whose ``__getattr__`` raises for every name it does not have."""

    asked: ClassVar[list[str]] = []

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return "proxy"

    def __getattr__(self, name: str) -> object:
        type(self).asked.append(name)
        raise RuntimeError(f"no {name} here")


class Anything:
    """A plugin whose ``__getattr__`` answers every name, with a string."""

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return "anything"

    def __getattr__(self, name: str) -> str:
        return f"<{name}>"


def test_plugins_are_described_without_running_their_attribute_hooks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    Proxy.asked.clear()
    manager = plugspec.ExtensionManager.make_test_instance(
        FORMATTERS, {"proxy": Proxy(), "anything": Anything()}
    )
    assert manager.failures == []
    assert manager["proxy"].entry_point.value == f"{__name__}:Proxy()"
    assert manager["anything"].entry_point.value == f"{__name__}:Anything()"
    assert manager.map_method(Formatter.format, []) == ["proxy", "anything"]
    hooks = plugspec.HookManager.make_test_instance(FORMATTERS, {}, name="formatter")
    with caplog.at_level(logging.WARNING, logger="plugspec"):
        assert hooks.register(Proxy()).entry_point.value == f"{__name__}:Proxy()"
        hooks.register(Anything())
    assert Proxy.asked == []  # nothing was read through ``__getattr__``
    assert caplog.text == ""  # nor was ``Anything``'s answer taken for a ``plugspec_order``


def test_modules_methods_and_wrapped_callables_keep_their_names() -> None:
    module = types.ModuleType("plugspec_test_described")
    module.format = lambda rows, *, title="": "module"  # type: ignore[attr-defined]

    @functools.wraps(Csv)
    def wrapped() -> Csv:
        return Csv()

    manager = plugspec.ExtensionManager.make_test_instance(MADE_FORMATTERS, {"wraps": wrapped})
    assert manager["wraps"].entry_point.value == f"{__name__}:Csv"
    assert (
        plugspec.ExtensionManager.make_test_instance(FORMATTERS, {"module": module})[
            "module"
        ].entry_point.value
        == "plugspec_test_described"
    )

    class Factory:
        def make(self) -> Csv:
            return Csv()

    bound = plugspec.ExtensionManager.make_test_instance(MADE_FORMATTERS, {"m": Factory().make})
    assert bound["m"].entry_point.value.endswith("Factory.make")


def test_invoke_on_load_uses_the_invoke_arguments() -> None:
    manager = plugspec.ExtensionManager.make_test_instance(
        MADE_FORMATTERS, {"csv": Csv}, invoke_kwds={"sep": "|"}
    )
    assert manager.map_method(Formatter.format, [], title="t") == ["csv|t"]
    positional = plugspec.ExtensionManager.make_test_instance(
        MADE_FORMATTERS, {"csv": Csv}, invoke_args=["/"]
    )
    assert positional.map_method(Formatter.format, []) == ["csv/"]


def broken() -> Formatter:
    raise RuntimeError("cannot make it")


def test_given_objects_are_verified_the_same_way() -> None:
    before = Wrong.made
    failures: list[tuple[str, plugspec.PlugspecError]] = []
    manager = plugspec.ExtensionManager.make_test_instance(
        MADE_FORMATTERS,
        {"csv": Csv, "wrong": Wrong, "obj": object(), "broken": broken},
        on_load_failure_callback=lambda _m, ep, exc: failures.append((ep.name, exc)),
    )
    assert manager.names() == ["csv"]
    assert [name for name, _ in failures] == ["wrong", "obj", "broken"]
    assert isinstance(failures[0][1], plugspec.ConformanceError)
    # An instance that is not callable is no factory: refused before any call.
    assert isinstance(failures[1][1], plugspec.ConformanceError)
    assert "is not callable" in str(failures[1][1])
    # A factory that raises is a failure to invoke.
    assert isinstance(failures[2][1], plugspec.PluginLoadError)
    assert failures[2][1].stage == "invoke"
    # The non-conforming class was refused before being constructed.
    assert Wrong.made == before


def test_given_extensions_are_verified() -> None:
    good = plugspec.ExtensionManager.make_test_instance(FORMATTERS, {"csv": Csv()})["csv"]
    bad: plugspec.Extension[Formatter] = plugspec.Extension(
        "bad",
        GROUP,
        plugspec.EntryPoint("bad", "somewhere:Bad", GROUP, "bad-dist", "9"),
        Wrong,
        Wrong(),  # type: ignore[arg-type]
    )
    failures: list[plugspec.PlugspecError] = []
    manager = plugspec.ExtensionManager.make_test_instance(
        FORMATTERS, [good, bad], on_load_failure_callback=lambda _m, _ep, exc: failures.append(exc)
    )
    assert manager.extensions == [good]
    [exc] = failures
    assert isinstance(exc, plugspec.ConformanceError)
    assert "bad = somewhere:Bad" in str(exc)
    assert "bad-dist 9" in str(exc)
    with pytest.raises(plugspec.ConformanceError):
        plugspec.DriverManager.make_test_instance(FORMATTERS, bad)


def test_items_that_are_not_extensions_are_a_type_error() -> None:
    with pytest.raises(TypeError, match="Extension"):
        plugspec.ExtensionManager.make_test_instance(FORMATTERS, [Csv()])  # type: ignore[list-item]


def test_named_make_test_instance_selects_and_orders() -> None:
    objs = {"a": Csv("a"), "b": Csv("b"), "c": Csv("c")}
    manager = plugspec.NamedExtensionManager.make_test_instance(
        FORMATTERS, objs, names=["c", "a"], name_order=True
    )
    assert manager.names() == ["c", "a"]
    unordered = plugspec.NamedExtensionManager.make_test_instance(
        FORMATTERS, objs, names=["c", "a"]
    )
    assert unordered.names() == ["a", "c"]
    everything = plugspec.NamedExtensionManager.make_test_instance(FORMATTERS, objs)
    assert everything.names() == ["a", "b", "c"]


def test_no_installed_metadata_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import plugspec._managers._core
    import plugspec._managers._driver

    def forbidden(*args: str) -> tuple[plugspec.EntryPoint, ...]:
        raise AssertionError("installed metadata was read")

    # The managers' two ways of reading installed metadata.
    for module in (plugspec._managers._core, plugspec._managers._driver):
        for name in ("entry_points", "entry_points_named"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, forbidden)
    for cls in (
        plugspec.ExtensionManager,
        plugspec.NamedExtensionManager,
        plugspec.EnabledExtensionManager,
        plugspec.HookManager,
        plugspec.DispatchExtensionManager,
        plugspec.NameDispatchExtensionManager,
    ):
        assert cls.make_test_instance(FORMATTERS, {"csv": Csv()}).names() == ["csv"]
    assert plugspec.DriverManager.make_test_instance(FORMATTERS, Csv()).names() == ["test"]
