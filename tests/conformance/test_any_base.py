"""A class with a base mypy takes as ``Any`` conforms to any protocol, as mypy's
``subtypes.visit_instance`` decides (its instances, and the class as ``type[P]``)."""

import sys
from typing import Any, Protocol

import pytest

import plugspec


class Formats(Protocol):
    def format(self, value: int) -> str: ...


def _make_base(base: type) -> type:
    class Generated(base):  # type: ignore[valid-type,misc]
        def format(self) -> int:
            return 0

    return Generated


class Plain:
    def format(self) -> int:
        return 0


class Dynamic(_make_base(Plain)):  # type: ignore[misc]
    pass


def test_dynamic_base_conforms_with_a_note() -> None:
    report = plugspec.check(Dynamic, type[Formats])
    assert report.ok
    assert any("_make_base(...)" in note for note in report.notes)
    assert plugspec.check(Dynamic(), Formats).ok


def test_named_base_is_checked() -> None:
    report = plugspec.check(Plain, type[Formats])
    assert not report.ok
    assert not any("Any" in note for note in report.notes)


if sys.version_info >= (3, 11):  # typing.Any is a base from 3.11

    class FromAny(Any):
        def format(self) -> int:
            return 0


@pytest.mark.skipif(sys.version_info < (3, 11), reason="typing.Any is a base from 3.11")
def test_any_base_conforms() -> None:
    assert plugspec.check(FromAny, type[Formats]).ok
    assert plugspec.check(FromAny(), Formats).ok
