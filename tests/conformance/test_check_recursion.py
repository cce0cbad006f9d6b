"""Recursive protocols met inside annotations: one context for the whole check.

A ``type[C]`` compared with a protocol is a check of the class object, nested in
the comparison that met it; it shares that comparison's record of the pairs in
progress, so a pair met again is assumed to hold (as mypy's ``assuming``
stack does) instead of being checked afresh until the stack runs out.
"""

from __future__ import annotations

import inspect
import sys
from typing import Protocol

import pytest

import plugspec


class Factory(Protocol):
    def __call__(self) -> Holder: ...


class Holder(Protocol):
    @property
    def factory(self) -> Factory: ...


class Cell:
    """mypy accepts ``_: Holder = Cell()``: calling the class makes a ``Cell``,
    which is a ``Holder`` while that very question is in progress."""

    @property
    def factory(self) -> type[Cell]:
        return Cell


class Plain:
    """Calling it makes a ``Plain``, which has no ``factory``: not a ``Factory``."""


def test_a_recursive_pair_through_a_class_object_is_decided_without_giving_up() -> None:
    report = plugspec.check(Cell(), Holder)
    assert report.ok, str(report)
    assert report.notes == ()


def test_the_nested_comparison_stays_shallow() -> None:
    # The pairs in progress end the recursion after one round: a few hundred
    # frames above the caller are plenty (a fresh context per nested check
    # ran until the interpreter's limit).
    class Twin(Cell):
        pass

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 400)
    try:
        report = plugspec.check(Twin(), Holder)
    finally:
        sys.setrecursionlimit(limit)
    assert report.ok, str(report)
    assert report.notes == ()


@pytest.mark.parametrize(("subject", "ok"), [(Cell, True), (Plain, False)])
def test_a_class_object_is_a_factory_by_its_constructor(subject: type, ok: bool) -> None:
    assert plugspec.check(subject, Factory).ok is ok
