"""``check``, ``conforms`` and ``verify``: forms accepted, reports, caching, robustness."""

from __future__ import annotations

import doctest
import functools
import operator
import types
import typing
from typing import Any, ClassVar, Generic, Optional, Protocol, TypeVar, runtime_checkable

import pytest
import typing_extensions

import plugspec
from plugspec._conformance import _declared_alike, _engine, _report, _signatures, _substitute

T = TypeVar("T")


class Formatter(Protocol):
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...


class CsvFormatter:
    def format(self, rows):  # type: ignore[no-untyped-def]
        return ""


class GoodFormatter:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return title


class Named(Protocol):
    name: str


class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self) -> int:
        return 0


class TeNamed(typing_extensions.Protocol):
    name: str


def test_report_names_member_expected_and_found() -> None:
    report = plugspec.check(CsvFormatter(), Formatter)
    assert not report.ok
    assert str(report) == (
        "`CsvFormatter` instance is not compatible with protocol `Formatter`: "
        "method `format` takes no keyword argument `title` "
        "(expected `format(self, rows: list[dict[str, object]], *, title: str = '') -> str`, "
        "found `format(self, rows)`)"
    )
    (problem,) = report.problems
    assert problem.member == "format"
    assert (
        problem.expected == "format(self, rows: list[dict[str, object]], *, title: str = '') -> str"
    )
    assert problem.found == "format(self, rows)"


def test_every_problem_is_listed() -> None:
    class Two(Protocol):
        a: int

        def b(self, x: int) -> int: ...

        def c(self) -> None: ...

    class Bad:
        a: str = ""

        def b(self) -> int:
            return 0

    report = plugspec.check(Bad(), Two)
    assert {p.member for p in report.problems} == {"a", "b", "c"}
    assert "missing method `c`" in str(report)


def test_good_object_conforms() -> None:
    assert plugspec.check(GoodFormatter(), Formatter).ok
    assert plugspec.conforms(GoodFormatter(), Formatter)
    assert not plugspec.conforms(CsvFormatter(), Formatter)
    assert str(plugspec.check(GoodFormatter(), Formatter)) == (
        "`GoodFormatter` instance is compatible with protocol `Formatter`"
    )


def test_verify_returns_the_object_or_raises() -> None:
    good = GoodFormatter()
    assert plugspec.verify(good, Formatter) is good
    with pytest.raises(plugspec.ConformanceError) as raised:
        plugspec.verify(CsvFormatter(), Formatter)
    assert raised.value.report.problems[0].member == "format"
    assert "takes no keyword argument `title`" in str(raised.value)


@pytest.mark.parametrize(
    "annotation",
    [int, Optional[Formatter], "Undefined", Protocol, Any, list[int], None, 3],  # noqa: UP045
    ids=["int", "optional", "string", "Protocol", "Any", "list", "None", "3"],
)
def test_non_protocol_forms_raise_type_error(annotation: Any) -> None:
    with pytest.raises(TypeError, match="Protocol"):
        plugspec.check(GoodFormatter(), annotation)


def test_string_annotations_resolve_where_they_are_written() -> None:
    assert plugspec.check(GoodFormatter(), "Formatter").ok  # the caller's namespace
    assert not plugspec.check(CsvFormatter(), "Box[int]").ok
    assert plugspec.check(IntBox(), typing.ForwardRef("Box[int]")).ok

    def local_scope() -> bool:
        class Local(Protocol):
            def get(self) -> int: ...

        return plugspec.check(IntBox(), "Local").ok

    assert local_scope()


def test_protocol_forms() -> None:
    assert plugspec.check(IntBox(), Box[int]).ok
    assert not plugspec.check(IntBox(), Box[str]).ok
    assert plugspec.check(IntBox(), Box).ok  # bare generic: Any arguments
    assert plugspec.check(GoodFormatter, type[Formatter]).ok
    assert not plugspec.check(GoodFormatter(), type[Formatter]).ok
    assert plugspec.check(GoodFormatter, typing_extensions.Type[Formatter]).ok  # noqa: UP006
    assert str(plugspec.check(IntBox(), Box[str])).startswith(
        "`IntBox` instance is not compatible with protocol `Box[str]`"
    )


def test_typing_extensions_protocols() -> None:
    class HasName:
        name: str = "x"

    assert plugspec.check(HasName(), TeNamed).ok
    assert not plugspec.check(object(), TeNamed).ok


