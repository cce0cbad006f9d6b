"""A refusal through a constructor or factory names the members at fault of what it makes."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

import plugspec

T = TypeVar("T")


class Sized(Protocol):
    def size(self) -> int: ...
    def name(self) -> str: ...


class Bad:
    def __init__(self, x: int) -> None:
        self.x = x

    def size(self) -> str:
        return ""


class Good:
    def __init__(self, x: int) -> None:
        self.x = x

    def size(self) -> int:
        return 0

    def name(self) -> str:
        return ""


class MakesSized(Protocol):
    def __call__(self, x: int) -> Sized: ...


class Builder(Protocol):
    def build(self) -> Sized: ...


def make_bad(x: int) -> Bad:
    return Bad(x)


class BadFactory:
    def __call__(self, x: int) -> Bad:
        return Bad(x)


class BadBuilder:
    def build(self) -> Bad:
        return Bad(1)


def _members(report: plugspec.Report) -> list[tuple[str | None, str]]:
    return [(problem.member, problem.code.value) for problem in report.problems]


def _assert_product_named(report: plugspec.Report, made_by: str) -> None:
    assert _members(report) == [
        (made_by, "incompatible-member"),
        ("size", "incompatible-member"),
        ("name", "missing-member"),
    ]
    text = str(report)
    assert f"`Bad`, which `{made_by}` returns: method `size` returns `str`, expected `int`" in text
    assert f"`Bad`, which `{made_by}` returns: missing method `name`" in text


def test_a_class_against_a_callable_protocol_names_its_instances_members() -> None:
    report = plugspec.check(Bad, MakesSized)
    _assert_product_named(report, "__call__")
    assert "constructor `__call__` returns `Bad`, expected `Sized`" in str(report)


def test_a_factory_function_against_a_callable_protocol_names_the_members() -> None:
    _assert_product_named(plugspec.check(make_bad, MakesSized), "__call__")


def test_a_callable_instance_against_a_callable_protocol_names_the_members() -> None:
    _assert_product_named(plugspec.check(BadFactory(), MakesSized), "__call__")


def test_a_factory_method_names_the_members_of_what_it_builds() -> None:
    _assert_product_named(plugspec.check(BadBuilder(), Builder), "build")
    _assert_product_named(plugspec.check(BadBuilder, type[Builder]), "build")


def test_a_conforming_product_adds_nothing() -> None:
    class NeedsTwo:
        def __init__(self, x: int, y: int) -> None: ...
        def size(self) -> int:
            return 0

        def name(self) -> str:
            return ""

    report = plugspec.check(NeedsTwo, MakesSized)
    assert _members(report) == [("__call__", "incompatible-member")]
    assert plugspec.check(Good, MakesSized).ok


class Factory(Protocol):
    @classmethod
    def create(cls) -> Factory: ...


class Maker:
    def create(self) -> Maker:
        return self


def test_a_factory_method_making_its_own_class_is_not_reported_twice() -> None:
    # What `create` makes is the class under check: its problems are the ones listed.
    report = plugspec.check(Maker(), Factory)
    assert _members(report) == [("create", "incompatible-member")]


class Box(Generic[T]):
    def size(self) -> T: ...
    def name(self) -> str:
        return ""


class MakesIntBox:
    def __call__(self, x: int) -> Box[int]: ...


class MakesStrBox:
    def __call__(self, x: int) -> Box[str]: ...


def test_a_parameterised_product_is_checked_with_its_type_arguments() -> None:
    assert plugspec.check(MakesIntBox(), MakesSized).ok
    report = plugspec.check(MakesStrBox(), MakesSized)
    assert _members(report) == [
        ("__call__", "incompatible-member"),
        ("size", "incompatible-member"),
    ]
    assert "`Box[str]`, which `__call__` returns: method `size` returns `str`" in str(report)
