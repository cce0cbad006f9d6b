"""Engine cases: protocols_basics (labels from mypy)."""

from __future__ import annotations
from typing import Protocol, TypeVar, Generic, Union, Optional, ClassVar, Callable, Sequence, List, Tuple, Any, overload, NamedTuple, Iterator, Type
from abc import abstractmethod
import functools

T = TypeVar("T")
S = TypeVar("S")
T_co = TypeVar("T_co", covariant=True)

class P(Protocol):
    def meth(self) -> None: ...
class B: pass
class C:
    def meth(self) -> None: pass
case_1: P = C()  # expect: pass
case_2: P = B()  # expect: fail

class PAbs(Protocol):
    @abstractmethod
    def meth(self) -> None: ...
class D(B):
    def meth(self) -> None: pass
case_3: PAbs = D()  # expect: pass

class PU(Protocol):
    def meth(self) -> Union[int, str]: ...
class SubP(PU, Protocol):
    def meth(self) -> int: ...
class CI:
    def meth(self) -> int: return 0
case_4: SubP = CI()  # expect: pass

class PM(Protocol):
    def meth(self) -> int: ...
class CA:
    meth: int
case_5: PM = CA()  # expect: fail
class PPr(Protocol):
    @property
    def meth(self) -> int: ...
class CM:
    def meth(self) -> int: return 0
case_6: PPr = CM()  # expect: fail

class MyHashable(Protocol):
    def __my_hash__(self) -> int: return 0
class CN:
    __my_hash__ = None
case_7: MyHashable = CN()  # expect: fail

class PX(Protocol):
    x: int
class CXN:
    x = None
case_8: PX = CXN()  # expect: fail

class P2A(Protocol):
    a: int
    def __init__(self) -> None:
        self.a = 1
class B2(P2A):
    a: int
case_9: P2A = B2()  # expect: pass

class PG(Protocol):
    def meth(self, x: int) -> int: ...
class CG:
    def meth(self, x: T) -> T: return x
case_10: PG = CG()  # expect: pass
class PG2(Protocol):
    def meth(self, x: T) -> T: ...
class CG2:
    def meth(self, x: int) -> int: return x
case_11: PG2 = CG2()  # expect: fail

class P1(Protocol[T]):
    attr1: T
class P2(P1[T], Protocol[T, S]):
    attr2: Tuple[T, S]
class CT:
    def __init__(self, a1: int, a2: Tuple[int, int]) -> None:
        self.attr1 = a1
        self.attr2 = a2
case_12: P2[int, int] = CT(1, (1, 2))  # expect: pass
case_13: P2[int, str] = CT(1, (1, 2))  # expect: fail

class Q1(Protocol[T]):
    attr1: T
class Q2(Protocol[T]):
    attr2: T
class QP(Q1[T], Q2[S], Protocol):
    pass
class QC:
    attr1: int
    attr2: str
case_14: QP = QC()  # expect: pass
case_15: QP[Union[int, QP], Union[QP, str]] = QC()  # expect: fail
case_15b: QP[int, str] = QC()  # expect: pass

class R1(Protocol[T_co]):
    def attr1(self) -> T_co: ...
S_co = TypeVar("S_co", covariant=True)
class R2(Protocol[T_co]):
    def attr2(self) -> T_co: ...
class RP(R1[T_co], R2[S_co], Protocol):
    pass
class RC:
    def attr1(self) -> int: return 0
    def attr2(self) -> str: return ""
case_16: RP[Union[int, RP], Union[RP, str]] = RC()  # expect: pass
case_17: RP[Union[str, RP], Union[RP, int]] = RC()  # expect: fail

TS = TypeVar("TS", bound="Shape")
class Shape(Protocol):
    def combine(self: TS, other: TS) -> TS: ...
class NonProtoShape:
    def combine(self: TS, other: TS) -> TS: return self
class Circle:
    def combine(self: TS, other: Shape) -> TS: return self
class Triangle:
    def combine(self, other: Shape) -> Shape: return self
class Bad:
    def combine(self, other: int) -> str: return ""
case_18: Shape = NonProtoShape()  # expect: pass
case_19: Shape = Circle()  # expect: pass
case_20: Shape = Triangle()  # expect: fail
case_21: Shape = Bad()  # expect: fail

class Traversable(Protocol):
    @property
    def leaves(self) -> Sequence[Traversable]: ...
class TC: pass
class TD(Generic[T]):
    leaves: List[TD[T]]
case_22: Traversable = TD[int]()  # expect: pass
case_23: Traversable = TC()  # expect: fail

class Linked(Protocol[T]):
    val: T
    def next(self) -> Linked[T]: ...
class LL:
    val: int
    def next(self) -> LL: return self
class LBad:
    val: int
    def next(self) -> int: return 0
case_24: Linked[int] = LL()  # expect: pass
case_25: Linked[int] = LBad()  # expect: fail

class MP1(Protocol):
    @property
    def attr1(self) -> Sequence[MP2]: ...
class MP2(Protocol):
    @property
    def attr2(self) -> Sequence[MP1]: ...
class MA:
    attr1: List[MB]
class MB:
    attr2: List[MA]
class MC: pass
case_26: MP1 = MA()  # expect: pass
case_27: MP1 = MB()  # expect: fail
class MB2:
    attr2: List[MC]
class MA2:
    attr1: List[MB2]
case_28: MP1 = MA2()  # expect: fail

class WP1(Protocol):
    @property
    def attr1(self) -> WP2: ...
class WP2(Protocol):
    attr2: WP1
class WA:
    attr1: WB
class WB:
    attr2: WA
case_29: WP1 = WA()  # expect: fail
