"""The quick path (``_conformance._plain_class``) gives the engine's very report
wherever it decides, on every labelled case and on generated pairs, for
instances (``P``) and for their classes (``type[P]``), as a manager checks a
plugin."""

from __future__ import annotations

import sys
import types
import typing
from pathlib import Path

import pytest
from _generate import Member, execute, members, mutated, render_class
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugspec._conformance import _plain_class
from plugspec._conformance._engine import check_in_full
from plugspec._conformance._plain_class import quick_check

TESTS = Path(__file__).resolve().parents[1]
for _sibling in ("corpus", "conformance"):
    if str(TESTS / _sibling) not in sys.path:
        sys.path.append(str(TESTS / _sibling))

from _corpus import all_cases, case_subject  # noqa: E402
from test_engine_cases import ALL_CASES as ENGINE_CASES  # noqa: E402
from test_engine_cases import HERE as ENGINE_DIR  # noqa: E402


def _subjects() -> list[tuple[str, object, object]]:
    found = [(case.id, *case_subject(case)) for case in all_cases()]
    if str(ENGINE_DIR) not in sys.path:
        sys.path.insert(0, str(ENGINE_DIR))
    for case in ENGINE_CASES:
        module = __import__(f"engine_cases.{case.module}", fromlist=["_"])
        found.append(
            (case.id, getattr(module, case.name), typing.get_type_hints(module)[case.name])
        )
    return found


def _as_manager_checks(obj: object, annotation: object) -> list[tuple[object, object]]:
    """The case itself and, for an instance against a protocol class, its class
    against ``type[P]`` (what a manager checks before invoking)."""
    checks = [(obj, annotation)]
    if isinstance(annotation, type) and not isinstance(obj, type):
        checks.append((type(obj), types.GenericAlias(type, (annotation,))))
    return checks


def _agree(obj: object, annotation: object) -> bool:
    """Whether the quick path decided by its own rule (and then said what the
    engine says). Its cache is emptied first: the engine shares its verdicts
    there, and those are the engine's by construction."""
    _plain_class._VERDICTS.clear()
    quick = quick_check(obj, annotation)
    if quick is None:
        return False
    assert quick == check_in_full(obj, annotation, None), (obj, annotation)
    return True


SUBJECTS = _subjects()


def test_the_quick_path_gives_the_engine_s_report_on_every_labelled_case() -> None:
    decided = 0
    for _id, obj, annotation in SUBJECTS:
        for pair in _as_manager_checks(obj, annotation):
            decided += _agree(*pair)
    # It decides the usual plugin, and only that: a share of the cases, not all.
    assert 50 <= decided < len(SUBJECTS) // 2, decided


class Runner(typing.Protocol):
    def run(self, value: int) -> int: ...


class Plain:
    def run(self, value: int) -> int:
        return value


class Wider:
    def run(self, value: object) -> int:
        return 0


class Declared:
    run: typing.Callable[[int], int]


class Explicit(Runner):
    def run(self, value: int) -> int:
        return value


def test_it_declines_what_it_cannot_decide_alone() -> None:
    assert quick_check(Plain(), Runner) is not None
    assert quick_check(Plain, type[Runner]) is not None
    for obj, annotation in [
        (Wider(), Runner),  # compatible, but only the engine can tell
        (Declared(), Runner),  # an annotated attribute
        (Explicit(), Runner),  # nominal: the engine's rule
        (Plain, Runner),  # a class object as a value
        (Plain(), "Runner"),  # a forward reference
        (Plain(), type[Runner]),  # an instance where a class is wanted
        ([], Runner),
    ]:
        assert quick_check(obj, annotation) is None, (obj, annotation)


Pair = tuple[tuple[Member, ...], tuple[Member, ...]]


@st.composite
def pairs(draw: st.DrawFn) -> Pair:
    names = ("m", "n")[: draw(st.integers(1, 2))]
    expected = tuple(draw(members(name=name)) for name in names)
    edited = tuple(draw(st.one_of(st.just(m), mutated(m))) for m in expected)
    return expected, edited


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pairs())
def test_on_generated_pairs_it_says_what_the_engine_says(pair: Pair) -> None:
    expected, found = pair
    source = render_class("Proto", list(expected), protocol=True) + render_class(
        "Impl", list(found), protocol=False
    )
    namespace = execute(source, "generated_quick")
    for obj, annotation in _as_manager_checks(namespace["Impl"](), namespace["Proto"]):
        _agree(obj, annotation)


@pytest.mark.parametrize("protocol_base", ["typing", "typing_extensions"])
def test_both_protocol_bases_are_plain(protocol_base: str) -> None:
    namespace = execute(
        f"import {protocol_base}\n"
        f"class Proto({protocol_base}.Protocol):\n"
        "    def run(self, value: int) -> int: ...\n"
        "class Impl:\n"
        "    def run(self, value: int) -> int:\n"
        "        return value\n",
        "generated_bases",
    )
    assert _agree(namespace["Impl"](), namespace["Proto"])


@pytest.mark.parametrize("future", [False, True])
def test_evaluated_deferred_and_string_annotations_are_all_decided(future: bool) -> None:
    # Compiled on its own: evaluated where written before 3.14, deferred from
    # 3.14 (PEP 649), or strings under the ``__future__`` import.
    source = ("from __future__ import annotations\n" if future else "") + (
        "from typing import Protocol\n"
        "class Proto(Protocol):\n"
        "    def run(self, value: int, items: list[str]) -> dict[str, int]: ...\n"
        "class Impl:\n"
        "    def run(self, value: int, items: list[str]) -> dict[str, int]:\n"
        "        return {}\n"
    )
    namespace: dict[str, typing.Any] = {"__name__": "generated_deferred"}
    exec(compile(source, "<generated_deferred>", "exec", dont_inherit=True), namespace)
    protocol = namespace["Proto"]
    assert _agree(namespace["Impl"](), protocol)
    assert _agree(namespace["Impl"], types.GenericAlias(type, (protocol,)))


class Strings(typing.Protocol):
    def __iter__(self) -> typing.Iterator[str]: ...


def test_a_container_s_verdict_depends_on_its_values_and_is_never_shared() -> None:
    import plugspec

    for _ in range(2):
        assert plugspec.check(["a"], Strings).ok
        assert not plugspec.check([1], Strings).ok
        assert plugspec.check(Plain(), Runner).ok
