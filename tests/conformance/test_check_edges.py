"""Edges of the engine: bounded caches, internal failures, nominal subclasses, helpers."""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, Generic, Literal, Protocol, TypeVar

import pytest
import typing_extensions

import plugspec
from plugspec._conformance import _engine, _objects, clear_caches
from plugspec._conformance._context import Context
from plugspec._conformance._members import assumption_key, instances_conform
from plugspec._conformance._signatures import (
    Param,
    ParamKind,
    Sig,
    sig_from_callable_annotation,
    sig_incompatibilities,
)
from plugspec._conformance._substitute import substitute
from plugspec._conformance._target import class_bindings, parse_target

T = TypeVar("T")
P = typing_extensions.ParamSpec("P")


class Box(Protocol[T]):
    def get(self) -> T: ...


class Named(Protocol):
    name: str


class StrBox(Box[str]):
    def get(self) -> str:
        return ""


class Holder:
    def __init__(self, name: object) -> None:
        self.name = name


def test_explicit_subclass_is_judged_nominally() -> None:
    assert plugspec.check(StrBox(), Box[str]).ok
    assert plugspec.check(StrBox(), Box).ok
    report = plugspec.check(StrBox(), Box[int])
    assert not report.ok
    assert "subclass of `Box[int]` with other type arguments" in str(report)


def test_not_a_class_for_type_of_protocol() -> None:
    report = plugspec.check(StrBox(), type[Box[str]])
    assert not report.ok
    assert report.problems[0].message == "is not a class"


def test_per_instance_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_engine, "_MAX_BY_TYPES", 2)
    kinds: list[object] = ["a", 1, 1.5, b"x", True, None]
    verdicts = [plugspec.check(Holder(value), Named).ok for value in kinds]
    assert verdicts == [True, False, False, False, False, False]
    assert plugspec.check(Holder("again"), Named).ok


def test_containers_are_not_cached_by_type() -> None:
    class Listed(Protocol):
        items: list[int]

    class Owner:
        def __init__(self, items: object) -> None:
            self.items = items

    assert plugspec.check(Owner([1, 2]), Listed).ok
    assert not plugspec.check(Owner(["a"]), Listed).ok


def test_verdicts_are_the_same_after_the_caches_are_cleared() -> None:
    class One:
        name = "x"

    class Two:
        name = 2

    for _ in range(2):
        assert plugspec.check(One(), Named).ok
        assert not plugspec.check(Two(), Named).ok
        assert plugspec.check(One, Named).ok
        assert not plugspec.check(Two, Named).ok
        clear_caches()


def test_failure_while_checking_an_instance_attribute_is_noted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Fresh:
        def __init__(self) -> None:
            self.name = "x"

    def broken(*args: object) -> object:
        raise RuntimeError("odd attribute")

    report = plugspec.check(Fresh(), Named)  # builds the class-level entry
    assert report.ok
    monkeypatch.setattr(_engine, "find_member", broken)
    monkeypatch.setattr(_objects, "find_member", broken)
    fresh = Fresh()
    fresh.name = []  # type: ignore[assignment]  # a container: not served from the type cache
    report = plugspec.check(fresh, Named)
    assert report.ok
    assert any("could not be checked" in note for note in report.notes)


def test_failure_while_building_a_class_entry_is_noted(monkeypatch: pytest.MonkeyPatch) -> None:
    class Fresh:
        name = "x"

    def broken(*args: object) -> object:
        raise RuntimeError("odd member")

    monkeypatch.setattr(_engine, "find_member", broken)
    report = plugspec.check(Fresh(), Named)
    assert report.ok
    assert any("could not be checked" in note for note in report.notes)


def test_instances_conform_accepts_what_it_cannot_judge() -> None:
    ctx = Context()
    assert instances_conform(Literal[1], Named, ctx)
    assert any("cannot check" in note for note in ctx.notes)
    assert instances_conform(int, int, Context())  # not a protocol: not this function's call
    assert instances_conform(StrBox, Box[str], Context())
    assert not instances_conform(StrBox, Box[int], Context())
    assert instances_conform(Box[int], Box[int], Context())


def test_instances_conform_assumes_pairs_in_progress() -> None:
    ctx = Context()
    ctx.assuming.add(assumption_key(int, Named))
    assert instances_conform(int, Named, ctx)


