"""plugspec.testing.assert_conforms: passes the object through, or fails with the report."""

from __future__ import annotations

from typing import Protocol

import pytest

import plugspec
from plugspec.testing import assert_conforms


class Greeter(Protocol):
    name: str

    def greet(self, name: str, *, loud: bool = False) -> str: ...


class Good:
    name = "good"

    def greet(self, name: str, *, loud: bool = False) -> str:
        return name


class Bad:
    def greet(self, name: str) -> str:
        return name


def test_a_conforming_object_is_returned_as_is() -> None:
    good = Good()
    assert assert_conforms(good, Greeter) is good
    assert assert_conforms(Good, type[Greeter]) is Good


def test_the_failure_is_the_full_report() -> None:
    with pytest.raises(AssertionError) as failure:
        assert_conforms(Bad(), Greeter)
    report = plugspec.check(Bad(), Greeter)
    assert str(failure.value) == str(report)
    assert len(report.problems) == 2
    for problem in report.problems:
        assert str(problem) in str(failure.value)


def test_the_helper_frame_is_hidden_from_pytest_tracebacks() -> None:
    with pytest.raises(AssertionError) as failure:
        assert_conforms(Bad(), Greeter)
    frames = [entry for entry in failure.traceback if not entry.ishidden(failure)]
    assert all(entry.name != "assert_conforms" for entry in frames)
    assert any(entry.name == "assert_conforms" for entry in failure.traceback)
