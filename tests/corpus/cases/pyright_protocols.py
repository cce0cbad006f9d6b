"""Cases adapted from pyright's protocol samples (packages/pyright-internal/src/tests/samples/protocol*.py).

Each case name carries the sample it comes from. Labels are mypy's, not pyright's.
"""

from dataclasses import dataclass
from typing import Any, Callable, ClassVar, ContextManager, Generic, List, NamedTuple, Optional, Protocol
from typing import Iterable, Sequence, TypeVar, Union, overload

from typing_extensions import Final, Literal, Self

from ._modules import pyright_module1, pyright_module3

T = TypeVar("T")
S = TypeVar("S")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
StrLike = TypeVar("StrLike", str, bytes)


# protocol1
class Box(Protocol[T_co]):
    def content(self) -> T_co: ...


class Box_Impl:
    def content(self) -> int:
        return 0


class Sender(Protocol[T_contra]):
    def send(self, data: T_contra) -> int: ...


class Sender_Impl:
    def send(self, data: float) -> int:
        return 0


class Proto1(Protocol[T]):
    def m1(self, p0: T) -> None:
        pass

    attr: T


class Proto1_Impl:
    def m1(self, p0: int) -> None:
        pass

    attr: int = 0


class NotProto2:
    attr: int = 0


class Abstract1(Protocol[T_contra]):
    def do(self, x: Optional[T_contra]) -> None: ...


class Concrete1:
    def do(self, x: Optional[int]) -> None:
        pass


class Concrete1Narrow:
    def do(self, x: int) -> None:
        pass


# protocol2
class Writer(Protocol[T_contra]):
    def write(self, data: T_contra) -> None: ...


class WriteFile:
    def write(self, s: bytes) -> None:
        pass


# protocol3
class Class1(Protocol):
    @property
    def batch_shape(self) -> int:
        return 0


class MockClass1:
    def __init__(self, batch_shape: int):
        self._batch_shape = batch_shape

    @property
    def batch_shape(self) -> int:
        return self._batch_shape


class MockClass2:
    def __init__(self, batch_shape: int):
        self._batch_shape = batch_shape

    @property
    def batch_shape(self) -> float:
        return self._batch_shape


class Class3(Protocol):
    @property
    def batch_shape(self) -> int:
        return 0

    @batch_shape.setter
    def batch_shape(self, value: int) -> None:
        pass


class MockClass4:
    def __init__(self, batch_shape: int):
        self._batch_shape = batch_shape

    @property
    def batch_shape(self) -> int:
        return self._batch_shape

    @batch_shape.setter
    def batch_shape(self, value: int) -> None:
        pass


_Self = TypeVar("_Self")


class Class5:
    @property
    def real(self: _Self) -> _Self:
        return self


class MockClass5(Protocol[T_co]):
    @property
    def real(self) -> T_co: ...


P6 = TypeVar("P6", bound="MockClass6")
C6 = TypeVar("C6", bound="Class6")


class MockClass6(Protocol):
    @property
    def bar(self: P6) -> ContextManager[P6]: ...


class Class6:
    @property
    def bar(self: C6) -> ContextManager[C6]: ...


class Proto7(Protocol):
    x: str


class Class7(NamedTuple):
    x: str


class Proto8(Protocol):
    @property
    def x(self) -> str: ...


class Proto9(Protocol):
    @property
    def x(self) -> str: ...

    @x.setter
    def x(self, n: str) -> None: ...


class NT9(NamedTuple):
    x: str = ""


@dataclass(frozen=False)
class DC9:
    x: str = ""


@dataclass(frozen=True)
class DCFrozen9:
    x: str = ""


class Proto11(Protocol):
    val1: ClassVar[Sequence[int]]


class Concrete11:
    val1: Sequence[int] = ()


class Proto12(Protocol):
    val1: List[int]


class Concrete12:
    val1: ClassVar = [1, 2, 3]


