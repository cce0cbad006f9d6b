"""Variance inferred from use, for type parameters declared with ``infer_variance=True``.

This is what PEP 695 classes (``class Box[T]: ...``) get; mypy infers it from
the members. The expected variances below are mypy's verdicts on the PEP 695
spelling of each class (``B[float]`` to ``B[int]`` and so on).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Generic

import pytest
from typing_extensions import TypeVar

from plugspec._conformance._context import Context
from plugspec._conformance._types import is_subtype

A = TypeVar("A", infer_variance=True)
B = TypeVar("B", infer_variance=True)
C = TypeVar("C", infer_variance=True)
D = TypeVar("D", infer_variance=True)
E = TypeVar("E", infer_variance=True)
F = TypeVar("F", infer_variance=True)


class Getter(Generic[A]):
    def __init__(self, value: A) -> None:
        self._value = value

    def get(self) -> A:
        return self._value


class Putter(Generic[B]):
    def put(self, value: B) -> None:
        pass


class Holder(Generic[C]):
    value: C


class Viewer(Generic[D]):
    @property
    def value(self) -> D:
        raise NotImplementedError


class Registry(Generic[E]):
    def register(self, callback: Callable[[E], None]) -> None:
        pass

    def _private(self, value: E) -> None:
        pass


class Unused(Generic[F]):
    pass


G = TypeVar("G", infer_variance=True)
H = TypeVar("H", infer_variance=True)


class Shapes(Generic[G]):
    """Uses its parameter inside a tuple, a union, type[...] and a Callable's return."""

    def pair(self) -> tuple[G, int] | None:
        raise NotImplementedError

    def kind(self) -> type[G]:
        raise NotImplementedError

    def factory(self) -> Callable[[], list[G] | G]:
        raise NotImplementedError

    @staticmethod
    def helper(value: int) -> int:
        return value


class Settable(Generic[H]):
    @property
    def value(self) -> H:
        raise NotImplementedError

    @value.setter
    def value(self, new: H) -> None:
        pass


@pytest.mark.parametrize(
    ("cls", "covariant", "contravariant"),
    [
        (Getter, True, False),
        (Putter, False, True),
        (Holder, False, False),
        (Viewer, True, False),
        (Registry, True, False),
        (Unused, True, False),
        (Settable, False, False),
    ],
)
def test_inferred_variance(cls: type, covariant: bool, contravariant: bool) -> None:
    assert is_subtype(cls[int], cls[float], Context()) is covariant  # type: ignore[index]
    assert is_subtype(cls[float], cls[int], Context()) is contravariant  # type: ignore[index]


def test_inferred_variance_looks_inside_other_forms() -> None:
    # list[G] inside the Callable makes G invariant there; the rest is covariant.
    assert not is_subtype(Shapes[int], Shapes[float], Context())
    assert not is_subtype(Shapes[float], Shapes[int], Context())


@pytest.mark.skipif(sys.version_info < (3, 12), reason="PEP 695 syntax")
def test_pep_695_class() -> None:
    namespace: dict[str, object] = {}
    exec(  # the syntax does not parse before 3.12
        "class Source[T]:\n    def get(self) -> T: ...\n"
        "class Sink[T]:\n    def put(self, value: T) -> None: ...\n",
        namespace,
    )
    source, sink = namespace["Source"], namespace["Sink"]
    assert is_subtype(source[int], source[float], Context())  # type: ignore[index]
    assert not is_subtype(source[float], source[int], Context())  # type: ignore[index]
    assert is_subtype(sink[float], sink[int], Context())  # type: ignore[index]
    assert not is_subtype(sink[int], sink[float], Context())  # type: ignore[index]
