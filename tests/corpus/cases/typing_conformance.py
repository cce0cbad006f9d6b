"""Cases adapted from the typing specification's conformance suite (python/typing, conformance/tests).

Sources: protocols_definition, protocols_class_objects, protocols_generic, protocols_merging,
protocols_modules, protocols_self and callables_protocol. Labels are mypy's, not the suite's.
"""

import io
from abc import abstractmethod
from collections.abc import Iterator, Sized
from dataclasses import dataclass
from typing import Any, Callable, ClassVar, Generic, NamedTuple, Optional, Protocol, Sequence, TypeVar, overload

from typing_extensions import ParamSpec, Self

from ._modules import conf_options, conf_reporter

S = TypeVar("S")
T = TypeVar("T")
T1 = TypeVar("T1")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
InputT = TypeVar("InputT", contravariant=True)
OutputT = TypeVar("OutputT", covariant=True)
P = ParamSpec("P")
R_co = TypeVar("R_co", covariant=True)


# protocols_definition
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        pass


class Example(Protocol):
    def first(self) -> int:
        return 42

    @abstractmethod
    def second(self) -> int:
        raise NotImplementedError

    @staticmethod
    def third() -> int: ...

    @classmethod
    def fourth(cls) -> int: ...

    @property
    def fifth(self) -> int: ...


class ExampleFull:
    def first(self) -> int:
        return 0

    def second(self) -> int:
        return 0

    @staticmethod
    def third() -> int:
        return 0

    @classmethod
    def fourth(cls) -> int:
        return 0

    @property
    def fifth(self) -> int:
        return 0


class ExampleWithoutFirst:
    def second(self) -> int:
        return 0

    @staticmethod
    def third() -> int:
        return 0

    @classmethod
    def fourth(cls) -> int:
        return 0

    @property
    def fifth(self) -> int:
        return 0


class Template(Protocol):
    name: str
    value: int = 0

    def method(self) -> None:
        self.name = "name"


class TemplateConcrete:
    def __init__(self, name: str, value: int) -> None:
        self.name = name
        self.value = value

    def method(self) -> None:
        return


class Template2(Protocol):
    val1: ClassVar[Sequence[int]]


class Concrete2_Good1:
    val1: ClassVar[Sequence[int]] = [2]


class Concrete2_Bad1: ...


class Concrete2_Bad2:
    val1: Sequence[float] = [2]


class Concrete2_Bad3:
    val1: list[int] = [2]


class Concrete2_Bad4:
    val1: Sequence[int] = [2]


class Template3(Protocol):
    val1: Sequence[int]


class Concrete3_Good1:
    val1: Sequence[int] = [0]


class Concrete3_Good2:
    def __init__(self) -> None:
        self.val1: Sequence[int] = [0]


class Concrete3_Bad1: ...


class Concrete3_Bad2:
    val1: ClassVar[Sequence[int]] = [0]


class Concrete3_Bad3:
    @property
    def val1(self) -> Sequence[int]:
        return [0]


class Concrete3_Bad4:
    val1: Sequence[float] = [0]


class Concrete3_Bad5:
    val1: list[int] = [0]


class Template4(Protocol):
    @property
    def val1(self) -> Sequence[float]: ...


class Concrete4_Good1:
    @property
    def val1(self) -> Sequence[float]:
        return [0]


class Concrete4_Good2:
    @property
    def val1(self) -> Sequence[int]:
        return [0]


class Concrete4_Good3:
    val1: Sequence[float] = [0]


class Concrete4_Good4:
    val1: Sequence[int] = [0]


class Concrete4_Good5:
    val1: list[float] = [0]


class Concrete4_Good6(NamedTuple):
    val1: Sequence[float] = [0]


@dataclass(frozen=False)
class Concrete4_Good7:
    val1: Sequence[float] = (0,)


class Concrete4_Bad1:
    def val1(self) -> Sequence[int]:
        return [0]


class Concrete4_Bad2: ...


class Template5(Protocol):
    def method1(self, a: int, b: int) -> float: ...


