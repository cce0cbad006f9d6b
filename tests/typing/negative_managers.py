"""Typing test (checked by mypy --strict and pyright strict, never executed).

Every line marked ``# E:`` must be reported by both checkers, and no other;
``# E[pyright]:`` marks what only pyright reports (a known mypy limitation).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

import plugspec
from plugspec import DispatchExtensionManager, DriverManager, Extension, ExtensionManager, Namespace


class Formatter(Protocol):
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...


class Runner(Protocol):
    def run(self, steps: int) -> int: ...


FORMATTERS = Namespace("myapp.formatters", Formatter, factory=True)
RUNNERS = Namespace("myapp.runners", Runner)
manager = ExtensionManager(FORMATTERS)
driver = DriverManager(FORMATTERS, "csv")
rows: list[dict[str, object]] = []

manager.map_method(Formatter.format, rows, title="x")
manager.map_method(Formatter.format, ["row"])  # E: wrong argument type
manager.map_method(Formatter.format, rows, title=3)  # E: wrong keyword argument type
manager.map_method(Formatter.format, rows, titel="x")  # E: misspelled keyword
manager.map_method(Formatter.format)  # E: missing argument
manager.map_method(Runner.run, 3)  # E: a method of another protocol
driver.map_method(Runner.run, 3)  # E: a method of another protocol
driver.driver.render(rows)  # E: an attribute the protocol lacks
manager["csv"].obj.run(3)  # E: an attribute the protocol lacks
for ext in manager:
    ext.obj.close()  # E: an attribute the protocol lacks

ExtensionManager(FORMATTERS, invoke_on_laod=True)  # E: misspelled manager keyword
DriverManager(FORMATTERS)  # E: missing driver name
Namespace("myapp.formatters", Formatter, factory=3)  # E: a factory is a bool or a callable type
Namespace("myapp.formatters", Formatter, names=3)  # E: names are strings
typed: Namespace[Formatter] = Namespace("myapp.runners", Runner, factory=Callable[[int], Runner])  # E: a Namespace[Runner]
runner_manager: ExtensionManager[Runner] = ExtensionManager(FORMATTERS)  # E: wrong namespace
x: int = manager.map_method(Formatter.format, rows)[0]  # E: result is a str


def takes_int(ext: Extension[Formatter], rows: int) -> bool:
    return rows > 0


dispatch = DispatchExtensionManager(FORMATTERS, lambda ext: True)
# mypy solves the shared ParamSpec from the method alone and misses this.
dispatch.map_method(takes_int, Formatter.format, rows)  # E[pyright]: the filter does not take the arguments
manager.map(lambda ext, n: n, 1, 2)  # E: too many arguments for func
ExtensionManager.make_test_instance(RUNNERS, [manager["csv"]])  # E: extensions of another namespace
plugspec.Namespace("g", Formatter).group = "other"  # E: read-only attribute
plugspec.Nmespace("g", Formatter)  # E: a misspelled public name (the lazy imports stay visible)


def newest_runner(candidates: list[Extension[Runner]]) -> Extension[Runner]:
    return candidates[-1]


# The common keyword arguments (``ManagerOptions``) keep their types on every manager.
Hooks = plugspec.HookManager
Named = plugspec.NamedExtensionManager
ExtensionManager(FORMATTERS, invoke_on_load="yes")  # E: not a bool
DriverManager(FORMATTERS, "csv", conflict_resolver=newest_runner)  # E: another protocol
Hooks(FORMATTERS, "h", invoke_args=3)  # E: not a sequence
Hooks(FORMATTERS, "h", on_load_failure_callback=lambda m, ep, e: m.nam)  # E: no such attribute
Named.make_test_instance(FORMATTERS, {}, propagate_map_exceptions=1.5)  # E: not a bool
plugspec.EnabledExtensionManager(FORMATTERS, bool, invoke_kwds=[1])  # E: not a mapping


class Check(Protocol):
    def __call__(self, rows: list[dict[str, object]]) -> list[str]: ...


checks = ExtensionManager(Namespace("myapp.checks", Check))
checks.map(lambda ext, rows: ext.obj(rows), 3)  # E: the lambda passes an int as rows


T_co = TypeVar("T_co", covariant=True)


class Box(Protocol[T_co]):
    def get(self) -> T_co: ...


boxes = ExtensionManager(Namespace("myapp.boxes", Box[int]))
# pyright does not solve the unbound generic method's type variable from the
# manager (its own limit, see docs/hooks.md): name the method on Box[int].
boxes.map_method(Box.get)  # E[pyright]: partially unknown

# -- register, unregister and set_monitor on the extension managers ----------------


class LocalFormatter:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return title


class Untitled:
    def format(self, rows: list[dict[str, object]]) -> str:
        return ""


manager.register(LocalFormatter(), "local")
manager.register(Untitled(), "untitled")  # E: no title parameter
manager.register(LocalFormatter())  # E: an extension manager's plugin needs a name
manager.register(LocalFormatter(), name=1)  # E: the name is a string
manager.unregister(3)  # E: a name or an extension
manager.set_monitor(lambda call: call.extension.obj.render())  # E: not on the protocol
manager.call_historic(Formatter.format, rows)  # E: historic calls are the hook manager's
manager.wrap(Formatter.format)  # E: wrappers are the hook manager's
plugspec.NamedExtensionManager(FORMATTERS, ["csv"]).register(Untitled(), "u")  # E: no title
