"""Class objects and explicit protocol subclasses (adapted from the typing conformance suite)."""

from abc import ABC, abstractmethod
from typing import Any, ClassVar, Protocol, Type

class Proto(Protocol):
    @abstractmethod
    def meth(self) -> int: ...
class Concrete:
    def meth(self) -> int: return 42
case_1: Type[Proto] = Proto  # expect: fail
case_2: Type[Proto] = Concrete  # expect: pass

class ProtoA1(Protocol):
    def method1(self, x: int) -> int: ...
class ProtoA2(Protocol):
    def method1(_self, self: Any, x: int) -> int: ...
class ConcreteA:
    def method1(self, x: int) -> int: return 0
case_3: ProtoA1 = ConcreteA  # expect: fail
case_4: ProtoA2 = ConcreteA  # expect: pass

class ProtoB1(Protocol):
    @property
    def prop1(self) -> int: ...
class ConcreteB:
    @property
    def prop1(self) -> int: return 0
case_5: ProtoB1 = ConcreteB  # expect: fail

class ProtoC1(Protocol):
    attr1: ClassVar[int]
class ProtoC2(Protocol):
    attr1: int
class ConcreteC1:
    attr1: ClassVar[int] = 1
class ConcreteC2:
    attr1: int = 1
class CMeta(type):
    attr1: int
class ConcreteC3(metaclass=CMeta):
    pass
case_6: ProtoC1 = ConcreteC1  # expect: fail
case_7: ProtoC2 = ConcreteC1  # expect: pass
case_8: ProtoC1 = ConcreteC2  # expect: fail
case_9: ProtoC2 = ConcreteC2  # expect: fail
case_10: ProtoC1 = ConcreteC3  # expect: fail
case_11: ProtoC2 = ConcreteC3  # expect: pass

class PColor(Protocol):
    @abstractmethod
    def draw(self) -> str: ...
    def complex_method(self) -> int:
        return 1
class NiceColor(PColor):
    def draw(self) -> str: return "deep blue"
class ImplicitColor:
    def draw(self) -> str: return "gray"
    def complex_method(self) -> int: return 0
case_12: PColor = NiceColor()  # expect: pass
case_13: PColor = ImplicitColor()  # expect: pass

class Proto1(Protocol):
    cm1: ClassVar[int]
    cm2: ClassVar[int] = 0
    im1: int
    im2: int = 2
    im3: int
    def __init__(self) -> None:
        self.im3 = 3
class Proto2(Protocol):
    cm10: int
class Proto3(Proto2, Protocol):
    cm11: int
class Concrete1(Proto1):
    ...
class Concrete2(Proto1):
    cm1 = 3
    im1 = 0
class Concrete4(Proto1, Proto3):
    cm1 = 3
    cm10 = 3
    def __init__(self) -> None:
        self.im1 = 3
        self.im10 = 10
        self.cm11 = 3
def _new(cls: Any) -> Any:
    return object.__new__(cls)
case_14: Proto1 = Concrete1()  # expect: fail
case_15: Proto1 = Concrete2()  # expect: pass
case_16: Proto1 = Concrete4()  # expect: pass
case_17: Proto3 = Concrete4()  # expect: pass
case_18: Type[Proto1] = Concrete1  # expect: fail
case_19: Type[Proto1] = Concrete2  # expect: pass

class Proto6(Protocol):
    x: int
class Mixin:
    x = 3
class Concrete6(Mixin, Proto6):
    pass
case_20: Proto6 = Concrete6()  # expect: pass

class Proto7(Protocol):
    @abstractmethod
    def method1(self) -> None: ...
class Mixin7(Proto7, ABC):
    def method1(self) -> None:
        pass
class Concrete7B(Mixin7, Proto7):
    pass
case_21: Proto7 = Concrete7B()  # expect: pass
class Concrete7A(Proto7):
    pass
case_22: Type[Proto7] = Concrete7A  # expect: fail
case_23: Type[Proto7] = Concrete7B  # expect: pass
