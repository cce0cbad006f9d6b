"""Cases adapted from the recent part of mypy's test-data/unit/check-protocols.test.

Class objects, modules, `Self`, setter types, descriptors and overload matching (mypy 1.x tests).
Each case name carries the mypy test it comes from.
"""

from abc import abstractmethod
from typing import Any, Callable, ClassVar, Generic, Iterable, List, NamedTuple, Optional, Protocol, Sequence
from typing import AsyncIterator, Awaitable, Coroutine, Type, TypeVar, Union, overload

from typing_extensions import Self

from ._modules import classvar_mod, final_values, good_config, runner_bad, runner_good, update_takes_arg

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
AnyStr = TypeVar("AnyStr", str, bytes)


# testProtocolClassObjectAttribute
class CAttrP(Protocol):
    foo: int


class CAttrA:
    foo = 42


class CAttrB:
    foo: ClassVar[int] = 0


class CAttrC:
    foo: ClassVar[str] = ""


class CAttrD:
    foo: int


# testProtocolClassObjectPropertyRejected
class CPropP(Protocol):
    @property
    def foo(self) -> int: ...


class CPropB:
    @property
    def foo(self) -> int:
        return 0


# testProtocolClassObjectInference
class CInfP(Protocol[T_contra]):
    def foo(self, obj: T_contra) -> int: ...


class CInfB:
    def foo(self) -> int:
        return 0


class CInfSub(CInfB):
    pass


# testModuleAsProtocolImplementation*
class Options(Protocol):
    timeout: int
    one_flag: bool
    other_flag: bool

    def update(self) -> bool: ...


class OptionsG(Protocol[T_co]):
    timeout: int
    one_flag: bool
    other_flag: bool

    def update(self) -> T_co: ...


class Result(Protocol):
    value: int


class RunnerAlias(Protocol):
    @property
    def run(self) -> Callable[[int], Result]: ...


class RunnerClass(Protocol):
    @property
    def Run(self) -> Callable[[int], Result]: ...


class ModClassVar(Protocol):
    x: ClassVar[int]


class ModSettable(Protocol):
    x: int


class ModFinal(Protocol):
    timeout: int


class ModFinalRO(Protocol):
    @property
    def timeout(self) -> int: ...


# testProtocolSelfTypeNewSyntax / ...SubProtocol / testProtocolClassVarSelfType
class NextP(Protocol):
    @property
    def next(self) -> Self: ...


class NextPS(NextP, Protocol):
    @property
    def other(self) -> Self: ...


class NextC:
    next: "NextC"
    other: "NextC"


class NextS:
    next: Self
    other: Self


class NextWrong:
    next: int
    other: int


class NextOtherClass:
    next: NextC


class DefaultP(Protocol):
    DEFAULT: ClassVar[Self]


class DefaultC:
    DEFAULT: ClassVar["DefaultC"]


class DefaultWrong:
    DEFAULT: ClassVar[int] = 0


# testOverloadProtocolSubtyping
class NumpyFloat:
    __add__: "FloatOP"


class FloatOP(Protocol):
    @overload
    def __call__(self, other: float) -> NumpyFloat: ...

    @overload
    def __call__(self, other: NumpyFloat) -> NumpyFloat: ...


class SupportsAdd(Protocol):
    @overload
    def __add__(self, other: float) -> Self: ...

    @overload
    def __add__(self, other: NumpyFloat) -> Self: ...


# testSetterPropertyProtocolSubtyping*
class SB1: ...


class SC1(SB1): ...


class SB2: ...


class SC2(SB2): ...


class BothP1(Protocol):
    @property
    def foo(self) -> SB1: ...

    @foo.setter
    def foo(self, x: SC2) -> None: ...


class BothP2(Protocol):
    @property
    def foo(self) -> SB1: ...

    @foo.setter
    def foo(self, x: SB2) -> None: ...


class BothA1:
    @property
    def foo(self) -> SB1:
        return SB1()

    @foo.setter
    def foo(self, x: SC2) -> None:
        pass


class BothA2:
    @property
    def foo(self) -> SC1:
        return SC1()

    @foo.setter
    def foo(self, x: SC2) -> None:
        pass