class Concrete5_Good1:
    def method1(self, a: float, b: float) -> int:
        return 0


class Concrete5_Good2:
    def method1(self, *args: float, **kwargs: float) -> Any:
        return 0.0


class Concrete5_Good3:
    def method1(self, a, b) -> Any:
        return 0.0


class Concrete5_Good4:
    @classmethod
    def method1(cls, a: int, b: int) -> float:
        return 0


class Concrete5_Good5:
    @staticmethod
    def method1(a: int, b: int) -> float:
        return 0


class Concrete5_Bad1:
    def method1(self, a, c) -> int:
        return 0


class Concrete5_Bad2:
    def method1(self, a: int, c: int) -> int:
        return 0


class Concrete5_Bad3:
    def method1(self, *, a: int, b: int) -> float:
        return 0


class Concrete5_Bad4:
    def method1(self, a: int, b: int, /) -> float:
        return 0


class Concrete5_Bad5:
    @staticmethod
    def method1(self: Any, a: int, b: int) -> float:
        return 0


class Template6(Protocol):
    @property
    def val1(self) -> Sequence[float]: ...

    @val1.setter
    def val1(self, val: Sequence[float]) -> None: ...


class Concrete6_Good1:
    @property
    def val1(self) -> Sequence[float]:
        return [0]

    @val1.setter
    def val1(self, val: Sequence[float]) -> None:
        pass


class Concrete6_Good2:
    val1: Sequence[float] = [0]


@dataclass(frozen=False)
class Concrete6_Good3:
    val1: Sequence[float] = (0,)


class Concrete6_Bad1:
    @property
    def val1(self) -> Sequence[float]:
        return [0]


class Concrete6_Bad2(NamedTuple):
    val1: Sequence[float] = [0]


@dataclass(frozen=True)
class Concrete6_Bad3:
    val1: Sequence[float] = (0,)


# protocols_class_objects
class AbstractProto(Protocol):
    @abstractmethod
    def meth(self) -> int: ...


class ConcreteMeth:
    def meth(self) -> int:
        return 42


class ProtoA1(Protocol):
    def method1(self, x: int) -> int: ...


class ProtoA2(Protocol):
    def method1(_self, self: Any, x: int) -> int: ...


class ConcreteA:
    def method1(self, x: int) -> int:
        return 0


class ProtoB1(Protocol):
    @property
    def prop1(self) -> int: ...


class ConcreteB:
    @property
    def prop1(self) -> int:
        return 0


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


# protocols_generic
class IterableP(Protocol[T_co]):
    def __iter__(self) -> Iterator[T_co]: ...


class Proto1G(IterableP[T_co], Protocol[S, T_co]):
    def method1(self, x: S) -> S: ...


class Concrete1G:
    def __iter__(self) -> Iterator[int]:
        return iter([1, 2, 3])

    def method1(self, x: str) -> str:
        return ""


class BoxG(Protocol[T_co]):
    def content(self) -> T_co: ...


class IntContent:
    def content(self) -> int:
        return 0


class FloatContent:
    def content(self) -> float:
        return 0.0


class Sender(Protocol[T_contra]):
    def send(self, data: T_contra) -> int: ...


class SendsInt:
    def send(self, data: int) -> int:
        return 0


class SendsFloat:
    def send(self, data: float) -> int:
        return 0


class AttrProto(Protocol[T]):
    attr: T


class AttrInt:
    attr: int = 0


class AttrFloat:
    attr: float = 0.0


class HasPropertyProto(Protocol):
    @property
    def f(self: T) -> T: ...

    def m(self, item: T, callback: Callable[[T], str]) -> str: ...


class ConcreteHasProperty1:
    @property
    def f(self: T) -> T:
        return self

    def m(self, item: T, callback: Callable[[T], str]) -> str:
        return ""


class ConcreteHasProperty2:
    @property
    def f(self) -> Self:
        return self

    def m(self, item: int, callback: Callable[[int], str]) -> str:
        return ""


class ConcreteHasProperty3:
    @property
    def f(self) -> int:
        return 0

    def m(self, item: int, callback: Callable[[int], str]) -> str:
        return ""


