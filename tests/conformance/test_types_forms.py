"""Unusual annotation forms: never an exception, a note where the runtime cannot judge."""

from __future__ import annotations

import sys
import typing
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Concatenate, Final, ForwardRef, Generic, Literal, TypeVar

import pytest
import typing_extensions
from typing_extensions import ParamSpec, TypeAliasType, TypeVarTuple, Unpack

from plugspec._conformance import _types, clear_caches
from plugspec._conformance._context import Context
from plugspec._conformance._types import INFER, RIGID, format_type, is_subtype

P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
T = TypeVar("T")
U = TypeVar("U")
B = TypeVar("B", bound=Sequence[int])


def _accepts_with_note(left: object, right: object) -> list[str]:
    ctx = Context()
    assert is_subtype(left, right, ctx) is True
    assert ctx.notes, "an undecidable comparison must leave a note"
    return ctx.notes


@pytest.mark.parametrize(
    "form",
    [
        ForwardRef("Missing"),
        "Missing",
        tuple[Unpack[Ts]],
        tuple[int, Unpack[tuple[str, ...]]],
        Literal[1.5],  # type: ignore[valid-type]
        Generic,
        typing.Protocol,
        42,
        P,
        Ts,
    ],
    ids=repr,
)
def test_uncomparable_forms_accept_with_a_note(form: object) -> None:
    _accepts_with_note(form, int)
    _accepts_with_note(int, form)
    assert isinstance(format_type(form), str)


def test_type_alias_type_is_its_value() -> None:
    alias = TypeAliasType("IntList", list[int])
    ctx = Context()
    assert is_subtype(alias, Sequence[int], ctx)
    assert not is_subtype(alias, Sequence[str], ctx)
    assert format_type(alias) == "list[int]"


def test_generic_type_alias_applied_to_arguments() -> None:
    pairs = TypeAliasType("Pairs", list[tuple[T, U]], type_params=(T, U))
    ctx = Context()
    assert is_subtype(pairs[int, str], Sequence[tuple[int, str]], ctx)
    assert not is_subtype(pairs[int, str], Sequence[tuple[str, str]], ctx)
    assert format_type(pairs[int, str]) == "list[tuple[int, str]]"
    assert not ctx.notes


def test_bare_qualifiers_are_any_and_qualified_types_are_their_inner_type() -> None:
    ctx = Context()
    assert is_subtype(ClassVar, int, ctx)
    assert is_subtype(Final[int], float, ctx)
    assert not is_subtype(ClassVar[int], str, ctx)
    assert not ctx.notes


def test_bare_and_legacy_aliases() -> None:
    ctx = Context()
    assert is_subtype(typing.Type, type[int], ctx)  # noqa: UP006
    assert is_subtype(type[int], typing.Type, ctx)  # noqa: UP006
    assert is_subtype(typing.Tuple, tuple[int, str], ctx)  # noqa: UP006
    assert is_subtype(typing.Tuple[()], tuple[int, ...], ctx)  # noqa: UP006
    assert format_type(typing.Tuple[()]) == "tuple[()]"  # noqa: UP006
    assert is_subtype(typing.Callable, Callable[[int], str], ctx)
    assert format_type(typing.Callable) == "Callable[..., Any]"
    assert not ctx.notes


def test_paramspec_callables_go_to_the_signature_rules() -> None:
    ctx = Context()
    assert is_subtype(Callable[[int], str], Callable[P, str], ctx)
    assert is_subtype(Callable[Concatenate[int, P], str], Callable[..., str], ctx)
    assert not is_subtype(Callable[P, int], Callable[P, str], ctx)
    assert format_type(Callable[P, int]) == "Callable[P, int]"


def test_type_variable_bounds_and_solutions() -> None:
    assert is_subtype(B, Sequence[float], Context())
    assert not is_subtype(B, list[int], Context())
    ctx = Context(bindings={T: INFER})
    assert not is_subtype(str, B, Context(bindings={B: INFER}))
    assert is_subtype(T, U, ctx)  # T := U
    rigid = Context(bindings={T: RIGID})
    assert not is_subtype(T, U, rigid)
    assert not is_subtype(U, T, rigid)
    both = Context(bindings={T: INFER})
    assert is_subtype(U, T, both)


def test_bindings_may_map_to_other_variables_and_to_self() -> None:
    ctx = Context(bindings={T: U, U: int})
    assert is_subtype(T, int, ctx)
    loop = Context(bindings={T: T})
    assert is_subtype(T, T, loop)
    self_ctx = Context(self_type=typing_extensions.Self)
    assert is_subtype(typing_extensions.Self, int, self_ctx)
    assert is_subtype(typing_extensions.Self, int, Context())


