"""Engine cases: modules_and_class_objects (labels from mypy)."""

from typing import Protocol, TypeVar, Generic, Union, Optional, ClassVar, Callable, Sequence, List, Tuple, Any, Type, Final, Awaitable
from typing_extensions import Self
from ._mods import module_getattr as m3
from ._mods import module_one as m1
from ._mods import module_two as m2

T = TypeVar("T")

class PX(Protocol):
    x: int
class PXro(Protocol):
    @property
    def x(self) -> int: ...
class PY(Protocol):
    y: str
class PZ(Protocol):
    z: int
class PZro(Protocol):
    @property
    def z(self) -> int: ...
class PFoo(Protocol):
    def foo(self, a: int) -> str: ...
class PFooCV(Protocol):
    foo: Callable[[int], str]
class PFooNamed(Protocol):
    def foo(self, b: int) -> str: ...
class PBar(Protocol):
    def bar(self, a: int) -> str: ...
class PAio(Protocol):
    async def aio(self, a: int) -> int: ...
class PAioAw(Protocol):
    def aio(self, a: int) -> Awaitable[int]: ...
class PC(Protocol):
    def C(self, a: int) -> Any: ...
class PCt(Protocol):
    C: Type[m1.C]
class PCtro(Protocol):
    @property
    def C(self) -> Type[m1.C]: ...
class PGen(Protocol):
    def gen(self, a: int) -> int: ...
class PGenBad(Protocol):
    def gen(self, a: int) -> str: ...
class PAny(Protocol):
    whatever: int
case_1: PX = m1  # expect: pass
case_2: PXro = m1  # expect: pass
case_3: PY = m1  # expect: pass
case_4: PZ = m1  # expect: pass
case_5: PZro = m1  # expect: pass
case_6: PFoo = m1  # expect: pass
case_7: PFooCV = m1  # expect: fail
case_8: PFooNamed = m1  # expect: pass
case_9: PBar = m1  # expect: pass
case_10: PAio = m1  # expect: pass
case_11: PAioAw = m1  # expect: pass
case_12: PC = m1  # expect: pass
case_13: PCt = m1  # expect: pass
case_14: PCtro = m1  # expect: pass
case_15: PGen = m1  # expect: pass
case_16: PGenBad = m1  # expect: fail
case_17: PX = m2  # expect: fail
case_18: PFoo = m2  # expect: fail
case_19: PAny = m3  # expect: fail
case_20: PAny = m1  # expect: fail

class PGenAttr(Protocol[T]):
    x: T
case_21: PGenAttr[int] = m1  # expect: pass
case_22: PGenAttr[str] = m1  # expect: fail

# class objects
class PMeth(Protocol):
    def meth(self) -> int: ...
class WithCM:
    @classmethod
    def meth(cls) -> int: return 0
class WithSM:
    @staticmethod
    def meth() -> int: return 0
class WithIM:
    def meth(self) -> int: return 0
class WithIMArg:
    def meth(self, x: int = 0) -> int: return 0
case_23: PMeth = WithCM  # expect: pass
case_24: PMeth = WithSM  # expect: pass
case_25: PMeth = WithIM  # expect: fail
case_26: PMeth = WithIMArg  # expect: fail
class PMethObj(Protocol):
    def meth(self, obj: Any) -> int: ...
case_27: PMethObj = WithIM  # expect: pass
case_28: PMethObj = WithIMArg  # expect: pass

class PSelfM(Protocol):
    def make(self) -> "WithMake": ...
class WithMake:
    @classmethod
    def make(cls) -> Self: return cls()
case_29: PSelfM = WithMake  # expect: pass

class PProp(Protocol):
    @property
    def value(self) -> int: ...
class CPropCls:
    value: ClassVar[int] = 0
class CPropInst:
    value: int = 0
class CPropProp:
    @property
    def value(self) -> int: return 0
case_30: PProp = CPropCls  # expect: pass
case_31: PProp = CPropInst  # expect: fail
case_32: PProp = CPropProp  # expect: fail

class PType(Protocol):
    def __call__(self) -> "PT2": ...
class PT2(Protocol):
    def meth(self) -> int: ...
case_33: PType = WithIM  # expect: pass
case_34: PType = WithCM  # expect: pass
class PInit(Protocol):
    def __call__(self, x: int) -> Any: ...
class NoInit: pass
class InitInt:
    def __init__(self, x: int) -> None: pass
class NewInt:
    def __new__(cls, x: int) -> "NewInt": return super().__new__(cls)
class InitStr:
    def __init__(self, x: str) -> None: pass
class InitKw:
    def __init__(self, *, x: int) -> None: pass
class InitDefault:
    def __init__(self, x: int, y: int = 0) -> None: pass
case_35: PInit = NoInit  # expect: fail
case_36: PInit = InitInt  # expect: pass
case_37: PInit = NewInt  # expect: pass
case_38: PInit = InitStr  # expect: fail
case_39: PInit = InitKw  # expect: fail
case_40: PInit = InitDefault  # expect: pass

class GenC(Generic[T]):
    def __init__(self, x: T) -> None: pass
case_41: PInit = GenC  # expect: pass
class PInitRet(Protocol):
    def __call__(self, x: int) -> "GenC[int]": ...
case_42: PInitRet = GenC  # expect: pass
class PInitRetStr(Protocol):
    def __call__(self, x: int) -> "GenC[str]": ...
case_43: PInitRetStr = GenC  # expect: fail

# type[P]
class PM2(Protocol):
    def m(self) -> int: ...
class ImplM2:
    def m(self) -> int: return 0
class ImplM2Bad:
    def m(self) -> str: return ""
case_44: Type[PM2] = ImplM2  # expect: pass
case_45: Type[PM2] = ImplM2Bad  # expect: fail
case_46: Type[PM2] = PM2  # expect: fail
case_47: type[PM2] = ImplM2  # expect: pass
class PAttr2(Protocol):
    a: int
class ImplAttrInit:
    def __init__(self) -> None:
        self.a = 1
class ImplAttrInitStr:
    def __init__(self) -> None:
        self.a = "x"
class ImplAttrAnnInit:
    def __init__(self) -> None:
        self.a: int = 1
case_48: Type[PAttr2] = ImplAttrInit  # expect: pass
case_49: Type[PAttr2] = ImplAttrInitStr  # expect: fail
case_50: Type[PAttr2] = ImplAttrAnnInit  # expect: pass
case_51: PAttr2 = ImplAttrInit()  # expect: pass
case_52: PAttr2 = ImplAttrInitStr()  # expect: fail
case_53: Type[PM2] = WithIM  # expect: fail
