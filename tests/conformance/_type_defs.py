"""Classes that the annotation-subtyping pairs name (read by the tests and by mypy)."""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence
from typing import Generic, NamedTuple, NewType, Protocol, TypeVar

from typing_extensions import NotRequired, ReadOnly, Required, TypedDict

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
N = TypeVar("N", bound=int)
S = TypeVar("S", int, str)


class Animal:
    pass


class Dog(Animal):
    pass


class Cat(Animal):
    pass


class Box(Generic[T]):
    pass


class CoBox(Generic[T_co]):
    pass


class ContraBox(Generic[T_contra]):
    pass


class IntBox(Box[int]):
    pass


class DogCoBox(CoBox[Dog]):
    pass


class Pair(Generic[T, T_co]):
    pass


class SubPair(Pair[int, T_co]):
    pass


class MyList(list[int]):
    pass


class MyDict(dict[str, T]):
    pass


class MySeq(Sequence[T_co]):
    def __getitem__(self, index: object) -> T_co:  # type: ignore[override]
        raise NotImplementedError

    def __len__(self) -> int:
        return 0


class Point(NamedTuple):
    x: int
    y: int


class Labelled(NamedTuple):
    label: str
    value: float


UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Movie(TypedDict):
    title: str
    year: int


class MovieWithExtra(TypedDict):
    title: str
    year: int
    extra: NotRequired[str]


class LooseMovie(TypedDict):
    title: str
    year: NotRequired[int]


class ReadOnlyMovie(TypedDict):
    title: ReadOnly[object]


class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        pass


class Countdown:
    def __iter__(self) -> Iterator[int]:
        raise NotImplementedError


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class SupportsIntCall(Protocol):
    def __call__(self, x: int) -> int: ...


class SupportsNamedCall(Protocol):
    __name__: str

    def __call__(self, x: int) -> int: ...


class SupportsCallAndClose(Protocol):
    def __call__(self, x: int) -> int: ...
    def close(self) -> None: ...


class Doubler:
    def __call__(self, x: int) -> int:
        return 2 * x


class StrCaller:
    def __call__(self, x: str) -> str:
        return x


class Factory(Protocol):
    def make(self) -> int: ...


class HasMake:
    @classmethod
    def make(cls) -> int:
        return 0


class HasInstanceMake:
    def make(self) -> int:
        return 0


class ClosableProto(Protocol):
    def close(self) -> None: ...
    def name(self) -> str: ...


IntList = NewType("IntList", list[int])


class LinkedProto(Protocol[T_co]):
    def value(self) -> T_co: ...
    def next(self) -> LinkedProto[T_co] | None: ...


class IntNode:
    def value(self) -> int:
        return 0

    def next(self) -> IntNode | None:
        return None


class StrNode:
    def value(self) -> str:
        return ""

    def next(self) -> StrNode | None:
        return None


class PartialMovie(TypedDict, total=False):
    title: Required[str]
    year: int


class ReadOnlyTitle(TypedDict):
    title: ReadOnly[str]
    year: int


class TuplePair(tuple[int, str]):
    pass


class OptionalBox(Box[T | None]):
    pass


class TypeBox(Box[type[T]]):
    pass


class Single(enum.Enum):
    ONLY = "only"


class IteratesStr(Protocol):
    def __iter__(self) -> Iterator[str]: ...


class AbsInt(Protocol):
    def __abs__(self) -> int: ...


class LenStr(Protocol):
    def __len__(self) -> str: ...


class AndBool(Protocol):
    def __and__(self, other: bool) -> bool: ...