def test_deeply_nested_annotations_give_up_with_a_note() -> None:
    deep: Any = int
    for _ in range(80):
        deep = list[deep]
    other: Any = float
    for _ in range(80):
        other = Sequence[other]
    ctx = Context()
    assert is_subtype(deep, other, ctx)
    assert isinstance(format_type(deep), str)


def test_caches_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_types._NORMALISED, "limit", 1)
    monkeypatch.setattr(_types._NORMAL_VERDICTS, "limit", 1)
    for _ in range(2):
        assert is_subtype(list[bytes], Sequence[bytes], Context())
        assert not is_subtype(list[bytes], Sequence[str], Context())
    assert len(_types._NORMALISED) <= 1
    assert len(_types._NORMAL_VERDICTS) <= 1


def test_unhashable_annotations_are_still_compared() -> None:
    unhashable = typing.Annotated[int, []]
    ctx = Context()
    assert is_subtype(unhashable, float, ctx)
    assert not is_subtype(unhashable, str, ctx)


def test_markers_have_readable_reprs() -> None:
    assert repr(INFER) == "INFER"
    assert repr(RIGID) == "RIGID"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="typing.Any is a class from 3.11")
def test_class_with_an_any_base_fits_everything_but_none() -> None:
    class Mocked(Any):  # type: ignore[misc]
        pass

    ctx = Context()
    assert is_subtype(Mocked, int, ctx)
    assert not is_subtype(Mocked, None, ctx)


def test_self_referential_bindings_give_up_with_a_note() -> None:
    ctx = Context(bindings={T: list[T], U: Sequence[U]})
    assert is_subtype(T, Sequence[U], ctx)
    assert any("too deep" in note for note in ctx.notes)


def test_internal_errors_accept_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(self: object, left: object, right: object) -> bool:
        raise ValueError("boom")

    monkeypatch.setattr(_types._Checker, "_check", explode)
    clear_caches()
    ctx = Context()
    assert is_subtype(bytes, str, ctx)
    assert any("ValueError" in note for note in ctx.notes)


def test_recursion_errors_accept_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    def recurse(self: object, left: object, right: object) -> bool:
        raise RecursionError

    monkeypatch.setattr(_types._Checker, "_check", recurse)
    clear_caches()
    ctx = Context()
    assert is_subtype(bytes, str, ctx)
    assert any("too deep" in note for note in ctx.notes)


def test_format_type_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(annotation: object) -> object:
        raise ValueError("boom")

    monkeypatch.setattr(_types, "_normalise", explode)
    assert format_type(int) == "int"


def test_solved_variables_keep_their_solution() -> None:
    ctx = Context(bindings={T: INFER})
    assert is_subtype(T, int, ctx)  # T := int
    assert is_subtype(T, float, ctx)
    assert not is_subtype(T, str, ctx)
    constrained = TypeVar("constrained", int, str)
    assert not is_subtype(bytes, constrained, Context(bindings={constrained: INFER}))
    assert is_subtype(str, constrained, Context(bindings={constrained: INFER}))


_ROUND_TRIP = [
    int,
    None,
    Any,
    typing.NoReturn,
    list[int],
    tuple[int, ...],
    tuple[int, str],
    tuple[()],
    int | str | None,
    Literal["a", 1],
    Callable[[int], str],
    type[int],
    T,
    typing_extensions.Self,
    dict[str, list[T]],
    Sequence[type[int] | None],
    typing_extensions.TypeGuard[int],
    typing_extensions.TypeIs[list[int]],
]


@pytest.mark.parametrize("annotation", _ROUND_TRIP, ids=repr)
def test_normalised_forms_rebuild_to_equivalent_annotations(annotation: object) -> None:
    normalised = _types._normalise(annotation)
    rebuilt = _types._annotation_of(normalised)
    assert _types._normalise(rebuilt) == normalised


def test_guards_format_like_mypy() -> None:
    assert format_type(typing_extensions.TypeGuard[int]) == "TypeGuard[int]"
    assert format_type(Callable[[object], typing_extensions.TypeIs[str]]) == (
        "Callable[[object], TypeIs[str]]"
    )


def test_rebuilding_unknown_forms_gives_any() -> None:
    assert _types._annotation_of(_types._normalise("Missing")) is Any
