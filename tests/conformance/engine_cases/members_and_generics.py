"""Engine cases: members_and_generics (labels from mypy)."""

from typing import Protocol, TypeVar, Generic, Union, Optional, ClassVar, Callable, Sequence, List, Tuple, Any, overload, Iterator, Type, Awaitable, Coroutine, Literal, Dict
from typing_extensions import ParamSpec
from ._mods import good_options as m_good
from ._mods import bad_options as m_bad

T = TypeVar("T")

class Opts(Protocol):
    timeout: int
    one_flag: bool
    def update(self) -> bool: ...
case_1: Opts = m_good  # expect: pass
case_2: Opts = m_bad  # expect: fail
class Opts2(Protocol):
    @property
    def timeout(self) -> int: ...
    def meth(self, x: int) -> int: ...
case_3: Opts2 = m_good  # expect: pass
case_4: Opts2 = m_bad  # expect: fail
class Opts3(Protocol):
    CONST: int
    def untyped(self, y: str) -> str: ...
case_5: Opts3 = m_good  # expect: pass
class Opts4(Protocol):
    def Klass(self, x: int) -> Any: ...
case_6: Opts4 = m_good  # expect: pass
class Opts5(Protocol):
    Klass: Callable[[str], Any]
case_7: Opts5 = m_good  # expect: fail
class Opts6(Protocol):
    @classmethod
    def meth(cls, x: int) -> int: ...
case_8: Opts6 = m_good  # expect: fail
class Opts7(Protocol):
    missing: int
case_9: Opts7 = m_good  # expect: fail

class PA(Protocol):
    async def run(self, x: int) -> int: ...
class AGood:
    async def run(self, x: int) -> int: return x
class ASync:
    def run(self, x: int) -> int: return x
class ASyncAw:
    def run(self, x: int) -> Awaitable[int]: ...
class ASyncCo:
    def run(self, x: int) -> Coroutine[Any, Any, int]: ...
class AUntyped:
    def run(self, x): return x
class ABadRet:
    async def run(self, x: int) -> str: return ""
case_10: PA = AGood()  # expect: pass
case_11: PA = ASync()  # expect: fail
case_12: PA = ASyncAw()  # expect: fail
case_13: PA = ASyncCo()  # expect: pass
case_14: PA = AUntyped()  # expect: pass
case_15: PA = ABadRet()  # expect: fail
class PAw(Protocol):
    def run(self, x: int) -> Awaitable[int]: ...
case_16: PAw = AGood()  # expect: pass
case_17: PAw = ABadRet()  # expect: fail

class Box(Protocol[T]):
    def get(self) -> T: ...
class GBox(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
    def get(self) -> T: return self.v
case_18: Box[int] = GBox[int](1)  # expect: pass
case_19: Box[int] = GBox[str]("a")  # expect: fail
case_20: Box[int] = GBox(1)  # expect: pass
class IntBox:
    def get(self) -> int: return 0
case_21: Box[int] = IntBox()  # expect: pass
case_22: Box[str] = IntBox()  # expect: fail
case_23: Box[float] = IntBox()  # expect: pass
case_24: Box[object] = IntBox()  # expect: pass
case_25: Box = IntBox()  # expect: pass
class Sink(Protocol[T]):
    def put(self, x: T) -> None: ...
class IntSink:
    def put(self, x: int) -> None: pass
case_26: Sink[bool] = IntSink()  # expect: pass
case_27: Sink[object] = IntSink()  # expect: fail
class Attr(Protocol[T]):
    v: T
class IntAttr:
    v: int
case_28: Attr[int] = IntAttr()  # expect: pass
case_29: Attr[float] = IntAttr()  # expect: fail
case_30: Attr[bool] = IntAttr()  # expect: fail

class PS(Protocol):
    @property
    def v(self) -> int: ...
    @v.setter
    def v(self, val: int) -> None: ...
class RO:
    @property
    def v(self) -> int: return 0
class RW:
    @property
    def v(self) -> int: return 0
    @v.setter
    def v(self, val: int) -> None: pass
class Plain:
    v: int
class PlainBool:
    v: bool
case_31: PS = RO()  # expect: fail
case_32: PS = RW()  # expect: pass
case_33: PS = Plain()  # expect: pass
case_34: PS = PlainBool()  # expect: fail

class Desc:
    def __get__(self, obj: Any, owner: Any) -> int: return 0
class DescSet:
    def __get__(self, obj: Any, owner: Any) -> int: return 0
    def __set__(self, obj: Any, value: int) -> None: pass
class HasDesc:
    v = Desc()
class HasDescSet:
    v = DescSet()
class PV(Protocol):
    v: int
class PVro(Protocol):
    @property
    def v(self) -> int: ...
case_35: PV = HasDesc()  # expect: pass
case_36: PV = HasDescSet()  # expect: pass
case_37: PVro = HasDesc()  # expect: pass

class Meta(type):
    def meta_m(cls) -> int: return 0
    @property
    def meta_p(cls) -> int: return 0
class WithMeta(metaclass=Meta): pass
class PMeta(Protocol):
    def meta_m(self) -> int: ...
class PMetaP(Protocol):
    @property
    def meta_p(self) -> int: ...
case_38: PMeta = WithMeta  # expect: pass
case_39: PMetaP = WithMeta  # expect: pass
case_40: PMeta = WithMeta()  # expect: fail

class PCb(Protocol):
    cb: Callable[[int], str]
class HasCb:
    cb: Callable[[int], str]
class HasCbBad:
    cb: Callable[[str], str]
class HasCbMeth:
    def cb(self, x: int) -> str: return ""
case_41: PCb = HasCb()  # expect: pass
case_42: PCb = HasCbBad()  # expect: fail
case_43: PCb = HasCbMeth()  # expect: fail
class PCbRO(Protocol):
    @property
    def cb(self) -> Callable[[int], str]: ...
case_44: PCbRO = HasCbMeth()  # expect: pass
case_45: PCbRO = HasCb()  # expect: pass

class PLit(Protocol):
    mode: Literal["r", "w"]
class HasLit:
    mode: Literal["r", "w"]
class HasStr:
    mode: str
case_46: PLit = HasLit()  # expect: pass
case_47: PLit = HasStr()  # expect: fail

class PDict(Protocol):
    def items(self) -> Dict[str, int]: ...
class HD:
    def items(self) -> Dict[str, bool]: return {}
case_48: PDict = HD()  # expect: fail

class POpt(Protocol):
    def f(self, x: Optional[int] = None) -> None: ...
class HO:
    def f(self, x: int = 0) -> None: pass
class HO2:
    def f(self, x: Optional[int] = None) -> None: pass
case_49: POpt = HO()  # expect: fail
case_50: POpt = HO2()  # expect: pass
