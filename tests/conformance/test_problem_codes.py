"""Each problem says what kind it is (``Problem.code``), read by programs, not by text."""

from __future__ import annotations

import abc
import pickle
from typing import Protocol, TypeVar

import pytest

import plugspec
from plugspec import ProblemCode

T = TypeVar("T")


class Sized(Protocol):
    def size(self) -> int: ...

    def clear(self) -> None: ...


class Box(Protocol[T]):
    def get(self) -> T: ...


class Half:
    def size(self) -> str:
        return "big"


class IntBox(Box[int]):
    def get(self) -> int:
        return 1


class Unfinished(abc.ABC):
    @abc.abstractmethod
    def size(self) -> int: ...

    def clear(self) -> None: ...


def _codes(report: plugspec.Report) -> list[ProblemCode]:
    return [problem.code for problem in report.problems]


def test_a_missing_and_an_incompatible_member() -> None:
    report = plugspec.check(Half(), Sized)
    assert [(p.member, p.code) for p in report.problems] == [
        ("size", ProblemCode.INCOMPATIBLE_MEMBER),
        ("clear", ProblemCode.MISSING_MEMBER),
    ]


@pytest.mark.parametrize(
    ("obj", "annotation", "code"),
    [
        (Half(), type[Sized], ProblemCode.NOT_A_CLASS),
        (Unfinished, type[Sized], ProblemCode.NOT_CONCRETE),
        (IntBox(), Box[str], ProblemCode.TYPE_ARGUMENTS),
    ],
)
def test_whole_object_problems(obj: object, annotation: object, code: ProblemCode) -> None:
    assert _codes(plugspec.check(obj, annotation)) == [code]


def test_an_abstract_class_is_told_apart_from_its_members() -> None:
    class Later:
        def size(self) -> int:
            return 1

        def clear(self) -> None: ...

    instance = Later()  # made before its class turns abstract
    Later.__abstractmethods__ = frozenset({"size"})
    assert _codes(plugspec.check(instance, Sized)) == [ProblemCode.ABSTRACT_CLASS]


def test_codes_are_strings_for_json_and_survive_pickling() -> None:
    problem = plugspec.check(Half(), Sized).problems[1]
    assert problem.code == "missing-member"
    assert pickle.loads(pickle.dumps(problem)) == problem
    assert hash(pickle.loads(pickle.dumps(problem))) == hash(problem)
    member, message, expected = problem.member, problem.message, problem.expected
    rebuilt = plugspec.Problem(member, message, expected, None, "missing-member")
    assert rebuilt == problem
    assert rebuilt != plugspec.Problem(member, message, expected)
