"""Typing test (checked by mypy --strict and pyright strict, never executed).

Every line marked ``# E:`` must be reported by both checkers, and no other.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Protocol

from plugspec import HookManager, Namespace


class Lifecycle(Protocol):
    def on_start(self, config: dict[str, str]) -> bool: ...

    async def on_event(self, name: str) -> int: ...


class Other(Protocol):
    async def run(self, steps: int) -> int: ...


HOOKS = Namespace("myapp.hooks", Lifecycle)
hooks = HookManager(HOOKS, "startup")
config: dict[str, str] = {}

hooks.first(Lifecycle.on_start, config)
hooks.first(Lifecycle.on_start, "debug")  # E: wrong argument type
hooks.first(Lifecycle.on_start, config, 1)  # E: too many arguments
hooks.first(Lifecycle.on_start, cfg=config)  # E: unknown keyword
flag: str | None = hooks.first(Lifecycle.on_start, config)  # E: result is bool | None


async def calls() -> None:
    await hooks.amap_method(Lifecycle.on_event, "tick")
    await hooks.amap_method(Lifecycle.on_start, config)  # E: a sync member
    await hooks.amap_method(Lifecycle.on_event, 3)  # E: wrong argument type
    await hooks.amap_method(Other.run, 3)  # E: a method of another protocol
    await hooks.amap_method_outcomes(Lifecycle.on_start, config)  # E: a sync member
    hooks.map_method_outcomes(Lifecycle.on_start, 3)  # E: wrong argument type


HookManager(HOOKS, "startup", order=lambda ext: ext.obj.render())  # E: not on the protocol
HookManager(HOOKS, "startup", order=lambda ext: object())  # E: not comparable


class Local:
    def on_start(self, config: dict[str, str]) -> bool:
        return True

    async def on_event(self, name: str) -> int:
        return 0


class NoEvent:
    def on_start(self, config: dict[str, str]) -> bool:
        return True


class WrongStart:
    def on_start(self, config: int) -> bool:
        return True

    async def on_event(self, name: str) -> int:
        return 0


hooks.register(Local(), name="local")
hooks.register(NoEvent())  # E: a member missing
hooks.register(WrongStart())  # E: a parameter of the wrong type
hooks.register(Local(), name=1)  # E: the name is a string
hooks.register(Local(), "local", 2)  # E: too many arguments
hooks.unregister(3)  # E: a name or an extension
hooks.call_historic(Lifecycle.on_start, config)
hooks.call_historic(Lifecycle.on_start, "debug")  # E: wrong argument type
hooks.call_historic(Other.run, 3)  # E: a method of another protocol


def good(config: dict[str, str]) -> Generator[None, list[bool], list[bool]]:
    return (yield)


def wrong_argument(config: int) -> Generator[None, list[bool], list[bool]]:
    return (yield)


def wrong_result(config: dict[str, str]) -> Generator[None, list[str], list[str]]:
    return (yield)


def extra_parameter(config: dict[str, str], more: int) -> Generator[None, list[bool], list[bool]]:
    return (yield)


def not_a_generator(config: dict[str, str]) -> list[bool]:
    return []


hooks.wrap(Lifecycle.on_start)(good)
hooks.wrap(Lifecycle.on_start)(wrong_argument)  # E: the argument's type differs
hooks.wrap(Lifecycle.on_start)(wrong_result)  # E: the result's type differs
hooks.wrap(Lifecycle.on_start)(extra_parameter)  # E: a parameter the method has not
hooks.wrap(Lifecycle.on_start)(not_a_generator)  # E: not a generator function
hooks.wrap(Other.run)  # E: a method of another protocol

hooks.set_monitor(lambda call: call.extension.obj.render())  # E: not on the protocol
hooks.set_monitor(print, print)  # E: one monitor
hooks.excluding("audit")
hooks.excluding(3)  # E: a name or an extension
