"""Namespace: validation, immutability, equality."""

from __future__ import annotations

import pickle
import re
from typing import Generic, Protocol, TypeVar

import pytest
from _manager_plugins import FORMATTERS, GROUP, Formatter
from hypothesis import given
from hypothesis import strategies as st

import plugspec

T_co = TypeVar("T_co", covariant=True)


class Box(Protocol[T_co]):
    def get(self) -> T_co: ...


class NotAProtocol:
    def format(self) -> str:
        return ""


class Plain(Generic[T_co]):
    pass


def test_attributes_and_repr() -> None:
    assert FORMATTERS.group == GROUP
    assert FORMATTERS.protocol is Formatter
    assert repr(FORMATTERS) == f"Namespace('{GROUP}', Formatter)"


def test_a_parameterised_generic_protocol_is_accepted() -> None:
    boxes = plugspec.Namespace("app.boxes", Box[int])
    assert boxes.protocol == Box[int]
    assert repr(boxes) == "Namespace('app.boxes', Box[int])"
    assert plugspec.Namespace("app.boxes", Box).protocol is Box


@pytest.mark.parametrize(
    "group", ["", "has space", "trailing.", ".leading", "a..b", "dash-ed", "a/b", "a.b\n"]
)
def test_a_bad_group_is_a_value_error_naming_it(group: str) -> None:
    with pytest.raises(ValueError, match="invalid entry-point group") as info:
        plugspec.Namespace(group, Formatter)
    assert repr(group) in str(info.value)


@given(st.from_regex(r"\A\w+(\.\w+)*\Z"))
def test_every_dotted_name_is_a_valid_group(group: str) -> None:
    assert plugspec.Namespace(group, Formatter).group == group


@given(st.text(alphabet=st.sampled_from("aZ_9é.-\n ٣\u0301"), max_size=8) | st.text(max_size=6))
def test_a_group_is_valid_exactly_when_the_specification_s_pattern_matches(group: str) -> None:
    valid = re.fullmatch(r"\w+(\.\w+)*", group) is not None
    try:
        plugspec.Namespace(group, Formatter)
    except ValueError:
        assert not valid, group
    else:
        assert valid, group


def test_a_non_string_group_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="invalid entry-point group"):
        plugspec.Namespace(3, Formatter)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "protocol", [NotAProtocol, int, Plain[int], type[Formatter], Formatter | None, "Formatter", 3]
)
def test_a_protocol_argument_that_is_not_a_protocol_is_a_type_error(protocol: object) -> None:
    with pytest.raises(TypeError, match="Protocol"):
        plugspec.Namespace("app.group", protocol)  # type: ignore[arg-type]


def test_namespaces_are_immutable() -> None:
    with pytest.raises(AttributeError):
        FORMATTERS.group = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del FORMATTERS.protocol  # type: ignore[misc]
    with pytest.raises(AttributeError):
        FORMATTERS.extra = 1  # type: ignore[attr-defined]
    assert FORMATTERS.group == GROUP


def test_equality_and_hashing() -> None:
    same = plugspec.Namespace(GROUP, Formatter)
    assert same == FORMATTERS
    assert hash(same) == hash(FORMATTERS)
    assert plugspec.Namespace("other.group", Formatter) != FORMATTERS
    assert plugspec.Namespace("app.boxes", Box[int]) != plugspec.Namespace("app.boxes", Box[str])
    assert FORMATTERS != GROUP
    assert len({same, FORMATTERS}) == 1


def test_pickling_round_trips() -> None:
    boxes = plugspec.Namespace("app.boxes", Box[int])
    assert pickle.loads(pickle.dumps(boxes)) == boxes