class ConcreteHasProperty4:
    @property
    def f(self) -> Self:
        return self

    def m(self, item: str, callback: Callable[[int], str]) -> str:
        return ""


# protocols_merging
class SizedAndClosable1(Sized, Protocol):
    def close(self) -> None: ...


class SizedAndClosable2(Protocol):
    def __len__(self) -> int: ...

    def close(self) -> None: ...


class SizedAndClosable3(SizedAndClosable1):
    def __len__(self) -> int:
        return 0

    def close(self) -> None:
        pass


class SCConcrete1:
    def __len__(self) -> int:
        return 0

    def close(self) -> None:
        pass


class SCConcrete2:
    def close(self) -> None:
        pass


# protocols_modules
class Options1(Protocol):
    timeout: int
    one_flag: bool
    other_flag: bool


class Options2(Protocol):
    timeout: str


class Reporter1(Protocol):
    def on_error(self, x: int) -> None: ...

    def on_success(self) -> None: ...


class Reporter2(Protocol):
    def on_error(self, x: int) -> int: ...


class Reporter3(Protocol):
    def not_implemented(self, x: int) -> int: ...


# protocols_self
CopyableT = TypeVar("CopyableT", bound="Copyable")


class Copyable(Protocol):
    def copy(self: CopyableT) -> CopyableT: ...


class One:
    def copy(self) -> "One":
        return One()


OtherT = TypeVar("OtherT", bound="Other")


class Other:
    def copy(self: OtherT) -> OtherT:
        return self


class P1Parent(Protocol[T_co]):
    def f0(self, /) -> Self: ...


class P1Child(P1Parent[T_co], Protocol[T_co]): ...


class C1(Generic[T1]):
    def f0(self, /) -> Self:
        return self


class P2Parent(Protocol[T1]):
    def f0(self, right: Self, /) -> "P2Parent[T1]": ...


class P2Child(P2Parent[T1], Protocol[T1]): ...


class C2(Generic[T_co]):
    def f0(self, other: Self) -> "C2[T_co]":
        return other


# callables_protocol
class Proto1(Protocol):
    def __call__(self, *vals: bytes, max_len: Optional[int] = None) -> list[bytes]: ...


def cb1_good1(*vals: bytes, max_len: Optional[int] = None) -> list[bytes]:
    return []


def cb1_bad1(*vals: bytes, max_items: Optional[int]) -> list[bytes]:
    return []


def cb1_bad2(*vals: bytes) -> list[bytes]:
    return []


def cb1_bad3(*vals: bytes, max_len: Optional[str]) -> list[bytes]:
    return []


class Proto2(Protocol):
    def __call__(self, *vals: bytes, **kwargs: str) -> None: ...


def cb2_good1(*a: bytes, **b: str):
    pass


def cb2_bad1(*a: bytes):
    pass


def cb2_bad2(*a: str, **b: str):
    pass


def cb2_bad3(*a: bytes, **b: bytes):
    pass


def cb2_bad4(**b: str):
    pass


class Proto3(Protocol):
    def __call__(self) -> None: ...


class Proto4(Protocol):
    other_attribute: int

    def __call__(self, x: int) -> None: ...


def cb4_bad1(x: int) -> None:
    pass


class Proto5(Protocol):
    def __call__(self, *, a: int, b: str) -> int: ...


def cb5_good1(a: int, b: str) -> int:
    return 0


class Proto7(Protocol[InputT, OutputT]):
    def __call__(self, inputs: InputT) -> OutputT: ...


class Class7_1:
    def __call__(self, inputs) -> int:
        return 5


class Class7_2:
    def __call__(self, inputs: Any) -> int:
        return 5


class Proto8(Protocol):
    @overload
    def __call__(self, x: int) -> int: ...
    @overload
    def __call__(self, x: str) -> str: ...
    def __call__(self, x: Any) -> Any: ...


def cb8_good1(x: Any) -> Any:
    return x


def cb8_bad1(x: int) -> Any:
    return x


