"""Recursive and mutually recursive protocols."""

from collections.abc import Sequence
from typing import Generic, Optional, Protocol, TypeVar

T = TypeVar("T")


class Traversable(Protocol):
    @property
    def leaves(self) -> Sequence["Traversable"]: ...


class Linked(Protocol[T]):
    val: T

    def next(self) -> "Linked[T]": ...


class Node(Protocol):
    def parent(self) -> Optional["Node"]: ...


class P1(Protocol):
    @property
    def attr1(self) -> Sequence["P2"]: ...


class P2(Protocol):
    @property
    def attr2(self) -> Sequence[P1]: ...


class Comparable(Protocol):
    def compare(self, other: "Comparable") -> int: ...


class Tree(Generic[T]):
    def __init__(self) -> None:
        self.leaves: list[Tree[T]] = []


class Leafless:
    pass


class StrLeaves:
    leaves: list[str] = []


class IntLinked:
    val: int = 0

    def next(self) -> "IntLinked":
        return self


class IntLinkedNextInt:
    val: int = 0

    def next(self) -> int:
        return 0


class StrLinked:
    val: str = ""

    def next(self) -> "StrLinked":
        return self


class NodeImpl:
    def parent(self) -> Optional["NodeImpl"]:
        return None


class NodeReturnsStr:
    def parent(self) -> Optional[str]:
        return None


class A:
    attr1: list["B"] = []


class B:
    attr2: list[A] = []


class BadB:
    attr2: list[Leafless] = []


class BadA:
    attr1: list[BadB] = []


class Num:
    def compare(self, other: "Comparable") -> int:
        return 0


class NumNarrow:
    def compare(self, other: "NumNarrow") -> int:
        return 0


class NumObject:
    def compare(self, other: object) -> int:
        return 0


case_recursive_tree: Traversable = Tree[int]()  # expect: pass
case_recursive_leafless: Traversable = Leafless()  # expect: fail
case_recursive_str_leaves: Traversable = StrLeaves()  # expect: fail
case_generic_recursive_int: Linked[int] = IntLinked()  # expect: pass
case_generic_recursive_next_wrong: Linked[int] = IntLinkedNextInt()  # expect: fail
case_generic_recursive_wrong_arg: Linked[int] = StrLinked()  # expect: fail
case_generic_recursive_str: Linked[str] = StrLinked()  # expect: pass
case_optional_recursive: Node = NodeImpl()  # expect: pass
case_optional_recursive_wrong: Node = NodeReturnsStr()  # expect: fail
case_mutual_recursion: P1 = A()  # expect: pass
case_mutual_recursion_second: P2 = B()  # expect: pass
case_mutual_recursion_wrong_start: P1 = B()  # expect: fail
case_mutual_recursion_subtle_mismatch: P1 = BadA()  # expect: fail
case_recursive_param_exact: Comparable = Num()  # expect: pass
case_recursive_param_narrow: Comparable = NumNarrow()  # expect: fail
case_recursive_param_object: Comparable = NumObject()  # expect: pass