class BothA3:
    @property
    def foo(self) -> SC1:
        return SC1()

    @foo.setter
    def foo(self, x: str) -> None:
        pass


class BothA4:
    @property
    def foo(self) -> str:
        return ""

    @foo.setter
    def foo(self, x: str) -> None:
        pass


class VarSuperP1(Protocol):
    foo: SB1


class VarSuperP2(Protocol):
    foo: SC1


class VarSuperA1:
    @property
    def foo(self) -> SB1:
        return SB1()

    @foo.setter
    def foo(self, x: SC1) -> None:
        pass


class VarSuperA2:
    @property
    def foo(self) -> SC1:
        return SC1()

    @foo.setter
    def foo(self, x: SB1) -> None:
        pass


class VarSubP2(Protocol):
    @property
    def foo(self) -> SB1: ...

    @foo.setter
    def foo(self, x: SC1) -> None: ...


class VarSubA1:
    foo: SB1 = SB1()


class VarSubA2:
    foo: SB2 = SB2()


class VarSubA3:
    foo: SC2 = SC2()


class VarSubA4:
    foo: str = ""


# testProtocolImplementationWithDescriptors / testProtocolClassObjectDescriptor / testProtocolClassValDescriptor
class Descr:
    def __get__(self, inst: Any, owner: Any) -> int:
        return 0


class DescrBad:
    def __get__(self, inst: Any, owner: Any) -> str:
        return ""


class DescProto(Protocol):
    x: int


class DescC:
    x = Descr()


class DescCBad:
    x = DescrBad()


class Desc:
    @overload
    def __get__(self, instance: None, owner: Any) -> "Desc": ...

    @overload
    def __get__(self, instance: object, owner: Any) -> int: ...

    def __get__(self, instance: Any, owner: Any) -> Any:
        return self if instance is None else 0


class HasDesc(Protocol):
    attr: Desc


class HasInt(Protocol):
    attr: int


class HasDescC:
    attr = Desc()


class ClassValP(Protocol):
    attr: ClassVar[Desc]


# testProtocolClassValCallable
class CallableValP(Protocol):
    foo: Callable[[object], int]
    bar: ClassVar[Callable[[object], int]]


class CallableValC:
    foo: Callable[[object], int]
    bar: ClassVar[Callable[[object], int]]


class CallableValBad:
    foo: Callable[[object], str]
    bar: ClassVar[Callable[[object], int]]


# testProtocolDecoratedSelfBound
class SelfArgProto(Protocol):
    @abstractmethod
    def foo(self, x: Self) -> None: ...


class SelfArgImpl:
    def foo(self, x: Self) -> None:
        pass


class SelfArgConcrete:
    def foo(self, x: "SelfArgConcrete") -> None:
        pass


class SelfArgInt:
    def foo(self, x: int) -> None:
        pass


# testProtocolCheckDefersNode
class DeferProto(Protocol):
    def f(self) -> int: ...


def defer(f: Callable[[Any], int]) -> Callable[[Any], str]:
    def wrapper(self: Any) -> str:
        return ""

    return wrapper


class DeferImpl:
    @defer
    def f(self) -> int:
        return 0


# testMatchProtocolAgainstOverloadWithAmbiguity
class GetItem(Protocol[T_co]):
    def __getitem__(self, k: int) -> T_co: ...


class Str:
    def __getitem__(self, k: Union[int, slice]) -> "Str":
        return self


class Lst(Generic[T]):
    def __init__(self, x: T) -> None:
        self.x = x

    @overload
    def __getitem__(self, k: int) -> T: ...

    @overload
    def __getitem__(self, k: slice) -> "Lst[T]": ...

    def __getitem__(self, k: Any) -> Any:
        return self.x


class Lst3(Generic[T]):
    def __init__(self, x: T) -> None:
        self.x = x

    @overload
    def __getitem__(self, k: slice) -> "Lst3[T]": ...

    @overload
    def __getitem__(self, k: bool) -> T: ...

    def __getitem__(self, k: Any) -> Any:
        return self.x


