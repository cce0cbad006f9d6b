"""Types read from values (instance attributes without annotations) and rarer forms."""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

import typing_extensions

import plugspec

T = TypeVar("T")
Ts = typing_extensions.TypeVarTuple("Ts")
P = typing_extensions.ParamSpec("P")


class Holder:
    """Attributes set on the instance only, as a plugin built at runtime would."""

    def __init__(self, **values: object) -> None:
        self.__dict__.update(values)


class Data(Protocol):
    data: dict[str, int]


class Items(Protocol):
    items: list[int]


class Pairs(Protocol):
    pair: tuple[int, str]


class Kinds(Protocol):
    @property
    def kind(self) -> type[int]: ...


class SettableKind(Protocol):
    kind: type[int]


class Anything(Protocol):
    thing: Any


def test_dict_values() -> None:
    assert plugspec.check(Holder(data={"a": 1}), Data).ok
    assert not plugspec.check(Holder(data={"a": "b"}), Data).ok
    assert plugspec.check(Holder(data={}), Data).ok  # element types unknown: Any


def test_list_values() -> None:
    assert plugspec.check(Holder(items=[1, 2]), Items).ok
    assert not plugspec.check(Holder(items=["a"]), Items).ok
    assert plugspec.check(Holder(items=[1, "a"]), Items).ok  # mixed: Any elements


def test_tuple_values() -> None:
    assert plugspec.check(Holder(pair=(1, "a")), Pairs).ok
    assert not plugspec.check(Holder(pair=("a", 1)), Pairs).ok


def test_class_and_module_values() -> None:
    assert plugspec.check(Holder(kind=bool), Kinds).ok
    assert not plugspec.check(Holder(kind=str), Kinds).ok
    assert not plugspec.check(Holder(kind=bool), SettableKind).ok  # settable: invariant
    assert plugspec.check(Holder(kind=int), SettableKind).ok
    assert plugspec.check(Holder(thing=types), Anything).ok


class Runs(Protocol):
    def run(self, x: int) -> str: ...


def test_functions_stored_on_the_instance() -> None:
    def run(x: int) -> str:
        return ""

    def wrong(x: str) -> str:
        return x

    assert plugspec.check(Holder(run=run), Runs).ok
    assert not plugspec.check(Holder(run=wrong), Runs).ok
    assert plugspec.check(Holder(run=lambda x: "text"), Runs).ok
    assert not plugspec.check(Holder(run=lambda x: 3), Runs).ok


class Variadic(Protocol[typing_extensions.Unpack[Ts]]):
    def args(self) -> tuple[typing_extensions.Unpack[Ts]]: ...


class GivesTuple:
    def args(self) -> tuple[int, str]:
        return (1, "")


def test_type_var_tuples_do_not_crash() -> None:
    report = plugspec.check(GivesTuple(), Variadic[int, str])
    assert isinstance(report.ok, bool)
    assert plugspec.check(GivesTuple(), Variadic).ok


class Decorator(Protocol[P]):
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> int: ...


def takes_int(x: int) -> int:
    return x


def test_param_spec_arguments() -> None:
    assert plugspec.check(takes_int, Decorator[[int]]).ok
    assert not plugspec.check(takes_int, Decorator[[str]]).ok
    assert plugspec.check(takes_int, Decorator[...]).ok
    assert plugspec.check(takes_int, Decorator).ok


class Factory(Protocol):
    @property
    def make(self) -> Callable[[int], Any]: ...


class Made(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value


class StrMade:
    def __init__(self, value: str) -> None:
        self.value = value


def test_class_valued_attributes_are_constructors() -> None:
    assert plugspec.check(Holder(make=Made), Factory).ok
    assert not plugspec.check(Holder(make=StrMade), Factory).ok


class Callback(Protocol):
    def __call__(self, x: int) -> int: ...


class CallbackHolder(Protocol):
    callback: Callback


class HasCallable:
    def __init__(self, callback: Callable[[int], int]) -> None:
        self.callback = callback


def test_callback_protocol_attributes() -> None:
    def good(x: int) -> int:
        return x

    def bad(x: str) -> int:
        return 0

    assert plugspec.check(HasCallable(good), CallbackHolder).ok
    assert not plugspec.check(HasCallable(bad), CallbackHolder).ok
