"""Engine cases: properties_self_abstract (labels from mypy)."""

from typing import Protocol, TypeVar, Generic, Union, Optional, ClassVar, Callable, Sequence, List, Tuple, Any, Type, Final, Iterator
from typing_extensions import Self
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
import functools
import enum

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
B_ = TypeVar("B_", bound=int)

class PSet(Protocol):
    @property
    def v(self) -> int: ...
    @v.setter
    def v(self, value: Union[int, str]) -> None: ...
class SetSame:
    @property
    def v(self) -> int: return 0
    @v.setter
    def v(self, value: Union[int, str]) -> None: pass
class SetNarrow:
    @property
    def v(self) -> int: return 0
    @v.setter
    def v(self, value: int) -> None: pass
class SetWide:
    @property
    def v(self) -> int: return 0
    @v.setter
    def v(self, value: object) -> None: pass
class PlainV:
    v: int
class PlainVU:
    v: Union[int, str]
case_1: PSet = SetSame()  # expect: pass
case_2: PSet = SetNarrow()  # expect: fail
case_3: PSet = SetWide()  # expect: pass
case_4: PSet = PlainV()  # expect: fail
case_5: PSet = PlainVU()  # expect: fail

class PSelfAttr(Protocol):
    def clone(self) -> Self: ...
    def merge(self, other: Self) -> Self: ...
class Merger:
    def clone(self) -> "Merger": return self
    def merge(self, other: "Merger") -> "Merger": return self
class MergerBad:
    def clone(self) -> "MergerBad": return self
    def merge(self, other: int) -> "MergerBad": return self
class MergerSub(Merger): pass
case_6: PSelfAttr = Merger()  # expect: pass
case_7: PSelfAttr = MergerBad()  # expect: fail
case_8: PSelfAttr = MergerSub()  # expect: fail

class PDefault(Protocol):
    x: int = 0
class HasNothing: pass
class Subclass(PDefault): pass
case_9: PDefault = HasNothing()  # expect: fail
case_10: PDefault = Subclass()  # expect: pass

class AbstractImpl(ABC):
    @abstractmethod
    def run(self) -> int: ...
class ConcreteImpl(AbstractImpl):
    def run(self) -> int: return 0
class PRun(Protocol):
    def run(self) -> int: ...
case_11: PRun = ConcreteImpl()  # expect: pass
case_12: Type[PRun] = AbstractImpl  # expect: fail
case_13: Type[PRun] = ConcreteImpl  # expect: pass

class Slotted:
    __slots__ = ("x",)
    def __init__(self) -> None:
        self.x = 1
class PXi(Protocol):
    x: int
case_14: PXi = Slotted()  # expect: pass
class SlottedAnn:
    __slots__ = ("x",)
    x: int
    def __init__(self) -> None:
        self.x = 1
case_15: PXi = SlottedAnn()  # expect: pass

@dataclass
class DCF:
    x: int = field(default=0)
    items: List[int] = field(default_factory=list)
class PItems(Protocol):
    items: List[int]
class PItemsSeq(Protocol):
    items: Sequence[int]
class PItemsSeqRO(Protocol):
    @property
    def items(self) -> Sequence[int]: ...
case_16: PItems = DCF()  # expect: pass
case_17: PItemsSeq = DCF()  # expect: fail
case_18: PItemsSeqRO = DCF()  # expect: pass
case_19: PXi = DCF()  # expect: pass

class Color(enum.Enum):
    RED = 1
class PValue(Protocol):
    @property
    def value(self) -> int: ...
case_20: PValue = Color.RED  # expect: pass

def deco(f: Callable[..., T]) -> Callable[..., T]:
    @functools.wraps(f)
    def inner(*args: Any, **kwargs: Any) -> T:
        return f(*args, **kwargs)
    return inner
class Decorated:
    @deco
    def run(self) -> int: return 0
case_21: PRun = Decorated()  # expect: pass

class Base1:
    def run(self) -> int: return 0
class Base2:
    def run(self) -> str: return ""
class Diamond(Base2, Base1): pass
class Diamond2(Base1, Base2): pass
case_22: PRun = Diamond()  # expect: fail
case_23: PRun = Diamond2()  # expect: pass

class PBound(Protocol):
    def f(self, x: int) -> int: ...
class ImplBound:
    def f(self, x: B_) -> B_: return x
case_24: PBound = ImplBound()  # expect: pass
class PBoundStr(Protocol):
    def f(self, x: str) -> str: ...
case_25: PBoundStr = ImplBound()  # expect: fail

class PIter(Protocol[T_co]):
    def __iter__(self) -> Iterator[T_co]: ...
class MyIter:
    def __iter__(self) -> Iterator[int]: return iter([])
case_26: PIter[int] = MyIter()  # expect: pass
case_27: PIter[float] = MyIter()  # expect: pass
case_28: PIter[str] = MyIter()  # expect: fail

class PCallAttr(Protocol):
    def __call__(self, x: int) -> int: ...
    __name__: str
def plain(x: int) -> int: return x
case_29: PCallAttr = plain  # expect: pass
class PCallAttrInt(Protocol):
    def __call__(self, x: int) -> int: ...
    __name__: int
case_30: PCallAttrInt = plain  # expect: fail
class PCallOther(Protocol):
    def __call__(self, x: int) -> int: ...
    other: int
case_31: PCallOther = plain  # expect: fail

class PStatic(Protocol):
    @staticmethod
    def make(x: int) -> int: ...
class ImplStaticWrong:
    @staticmethod
    def make(x: str) -> int: return 0
case_32: PStatic = ImplStaticWrong()  # expect: fail
class ImplCM:
    @classmethod
    def make(cls, x: int) -> int: return 0
case_33: PStatic = ImplCM()  # expect: pass

class PClassAttr(Protocol):
    kind: ClassVar[str]
class ImplClassAttr:
    kind: ClassVar[str] = "a"
class ImplClassAttrInferred:
    kind = "a"
case_34: PClassAttr = ImplClassAttr()  # expect: pass
case_35: PClassAttr = ImplClassAttrInferred()  # expect: fail
case_36: PClassAttr = ImplClassAttr  # expect: fail

class PMethTV(Protocol[T]):
    def put(self, x: T) -> None: ...
    def get(self) -> T: ...
class ListBox(Generic[T]):
    def put(self, x: T) -> None: pass
    def get(self) -> T: ...
case_37: PMethTV[int] = ListBox[int]()  # expect: pass
case_38: PMethTV[int] = ListBox[bool]()  # expect: fail
case_39: PMethTV[bool] = ListBox[int]()  # expect: fail

class PNone(Protocol):
    def f(self) -> None: ...
class RetsInt:
    def f(self) -> int: return 0
case_40: PNone = RetsInt()  # expect: fail
class POptRet(Protocol):
    def f(self) -> Optional[int]: ...
case_41: POptRet = RetsInt()  # expect: pass