# testTypeVarValueConstraintAgainstGenericProtocol / testOverloadedMethodWithExplicitSelfTypes
class SupportsWrite(Protocol[T_contra]):
    def write(self, s: T_contra, /) -> None: ...


class SupportsWriteInt(Protocol[T_contra]):
    def write(self, s: T_contra) -> int: ...


class SupportsRead(Protocol[T_co]):
    def read(self) -> T_co: ...


class Buffer: ...


class IO(Generic[AnyStr]):
    @overload
    def write(self: "IO[bytes]", s: Buffer, /) -> None: ...

    @overload
    def write(self, s: AnyStr, /) -> None: ...

    def write(self, s: Any) -> None:
        pass


class Input(Generic[AnyStr]):
    def __init__(self, value: AnyStr) -> None:
        self.value: AnyStr = value

    def read(self) -> AnyStr:
        return self.value


class Output(Generic[AnyStr]):
    @overload
    def write(self: "Output[str]", s: str) -> int: ...

    @overload
    def write(self: "Output[bytes]", s: bytes) -> int: ...

    def write(self, s: Union[str, bytes]) -> int:
        return 0


# testDontShowNotesForTupleAndIterableProtocol
class NT1(NamedTuple):
    x: int


# testPartialAttributeNoneType(StrictOptional)
class TextProto(Protocol):
    def is_valid(self) -> bool: ...

    text: Optional[str]


class TextNone:
    text = None

    def is_valid(self) -> bool:
        return True


class TextOptional:
    text: Optional[str] = None

    def is_valid(self) -> bool:
        return True


# testEmptyBodyImplicitlyAbstractProtocol (explicit subclasses that implement the members)
class EmptyP1(Protocol):
    def meth(self) -> int: ...


class EmptyC1(EmptyP1):
    def meth(self) -> int:
        return 0


class EmptyP2(Protocol):
    @classmethod
    def meth(cls) -> int: ...


class EmptyC2(EmptyP2):
    @classmethod
    def meth(cls) -> int:
        return 0


class EmptyP3(Protocol):
    @overload
    def meth(self, x: int) -> int: ...

    @overload
    def meth(self, x: str) -> str: ...


class EmptyC3(EmptyP3):
    @overload
    def meth(self, x: int) -> int: ...

    @overload
    def meth(self, x: str) -> str: ...

    def meth(self, x: Union[int, str]) -> Union[int, str]:
        return 0


class EmptyNotOverloaded:
    def meth(self, x: int) -> int:
        return 0


class EmptyPropP(Protocol):
    @property
    def attr(self) -> int: ...

    @attr.setter
    def attr(self, value: int) -> None: ...


class EmptyPropC(EmptyPropP):
    @property
    def attr(self) -> int:
        return 0

    @attr.setter
    def attr(self, value: int) -> None:
        pass


# testClassVarProtocolImmutable
class ImmP(Protocol):
    @property
    def x(self) -> int: ...


class ImmC:
    x: ClassVar[int] = 0


class ImmBad:
    x: ClassVar[str] = ""


# testFinalAttributeProtocol (plain attribute set in __init__)
class FinP(Protocol):
    x: int


class FinC:
    def __init__(self, x: int) -> None:
        self.x = x


# testConcreteClassesInProtocolsIsInstance (as assignments)
class IsP1(Protocol):
    def meth1(self) -> int: ...


class IsP2(Protocol):
    def meth2(self) -> int: ...


class IsP(IsP1, IsP2, Protocol):
    pass