T13 = TypeVar("T13", covariant=True)


class Proto13(Protocol[T13]):
    @property
    def prop1(self) -> T13: ...


class Proto14(Proto13[T13], Protocol): ...


class Concrete14(Generic[T]):
    def __init__(self, val: T):
        self.prop1 = val


# protocol6
_T1 = TypeVar("_T1")
_T2 = TypeVar("_T2")
_T3 = TypeVar("_T3")


class Animal(Protocol[_T1]):
    species: str
    attributes: List[_T1]


class Mammal(Animal[_T2], Protocol):
    pass


class Ungulate(Mammal[_T3], Protocol):
    type_of_hooves: _T3


class CamelLike(Ungulate[bytes], Protocol):
    species: Literal["camel"]


class Sloth:
    species: str = ""
    attributes: List[str] = []


class Armadillo:
    species: str = ""
    attributes: List[bytes] = []


class Tapir:
    species: str = ""


class Camel:
    species: Literal["camel"] = "camel"
    attributes: List[bytes] = []
    type_of_hooves: bytes = b""


class Cow:
    species: str = ""
    attributes: List[str] = []
    type_of_hooves: str = ""


class CallTreeProto(Protocol):
    subcalls: List["CallTreeProto"]


class MyCallTree:
    subcalls: List["MyCallTree"] = []


class OtherCallTree:
    subcalls: List[CallTreeProto] = []


# protocol8
class _BaseClass: ...


class _Protocol1(Protocol):
    def __call__(self, p1: str, p2: Any) -> _BaseClass: ...


class _Class1(_BaseClass):
    def __init__(self, my_str: str):
        pass


class _Class2(_BaseClass):
    def __init__(self, p1: str, p2: str):
        pass


class _Class3:
    def __init__(self, p1: str, p2: str):
        pass


# protocol9
class TreeLike(Protocol):
    value: int

    @property
    def left(self) -> Optional["TreeLike"]: ...

    @property
    def right(self) -> Optional["TreeLike"]: ...


class SimpleTree:
    value: int

    @property
    def left(self) -> Optional["SimpleTree"]:
        return self._left

    @property
    def right(self) -> Optional["SimpleTree"]:
        return self._right

    def __init__(self, value: int) -> None:
        self.value = value
        self._left: Optional["SimpleTree"] = None
        self._right: Optional["SimpleTree"] = None


class BadTree:
    value: int = 0

    @property
    def left(self) -> Optional[int]:
        return None

    @property
    def right(self) -> Optional["BadTree"]:
        return None


# protocol10
class ProtocolBase(Protocol):
    def a(self) -> None: ...

    def b(self) -> None: ...


class ProtocolExtended(ProtocolBase, Protocol):
    def c(self) -> None: ...


class Base10:
    def a(self) -> None:
        pass


class ImplementsBase(Base10):
    def b(self) -> None:
        pass


class ImplementsExtended(ImplementsBase):
    def c(self) -> None:
        pass


# protocol15
class Proto15(Protocol):
    @property
    def f(self: T) -> T: ...

    def m(self, item: T, callback: Callable[[T], str]) -> str: ...


class Concrete15:
    @property
    def f(self: T) -> T:
        return self

    def m(self, item: T, callback: Callable[[T], str]) -> str:
        return ""


class Concrete15NotGeneric:
    @property
    def f(self: T) -> T:
        return self

    def m(self, item: int, callback: Callable[[int], str]) -> str:
        return ""


# protocol16
class Session(Protocol):
    def execute(self, statement: Any, *args: Any, **kwargs: Any) -> None: ...


class CoolSession:
    def execute(self, stmt: Any, *args: Any, **kwargs: Any) -> None:
        pass


class SameSession:
    def execute(self, statement: Any, *args: Any, **kwargs: Any) -> None:
        pass


class LooseSession:
    def execute(self, *args: Any, **kwargs: Any) -> None:
        pass


