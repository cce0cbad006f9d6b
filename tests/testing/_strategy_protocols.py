"""Protocols covering every kind of member, for the strategy tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar, overload

from typing_extensions import Self

T = TypeVar("T")


class Formatter(Protocol):
    """Methods with keyword-only, defaulted and positional-only parameters."""

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...

    def width(self, column: int, /, default: int = 8) -> int: ...


class Everything(Protocol):
    """One member of each kind."""

    name: str
    limit: ClassVar[int]
    anything: Any

    @property
    def size(self) -> int: ...

    @property
    def label(self) -> str: ...

    @label.setter
    def label(self, value: str) -> None: ...

    def run(self, data: bytes, *args: int, retries: int = 3, **options: str) -> bool: ...

    async def fetch(self, url: str) -> bytes: ...

    async def close(self) -> None: ...

    @classmethod
    def create(cls, config: dict[str, int]) -> float: ...

    @staticmethod
    def version() -> tuple[int, int]: ...

    def clone(self) -> Self: ...

    def untyped(self, a, b=1): ...  # type: ignore[no-untyped-def]

    def passthrough(self, *args: Any, **kwargs: Any) -> Any: ...

    def callback(self) -> Callable[[int], str]: ...

    def maybe(self, flag: bool) -> int | None: ...


class Node(Protocol):
    """A recursive protocol: the link is the implementing object itself."""

    value: int

    def next(self) -> Node: ...


class Sized2(Protocol):
    """Returned by another protocol."""

    def size(self) -> int: ...


class Container(Protocol):
    """A method returning another protocol."""

    def contents(self) -> Sized2: ...


class Box(Protocol, Generic[T]):
    """A generic protocol, used parameterised."""

    item: T

    def get(self) -> T: ...

    def put(self, item: T) -> None: ...


class Caller(Protocol):
    """A callable protocol."""

    def __call__(self, x: int, /) -> str: ...


class Overloaded(Protocol):
    """An overloaded method."""

    @overload
    def get(self, key: int) -> int: ...
    @overload
    def get(self, key: str) -> str: ...


class Child(Formatter, Protocol):
    """Protocol inheritance."""

    encoding: str


class Unresolved(Protocol):
    """Annotations naming something that does not exist: treated as Any."""

    limit: Missing  # type: ignore[name-defined]  # noqa: F821

    def convert(self, value: Missing) -> Missing: ...  # type: ignore[name-defined]  # noqa: F821


class Unreadable(Protocol):
    """A method whose signature cannot be read: any signature implements it."""

    def method(self) -> int: ...

    method.__signature__ = "not a signature"  # type: ignore[attr-defined]


class UnresolvedClassVar(Protocol):
    """Still a ClassVar when its type cannot be evaluated."""

    limit: ClassVar[Missing]  # type: ignore[name-defined]  # noqa: F821


class WithNestedClass(Protocol):
    """A nested class: a read-only member of type ``type[Inner]``."""

    class Inner: ...

    def make(self) -> int: ...


PROTOCOLS: list[object] = [
    Box,
    Unresolved,
    Unreadable,
    Formatter,
    Everything,
    Node,
    Container,
    Box[int],
    Box[list[str]],
    Caller,
    Overloaded,
    Child,
    WithNestedClass,
    UnresolvedClassVar,
]
