"""Typing test (checked by mypy --strict and pyright strict, never executed).

Every public generic of plugspec, with the type a checker must infer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from typing_extensions import assert_type

import plugspec
from plugspec import (
    DispatchExtensionManager,
    DriverManager,
    EnabledExtensionManager,
    EntryPoint,
    Extension,
    ExtensionManager,
    HookManager,
    NameDispatchExtensionManager,
    NamedExtensionManager,
    Namespace,
    PlugspecError,
    Report,
)

T_co = TypeVar("T_co", covariant=True)


class Formatter(Protocol):
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...

    def close(self) -> None: ...


class Box(Protocol[T_co]):
    def get(self) -> T_co: ...


class Lifecycle(Protocol):
    def on_start(self, config: dict[str, str]) -> bool: ...


# -- Namespace: P inferred from the protocol argument, no subscript --------------

FORMATTERS = Namespace("myapp.formatters", Formatter, factory=True)
assert_type(FORMATTERS, Namespace[Formatter])
assert_type(FORMATTERS.group, str)
BOXES = Namespace("myapp.boxes", Box[int])
assert_type(BOXES, Namespace[Box[int]])
HOOKS = Namespace("myapp.hooks", Lifecycle, factory=True)
assert_type(HOOKS, Namespace[Lifecycle])


class Config:
    title: str = ""


# factory and names keep P inferred from the protocol, with no subscript.
MADE = Namespace("myapp.formatters", Formatter, factory=True)
assert_type(MADE, Namespace[Formatter])
TYPED = Namespace("myapp.formatters", Formatter, factory=Callable[[Config], Formatter])
assert_type(TYPED, Namespace[Formatter])
assert_type(TYPED.names, tuple[str, ...] | None)
STARTUP = Namespace("myapp.hooks", Lifecycle, names=["startup"])
assert_type(STARTUP, Namespace[Lifecycle])
assert_type(DriverManager(TYPED, "csv", invoke_args=(Config(),)).driver, Formatter)

rows: list[dict[str, object]] = [{"a": 1}]

# -- each manager is inferred from its namespace ---------------------------------

extensions = ExtensionManager(FORMATTERS, invoke_args=(1,), invoke_kwds={"a": 1})
assert_type(extensions, ExtensionManager[Formatter])
named = NamedExtensionManager(FORMATTERS, ["csv", "json"], name_order=True)
assert_type(named, NamedExtensionManager[Formatter])


def enabled_check(ext: Extension[Formatter]) -> bool:
    return ext.name != "csv"


enabled = EnabledExtensionManager(FORMATTERS, enabled_check)
assert_type(enabled, EnabledExtensionManager[Formatter])
dispatch = DispatchExtensionManager(FORMATTERS, lambda ext: ext.name != "x")
assert_type(dispatch, DispatchExtensionManager[Formatter])
name_dispatch = NameDispatchExtensionManager(FORMATTERS, enabled_check)
assert_type(name_dispatch, NameDispatchExtensionManager[Formatter])
hooks = HookManager(HOOKS, "startup")
assert_type(hooks, HookManager[Lifecycle])
driver_manager = DriverManager(FORMATTERS, "csv")
assert_type(driver_manager, DriverManager[Formatter])
boxes = ExtensionManager(BOXES)
assert_type(boxes, ExtensionManager[Box[int]])

# -- callbacks and resolvers are typed by the namespace ----------------------------


def on_failure(
    manager: ExtensionManager[Formatter], entry_point: EntryPoint, error: PlugspecError
) -> None:
    print(manager.namespace.group, entry_point.name, error)


def newest(candidates: list[Extension[Formatter]]) -> Extension[Formatter]:
    return max(candidates, key=lambda ext: ext.dist_version or "")


assert_type(
    ExtensionManager(FORMATTERS, on_load_failure_callback=on_failure, conflict_resolver=newest),
    ExtensionManager[Formatter],
)
assert_type(
    DriverManager(
        FORMATTERS,
        "csv",
        on_load_failure_callback=lambda manager, ep, error: print(manager.name, ep.value, error),
        conflict_resolver=newest,
    ),
    DriverManager[Formatter],
)

# -- the driver ------------------------------------------------------------------

assert_type(driver_manager.driver, Formatter)
assert_type(driver_manager.extension, Extension[Formatter])
assert_type(driver_manager.driver.format(rows, title="t"), str)

# -- iteration, lookup, Extension ------------------------------------------------

for ext in extensions:
    assert_type(ext, Extension[Formatter])
    assert_type(ext.obj, Formatter)
    assert_type(ext.plugin, object)
    assert_type(ext.name, str)
    assert_type(ext.dist_name, str | None)
    assert_type(ext.dist_version, str | None)
    assert_type(ext.entry_point, EntryPoint)

assert_type(extensions["csv"], Extension[Formatter])
assert_type(extensions["csv"].obj, Formatter)
assert_type(boxes["b"].obj.get(), int)
assert_type(hooks["startup"], Extension[Lifecycle])
assert_type(extensions.extensions, list[Extension[Formatter]])
assert_type(extensions.names(), list[str])
assert_type(len(extensions), int)
assert_type("csv" in extensions, bool)
assert_type(list(named), list[Extension[Formatter]])

# -- map and map_method ----------------------------------------------------------

assert_type(extensions.map_method(Formatter.format, rows, title="x"), list[str])
assert_type(extensions.map_method(Formatter.format, rows), list[str])
assert_type(extensions.map_method(Formatter.close), list[None])
assert_type(named.map_method(Formatter.format, rows), list[str])
assert_type(enabled.map_method(Formatter.format, rows), list[str])
assert_type(hooks.map_method(Lifecycle.on_start, {"debug": "1"}), list[bool])
assert_type(driver_manager.map_method(Formatter.format, rows), list[str])
# Generic protocols: name the method on the parameterised protocol.
assert_type(boxes.map_method(Box[int].get), list[int])


def describe(ext: Extension[Formatter], prefix: str, *, upper: bool = False) -> str:
    return prefix + (ext.name.upper() if upper else ext.name)


assert_type(extensions.map(describe, "> ", upper=True), list[str])
assert_type(extensions.map(lambda ext: ext.obj), list[Formatter])
assert_type(driver_manager.map(describe, "> "), list[str])


def wants(ext: Extension[Formatter], rows: list[dict[str, object]], *, title: str = "") -> bool:
    return bool(rows) and ext.name != title


assert_type(dispatch.map_method(wants, Formatter.format, rows, title="x"), list[str])
assert_type(dispatch.map(wants, lambda ext, rows, *, title="": len(rows), rows), list[int])
assert_type(name_dispatch.map_method(["csv"], Formatter.format, rows, title="x"), list[str])
assert_type(name_dispatch.map(("csv",), describe, "> "), list[str])

# -- make_test_instance ----------------------------------------------------------


class Csv:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return ""

    def close(self) -> None:
        pass


assert_type(ExtensionManager.make_test_instance(FORMATTERS, {"csv": Csv()}), ExtensionManager[Formatter])
assert_type(
    ExtensionManager.make_test_instance(FORMATTERS, extensions.extensions), ExtensionManager[Formatter]
)
assert_type(
    NamedExtensionManager.make_test_instance(FORMATTERS, {"csv": Csv()}, names=["csv"]),
    NamedExtensionManager[Formatter],
)
assert_type(
    EnabledExtensionManager.make_test_instance(FORMATTERS, {"csv": Csv()}, check_func=enabled_check),
    EnabledExtensionManager[Formatter],
)
assert_type(
    DispatchExtensionManager.make_test_instance(FORMATTERS, {"csv": Csv()}),
    DispatchExtensionManager[Formatter],
)
assert_type(
    NameDispatchExtensionManager.make_test_instance(FORMATTERS, {"csv": Csv()}),
    NameDispatchExtensionManager[Formatter],
)
assert_type(HookManager.make_test_instance(HOOKS, {}, name="startup"), HookManager[Lifecycle])
assert_type(DriverManager.make_test_instance(FORMATTERS, Csv(), name="csv"), DriverManager[Formatter])
assert_type(DriverManager.make_test_instance(FORMATTERS, Csv()).driver, Formatter)

# -- check, conforms, verify ------------------------------------------------------

def load_something() -> object:
    return Csv()


candidate = load_something()
assert_type(plugspec.check(candidate, Formatter), Report)
if plugspec.conforms(candidate, Formatter):
    assert_type(candidate, Formatter)
assert_type(plugspec.verify(candidate, Formatter), Formatter)
assert_type(plugspec.verify(candidate, Box[int]), Box[int])
assert_type(plugspec.verify(Csv, type[Formatter]), type[Formatter])

# -- map with a lambda: its parameters typed from the arguments (both checkers) ----


class Check(Protocol):
    def __call__(self, rows: list[dict[str, object]]) -> list[str]: ...


CHECKS = Namespace("myapp.checks", Check)
checks = ExtensionManager(CHECKS)
assert_type(checks.map(lambda ext, rows: ext.obj(rows), rows), list[list[str]])
assert_type(checks.map(lambda ext, rows, n: ext.obj(rows)[:n], rows, 2), list[list[str]])
assert_type(checks.map(lambda ext: ext.name), list[str])

# A hook manager over a namespace of one name may omit the name.
assert_type(HookManager(STARTUP), HookManager[Lifecycle])

# -- register, unregister and set_monitor on the extension managers ----------------


class LocalFormatter:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return title

    def close(self) -> None: ...


def watch(call: plugspec.HookCall[Formatter]) -> None:
    assert_type(call.extension, Extension[Formatter])
    assert_type(call.exception, Exception | None)


for each in (
    ExtensionManager(FORMATTERS),
    NamedExtensionManager(FORMATTERS, ["csv"]),
    EnabledExtensionManager(FORMATTERS, lambda ext: True),
):
    local = each.register(LocalFormatter(), "local")
    assert_type(local, Extension[Formatter])
    assert_type(each.unregister(local), Extension[Formatter])
    assert_type(each.unregister("csv"), Extension[Formatter])
    each.set_monitor(watch)
    each.set_monitor(lambda call: print(call.extension.obj.format([], title=call.method)))
    each.set_monitor(None)
named_formatters = NamedExtensionManager(FORMATTERS, ["csv"])
assert_type(named_formatters.register(LocalFormatter(), name="local"), Extension[Formatter])
