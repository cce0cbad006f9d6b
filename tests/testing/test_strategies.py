"""plugspec.testing.implementations / violations against the real conformance engine."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any, Protocol

import pytest
from _strategy_protocols import (
    PROTOCOLS,
    Box,
    Caller,
    Container,
    Everything,
    Formatter,
    Node,
    Overloaded,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import plugspec
from plugspec.testing import Violation, ViolationKind, implementations, violations

EXAMPLES = settings(max_examples=40, deadline=None)


def ids(protocol: object) -> str:
    return protocol.__name__ if isinstance(protocol, type) else repr(protocol).rpartition(".")[2]


@pytest.mark.parametrize("protocol", PROTOCOLS, ids=ids)
def test_every_implementation_conforms(protocol: Any) -> None:
    @EXAMPLES
    @given(implementations(protocol))
    def check(obj: object) -> None:
        report = plugspec.check(obj, protocol)
        assert report.ok, str(report)

    check()


def applicable(protocol: Any) -> list[ViolationKind]:
    """The kinds ``violations`` can draw for ``protocol`` (those it does not refuse)."""
    found: list[ViolationKind] = []
    for kind in ViolationKind:
        try:
            violations(protocol, kinds=[kind])
        except InvalidArgument:
            continue
        found.append(kind)
    return found


CASES = [(protocol, kind) for protocol in PROTOCOLS for kind in applicable(protocol)]


def test_every_kind_of_violation_is_exercised() -> None:
    assert {kind for _, kind in CASES} == set(ViolationKind)


@pytest.mark.parametrize(("protocol", "kind"), CASES, ids=[f"{ids(p)}-{k.name}" for p, k in CASES])
def test_every_violation_is_rejected_for_exactly_its_member(
    protocol: Any, kind: ViolationKind
) -> None:
    @settings(max_examples=15, deadline=None)
    @given(violations(protocol, kinds=[kind]))
    def check(violation: Violation) -> None:
        assert violation.kind is kind
        report = plugspec.check(violation.obj, protocol)
        assert not report.ok, f"{violation} accepted"
        assert violation.found_in(report), str(report)
        assert {problem.member for problem in report.problems} == {violation.member}, str(report)

    check()


def test_violations_without_kinds_draw_from_all_applicable() -> None:
    seen: set[ViolationKind] = set()

    @settings(max_examples=150, deadline=None)
    @given(violations(Node))
    def check(violation: Violation) -> None:
        seen.add(violation.kind)
        assert violation.member in {"value", "next"}

    check()
    assert len(seen) >= 4


def test_applicability_follows_mypys_rules() -> None:
    # Any-typed or gradual members have no wrong type, keyword-only needs one.
    assert set(applicable(Overloaded)) == {
        ViolationKind.MISSING_MEMBER,
        ViolationKind.ATTRIBUTE_FOR_METHOD,
    }
    assert ViolationKind.MISSING_KEYWORD_PARAMETER in applicable(Formatter)
    assert ViolationKind.SYNC_FOR_ASYNC not in applicable(Formatter)
    assert ViolationKind.ASYNC_FOR_SYNC not in applicable(Container)  # returns a protocol
    assert ViolationKind.MISSING_PARAMETER not in applicable(Node)


@EXAMPLES
@given(implementations(Everything))
def test_generated_members_behave_as_declared(obj: Everything) -> None:
    assert isinstance(obj.name, str)
    obj.name = "changed"
    assert obj.name == "changed"
    obj.label = "x"
    assert obj.label == "x"
    assert isinstance(obj.size, int)
    assert isinstance(type(obj).limit, int)
    assert isinstance(obj.run(b"", 1, 2, retries=1, mode="m"), bool)
    fetched = obj.fetch("u")
    assert inspect.iscoroutine(fetched)
    assert isinstance(asyncio.run(fetched), bytes)
    assert asyncio.run(obj.close()) is None
    assert isinstance(type(obj).create({"a": 1}), float)
    version = obj.version()
    assert isinstance(version, tuple)
    assert all(isinstance(part, int) for part in version)
    assert obj.clone() is obj
    assert isinstance(obj.callback()(3), str)
    assert obj.maybe(True) is None or isinstance(obj.maybe(True), int)
    obj.passthrough(1, 2, k=3)
    with pytest.raises(TypeError):
        obj.run()  # type: ignore[call-arg]  # real signatures: a wrong call fails


@EXAMPLES
@given(implementations(Box[list[str]]), implementations(Node), implementations(Container))
def test_values_follow_bindings_and_protocol_types(
    box: Box[list[str]], node: Node, container: Container
) -> None:
    assert isinstance(box.get(), list)
    assert all(isinstance(item, str) for item in box.get())
    assert box.put(["a"]) is None
    assert node.next() is node
    assert isinstance(node.value, int)
    assert isinstance(container.contents().size(), int)


@EXAMPLES
@given(implementations(Caller))
def test_callable_protocols_give_callable_objects(caller: Caller) -> None:
    assert isinstance(caller(1), str)
    assert plugspec.conforms(caller, Caller)


def test_values_override_the_inferred_strategy() -> None:
    @EXAMPLES
    @given(implementations(Formatter, values={"format": st.just("fixed")}))
    def check(formatter: Formatter) -> None:
        assert formatter.format([]) == "fixed"

    check()


class Unresolvable(Protocol):
    def make(self) -> Opaque: ...


class Opaque:
    def __init__(self, handle: Undefined) -> None:  # type: ignore[name-defined]  # noqa: F821
        self.handle = handle


class Left(Protocol):
    def right(self) -> Right: ...


class Right(Protocol):
    def left(self) -> Left: ...


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: implementations(Unresolvable), "values=.'make'"),
        (lambda: violations(Unresolvable), "values=.'make'"),
        (lambda: implementations(Left), "recursive protocol"),
        (lambda: implementations(Formatter, values={"nope": st.none()}), "nope"),
        (lambda: violations(Node, kinds=[ViolationKind.SYNC_FOR_ASYNC]), "no violation"),
        (lambda: implementations(int), "Protocol"),
    ],
)
def test_impossible_requests_fail_at_once_with_advice(make: Any, message: str) -> None:
    with pytest.raises((InvalidArgument, TypeError), match=message):
        make()


def test_values_make_unresolvable_types_possible() -> None:
    @settings(max_examples=5, deadline=None)
    @given(implementations(Unresolvable, values={"make": st.builds(Opaque, st.none())}))
    def check(obj: Unresolvable) -> None:
        assert isinstance(obj.make(), Opaque)
        assert plugspec.conforms(obj, Unresolvable)

    check()


def test_violation_text_names_member_and_kind() -> None:
    violation = Violation(object(), "greet", ViolationKind.MISSING_MEMBER)
    assert str(violation) == "`greet`: missing member"
    assert not violation.found_in(plugspec.Report("`object` instance", "Greeter"))
    other = plugspec.Report("x", "Greeter", (plugspec.Problem("name", "missing"),))
    assert not violation.found_in(other)
    assert violation.found_in(plugspec.Report("x", "Greeter", (plugspec.Problem("greet", "m"),)))


@settings(max_examples=20, deadline=None)
@given(violations(Formatter, kinds=[ViolationKind.EXTRA_REQUIRED_PARAMETER]))
def test_violating_objects_fail_the_protocols_calls_for_real(violation: Violation) -> None:
    method = getattr(violation.obj, violation.member)
    args, kwargs = (([],), {"title": "t"}) if violation.member == "format" else ((1,), {})
    with pytest.raises(TypeError):
        method(*args, **kwargs)
