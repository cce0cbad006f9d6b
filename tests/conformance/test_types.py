"""Annotation subtyping (``_types.is_subtype``) and its text (``format_type``)."""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, Optional, TypeVar, Union

import pytest
from _type_defs import Box, Color, Dog, N, T, UserId
from _type_namespace import evaluate
from _type_pairs import PAIRS
from hypothesis import given, settings
from hypothesis import strategies as st

from plugspec._conformance._context import Context
from plugspec._conformance._types import INFER, RIGID, format_type, is_subtype

# Pairs the runtime still gets wrong, and why (kept visible as strict xfails).
KNOWN_GAPS = {
    ("typing.TextIO", "Iterable[str]"): "the member lookup does not find typing.IO.__iter__",
}


def _pair_params() -> list[object]:
    params: list[object] = []
    for left, right, expected in PAIRS:
        reason = KNOWN_GAPS.get((left, right))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(left, right, expected, id=f"{left} <= {right}", marks=marks))
    return params


@pytest.mark.parametrize(("left", "right", "expected"), _pair_params())
def test_verdict_matches_mypy(left: str, right: str, expected: bool) -> None:
    ctx = Context()
    assert is_subtype(evaluate(left), evaluate(right), ctx) is expected, ctx.notes


@pytest.mark.parametrize(
    ("annotation", "text"),
    [
        (list[dict[str, object]], "list[dict[str, object]]"),
        (Optional[int], "int | None"),  # noqa: UP045
        (Union[None, int, str], "int | str | None"),  # noqa: UP007
        (Callable[[int], str], "Callable[[int], str]"),
        (Callable[..., int], "Callable[..., int]"),
        (Literal["a"], "Literal['a']"),
        (Literal["a", "b"], "Literal['a', 'b']"),
        (Union[Literal["a", "b"], None], "Literal['a', 'b'] | None"),  # noqa: UP007
        (Literal[Color.RED], "Literal[Color.RED]"),
        (Any, "Any"),
        (None, "None"),
        (type(None), "None"),
        (tuple[int, ...], "tuple[int, ...]"),
        (tuple[int, str], "tuple[int, str]"),
        (tuple[()], "tuple[()]"),
        (type[Dog], "type[Dog]"),
        (typing.List[int], "list[int]"),  # noqa: UP006
        (Sequence[int], "Sequence[int]"),
        (Box[int], "Box[int]"),
        (T, "T"),
        (UserId, "UserId"),
        (typing.Annotated[int, "x"], "int"),
        (list, "list[Any]"),
        ("Undefined", "Undefined"),
        (typing.NoReturn, "Never"),
    ],
)
def test_format_type(annotation: object, text: str) -> None:
    assert format_type(annotation) == text


def test_format_type_names_nested_classes_by_qualname() -> None:
    class Outer:
        class Inner:
            pass

    assert (
        format_type(Outer.Inner)
        == "test_format_type_names_nested_classes_by_qualname.<locals>.Outer.Inner"
    )


def test_undecidable_accepts_with_a_note() -> None:
    ctx = Context()
    assert is_subtype("NotEvaluated", int, ctx)
    assert any("NotEvaluated" in note for note in ctx.notes)


def test_bound_type_variables_use_their_binding() -> None:
    ctx = Context(bindings={T: int})
    assert is_subtype(T, float, ctx)
    assert not is_subtype(T, str, ctx)
    assert is_subtype(list[T], Sequence[int], ctx)
    assert not is_subtype(list[T], list[str], ctx)


def test_self_means_the_type_under_check() -> None:
    ctx = Context(self_type=Dog)
    assert is_subtype(typing.Self, Dog, ctx) if hasattr(typing, "Self") else True
    from typing_extensions import Self

    assert is_subtype(Self, Dog, ctx)
    assert not is_subtype(Self, int, ctx)
    assert is_subtype(Dog, Self, ctx)


def test_unbound_type_variable_is_judged_by_its_bound_with_a_note() -> None:
    ctx = Context()
    assert not is_subtype(T, int, ctx)
    assert ctx.notes
    assert is_subtype(N, int, Context())


def test_rigid_type_variable_matches_only_itself() -> None:
    ctx = Context(bindings={T: RIGID})
    assert not is_subtype(int, T, ctx)
    assert is_subtype(T, T, ctx)
    assert not ctx.notes


def test_inferred_type_variable_is_solved_once() -> None:
    ctx = Context(bindings={T: INFER})
    assert is_subtype(int, T, ctx)  # T := int
    assert is_subtype(T, float, ctx)
    assert not is_subtype(T, str, ctx)


def test_unpaired_type_variables_pair_up() -> None:
    other = TypeVar("other")
    ctx = Context()
    assert is_subtype(list[T], list[other], ctx)


def test_verdicts_are_stable_when_cached() -> None:
    for _ in range(2):
        assert is_subtype(list[int], Iterable[float], Context())
        assert not is_subtype(list[int], list[float], Context())


class _Hostile:
    def __eq__(self, other: object) -> bool:
        raise RuntimeError("no")

    def __hash__(self) -> int:
        raise RuntimeError("no")

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError("no")

    def __repr__(self) -> str:
        raise RuntimeError("no")


def test_hostile_objects_are_accepted_with_a_note() -> None:
    ctx = Context()
    assert is_subtype(_Hostile(), int, ctx)
    assert is_subtype(int, _Hostile(), ctx)
    assert ctx.notes
    assert format_type(_Hostile()) == "<_Hostile>"


_objects = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=5),
    st.sampled_from(
        [int, list, dict[str, int], Any, typing.Union, typing.Generic, Literal, Callable, T, N]
    ),
    st.builds(object),
)


@settings(max_examples=300)
@given(_objects, _objects)
def test_never_raises_on_arbitrary_objects(left: object, right: object) -> None:
    ctx = Context()
    assert isinstance(is_subtype(left, right, ctx), bool)
    assert isinstance(format_type(left), str)