# protocol24
class ProtoA24(Protocol):
    def meth(_self, x: int) -> int: ...


class ProtoB24(Protocol):
    def meth(_self, self: Any, x: int) -> int: ...


class C24:
    def meth(self, x: int) -> int:
        return x


class ProtoD24(Protocol):
    var1: int

    @property
    def var2(self) -> str: ...


class E24:
    var1: ClassVar[int] = 0
    var2: ClassVar[str] = ""


class F24:
    var1: ClassVar[int] = 0
    var2: ClassVar[int] = 0


class Jumps(Protocol):
    def jump(self) -> int: ...


class Jumper1:
    @classmethod
    def jump(cls) -> int:
        return 0


class Jumper2:
    def jump(self) -> int:
        return 0


class ProtoG1(Protocol):
    attr1: ClassVar[int]


class ProtoG2(Protocol):
    attr1: int


class ConcreteG1:
    attr1: ClassVar[int] = 1


class ConcreteG2:
    attr1: int = 1


class GMeta(type):
    attr1: int = 0


class ConcreteG3(metaclass=GMeta):
    pass


# protocol26
class SupportsIndex(Protocol):
    def __index__(self) -> int: ...


class TupleLike(Sequence[T_co]):
    @overload
    def __getitem__(self, index: SupportsIndex) -> T_co: ...

    @overload
    def __getitem__(self, index: slice) -> "TupleLike[T_co]": ...

    def __getitem__(self, index: Union[slice, SupportsIndex]) -> "Union[T_co, TupleLike[T_co]]":
        raise IndexError

    def __len__(self) -> int:
        return 0


class NestedSequence(Protocol[T_co]):
    @overload
    def __getitem__(self, index: int, /) -> "Union[T_co, NestedSequence[T_co]]": ...

    @overload
    def __getitem__(self, index: slice, /) -> "NestedSequence[T_co]": ...


class Indexable:
    def __index__(self) -> int:
        return 0


class NotIndexable:
    def __index__(self) -> str:
        return ""


# protocol4 (second half)
class ProtoB4(Protocol):
    x: ClassVar[int]


class B4:
    x: int = 0


# protocol5
class Template5(Protocol):
    name: str
    value: int = 0

    def method(self) -> None:
        pass


class Concrete5:
    def __init__(self, name: str, value: int) -> None:
        self.name = name
        self.value = value

    def method(self) -> None:
        return


class Concrete5BadValue:
    def __init__(self, name: str, value: str) -> None:
        self.name = name
        self.value = value

    def method(self) -> None:
        return


# protocol13
class CollectionProtocol(Protocol):
    def watch(self, *, max_time: Optional[int] = ..., key: Optional[str] = ...) -> None: ...


class Collection:
    def watch(self, key: Optional[str] = None, max_time: Optional[int] = None) -> None:
        pass


class CollectionNoDefaults:
    def watch(self, key: Optional[str], max_time: Optional[int]) -> None:
        pass


class CollectionRenamed:
    def watch(self, keys: Optional[str] = None, max_time: Optional[int] = None) -> None:
        pass


# protocol19
@dataclass
class PossibleY:
    y: Final[int] = 0


class Y19(Protocol):
    y: int


class Y19ReadOnly(Protocol):
    @property
    def y(self) -> int: ...


# protocol21
class A21(Protocol):
    @property
    def name(self) -> str: ...


class B21:
    name: str = ""


# protocol25
class B25: ...


class C25:
    def __class_getitem__(cls, __item: Any) -> Any: ...


class SupportsClassGetItem(Protocol):
    __slots__: Union[str, Iterable[str]] = ()

    def __class_getitem__(cls, __item: Any) -> Any: ...


# protocol30
class P30(Protocol):
    v1: float


class C30:
    v1: int = 0


class P30ClassVar(Protocol):
    v1: ClassVar[float]


class C30ClassVar:
    v1: ClassVar[int] = 0


