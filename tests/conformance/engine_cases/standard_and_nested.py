"""Engine cases: standard_and_nested (labels from mypy)."""

from typing import Protocol, TypeVar, Generic, Union, Optional, ClassVar, Callable, Sequence, List, Tuple, Any, Type, Iterator, Iterable, Container, Collection, Reversible, ContextManager, AsyncIterator, Awaitable, SupportsAbs, SupportsIndex, SupportsFloat, NewType, Dict, Mapping
import contextlib

T = TypeVar("T")

class Gen:
    def __iter__(self) -> Iterator[int]: return iter([])
    def __next__(self) -> int: return 0
case_1: Iterator[int] = Gen()  # expect: pass
case_2: Iterator[str] = Gen()  # expect: fail
case_3: Iterable[int] = Gen()  # expect: pass
class Cont:
    def __contains__(self, x: object) -> bool: return True
case_4: Container[int] = Cont()  # expect: pass
class Coll:
    def __contains__(self, x: object) -> bool: return True
    def __len__(self) -> int: return 0
    def __iter__(self) -> Iterator[int]: return iter([])
case_5: Collection[int] = Coll()  # expect: pass
case_6: Collection[int] = Cont()  # expect: fail
class CM:
    def __enter__(self) -> int: return 0
    def __exit__(self, *args: Any) -> None: pass
case_7: ContextManager[int] = CM()  # expect: pass
case_8: ContextManager[str] = CM()  # expect: fail
class AIter:
    def __aiter__(self) -> "AIter": return self
    async def __anext__(self) -> int: return 0
case_9: AsyncIterator[int] = AIter()  # expect: pass
case_10: AsyncIterator[str] = AIter()  # expect: fail
class HasAbs:
    def __abs__(self) -> int: return 0
case_11: SupportsAbs[int] = HasAbs()  # expect: pass
case_12: SupportsAbs[str] = HasAbs()  # expect: fail
case_13: SupportsIndex = 3  # expect: pass
case_14: SupportsFloat = 3  # expect: pass
case_15: SupportsFloat = "x"  # expect: fail
case_16: Iterable[int] = range(3)  # expect: pass
case_17: Iterable[str] = "abc"  # expect: pass
case_18: Iterable[int] = {1: "a"}  # expect: pass
case_19: Reversible[int] = [1]  # expect: pass

UserId = NewType("UserId", int)
class PId(Protocol):
    uid: UserId
class HasInt:
    uid: int
class HasUid:
    uid: UserId
case_20: PId = HasInt()  # expect: fail
case_21: PId = HasUid()  # expect: pass

class Inner(Protocol):
    def go(self) -> int: ...
class Outer(Protocol):
    @property
    def inner(self) -> Inner: ...
class GoImpl:
    def go(self) -> int: return 0
class GoBad:
    def go(self) -> str: return ""
class OuterImpl:
    inner: GoImpl
class OuterBad:
    inner: GoBad
case_22: Outer = OuterImpl()  # expect: pass
case_23: Outer = OuterBad()  # expect: fail
class OuterSettable(Protocol):
    inner: Inner
case_24: OuterSettable = OuterImpl()  # expect: fail

class PDictAttr(Protocol):
    data: Dict[str, int]
class HasMap:
    data: Mapping[str, int]
class HasDict:
    data: Dict[str, int]
case_25: PDictAttr = HasMap()  # expect: fail
case_26: PDictAttr = HasDict()  # expect: pass

class Meta(type):
    def __call__(cls, *args: Any, **kwargs: Any) -> Any: return super().__call__()
class WithMetaCall(metaclass=Meta):
    def __init__(self, x: str) -> None: pass
class PInt(Protocol):
    def __call__(self, x: int) -> Any: ...
case_27: PInt = WithMetaCall  # expect: fail

class PT(Protocol):
    t: Tuple[int, str]
class HT:
    t: Tuple[int, str]
class HT2:
    t: Tuple[int, ...]
case_28: PT = HT()  # expect: pass
case_29: PT = HT2()  # expect: fail

class POptAttr(Protocol):
    x: Optional[int]
class HasOpt:
    x: Optional[int] = None
class HasIntX:
    x: int = 0
case_30: POptAttr = HasOpt()  # expect: pass
case_31: POptAttr = HasIntX()  # expect: fail
class POptRO(Protocol):
    @property
    def x(self) -> Optional[int]: ...
case_32: POptRO = HasIntX()  # expect: pass

class PCallableUnion(Protocol):
    def f(self, x: Union[int, str]) -> None: ...
class ImplInt:
    def f(self, x: int) -> None: pass
class ImplObj:
    def f(self, x: object) -> None: pass
case_33: PCallableUnion = ImplInt()  # expect: fail
case_34: PCallableUnion = ImplObj()  # expect: pass

class PKwargs(Protocol):
    def f(self, **kwargs: int) -> None: ...
class ImplKw:
    def f(self, a: int = 0, b: int = 0) -> None: pass
class ImplKwReq:
    def f(self, a: int) -> None: pass
case_35: PKwargs = ImplKw()  # expect: fail
case_36: PKwargs = ImplKwReq()  # expect: fail
class PArgs(Protocol):
    def f(self, *args: int) -> None: ...
case_37: PArgs = ImplKw()  # expect: fail

class ImplCallableAttr:
    def __init__(self) -> None:
        self.f: Callable[[int], None] = lambda x: None
class PF(Protocol):
    def f(self, x: int) -> None: ...
case_38: PF = ImplCallableAttr()  # expect: pass
class PFname(Protocol):
    def f(self, *, x: int) -> None: ...
case_39: PFname = ImplCallableAttr()  # expect: fail
