"""Instances of a generic class: a bare one has Any arguments, one made by ``C[int]()`` its own."""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

import plugspec

T = TypeVar("T")


class Box(Generic[T]):
    def get(self) -> T: ...


class GetsStr(Protocol):
    def get(self) -> str: ...


def test_each_instance_of_a_generic_class_has_its_own_verdict_in_any_order() -> None:
    first = plugspec.check(Box[int](), GetsStr)
    bare = plugspec.check(Box(), GetsStr)
    again = plugspec.check(Box[int](), GetsStr)
    of_str = plugspec.check(Box[str](), GetsStr)
    assert (first.ok, bare.ok, again.ok, of_str.ok) == (False, True, False, True)
    assert "method `get` returns `int`, expected `str`" in str(again)
    assert plugspec.check(Box(), GetsStr) is bare  # the bare verdict is still kept