class C30Float:
    v1: float = 0.0


class P30ReadOnly(Protocol):
    @property
    def v1(self) -> float: ...


# protocol31
Tct = TypeVar("Tct", contravariant=True)


class Interface31(Protocol[Tct]):
    def run(self, *, value1: Tct, value2: int) -> object: ...


class Implementation31(Generic[T]):
    def run(self, value2: float, value1: T) -> object:
        return None


# protocol32
Arg = TypeVar("Arg", contravariant=True)
Value = TypeVar("Value")


class Base1(Protocol[Value]):
    def method1(self, default: Value) -> Value: ...


class Base2(Base1[Value], Protocol):
    def method2(self, default: Value) -> Value: ...


class Interface32(Base2[Value], Protocol[Arg, Value]):
    def another(self, arg: Arg) -> None: ...


class Implementation1(Generic[T, S]):
    def method1(self, default: S) -> S:
        return default

    def method2(self, default: S) -> S:
        return default

    def another(self, arg: T) -> None:
        return


class Implementation2(Generic[T, S]):
    def method1(self, default: S) -> S:
        return default

    def another(self, arg: T) -> None:
        return


class Implementation3(Generic[T, S]):
    def method1(self, default: int) -> int:
        return default

    def method2(self, default: S) -> S:
        return default

    def another(self, arg: T) -> None:
        return


# protocol33
U_co = TypeVar("U_co", covariant=True)


class AProto(Protocol[T_co, U_co]):
    def f(self) -> Union[T_co, U_co]: ...

    def g(self) -> "AProto[T_co, U_co]": ...


class A33(Generic[T, S]):
    def f(self) -> Union[T, S]:
        raise NotImplementedError

    def g(self) -> "A33[T, S]":
        return self


# protocol35
class P1_35(Protocol):
    x: int


class P2_35(Protocol):
    y: P1_35


@dataclass
class A35:
    x: int


@dataclass
class B35:
    y: A35


@dataclass
class B35Proto:
    y: P1_35


# protocol38
class Negatable(Protocol):
    def __neg__(self) -> "Negatable": ...


class SupportsGetItem(Protocol[T_co]):
    def __getitem__(self, __k: int) -> T_co: ...


# protocol40
class P0_40(Protocol[T_co]):
    def f0(self, /) -> Self: ...


class P1_40(P0_40[T_co], Protocol[T_co]): ...


class C40(Generic[T]):
    def f0(self, /) -> Self:
        return self


# protocol41
class Buffer41(Protocol):
    def __buffer__(self, __flags: int) -> memoryview: ...


class MyBytes:
    def __buffer__(self, __flags: int) -> memoryview:
        raise NotImplementedError


class MyStr: ...


class SupportsWrite41(Protocol[T_contra]):
    def write(self, __s: T_contra) -> object: ...


class BufferedWriter:
    def write(self, __buffer: Buffer41) -> int:
        raise NotImplementedError


# self (protocol matching with Self, co- and contravariant positions)
class Proto_CoRecurs(Protocol):
    def m(self) -> "Proto_CoRecurs": ...


class Proto_CoSelf(Protocol):
    def m(self) -> Self: ...


class Impl_CoRecurs:
    def m(self) -> "Impl_CoRecurs":
        return self


class Impl_CoSelf:
    def m(self) -> Self:
        return self


class Impl_CoOther:
    def m(self) -> Impl_CoSelf:
        return Impl_CoSelf()


class Proto_ContraRecurs(Protocol):
    def m(self, x: "Proto_ContraRecurs") -> None: ...


class Proto_ContraSelf(Protocol):
    def m(self, x: Self) -> None: ...


class Impl_ContraRecurs:
    def m(self, x: "Impl_ContraRecurs") -> None:
        pass


class Impl_ContraSelf:
    def m(self, x: Self) -> None:
        pass