def test_subject_texts() -> None:
    def function(x: int) -> int:
        return x

    class Call(Protocol):
        def __call__(self, x: str) -> int: ...

    assert str(plugspec.check(function, Call)).startswith("function `")
    module = types.ModuleType("some_plugin")
    assert str(plugspec.check(module, Named)).startswith("module `some_plugin`")
    assert str(plugspec.check(CsvFormatter, Formatter)).startswith("`CsvFormatter` is not")


def test_instance_attributes_are_checked_per_instance() -> None:
    class Holder:
        def __init__(self, name: object) -> None:
            self.name = name

    assert plugspec.check(Holder("x"), Named).ok
    assert not plugspec.check(Holder(3), Named).ok  # same class, other instance
    assert plugspec.check(Holder("y"), Named).ok


def test_class_level_verdicts_are_reused() -> None:
    first = plugspec.check(GoodFormatter(), Formatter)
    assert plugspec.check(GoodFormatter(), Formatter) is first


def test_generic_instances_use_their_type_arguments() -> None:
    class GenericBox(Generic[T]):
        def __init__(self, value: T) -> None:
            self.value = value

        def get(self) -> T:
            return self.value

    assert plugspec.check(GenericBox[int](1), Box[int]).ok
    assert not plugspec.check(GenericBox[str]("a"), Box[int]).ok
    assert plugspec.check(GenericBox(1), Box[int]).ok  # arguments unknown: Any


def test_attribute_only_assigned_in_a_method_is_accepted_with_a_note() -> None:
    class Later:
        def setup(self) -> None:
            self.name = "x"

    report = plugspec.check(Later(), Named)
    assert report.ok
    assert any("has not run" in note for note in report.notes)


def test_builtin_callables_are_accepted_with_a_note() -> None:
    class Sized(Protocol):
        def __len__(self) -> int: ...

    report = plugspec.check([1, 2], Sized)
    assert report.ok
    assert report.notes


def test_never_runs_object_code() -> None:
    ran: list[str] = []

    class Sneaky:
        @property
        def name(self) -> str:
            ran.append("property")
            return "x"

        def __getattr__(self, item: str) -> Any:
            ran.append("__getattr__")
            raise AttributeError(item)

        @property  # type: ignore[misc]
        def __class__(self) -> type:  # type: ignore[override]
            ran.append("__class__")
            return Sneaky

    assert not plugspec.check(Sneaky(), Named).ok  # read-only property for a settable member
    assert plugspec.check(Sneaky(), Formatter).ok  # __getattr__ stands in for every member
    assert ran == []


@pytest.mark.parametrize(
    "obj",
    [None, 3, "text", len, print, functools.partial(print, 1), types, object(), type, lambda: 0],
    ids=repr,
)
def test_odd_objects_never_crash(obj: object) -> None:
    for annotation in (Formatter, Named, Box[int], type[Named]):
        report = plugspec.check(obj, annotation)
        assert isinstance(report.ok, bool)


def test_internal_failures_are_accepted_with_a_note(monkeypatch: pytest.MonkeyPatch) -> None:
    # A failure inside the engine (no frame of the object's own code): a C
    # builtin that rejects the call stands in for an engine bug.
    broken = functools.partial(operator.truediv, 1, 0)

    class Fresh:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            return ""

    monkeypatch.setattr(_engine, "_instance_entry", broken)
    report = plugspec.check(Fresh(), Formatter)
    assert report.ok
    assert "could not be completed" in report.notes[0]


def test_runtime_checkable_protocols_work_too() -> None:
    @runtime_checkable
    class Closer(Protocol):
        def close(self) -> None: ...

    class File:
        def close(self) -> None: ...

    assert plugspec.check(File(), Closer).ok


def test_class_variables_and_class_objects() -> None:
    class Config(Protocol):
        level: ClassVar[int]

    class Settings:
        level: ClassVar[int] = 1

    assert plugspec.check(Settings(), Config).ok
    assert not plugspec.check(Settings, Config).ok  # a class object cannot provide a ClassVar


@pytest.mark.parametrize("module", [_engine, _report, _signatures, _substitute, _declared_alike])
def test_doctests(module: types.ModuleType) -> None:
    failures, _ = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert failures == 0
