"""Self-returning protocols and recursive protocols (adapted from the typing conformance suite)."""

from typing import Generic, Iterable, Protocol, TypeVar, Any
from typing_extensions import Self, Never

T = TypeVar("T")
T_contra = TypeVar("T_contra", contravariant=True)

class ShapeProtocol(Protocol):
    def set_scale(self, scale: float) -> Self: ...
class ReturnSelf:
    scale: float = 1.0
    def set_scale(self, scale: float) -> Self:
        return self
class ReturnConcreteShape:
    scale: float = 1.0
    def set_scale(self, scale: float) -> "ReturnConcreteShape":
        return self
class BadReturnType:
    def set_scale(self, scale: float) -> int:
        return 42
class ReturnDifferentClass:
    def set_scale(self, scale: float) -> ReturnConcreteShape:
        return ReturnConcreteShape()
case_1: ShapeProtocol = ReturnSelf()  # expect: pass
case_2: ShapeProtocol = ReturnConcreteShape()  # expect: pass
case_3: ShapeProtocol = BadReturnType()  # expect: fail
case_4: ShapeProtocol = ReturnDifferentClass()  # expect: fail
class SubConcrete(ReturnConcreteShape): pass
case_5: ShapeProtocol = SubConcrete()  # expect: fail

class Traversable(Protocol):
    def leaves(self) -> Iterable["Traversable"]: ...
class SimpleTree:
    def leaves(self) -> list["SimpleTree"]: return []
class Tree(Generic[T]):
    def leaves(self) -> list["Tree[T]"]: return []
case_6: Traversable = SimpleTree()  # expect: pass
case_7: Traversable = Tree[float]()  # expect: pass
class BadTree:
    def leaves(self) -> list[int]: return []
case_8: Traversable = BadTree()  # expect: fail

class ProtoA(Protocol[T_contra, T]):
    def method1(self) -> "ProtoA[T_contra, T]": ...
    @classmethod
    def method2(cls, value: T) -> None: ...
class ImplA:
    def method1(self) -> Self: return self
    @classmethod
    def method2(cls, value: int) -> None: pass
case_9: ProtoA[Any, int] = ImplA()  # expect: pass
case_10: ProtoA[Any, str] = ImplA()  # expect: fail
case_11: ProtoA[Never, int] = ImplA()  # expect: pass
case_12: ProtoA[int, bool] = ImplA()  # expect: pass