def test_generic_protocol_bindings_follow_bases() -> None:
    S = TypeVar("S")

    class Base(Protocol[S]):
        def take(self, x: S) -> None: ...

    class Child(Base[list[T]], Protocol[T]):
        pass

    bindings = class_bindings(Child, (int,))
    assert bindings[Child] == {T: int}
    assert bindings[Base] == {S: list[int]}
    assert class_bindings(Child, None)[Child] == {T: Any}


def test_type_variable_defaults_fill_missing_arguments() -> None:
    D = typing_extensions.TypeVar("D", default=str)

    class WithDefault(Protocol[D]):
        def get(self) -> D: ...

    assert class_bindings(WithDefault, None)[WithDefault] == {D: str}

    class GivesStr:
        def get(self) -> str:
            return ""

    assert plugspec.check(GivesStr(), WithDefault).ok


def test_parse_target_forms() -> None:
    target = parse_target(type[Box[int]])
    assert target.is_type
    assert target.protocol is Box
    assert target.args == (int,)
    assert parse_target(typing.Type[Named]).is_type  # noqa: UP006
    with pytest.raises(TypeError):
        parse_target(type[int])


def test_substitute_rebuilds_annotations() -> None:
    assert substitute(list[T], {T: int}) == list[int]
    assert substitute(dict[str, T] | None, {T: int}) == typing.Optional[dict[str, int]]  # noqa: UP045
    assert substitute(typing.Callable[[T], T], {T: str}) == typing.Callable[[str], str]
    assert substitute(Callable[P, int], {P: (int, str)}) == Callable[[int, str], int]
    assert substitute(Literal["T"], {T: int}) == Literal["T"]
    assert substitute(typing.Annotated[T, "meta"], {T: int}) == typing.Annotated[T, "meta"]
    assert substitute(T, {}) is T
    assert substitute([T, int], {T: str}) == [str, int]


def test_callable_annotations_as_signatures() -> None:
    sig = sig_from_callable_annotation(Callable[[int, str], bool])
    assert [p.annotation for p in sig.params] == [int, str]
    assert sig.returns is bool
    assert sig_from_callable_annotation(Callable[..., int]).ellipsis
    assert sig_from_callable_annotation(Callable).ellipsis
    concatenated = sig_from_callable_annotation(
        Callable[typing_extensions.Concatenate[int, P], str]
    )
    assert [p.kind for p in concatenated.params] == [
        ParamKind.POSITIONAL_ONLY,
        ParamKind.VAR_POSITIONAL,
        ParamKind.VAR_KEYWORD,
    ]


def test_signature_messages() -> None:
    def make(*params: Param, returns: object = None) -> Sig:
        return Sig(params=params, returns=returns, returns_annotated=True)

    positional = Param("x", ParamKind.POSITIONAL_OR_KEYWORD, int, annotated=True)
    keyword = Param("x", ParamKind.KEYWORD_ONLY, int, annotated=True)
    ctx = Context()
    assert sig_incompatibilities(make(positional), make(positional), ctx, check_names=True) == []
    assert sig_incompatibilities(make(), make(positional), ctx, check_names=True) == [
        "takes no argument `x` (neither by name nor at position 1)"
    ]
    assert sig_incompatibilities(make(positional), make(), ctx, check_names=True) == [
        "requires argument `x`, which the protocol's signature does not pass"
    ]
    assert sig_incompatibilities(make(keyword), make(positional), ctx, check_names=True) == [
        "parameter `x` is keyword-only, but the protocol passes it at position 1"
    ]
    renamed = Param("y", ParamKind.POSITIONAL_OR_KEYWORD, int, annotated=True)
    assert sig_incompatibilities(make(renamed), make(positional), ctx, check_names=True) == [
        "parameter `y` should be named `x`"
    ]
    assert sig_incompatibilities(make(renamed), make(positional), ctx, check_names=False) == []
    wrong = Param("x", ParamKind.POSITIONAL_OR_KEYWORD, str, annotated=True)
    assert sig_incompatibilities(make(wrong), make(positional), ctx, check_names=True) == [
        "parameter `x` accepts `str`, but the protocol passes `int`"
    ]
    assert sig_incompatibilities(make(returns=str), make(returns=int), ctx, check_names=True) == [
        "returns `str`, expected `int`"
    ]


def test_generic_implementations_use_their_own_type_arguments() -> None:
    class Pair(Generic[T]):
        def __init__(self, first: T) -> None:
            self.first = first

        def get(self) -> T:
            return self.first

    assert plugspec.check(Pair[int](1), Box[int]).ok
    assert not plugspec.check(Pair[str]("x"), Box[int]).ok