class Proto9(Protocol[P, R_co]):
    other_attribute: int

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R_co: ...


def cb9(x: int) -> str:
    return ""


class Proto10(Protocol):
    __name__: str
    __module__: str
    __qualname__: str
    __annotations__: dict[str, Any]

    def __call__(self) -> None: ...


def cb10_good() -> None:
    pass


class Proto11(Protocol):
    def __call__(self, x: int, /, y: str) -> Any: ...


def cb11_good1(x: int, /, y: str, z: None = None) -> Any:
    pass


def cb11_good2(x: int, y: str, z: None = None) -> Any:
    pass


def cb11_bad1(x: int, y: str, /) -> Any:
    pass


class Proto12(Protocol):
    def __call__(self, *args: Any, kwarg0: Any, kwarg1: Any) -> None: ...


def cb12_good1(*args: Any, kwarg0: Any, kwarg1: Any) -> None:
    pass


def cb12_good2(*args: Any, **kwargs: Any) -> None:
    pass


def cb12_bad1(*args: Any, kwarg0: Any) -> None:
    pass


class Proto13_Default(Protocol):
    def __call__(self, path: str = ...) -> str: ...


class Proto13_NoDefault(Protocol):
    def __call__(self, path: str) -> str: ...


def cb13_default(path: str = "") -> str:
    return ""


def cb13_no_default(path: str) -> str:
    return ""


class Proto14_Default(Protocol):
    def __call__(self, *, path: str = ...) -> str: ...


class Proto14_NoDefault(Protocol):
    def __call__(self, *, path: str) -> str: ...


def cb14_default(*, path: str = "") -> str:
    return ""


def cb14_no_default(*, path: str) -> str:
    return ""


