"""Engine cases: standard_protocols (labels from mypy)."""

from typing import Protocol, TypeVar, Generic, Union, Optional, ClassVar, Callable, Sequence, List, Tuple, Any, overload, Iterator, Iterable, Type, Sized, SupportsInt, SupportsAbs, Hashable, NamedTuple, Mapping
from typing_extensions import ParamSpec, Concatenate
import enum

T = TypeVar("T")
P_ = ParamSpec("P_")

class Foo:
    def __len__(self) -> int: return 42
case_1: Sized = Foo()  # expect: pass
case_2: Sized = (1, 2)  # expect: pass
case_3: Sized = 1  # expect: fail
class Bar:
    def __int__(self): return 1
case_4: SupportsInt = Bar()  # expect: pass
case_5: SupportsInt = "no"  # expect: fail
case_6: SupportsInt = 3  # expect: pass
case_7: SupportsAbs[int] = 3  # expect: pass
case_8: Iterable[int] = [1, 2]  # expect: pass
case_9: Iterable[str] = ["a"]  # expect: pass
case_10: Hashable = 1  # expect: pass
case_11: Hashable = []  # expect: fail
class It:
    def __iter__(self) -> Iterator[int]: return iter([])
case_12: Iterable[int] = It()  # expect: pass
case_13: Iterable[str] = It()  # expect: fail

class PDec(Protocol[P_]):
    def __call__(self, *args: P_.args, **kwargs: P_.kwargs) -> int: ...
def one(x: int) -> int: return x
case_14: PDec[[int]] = one  # expect: pass
case_15: PDec[[str]] = one  # expect: fail

class PHash(Protocol):
    def __hash__(self) -> int: ...
class WithEq:
    def __eq__(self, other: object) -> bool: return True
case_16: PHash = WithEq()  # expect: pass
case_17: PHash = 1  # expect: pass

class N(NamedTuple):
    x: int
    y: str
class PXY(Protocol):
    @property
    def x(self) -> int: ...
    @property
    def y(self) -> str: ...
case_18: PXY = N(1, "a")  # expect: pass
class PXYint(Protocol):
    @property
    def x(self) -> int: ...
    @property
    def y(self) -> int: ...
case_19: PXYint = N(1, "a")  # expect: fail

class Color(enum.Enum):
    RED = 1
    def describe(self) -> str: return ""
class PDesc(Protocol):
    def describe(self) -> str: ...
case_20: PDesc = Color.RED  # expect: pass
class PName(Protocol):
    @property
    def name(self) -> str: ...
case_21: PName = Color.RED  # expect: pass

class PEq(Protocol):
    def __eq__(self, other: object) -> bool: ...
case_22: PEq = object()  # expect: pass
class PStr(Protocol):
    def __str__(self) -> str: ...
case_23: PStr = 1  # expect: pass

class GetAttr:
    def __getattr__(self, name: str) -> int: return 0
class PGA(Protocol):
    x: int
    def m(self) -> int: ...
case_24: PGA = GetAttr()  # expect: fail
class PGAro(Protocol):
    @property
    def x(self) -> str: ...
case_25: PGAro = GetAttr()  # expect: fail

class PCls(Protocol):
    @classmethod
    def make(cls) -> int: ...
class HasCls:
    @classmethod
    def make(cls) -> int: return 0
class HasStatic:
    @staticmethod
    def make() -> int: return 0
class HasInst:
    def make(self) -> int: return 0
case_26: PCls = HasCls()  # expect: pass
case_27: PCls = HasStatic()  # expect: pass
case_28: PCls = HasInst()  # expect: fail
case_29: PCls = HasCls  # expect: pass
class PStat(Protocol):
    @staticmethod
    def make() -> int: ...
case_30: PStat = HasCls()  # expect: pass
case_31: PStat = HasStatic()  # expect: pass
case_32: PStat = HasInst()  # expect: fail

class Node(Protocol):
    def children(self) -> List["Node"]: ...
class Tree:
    def children(self) -> List["Tree"]: return []
class TreeSeq(Protocol):
    def children(self) -> Sequence["TreeSeq"]: ...
case_33: Node = Tree()  # expect: fail
case_34: TreeSeq = Tree()  # expect: pass

class PNested(Protocol):
    class Inner: ...
class HasNested:
    class Inner: ...
case_35: PNested = HasNested()  # expect: fail

class PGen(Protocol):
    def m(self, x: T) -> List[T]: ...
class GenImpl:
    def m(self, x: T) -> List[T]: return [x]
class GenBad:
    def m(self, x: int) -> List[int]: return [x]
case_36: PGen = GenImpl()  # expect: pass
case_37: PGen = GenBad()  # expect: fail

class PT(Protocol):
    def m(self) -> Type[int]: ...
class HT:
    def m(self) -> Type[bool]: return bool
case_38: PT = HT()  # expect: pass
class PTup(Protocol):
    def m(self) -> Tuple[int, ...]: ...
class HTup:
    def m(self) -> Tuple[int, int]: return (1, 2)
case_39: PTup = HTup()  # expect: pass
class PMap(Protocol):
    def m(self) -> Mapping[str, object]: ...
class HMap:
    def m(self) -> dict[str, int]: return {}
case_40: PMap = HMap()  # expect: pass
