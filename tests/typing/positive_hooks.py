"""Typing test (checked by mypy --strict and pyright strict, never executed).

The hook calls: ``first``, ``amap_method``, the outcomes, and the order key.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Protocol

from typing_extensions import assert_type

from plugspec import Extension, ExtensionManager, HookManager, Namespace, Outcome
from plugspec import HookCall


class Lifecycle(Protocol):
    def on_start(self, config: dict[str, str]) -> bool: ...

    def resolve(self, host: str) -> str | None: ...

    async def on_event(self, name: str, *, urgent: bool = False) -> int: ...


HOOKS = Namespace("myapp.hooks", Lifecycle, factory=True)
config: dict[str, str] = {}

hooks = HookManager(HOOKS, "startup")
assert_type(hooks.first(Lifecycle.on_start, config), bool | None)
assert_type(hooks.first(Lifecycle.resolve, "localhost"), str | None)
assert_type(hooks.map_method(Lifecycle.on_start, config), list[bool])

outcomes = hooks.map_method_outcomes(Lifecycle.on_start, config)
assert_type(outcomes, list[Outcome[Lifecycle, bool]])
for outcome in outcomes:
    assert_type(outcome.extension, Extension[Lifecycle])
    assert_type(outcome.value, bool | None)
    assert_type(outcome.exception, Exception | None)
    assert_type(outcome.ok, bool)
    assert_type(outcome.result(), bool)

ordered = HookManager(HOOKS, "startup", order=lambda ext: (ext.dist_name or "", ext.name))
assert_type(ordered, HookManager[Lifecycle])
by_name = HookManager.make_test_instance(HOOKS, {}, order=lambda ext: ext.name, concurrent=False)
assert_type(by_name, HookManager[Lifecycle])
assert_type(hooks.concurrent, bool)


async def calls() -> None:
    assert_type(await hooks.amap_method(Lifecycle.on_event, "tick"), list[int])
    assert_type(await hooks.amap_method(Lifecycle.on_event, "tick", urgent=True), list[int])
    found = await hooks.amap_method_outcomes(Lifecycle.on_event, "tick")
    assert_type(found, list[Outcome[Lifecycle, int]])
    manager = ExtensionManager(HOOKS)
    assert_type(await manager.amap_method(Lifecycle.on_event, "tick"), list[int])
    assert_type(manager.first(Lifecycle.resolve, "h"), str | None)


class Local:
    def on_start(self, config: dict[str, str]) -> bool:
        return True

    def resolve(self, host: str) -> str | None:
        return None

    async def on_event(self, name: str, *, urgent: bool = False) -> int:
        return 0


registered = hooks.register(Local(), name="local")
assert_type(registered, Extension[Lifecycle])
assert_type(hooks.register(Local()), Extension[Lifecycle])
assert_type(hooks.unregister(registered), Extension[Lifecycle])
assert_type(hooks.unregister("local"), Extension[Lifecycle])
assert_type(hooks.call_historic(Lifecycle.on_start, config), list[bool])
assert_type(hooks.call_historic(Lifecycle.resolve, host="h"), list[str | None])


@hooks.wrap(Lifecycle.on_start)
def timing(config: dict[str, str]) -> Generator[None, list[bool], list[bool]]:
    assert_type(config, dict[str, str])
    results = yield
    assert_type(results, list[bool])
    return results


assert_type(timing(config), Generator[None, list[bool], list[bool]])


@hooks.wrap(Lifecycle.resolve)
def fallback(host: str) -> Generator[None, list[str | None], list[str | None]]:
    return [*(yield), "127.0.0.1"]


hooks.unwrap(Lifecycle.resolve, fallback)


def watch(call: HookCall[Lifecycle]) -> None:
    assert_type(call.extension, Extension[Lifecycle])
    assert_type(call.method, str)
    assert_type(call.exception, Exception | None)
    assert_type(call.seconds, float)


hooks.set_monitor(watch)
hooks.set_monitor(lambda call: print(call.extension.obj.on_start(config)))
hooks.set_monitor(None)
assert_type(hooks.excluding("audit", registered), HookManager[Lifecycle])
