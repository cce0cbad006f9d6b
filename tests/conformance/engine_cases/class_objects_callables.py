"""Engine cases: class_objects_callables (labels from mypy)."""

from typing import Protocol, TypeVar, Generic, Union, Optional, ClassVar, Callable, Sequence, List, Tuple, Any, overload, NamedTuple, Iterator, Type, Final
from typing_extensions import Self
from dataclasses import dataclass
import functools

T = TypeVar("T")

class P(Protocol):
    def meth(self, x: int) -> int: ...
class B:
    def meth(self, x: int) -> int: return 0
class CB:
    @classmethod
    def meth(cls, x: int) -> int: return 0
class SB:
    @staticmethod
    def meth(x: int) -> int: return 0
case_1: P = B  # expect: fail
case_2: P = CB  # expect: pass
case_3: P = SB  # expect: pass

class PA(Protocol):
    x: int
class CAI:
    x: int
class CAC:
    x: ClassVar[int] = 1
class CAV:
    x = 1
class CAVA:
    x: int = 1
case_4: PA = CAI  # expect: fail
case_5: PA = CAC  # expect: pass
case_6: PA = CAV  # expect: pass
case_7: PA = CAVA  # expect: fail
class PAC(Protocol):
    x: ClassVar[int]
case_8: PAC = CAC  # expect: fail
case_9: PAC = CAC()  # expect: pass
case_10: PAC = CAI()  # expect: fail
class PPR(Protocol):
    @property
    def x(self) -> int: ...
case_11: PPR = CAV  # expect: pass
case_12: PPR = CAC  # expect: pass
case_13: PPR = CAI  # expect: fail

class PCall(Protocol):
    def __call__(self, x: int) -> B: ...
class Init:
    def __init__(self, x: int) -> None: pass
class InitS:
    def __init__(self, x: str) -> None: pass
case_14: PCall = B  # expect: fail
class BI(B):
    def __init__(self, x: int) -> None: pass
case_15: PCall = BI  # expect: pass
class BIS(B):
    def __init__(self, x: str) -> None: pass
case_16: PCall = BIS  # expect: fail
class BINew(B):
    def __new__(cls, x: int) -> "BINew": return super().__new__(cls)
case_17: PCall = BINew  # expect: pass

class PMake(Protocol):
    def make(self) -> "PMake": ...
class Mk:
    @classmethod
    def make(cls) -> "Mk": return cls()
case_18: PMake = Mk  # expect: pass
case_19: PMake = Mk()  # expect: pass

class PSelf(Protocol):
    def copy(self) -> Self: ...
class GoodSelf:
    def copy(self) -> "GoodSelf": return self
class GoodSelf2:
    def copy(self) -> Self: return self
class BadSelf:
    def copy(self) -> int: return 0
class Sub(GoodSelf): pass
case_20: PSelf = GoodSelf()  # expect: pass
case_21: PSelf = GoodSelf2()  # expect: pass
case_22: PSelf = BadSelf()  # expect: fail
case_23: PSelf = Sub()  # expect: fail

class PAttrCall(Protocol):
    attr: int
    def __call__(self, x: int) -> Any: ...
class AttrCallB:
    attr: ClassVar[int] = 1
    def __init__(self, x: int) -> None: pass
case_24: PAttrCall = AttrCallB  # expect: pass

def fn(x: int) -> B: return B()
def fn_str(x: str) -> B: return B()
def fn_named(y: int) -> B: return B()
def fn_pos(x: int, /) -> B: return B()
def fn_kw(*, x: int) -> B: return B()
def fn_var(*args: int) -> B: return B()
def fn_any(*args: Any, **kwargs: Any) -> B: return B()
def fn_untyped(x): return B()
case_25: PCall = fn  # expect: pass
case_26: PCall = fn_str  # expect: fail
case_27: PCall = fn_named  # expect: fail
case_28: PCall = fn_pos  # expect: fail
case_29: PCall = fn_kw  # expect: fail
case_30: PCall = fn_var  # expect: fail
case_31: PCall = fn_any  # expect: pass
case_32: PCall = fn_untyped  # expect: pass
class PCallAnon(Protocol):
    def __call__(self, __x: int) -> B: ...
case_33: PCallAnon = fn_named  # expect: pass
case_34: PCallAnon = fn_pos  # expect: pass
case_35: PCallAnon = fn_kw  # expect: fail

class Caller:
    def __call__(self, x: int) -> B: return B()
class CallerBad:
    def __call__(self, y: int) -> B: return B()
case_36: PCall = Caller()  # expect: pass
case_37: PCall = CallerBad()  # expect: fail
case_38: PCall = B().meth  # method returns int  # expect: fail
class Meths:
    def m(self, x: int) -> B: return B()
    def n(self, y: int) -> B: return B()
case_39: PCall = Meths().m  # expect: pass
case_40: PCall = Meths().n  # expect: fail
case_41: PCall = functools.partial(fn_str, "a")  # expect: pass
case_42: PCall = lambda x: B()  # expect: pass
case_43: PCall = lambda y: B()  # expect: pass

class PFin(Protocol):
    x: int
class HasFinal:
    x: Final = 1
class HasFinal2:
    x: Final[int] = 1
case_44: PFin = HasFinal()  # expect: fail
case_45: PFin = HasFinal2()  # expect: fail
class PFinRO(Protocol):
    @property
    def x(self) -> int: ...
case_46: PFinRO = HasFinal()  # expect: pass

@dataclass
class DC:
    x: int
@dataclass(frozen=True)
class FDC:
    x: int
class NT(NamedTuple):
    x: int
case_47: PFin = DC(1)  # expect: pass
case_48: PFin = FDC(1)  # expect: fail
case_49: PFin = NT(1)  # expect: fail
case_50: PFinRO = FDC(1)  # expect: pass
case_51: PFinRO = NT(1)  # expect: pass
case_52: PFinRO = DC(1)  # expect: pass