class Impl_ContraOther:
    def m(self, x: Impl_CoSelf) -> None:
        pass


class Impl_ContraObject:
    def m(self, x: object) -> None:
        pass


# protocol14
class HasParent(Protocol):
    def get_parent(self: T) -> T: ...


class ConcreteNode:
    def get_parent(self) -> Self:
        return self


class OtherParentNode:
    def get_parent(self) -> ConcreteNode:
        return ConcreteNode()


# protocol42
Input42 = TypeVar("Input42", contravariant=True)
Output42 = TypeVar("Output42", covariant=True)


class ProtoA42(Protocol[Input42, Output42]):
    def __call__(self, input: Input42) -> Output42:
        raise NotImplementedError


class ImplA42:
    def __call__(self, input: Sequence[T]) -> T:
        return input[0]


# protocol45
class Proto45(Protocol):
    def __call__(self, item: S, /) -> S: ...


class Impl45:
    def __call__(self, item: T, /) -> T:
        return item


class Impl45Int:
    def __call__(self, item: int, /) -> int:
        return item


# protocol47
T47_co = TypeVar("T47_co", covariant=True)
T47 = TypeVar("T47")


class ProtoA47(Protocol[T47_co]):
    def method1(self, __key: str, __default: T47) -> Union[T47_co, T47]: ...


class A47(Generic[T]):
    def method1(self, key: str, default: S) -> Union[T, S]:
        raise NotImplementedError


# protocol48
class SupportsMethod1(Protocol[T_co]):
    def method1(self) -> T_co: ...


class A48:
    def method1(self) -> "tuple[Self, Self]":
        return (self, self)


# protocolModule2 / protocolModule4
class PM1(Protocol):
    var_1: int
    var_2: Union[int, str]

    def func_1(self, a: int, b: str) -> str: ...

    @staticmethod
    def func_2() -> str: ...


class PM2(Protocol):
    var_1: str


class PM3(Protocol):
    def func_1(self, a: int, b: str) -> int: ...


class PM4(Protocol):
    def func_2(self) -> str: ...

    y: int


X_co = TypeVar("X_co", covariant=True)
Z = TypeVar("Z")


class FnHandler(Protocol[X_co]):
    def __call__(self, x: pyright_module3.Fn[X_co]) -> None: ...


class ModuleSpec(Protocol[Z]):
    x: FnHandler[Z]


