"""The command line's helpers, in process: protocol members, names, alignment, colour."""

from __future__ import annotations

import io
import typing
from typing import ClassVar, Protocol, TypeVar

import pytest

from plugspec._cli._output import Styler, align
from plugspec._cli._runtime import protocol_members, type_name

T = TypeVar("T")


class Rich(Protocol):
    """A protocol with one member of every kind."""

    size: int
    registry: ClassVar[dict[str, int]]

    @property
    def label(self) -> str:
        """A read-only property."""
        ...

    @property
    def value(self) -> int: ...

    @value.setter
    def value(self, new: int) -> None: ...

    @classmethod
    def make(cls, spec: str = "x") -> Rich: ...

    @staticmethod
    def helper(a: int, /, b: int, *args: int, c: int, **kw: str) -> None: ...

    async def fetch(self, url: str) -> bytes:
        """Fetch something."""
        ...

    def plain(self, x, y=1): ...  # type: ignore[no-untyped-def]


class Generic_(Protocol[T]):
    def get(self) -> T: ...


def test_protocol_members_describe_every_kind() -> None:
    members = {m.name: m for m in protocol_members(Rich)}
    assert sorted(members) == sorted(
        ["size", "registry", "label", "value", "make", "helper", "fetch", "plain"]
    )
    assert (members["size"].kind, members["size"].signature) == ("attribute", "size: int")
    assert members["registry"].kind == "class variable"
    assert members["label"].kind == "property"
    assert members["label"].signature == "@property def label(self) -> str"
    assert members["label"].doc == "A read-only property."
    assert members["value"].kind == "settable property"
    assert members["make"].signature == "@classmethod def make(cls, spec: str = 'x') -> Rich"
    assert members["helper"].signature == (
        "@staticmethod def helper(a: int, /, b: int, *args: int, c: int, **kw: str) -> None"
    )
    assert members["fetch"].signature == "async def fetch(self, url: str) -> bytes"
    assert members["plain"].signature == "def plain(self, x, y=1)"


def test_protocol_members_of_a_parameterised_protocol() -> None:
    # The origin's members, as declared (a Namespace holds only protocols).
    assert [m.signature for m in protocol_members(Generic_[int])] == ["def get(self) -> T"]


def test_type_name() -> None:
    assert type_name(Rich) == "Rich"
    assert type_name(Generic_[int]) == "Generic_[int]"
    assert type_name(Generic_[list[int]]) == "Generic_[list[int]]"


def test_align_pads_every_column_but_the_last() -> None:
    lines = align([["a", "bbb", "x"], ["cc", "d", "yyyy"]])
    assert lines == ["  a   bbb  x", "  cc  d    yyyy"]
    assert align([]) == []


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "no_color", "coloured"),
    [
        (_Terminal(), None, True),
        (_Terminal(), "1", False),
        (_Terminal(), "", True),
        (io.StringIO(), None, False),
    ],
)
def test_styler(
    monkeypatch: pytest.MonkeyPatch, stream: io.StringIO, no_color: str | None, coloured: bool
) -> None:
    if no_color is None:
        monkeypatch.delenv("NO_COLOR", raising=False)
    else:
        monkeypatch.setenv("NO_COLOR", no_color)
    style = Styler(stream)
    assert (style("ok", "fine") != "fine") is coloured
    assert style("fail", "") == ""


class Hooked(Protocol):
    counter: typing.ClassVar[int]
    seen: ClassVar[list[str]]
    name: str

    def __init_subclass__(cls) -> None: ...


def test_protocol_members_are_those_check_requires() -> None:
    members = {m.name: m for m in protocol_members(Hooked)}
    assert sorted(members) == ["counter", "name", "seen"]  # never __init_subclass__
    assert members["counter"].kind == "class variable"  # written through a module prefix
    assert members["seen"].signature == "seen: ClassVar[list[str]]"
    assert members["name"].kind == "attribute"