class IsC1(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def meth1(self) -> T:
        return self.value


class IsC2:
    def meth2(self) -> int:
        return 0


class IsC(IsC1[int], IsC2):
    pass


# testProtocolConstraintsUnsolvableWithSelfAnnotation2 / 3
I_co = TypeVar("I_co", covariant=True)
V = TypeVar("V")


class SelfAnnP(Protocol[I_co]):
    def g(self: "SelfAnnP[V]") -> "SelfAnnP[V]": ...


class SelfAnnEmpty:
    pass


class SelfAnnD:
    def g(self) -> "SelfAnnD":
        return self


# check-async-await style: coroutine methods against protocols
class AsyncP(Protocol):
    async def fetch(self, key: str) -> int: ...


class AsyncC:
    async def fetch(self, key: str) -> int:
        return 0


class AsyncWrongReturn:
    async def fetch(self, key: str) -> str:
        return ""


class SyncC:
    def fetch(self, key: str) -> int:
        return 0


class SyncAwaitable:
    def fetch(self, key: str) -> Awaitable[int]:
        raise NotImplementedError


class SyncCoroutine:
    def fetch(self, key: str) -> Coroutine[Any, Any, int]:
        raise NotImplementedError


class AwaitableP(Protocol):
    def fetch(self, key: str) -> Awaitable[int]: ...


class AsyncGenP(Protocol):
    def stream(self) -> AsyncIterator[int]: ...


class AsyncGenC:
    async def stream(self) -> AsyncIterator[int]:
        yield 0


class AsyncGenStr:
    async def stream(self) -> AsyncIterator[str]:
        yield ""


class AsyncDefStreamP(Protocol):
    async def stream(self) -> AsyncIterator[int]: ...


class AsyncCallP(Protocol):
    async def __call__(self, x: int) -> str: ...


async def async_int_to_str(x: int) -> str:
    return ""


def sync_int_to_str(x: int) -> str:
    return ""


async def async_str_to_str(x: str) -> str:
    return ""


# check-overloading style: overloaded implementations against protocols
class OvlP(Protocol):
    def get(self, x: int) -> int: ...


class OvlImpl:
    @overload
    def get(self, x: int) -> int: ...

    @overload
    def get(self, x: str) -> str: ...

    def get(self, x: Union[int, str]) -> Union[int, str]:
        return x


class OvlImplNoInt:
    @overload
    def get(self, x: bytes) -> bytes: ...

    @overload
    def get(self, x: str) -> str: ...

    def get(self, x: Union[bytes, str]) -> Union[bytes, str]:
        return x


class OvlTwoP(Protocol):
    @overload
    def get(self, x: int) -> int: ...

    @overload
    def get(self, x: str) -> str: ...


class OvlUnionRet:
    def get(self, x: Union[int, str]) -> Union[int, str]:
        return x


class OvlReversed:
    @overload
    def get(self, x: str) -> str: ...

    @overload
    def get(self, x: int) -> int: ...

    def get(self, x: Union[int, str]) -> Union[int, str]:
        return x


class OvlGeneric:
    def get(self, x: T) -> T:
        return x


class OvlClassP(Protocol):
    @overload
    @classmethod
    def make(cls, x: int) -> int: ...

    @overload
    @classmethod
    def make(cls, x: str) -> str: ...


class OvlClassImpl:
    @overload
    @classmethod
    def make(cls, x: int) -> int: ...

    @overload
    @classmethod
    def make(cls, x: str) -> str: ...

    @classmethod
    def make(cls, x: Union[int, str]) -> Union[int, str]:
        return x


class OvlInstanceImpl:
    @overload
    def make(self, x: int) -> int: ...

    @overload
    def make(self, x: str) -> str: ...

    def make(self, x: Union[int, str]) -> Union[int, str]:
        return x


case_testProtocolClassObjectAttribute_plain: CAttrP = CAttrA  # expect: pass
case_testProtocolClassObjectAttribute_classvar: CAttrP = CAttrB  # expect: pass
case_testProtocolClassObjectAttribute_classvar_str: CAttrP = CAttrC  # expect: fail
case_testProtocolClassObjectAttribute_instance_var: CAttrP = CAttrD  # expect: fail
case_testProtocolClassObjectAttribute_instances: CAttrP = CAttrA()  # expect: pass
case_testProtocolClassObjectAttribute_instance_of_classvar: CAttrP = CAttrB()  # expect: fail
case_testProtocolClassObjectPropertyRejected_property: CPropP = CPropB  # expect: fail
case_testProtocolClassObjectPropertyRejected_instance_var: CPropP = CAttrD  # expect: fail
case_testProtocolClassObjectPropertyRejected_classvar: CPropP = CAttrB  # expect: pass
case_testProtocolClassObjectPropertyRejected_instance: CPropP = CPropB()  # expect: pass
case_testProtocolClassObjectInference_self: CInfP[CInfB] = CInfB  # expect: pass
case_testProtocolClassObjectInference_subclass_arg: CInfP[CInfSub] = CInfB  # expect: pass
case_testProtocolClassObjectInference_int: CInfP[int] = CInfB  # expect: fail
case_testModuleAsProtocolImplementation_good: Options = good_config  # expect: pass
case_testModuleAsProtocolImplementation_update_arg: Options = update_takes_arg  # expect: fail
case_testModuleAsProtocolImplementationInference_bool: OptionsG[bool] = good_config  # expect: pass
case_testModuleAsProtocolImplementationInference_int: OptionsG[int] = good_config  # expect: pass
case_testModuleAsProtocolImplementationInference_str: OptionsG[str] = good_config  # expect: fail
case_testModuleAsProtocolImplementationTypeAlias_good: RunnerAlias = runner_good  # expect: pass
case_testModuleAsProtocolImplementationTypeAlias_bad: RunnerAlias = runner_bad  # expect: fail
case_testModuleAsProtocolImplementationClassObject_good: RunnerClass = runner_good  # expect: pass
case_testModuleAsProtocolImplementationClassObject_bad: RunnerClass = runner_bad  # expect: fail
case_testModuleAsProtocolImplementationClassVar: ModClassVar = classvar_mod  # expect: fail
case_testModuleAsProtocolImplementationClassVar_settable: ModSettable = classvar_mod  # expect: pass
case_testModuleAsProtocolImplementationFinal: ModFinal = final_values  # expect: pass
case_testModuleAsProtocolImplementationFinal_read_only: ModFinalRO = final_values  # expect: pass
case_testProtocolSelfTypeNewSyntax_concrete: NextP = NextC()  # expect: pass
case_testProtocolSelfTypeNewSyntax_self: NextP = NextS()  # expect: pass
case_testProtocolSelfTypeNewSyntax_wrong: NextP = NextWrong()  # expect: fail
case_testProtocolSelfTypeNewSyntax_other_class: NextP = NextOtherClass()  # expect: fail
case_testProtocolSelfTypeNewSyntaxSubProtocol_concrete: NextPS = NextC()  # expect: pass
case_testProtocolSelfTypeNewSyntaxSubProtocol_self: NextPS = NextS()  # expect: pass
case_testProtocolClassVarSelfType: DefaultP = DefaultC()  # expect: pass
case_testProtocolClassVarSelfType_wrong: DefaultP = DefaultWrong()  # expect: fail
case_testOverloadProtocolSubtyping: SupportsAdd = NumpyFloat()  # expect: pass
case_testSetterPropertyProtocolSubtypingBoth_p1_a1: BothP1 = BothA1()  # expect: pass
case_testSetterPropertyProtocolSubtypingBoth_p1_a2: BothP1 = BothA2()  # expect: pass
case_testSetterPropertyProtocolSubtypingBoth_p1_a3: BothP1 = BothA3()  # expect: fail
case_testSetterPropertyProtocolSubtypingBoth_p1_a4: BothP1 = BothA4()  # expect: fail
case_testSetterPropertyProtocolSubtypingBoth_p2_a1: BothP2 = BothA1()  # expect: fail
case_testSetterPropertyProtocolSubtypingBoth_p2_a2: BothP2 = BothA2()  # expect: fail
case_testSetterPropertyProtocolSubtypingBoth_p2_a3: BothP2 = BothA3()  # expect: fail
case_testSetterPropertyProtocolSubtypingBoth_p2_a4: BothP2 = BothA4()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSuper_p1_a1: VarSuperP1 = VarSuperA1()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSuper_p1_a2: VarSuperP1 = VarSuperA2()  # expect: pass
case_testSetterPropertyProtocolSubtypingVarSuper_p1_a3: VarSuperP1 = BothA3()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSuper_p1_a4: VarSuperP1 = BothA4()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSuper_p2_a1: VarSuperP2 = VarSuperA1()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSuper_p2_a2: VarSuperP2 = VarSuperA2()  # expect: pass
case_testSetterPropertyProtocolSubtypingVarSuper_p2_a3: VarSuperP2 = BothA3()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSuper_p2_a4: VarSuperP2 = BothA4()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSub_p1_a1: BothP1 = VarSubA1()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSub_p1_a2: BothP1 = VarSubA2()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSub_p1_a3: BothP1 = VarSubA3()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSub_p1_a4: BothP1 = VarSubA4()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSub_p2_a1: VarSubP2 = VarSubA1()  # expect: pass
case_testSetterPropertyProtocolSubtypingVarSub_p2_a2: VarSubP2 = VarSubA2()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSub_p2_a3: VarSubP2 = VarSubA3()  # expect: fail
case_testSetterPropertyProtocolSubtypingVarSub_p2_a4: VarSubP2 = VarSubA4()  # expect: fail
case_testProtocolImplementationWithDescriptors_ok: DescProto = DescC()  # expect: pass
case_testProtocolImplementationWithDescriptors_bad: DescProto = DescCBad()  # expect: fail
case_testProtocolClassObjectDescriptor_instance_int: HasInt = HasDescC()  # expect: pass
case_testProtocolClassObjectDescriptor_class_desc: HasDesc = HasDescC  # expect: pass
case_testProtocolClassObjectDescriptor_class_int: HasInt = HasDescC  # expect: fail
case_testProtocolClassObjectDescriptor_instance_desc: HasDesc = HasDescC()  # expect: fail
case_testProtocolClassValDescriptor_instance: ClassValP = HasDescC()  # expect: pass
case_testProtocolClassValDescriptor_type: Type[ClassValP] = HasDescC  # expect: pass
case_testProtocolClassValDescriptor_class: ClassValP = HasDescC  # expect: fail
case_testProtocolClassValCallable_instance: CallableValP = CallableValC()  # expect: pass
case_testProtocolClassValCallable_type: Type[CallableValP] = CallableValC  # expect: pass
case_testProtocolClassValCallable_bad: CallableValP = CallableValBad()  # expect: fail
case_testProtocolDecoratedSelfBound_self: SelfArgProto = SelfArgImpl()  # expect: pass
case_testProtocolDecoratedSelfBound_concrete: SelfArgProto = SelfArgConcrete()  # expect: pass
case_testProtocolDecoratedSelfBound_int: SelfArgProto = SelfArgInt()  # expect: fail
case_testProtocolCheckDefersNode: DeferProto = DeferImpl()  # expect: fail
case_testMatchProtocolAgainstOverloadWithAmbiguity_lst: GetItem[GetItem[Str]] = Lst(Lst(Str()))  # expect: pass
case_testMatchProtocolAgainstOverloadWithAmbiguity_lst3: GetItem[GetItem[Str]] = Lst3(Lst3(Str()))  # expect: fail
case_testMatchProtocolAgainstOverloadWithAmbiguity_str: GetItem[Str] = Str()  # expect: pass
case_testTypeVarValueConstraintAgainstGenericProtocol_str: SupportsWrite[str] = IO[str]()  # expect: pass
case_testTypeVarValueConstraintAgainstGenericProtocol_bytes: SupportsWrite[bytes] = IO[str]()  # expect: fail
case_testOverloadedMethodWithExplicitSelfTypes_write_bytes: SupportsWriteInt[bytes] = Output[bytes]()  # expect: pass
case_testOverloadedMethodWithExplicitSelfTypes_write_str: SupportsWriteInt[str] = Output[bytes]()  # expect: fail
case_testOverloadedMethodWithExplicitSelfTypes_read_bytes: SupportsRead[bytes] = Input[bytes](b"")  # expect: pass
case_testOverloadedMethodWithExplicitSelfTypes_read_str: SupportsRead[str] = Input[bytes](b"")  # expect: fail
case_testDontShowNotesForTupleAndIterableProtocol_iterable: Iterable[str] = NT1(1)  # expect: fail
case_testDontShowNotesForTupleAndIterableProtocol_iterable_int: Iterable[int] = NT1(1)  # expect: pass
case_testPartialAttributeNoneType_none: TextProto = TextNone()  # expect: fail
case_testPartialAttributeNoneType_optional: TextProto = TextOptional()  # expect: pass
case_testEmptyBodyImplicitlyAbstractProtocol_method: EmptyP1 = EmptyC1()  # expect: pass
case_testEmptyBodyImplicitlyAbstractProtocol_classmethod: EmptyP2 = EmptyC2()  # expect: pass
case_testEmptyBodyImplicitlyAbstractProtocol_overload: EmptyP3 = EmptyC3()  # expect: pass
case_testEmptyBodyImplicitlyAbstractProtocol_not_overloaded: EmptyP3 = EmptyNotOverloaded()  # expect: fail
case_testEmptyBodyImplicitlyAbstractProtocol_classmethod_from_method: EmptyP2 = EmptyC1()  # expect: fail
case_testEmptyBodyImplicitlyAbstractProtocolProperty: EmptyPropP = EmptyPropC()  # expect: pass
case_testClassVarProtocolImmutable_ok: ImmP = ImmC()  # expect: pass
case_testClassVarProtocolImmutable_bad: ImmP = ImmBad()  # expect: fail
case_testFinalAttributeProtocol_plain: FinP = FinC(42)  # expect: pass
case_testConcreteClassesInProtocolsIsInstance_c_p1: IsP1 = IsC(1)  # expect: pass
case_testConcreteClassesInProtocolsIsInstance_c_p: IsP = IsC(1)  # expect: pass
case_testConcreteClassesInProtocolsIsInstance_c1_int: IsP1 = IsC1[int](1)  # expect: pass
case_testConcreteClassesInProtocolsIsInstance_c1_str: IsP1 = IsC1[str]("")  # expect: fail
case_testConcreteClassesInProtocolsIsInstance_c1_int_p: IsP = IsC1[int](1)  # expect: fail
case_testConcreteClassesInProtocolsIsInstance_c2_p: IsP = IsC2()  # expect: fail
case_testConcreteClassesInProtocolsIsInstance_c2_p2: IsP2 = IsC2()  # expect: pass
case_testProtocolConstraintsUnsolvableWithSelfAnnotation2: SelfAnnP = SelfAnnEmpty()  # expect: fail
case_testProtocolConstraintsUnsolvableWithSelfAnnotation3: SelfAnnP = SelfAnnD()  # expect: pass
case_async_method_ok: AsyncP = AsyncC()  # expect: pass
case_async_method_wrong_return: AsyncP = AsyncWrongReturn()  # expect: fail
case_async_method_sync_impl: AsyncP = SyncC()  # expect: fail
case_async_method_awaitable_impl: AsyncP = SyncAwaitable()  # expect: fail
case_async_method_coroutine_impl: AsyncP = SyncCoroutine()  # expect: pass
case_awaitable_method_async_impl: AwaitableP = AsyncC()  # expect: pass
case_awaitable_method_sync_impl: AwaitableP = SyncC()  # expect: fail
case_async_generator_ok: AsyncGenP = AsyncGenC()  # expect: pass
case_async_generator_wrong_item: AsyncGenP = AsyncGenStr()  # expect: fail
case_async_def_stream_from_generator: AsyncDefStreamP = AsyncGenC()  # expect: fail
case_async_call_ok: AsyncCallP = async_int_to_str  # expect: pass
case_async_call_sync: AsyncCallP = sync_int_to_str  # expect: fail
case_async_call_param: AsyncCallP = async_str_to_str  # expect: fail
case_overload_impl_for_single: OvlP = OvlImpl()  # expect: pass
case_overload_impl_no_int: OvlP = OvlImplNoInt()  # expect: fail
case_overload_proto_union_ret: OvlTwoP = OvlUnionRet()  # expect: fail
case_overload_proto_reversed: OvlTwoP = OvlReversed()  # expect: fail
case_overload_proto_generic: OvlTwoP = OvlGeneric()  # expect: pass
case_overload_classmethod_ok: OvlClassP = OvlClassImpl()  # expect: pass
case_overload_classmethod_from_instance: OvlClassP = OvlInstanceImpl()  # expect: pass
case_overload_classmethod_class_object: OvlClassP = OvlClassImpl  # expect: pass