case_protocol1_box_int: Box[int] = Box_Impl()  # expect: pass
case_protocol1_box_float_covariant: Box[float] = Box_Impl()  # expect: pass
case_protocol1_box_str: Box[str] = Box_Impl()  # expect: fail
case_protocol1_sender_float: Sender[float] = Sender_Impl()  # expect: pass
case_protocol1_sender_int_contravariant: Sender[int] = Sender_Impl()  # expect: pass
case_protocol1_sender_object: Sender[object] = Sender_Impl()  # expect: fail
case_protocol1_proto_int: Proto1[int] = Proto1_Impl()  # expect: pass
case_protocol1_proto_float_invariant: Proto1[float] = Proto1_Impl()  # expect: fail
case_protocol1_not_proto2_missing_m1: Proto1[int] = NotProto2()  # expect: fail
case_protocol1_abstract1_int: Abstract1[int] = Concrete1()  # expect: pass
case_protocol1_abstract1_narrow: Abstract1[int] = Concrete1Narrow()  # expect: fail
case_protocol2_writer_bytes: Writer[bytes] = WriteFile()  # expect: pass
case_protocol2_writer_str: Writer[str] = WriteFile()  # expect: fail
case_protocol3_property_ok: Class1 = MockClass1(batch_shape=1)  # expect: pass
case_protocol3_property_float: Class1 = MockClass2(batch_shape=1)  # expect: fail
case_protocol3_missing_setter: Class3 = MockClass1(batch_shape=1)  # expect: fail
case_protocol3_with_setter: Class3 = MockClass4(batch_shape=1)  # expect: pass
case_protocol3_self_property: MockClass5[Class5] = Class5()  # expect: pass
case_protocol3_self_property_other: MockClass5[int] = Class5()  # expect: fail
case_protocol3_self_bound_property: MockClass6 = Class6()  # expect: pass
case_protocol3_namedtuple_settable: Proto7 = Class7("")  # expect: fail
case_protocol3_namedtuple_read_only: Proto8 = Class7("")  # expect: pass
case_protocol3_namedtuple_settable_property: Proto9 = NT9()  # expect: fail
case_protocol3_frozen_settable_property: Proto9 = DCFrozen9()  # expect: fail
case_protocol3_dataclass_settable_property: Proto9 = DC9()  # expect: pass
case_protocol3_namedtuple_attr: Proto7 = NT9()  # expect: fail
case_protocol3_frozen_attr: Proto7 = DCFrozen9()  # expect: fail
case_protocol3_dataclass_attr: Proto7 = DC9()  # expect: pass
case_protocol3_frozen_read_only: Proto8 = DCFrozen9()  # expect: pass
case_protocol3_classvar_expected: Proto11 = Concrete11()  # expect: fail
case_protocol3_classvar_given: Proto12 = Concrete12()  # expect: fail
case_protocol3_inherited_property_attr: Proto14[int] = Concrete14(1)  # expect: pass
case_protocol3_inherited_property_attr_str: Proto14[str] = Concrete14(1)  # expect: fail
case_protocol6_sloth: Mammal[str] = Sloth()  # expect: pass
case_protocol6_armadillo: Mammal[str] = Armadillo()  # expect: fail
case_protocol6_tapir: Mammal[str] = Tapir()  # expect: fail
case_protocol6_camel_ungulate: Ungulate[bytes] = Camel()  # expect: fail
case_protocol6_cow: Ungulate[str] = Cow()  # expect: pass
case_protocol6_camel_like: CamelLike = Camel()  # expect: pass
case_protocol6_cow_camel_like: CamelLike = Cow()  # expect: fail
case_protocol6_armadillo_bytes: Mammal[bytes] = Armadillo()  # expect: pass
case_protocol6_call_tree_invariant: CallTreeProto = MyCallTree()  # expect: fail
case_protocol6_call_tree_exact: CallTreeProto = OtherCallTree()  # expect: pass
case_protocol8_class1_params: _Protocol1 = _Class1  # expect: fail
case_protocol8_class2_params: _Protocol1 = _Class2  # expect: pass
case_protocol8_class3_return: _Protocol1 = _Class3  # expect: fail
case_protocol9_tree: TreeLike = SimpleTree(0)  # expect: pass
case_protocol9_bad_tree: TreeLike = BadTree()  # expect: fail
case_protocol10_inherited: ProtocolExtended = ImplementsExtended()  # expect: pass
case_protocol10_base_only: ProtocolExtended = ImplementsBase()  # expect: fail
case_protocol10_base_proto: ProtocolBase = ImplementsBase()  # expect: pass
case_protocol15_generic_self_property: Proto15 = Concrete15()  # expect: pass
case_protocol15_not_generic: Proto15 = Concrete15NotGeneric()  # expect: fail
case_protocol16_param_name: Session = CoolSession()  # expect: fail
case_protocol16_same_name: Session = SameSession()  # expect: pass
case_protocol16_varargs_only: Session = LooseSession()  # expect: pass
case_protocol24_class_unbound_meth: ProtoA24 = C24  # expect: fail
case_protocol24_class_explicit_self: ProtoB24 = C24  # expect: pass
case_protocol24_classvars: ProtoD24 = E24  # expect: pass
case_protocol24_classvar_wrong_type: ProtoD24 = F24  # expect: fail
case_protocol24_classmethod_on_class: Jumps = Jumper1  # expect: pass
case_protocol24_instance: Jumps = Jumper2()  # expect: pass
case_protocol24_unbound_method_on_class: Jumps = Jumper2  # expect: fail
case_protocol24_pc1: ProtoG1 = ConcreteG1  # expect: fail
case_protocol24_pc2: ProtoG1 = ConcreteG2  # expect: fail
case_protocol24_pc3: ProtoG2 = ConcreteG2  # expect: fail
case_protocol24_pc4: ProtoG1 = ConcreteG3  # expect: fail
case_protocol24_pc5: ProtoG2 = ConcreteG1  # expect: pass
case_protocol24_pc6: ProtoG2 = ConcreteG3  # expect: pass
case_protocol26_nested_sequence: NestedSequence[int] = TupleLike[int]()  # expect: pass
case_protocol26_nested_sequence_str: NestedSequence[str] = TupleLike[int]()  # expect: fail
case_protocol26_supports_index: SupportsIndex = Indexable()  # expect: pass
case_protocol26_supports_index_int: SupportsIndex = 3  # expect: pass
case_protocol26_supports_index_bad: SupportsIndex = NotIndexable()  # expect: fail
case_protocol26_supports_index_float: SupportsIndex = 3.0  # expect: fail
case_protocol4_classvar_vs_instance: ProtoB4 = B4()  # expect: fail
case_protocol5_init_attrs: Template5 = Concrete5("value", 42)  # expect: pass
case_protocol5_init_attrs_bad: Template5 = Concrete5BadValue("value", "42")  # expect: fail
case_protocol13_kwonly_from_positional: CollectionProtocol = Collection()  # expect: pass
case_protocol13_no_defaults: CollectionProtocol = CollectionNoDefaults()  # expect: fail
case_protocol13_renamed: CollectionProtocol = CollectionRenamed()  # expect: fail
case_protocol19_final_dataclass_field: Y19 = PossibleY(17)  # expect: fail
case_protocol19_final_read_only: Y19ReadOnly = PossibleY(17)  # expect: pass
case_protocol21_attr_for_property: A21 = B21()  # expect: pass
case_protocol25_instance_without_getitem: SupportsClassGetItem = B25()  # expect: pass
case_protocol25_instance_with_getitem: SupportsClassGetItem = C25()  # expect: pass
case_protocol25_class_with_getitem: SupportsClassGetItem = C25  # expect: pass
case_protocol30_invariant_attr: P30 = C30()  # expect: fail
case_protocol30_invariant_classvar: P30ClassVar = C30ClassVar()  # expect: fail
case_protocol30_exact_attr: P30 = C30Float()  # expect: pass
case_protocol30_read_only_covariant: P30ReadOnly = C30()  # expect: pass
case_protocol31_kwonly_from_positional_generic: Interface31[str] = Implementation31[str]()  # expect: pass
case_protocol31_kwonly_wrong_type: Interface31[str] = Implementation31[int]()  # expect: fail
case_protocol32_full: Interface32[int, str] = Implementation1[int, str]()  # expect: pass
case_protocol32_missing_method2: Interface32[int, str] = Implementation2[int, str]()  # expect: fail
case_protocol32_method1_int: Interface32[int, str] = Implementation3[int, str]()  # expect: fail
case_protocol32_method1_int_ok: Interface32[int, int] = Implementation3[int, int]()  # expect: pass
case_protocol33_union_typevars: AProto[int, str] = A33[int, str]()  # expect: pass
case_protocol33_union_typevars_bad: AProto[int, int] = A33[int, str]()  # expect: fail
case_protocol35_p1: P1_35 = A35(3)  # expect: pass
case_protocol35_nested_invariant: P2_35 = B35(A35(3))  # expect: fail
case_protocol35_nested_exact: P2_35 = B35Proto(A35(3))  # expect: pass
case_protocol38_negatable_int: Negatable = 0  # expect: pass
case_protocol38_negatable_str: Negatable = "a"  # expect: fail
case_protocol38_getitem_tuple: SupportsGetItem[int] = (1, 2)  # expect: pass
case_protocol38_getitem_list: SupportsGetItem[int] = [1, 2]  # expect: pass
case_protocol38_getitem_list_str: SupportsGetItem[str] = [1, 2]  # expect: fail
case_protocol40_self_generic: P0_40[str] = C40[str]()  # expect: pass
case_protocol40_self_generic_sub: P1_40[str] = C40[str]()  # expect: pass
case_protocol40_self_generic_wrong: P1_40[str] = C40[int]()  # expect: pass
case_protocol41_buffer: Buffer41 = MyBytes()  # expect: pass
case_protocol41_buffer_missing: Buffer41 = MyStr()  # expect: fail
case_protocol41_write_buffer: SupportsWrite41[MyBytes] = BufferedWriter()  # expect: pass
case_protocol41_write_str: SupportsWrite41[MyStr] = BufferedWriter()  # expect: fail
case_self_co_recurs_from_recurs: Proto_CoRecurs = Impl_CoRecurs()  # expect: pass
case_self_co_recurs_from_self: Proto_CoRecurs = Impl_CoSelf()  # expect: pass
case_self_co_recurs_from_other: Proto_CoRecurs = Impl_CoOther()  # expect: pass
case_self_co_self_from_recurs: Proto_CoSelf = Impl_CoRecurs()  # expect: pass
case_self_co_self_from_self: Proto_CoSelf = Impl_CoSelf()  # expect: pass
case_self_co_self_from_other: Proto_CoSelf = Impl_CoOther()  # expect: fail
case_self_contra_recurs_from_recurs: Proto_ContraRecurs = Impl_ContraRecurs()  # expect: fail
case_self_contra_recurs_from_self: Proto_ContraRecurs = Impl_ContraSelf()  # expect: fail
case_self_contra_recurs_from_object: Proto_ContraRecurs = Impl_ContraObject()  # expect: pass
case_self_contra_self_from_recurs: Proto_ContraSelf = Impl_ContraRecurs()  # expect: pass
case_self_contra_self_from_self: Proto_ContraSelf = Impl_ContraSelf()  # expect: pass
case_self_contra_self_from_other: Proto_ContraSelf = Impl_ContraOther()  # expect: fail
case_protocol14_self_typevar_from_self: HasParent = ConcreteNode()  # expect: pass
case_protocol14_self_typevar_from_other: HasParent = OtherParentNode()  # expect: fail
case_protocol42_method_typevar: ProtoA42[Sequence[int], int] = ImplA42()  # expect: pass
case_protocol42_method_typevar_bad: ProtoA42[Sequence[int], str] = ImplA42()  # expect: fail
case_protocol45_generic_call: Proto45 = Impl45()  # expect: pass
case_protocol45_int_call: Proto45 = Impl45Int()  # expect: fail
case_protocol47_mixed_typevars_str: ProtoA47[int] = A47[str]()  # expect: fail
case_protocol47_mixed_typevars_int: ProtoA47[int] = A47[int]()  # expect: pass
case_protocol47_mixed_typevars_object: ProtoA47[object] = A47[str]()  # expect: pass
case_protocol48_self_tuple: SupportsMethod1["tuple[A48, A48]"] = A48()  # expect: pass
case_protocol48_self_tuple_int: SupportsMethod1[int] = A48()  # expect: fail
case_protocolModule2_p1: PM1 = pyright_module1  # expect: fail
case_protocolModule2_p2: PM2 = pyright_module1  # expect: fail
case_protocolModule2_p3: PM3 = pyright_module1  # expect: fail
case_protocolModule2_p4: PM4 = pyright_module1  # expect: fail
case_protocolModule4_int: ModuleSpec[int] = pyright_module3  # expect: pass
case_protocolModule4_str: ModuleSpec[str] = pyright_module3  # expect: fail