case_definition_close_resource: SupportsClose = Resource()  # expect: pass
case_definition_close_stringio: SupportsClose = io.StringIO()  # expect: pass
case_definition_close_int: SupportsClose = 1  # expect: fail
case_definition_example_full: Example = ExampleFull()  # expect: pass
case_definition_example_without_default_member: Example = ExampleWithoutFirst()  # expect: fail
case_definition_template_init_attributes: Template = TemplateConcrete("value", 42)  # expect: pass
case_definition_v2_good1: Template2 = Concrete2_Good1()  # expect: pass
case_definition_v2_bad1: Template2 = Concrete2_Bad1()  # expect: fail
case_definition_v2_bad2: Template2 = Concrete2_Bad2()  # expect: fail
case_definition_v2_bad3: Template2 = Concrete2_Bad3()  # expect: fail
case_definition_v2_bad4: Template2 = Concrete2_Bad4()  # expect: fail
case_definition_v3_good1: Template3 = Concrete3_Good1()  # expect: pass
case_definition_v3_good2: Template3 = Concrete3_Good2()  # expect: pass
case_definition_v3_bad1: Template3 = Concrete3_Bad1()  # expect: fail
case_definition_v3_bad2: Template3 = Concrete3_Bad2()  # expect: fail
case_definition_v3_bad3: Template3 = Concrete3_Bad3()  # expect: fail
case_definition_v3_bad4: Template3 = Concrete3_Bad4()  # expect: fail
case_definition_v3_bad5: Template3 = Concrete3_Bad5()  # expect: fail
case_definition_v4_good1: Template4 = Concrete4_Good1()  # expect: pass
case_definition_v4_good2: Template4 = Concrete4_Good2()  # expect: pass
case_definition_v4_good3: Template4 = Concrete4_Good3()  # expect: pass
case_definition_v4_good4: Template4 = Concrete4_Good4()  # expect: pass
case_definition_v4_good5: Template4 = Concrete4_Good5()  # expect: pass
case_definition_v4_good6_namedtuple: Template4 = Concrete4_Good6()  # expect: pass
case_definition_v4_good7_dataclass: Template4 = Concrete4_Good7()  # expect: pass
case_definition_v4_bad1: Template4 = Concrete4_Bad1()  # expect: fail
case_definition_v4_bad2: Template4 = Concrete4_Bad2()  # expect: fail
case_definition_v5_good1: Template5 = Concrete5_Good1()  # expect: pass
case_definition_v5_good2: Template5 = Concrete5_Good2()  # expect: pass
case_definition_v5_good3: Template5 = Concrete5_Good3()  # expect: pass
case_definition_v5_good4: Template5 = Concrete5_Good4()  # expect: pass
case_definition_v5_good5: Template5 = Concrete5_Good5()  # expect: pass
case_definition_v5_bad1: Template5 = Concrete5_Bad1()  # expect: pass
case_definition_v5_bad2: Template5 = Concrete5_Bad2()  # expect: pass
case_definition_v5_bad3: Template5 = Concrete5_Bad3()  # expect: fail
case_definition_v5_bad4: Template5 = Concrete5_Bad4()  # expect: pass
case_definition_v5_bad5: Template5 = Concrete5_Bad5()  # expect: fail
case_definition_v6_good1: Template6 = Concrete6_Good1()  # expect: pass
case_definition_v6_good2: Template6 = Concrete6_Good2()  # expect: pass
case_definition_v6_good3_dataclass: Template6 = Concrete6_Good3()  # expect: pass
case_definition_v6_bad1: Template6 = Concrete6_Bad1()  # expect: fail
case_definition_v6_bad2_namedtuple: Template6 = Concrete6_Bad2()  # expect: fail
case_definition_v6_bad3_frozen_dataclass: Template6 = Concrete6_Bad3()  # expect: fail
case_class_objects_type_of_protocol: type[AbstractProto] = AbstractProto  # expect: fail
case_class_objects_type_of_concrete: type[AbstractProto] = ConcreteMeth  # expect: pass
case_class_objects_pa1: ProtoA1 = ConcreteA  # expect: fail
case_class_objects_pa2: ProtoA2 = ConcreteA  # expect: pass
case_class_objects_pb1: ProtoB1 = ConcreteB  # expect: fail
case_class_objects_pc1: ProtoC1 = ConcreteC1  # expect: fail
case_class_objects_pc2: ProtoC2 = ConcreteC1  # expect: pass
case_class_objects_pc3: ProtoC1 = ConcreteC2  # expect: fail
case_class_objects_pc4: ProtoC2 = ConcreteC2  # expect: fail
case_class_objects_pc5_metaclass: ProtoC1 = ConcreteC3  # expect: fail
case_class_objects_pc6_metaclass: ProtoC2 = ConcreteC3  # expect: pass
case_generic_p1: Proto1G[str, int] = Concrete1G()  # expect: pass
case_generic_p2: Proto1G[int, str] = Concrete1G()  # expect: fail
case_generic_box_float_from_int: BoxG[float] = IntContent()  # expect: pass
case_generic_box_int_from_float: BoxG[int] = FloatContent()  # expect: fail
case_generic_sender_int_from_float: Sender[int] = SendsFloat()  # expect: pass
case_generic_sender_float_from_int: Sender[float] = SendsInt()  # expect: fail
case_generic_attr_float_from_int: AttrProto[float] = AttrInt()  # expect: fail
case_generic_attr_int_from_float: AttrProto[int] = AttrFloat()  # expect: fail
case_generic_hp1: HasPropertyProto = ConcreteHasProperty1()  # expect: pass
case_generic_hp2: HasPropertyProto = ConcreteHasProperty2()  # expect: fail
case_generic_hp3: HasPropertyProto = ConcreteHasProperty3()  # expect: fail
case_generic_hp4: HasPropertyProto = ConcreteHasProperty4()  # expect: fail
case_merging_s1: SizedAndClosable1 = SCConcrete1()  # expect: pass
case_merging_s2: SizedAndClosable2 = SCConcrete1()  # expect: pass
case_merging_s3: SizedAndClosable1 = SizedAndClosable3()  # expect: pass
case_merging_s4: SizedAndClosable2 = SizedAndClosable3()  # expect: pass
case_merging_s5: Sized = SCConcrete1()  # expect: pass
case_merging_s6: SizedAndClosable1 = SCConcrete2()  # expect: fail
case_merging_s7: SizedAndClosable2 = SCConcrete2()  # expect: fail
case_modules_op1: Options1 = conf_options  # expect: pass
case_modules_op2: Options2 = conf_options  # expect: fail
case_modules_rp1: Reporter1 = conf_reporter  # expect: pass
case_modules_rp2: Reporter2 = conf_reporter  # expect: fail
case_modules_rp3: Reporter3 = conf_reporter  # expect: fail
case_self_copyable_one: Copyable = One()  # expect: pass
case_self_copyable_other: Copyable = Other()  # expect: pass
case_self_a1: P1Parent[str] = C1[str]()  # expect: pass
case_self_b1: P1Child[str] = C1[str]()  # expect: pass
case_self_a2: P2Parent[str] = C2[str]()  # expect: pass
case_self_b2: P2Child[str] = C2[str]()  # expect: pass
case_callables_cb1_good1: Proto1 = cb1_good1  # expect: pass
case_callables_cb1_bad1: Proto1 = cb1_bad1  # expect: fail
case_callables_cb1_bad2: Proto1 = cb1_bad2  # expect: fail
case_callables_cb1_bad3: Proto1 = cb1_bad3  # expect: fail
case_callables_cb2_good1: Proto2 = cb2_good1  # expect: pass
case_callables_cb2_bad1: Proto2 = cb2_bad1  # expect: fail
case_callables_cb2_bad2: Proto2 = cb2_bad2  # expect: fail
case_callables_cb2_bad3: Proto2 = cb2_bad3  # expect: fail
case_callables_cb2_bad4: Proto2 = cb2_bad4  # expect: fail
case_callables_cb3_good1: Proto3 = cb2_good1  # expect: pass
case_callables_cb3_bad1: Proto3 = cb2_bad1  # expect: pass
case_callables_cb3_bad2: Proto3 = cb2_bad2  # expect: pass
case_callables_cb3_bad3: Proto3 = cb2_bad3  # expect: pass
case_callables_cb3_bad4: Proto3 = cb2_bad4  # expect: pass
case_callables_cb4_missing_attribute: Proto4 = cb4_bad1  # expect: fail
case_callables_cb5_positional_for_keyword: Proto5 = cb5_good1  # expect: pass
case_callables_cb7_unannotated: Proto7[int, int] = Class7_1()  # expect: pass
case_callables_cb7_any: Proto7[int, int] = Class7_2()  # expect: pass
case_callables_cb8_any: Proto8 = cb8_good1  # expect: pass
case_callables_cb8_int: Proto8 = cb8_bad1  # expect: fail
case_callables_cb9_paramspec_missing_attribute: Proto9[[int], str] = cb9  # expect: fail
case_callables_cb10_function_attributes: Proto10 = cb10_good  # expect: pass
case_callables_cb11_good1: Proto11 = cb11_good1  # expect: pass
case_callables_cb11_good2: Proto11 = cb11_good2  # expect: pass
case_callables_cb11_bad1: Proto11 = cb11_bad1  # expect: fail
case_callables_cb12_good1: Proto12 = cb12_good1  # expect: pass
case_callables_cb12_good2: Proto12 = cb12_good2  # expect: pass
case_callables_cb12_bad1: Proto12 = cb12_bad1  # expect: fail
case_callables_cb13_default_default: Proto13_Default = cb13_default  # expect: pass
case_callables_cb13_default_no_default: Proto13_Default = cb13_no_default  # expect: fail
case_callables_cb13_no_default_default: Proto13_NoDefault = cb13_default  # expect: pass
case_callables_cb13_no_default_no_default: Proto13_NoDefault = cb13_no_default  # expect: pass
case_callables_cb14_default_default: Proto14_Default = cb14_default  # expect: pass
case_callables_cb14_default_no_default: Proto14_Default = cb14_no_default  # expect: fail
case_callables_cb14_no_default_default: Proto14_NoDefault = cb14_default  # expect: pass
case_callables_cb14_no_default_no_default: Proto14_NoDefault = cb14_no_default  # expect: pass
