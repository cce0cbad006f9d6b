"""How plugspec.testing takes a protocol's members from the engine, and its lazy public names."""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing
from typing import Any, Protocol

import pytest
from _strategy_protocols import (
    PROTOCOLS,
    Box,
    Everything,
    Formatter,
    Overloaded,
    Unreadable,
    UnresolvedClassVar,
)

import plugspec.testing
from plugspec._conformance._context import Context
from plugspec._conformance._protocol import protocol_members
from plugspec.testing._model import read_protocol


def test_members_are_read_with_their_kinds() -> None:
    kinds = {
        member.name: "class variable" if member.classvar else member.kind.value
        for member in read_protocol(Everything).members
    }
    assert kinds == {
        "name": "attribute",
        "limit": "class variable",
        "anything": "attribute",
        "size": "property",
        "label": "property",
        "run": "method",
        "fetch": "method",
        "close": "method",
        "create": "class method",
        "version": "static method",
        "clone": "method",
        "untyped": "method",
        "passthrough": "method",
        "callback": "method",
        "maybe": "method",
    }
    members = {member.name: member for member in read_protocol(Everything).members}
    assert members["fetch"].is_async
    assert members["label"].settable
    assert not members["size"].settable
    assert members["passthrough"].gradual
    assert not members["run"].gradual


@pytest.mark.parametrize("protocol", [*PROTOCOLS, UnresolvedClassVar], ids=repr)
def test_members_are_the_engines(protocol: Any) -> None:
    # One reader of protocol members: what the strategies generate is what the
    # engine checks (a ClassVar whose type cannot be evaluated included).
    origin = typing.get_origin(protocol) or protocol
    engine = [(m.name, m.kind, m.classvar, m.settable) for m in protocol_members(origin, Context())]
    model = [(m.name, m.kind, m.classvar, m.settable) for m in read_protocol(protocol).members]
    assert model == engine


def test_parameters_keep_kinds_defaults_annotations_and_self_names() -> None:
    members = {member.name: member for member in read_protocol(Everything).members}
    assert [str(p) for p in members["run"].params] == [
        "data: bytes",
        "*args: int",
        "retries: int = 3",
        "**options: str",
    ]
    assert [str(p) for p in members["untyped"].params] == ["a", "b=1"]
    assert members["untyped"].annotation is inspect.Parameter.empty
    assert (members["create"].first, members["version"].first, members["run"].first) == (
        "cls",
        None,
        "self",
    )
    width = {m.name: m for m in read_protocol(Formatter).members}["width"]
    assert [str(p) for p in width.params] == ["column: int", "default: int = 8"]
    assert width.params[0].kind is inspect.Parameter.POSITIONAL_ONLY


class Defaults(Protocol):
    def build(
        self, items: list[int] = [], scale: float = 1.5, limit: float = float("inf"), /
    ) -> int: ...


def test_a_default_that_is_not_a_plain_literal_becomes_an_ellipsis() -> None:
    (build,) = read_protocol(Defaults).members
    assert [p.default for p in build.params] == [..., 1.5, ...]


def test_type_arguments_and_self_are_bound_as_the_engine_binds_them() -> None:
    box = {m.name: m for m in read_protocol(Box[int]).members}
    assert (box["item"].annotation, box["get"].annotation) == (int, int)
    bare = {m.name: m for m in read_protocol(Box).members}
    assert bare["item"].annotation is Any  # unparameterised: the type variable is Any
    clone = {m.name: m for m in read_protocol(Everything).members}["clone"]
    assert read_protocol(Everything).is_self(clone.annotation)


def test_overloaded_and_unreadable_methods_take_any_call() -> None:
    for protocol in (Overloaded, Unreadable):
        (method,) = read_protocol(protocol).members
        assert (method.gradual, method.first, method.params) == (True, "self", ())


def test_public_names_are_imported_on_first_use() -> None:
    assert set(plugspec.testing.__all__) <= set(dir(plugspec.testing))
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = plugspec.testing.no_such_name  # type: ignore[attr-defined]
    probe = (
        "import sys, plugspec.testing as t\n"
        "assert 'hypothesis' not in sys.modules\n"
        "t.fake_entry_points\n"
        "assert 'hypothesis' not in sys.modules\n"
        "t.implementations\n"
        "assert 'hypothesis' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
