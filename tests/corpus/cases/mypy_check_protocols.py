"""Cases adapted from mypy's test-data/unit/check-protocols.test (runtime-expressible ones).

Each case name carries the mypy test it comes from (e.g. `testSimpleProtocolOneMethod`).
"""

import decimal
from abc import abstractmethod
from typing import Any, Callable, ClassVar, Generic, NamedTuple, Optional, Protocol, TypeVar, Union, overload

T = TypeVar("T")
S = TypeVar("S")
T_co = TypeVar("T_co", covariant=True)
S_co = TypeVar("S_co", covariant=True)
B_int = TypeVar("B_int", bound=int)


# testSimpleProtocolOneMethod / testSimpleProtocolOneAbstractMethod
class POne(Protocol):
    def meth(self) -> None: ...


class PAbstract(Protocol):
    @abstractmethod
    def meth(self) -> None: ...


class B:
    pass


class C:
    def meth(self) -> None:
        pass


class D(B):
    def meth(self) -> None:
        pass


# testSimpleProtocolOneMethodOverride
class PWide(Protocol):
    def meth(self) -> Union[int, str]: ...


class SubP(PWide, Protocol):
    def meth(self) -> int: ...


class CInt:
    def meth(self) -> int:
        return 0


class CStr:
    def meth(self) -> str:
        return ""


# testSimpleProtocolTwoMethodsMerge
class P1(Protocol):
    def meth1(self) -> int: ...


class P2(Protocol):
    def meth2(self) -> str: ...


class PMerged(P1, P2, Protocol):
    pass


class C1:
    def meth1(self) -> int:
        return 0


class C2(C1):
    def meth2(self) -> str:
        return ""


# testProtocolMethodVsAttributeErrors(2)
class PMeth(Protocol):
    def meth(self) -> int: ...


class PProp(Protocol):
    @property
    def meth(self) -> int: ...


class CAttrMeth:
    meth: int = 0


class CMethInt:
    def meth(self) -> int:
        return 0


# testNoneDisablesProtocolImplementation
class MyHashable(Protocol):
    def __my_hash__(self) -> int: ...


class CNoneHash:
    __my_hash__ = None


# testProtocolsWithNoneAndStrictOptional
class PX(Protocol):
    x: int


class CXNone:
    x = None


# testProhibitSelfDefinitionInProtocols (second half)
class PInit(Protocol):
    a: int

    def __init__(self) -> None:
        self.a = 1


class BInit(PInit):
    a: int


class OtherInit:
    a: int = 0

    def __init__(self, a: int, b: str) -> None:
        pass


# testGenericMethodWithProtocol(2)
class PIntMeth(Protocol):
    def meth(self, x: int) -> int: ...


class PGenMeth(Protocol):
    def meth(self, x: T) -> T: ...


class CGenMeth:
    def meth(self, x: T) -> T:
        return x


class CIntMeth:
    def meth(self, x: int) -> int:
        return x


# testGenericSubProtocols
class PA1(Protocol[T]):
    attr1: T


class PA2(PA1[T], Protocol[T, S]):
    attr2: tuple[T, S]


class CAttrs:
    def __init__(self, a1: int, a2: tuple[int, int]) -> None:
        self.attr1 = a1
        self.attr2 = a2


class DGen(Generic[T]):
    attr1: T


class EGen(DGen[T]):
    attr2: tuple[T, T]


# testGenericSubProtocolsExtensionInvariant / Covariant
class PI1(Protocol[T]):
    attr1: T


class PI2(Protocol[T]):
    attr2: T


class PInv(PI1[T], PI2[S], Protocol):
    pass


class CInv:
    attr1: int
    attr2: str


class AInv:
    attr1: "AInv"


class BInv:
    attr2: "BInv"


class DInv(AInv, BInv):
    pass


class PC1(Protocol[T_co]):
    def attr1(self) -> T_co: ...


class PC2(Protocol[T_co]):
    def attr2(self) -> T_co: ...


class PCov(PC1[T_co], PC2[S_co], Protocol):
    pass


class CCov:
    def attr1(self) -> int:
        return 0

    def attr2(self) -> str:
        return ""


# testSelfTypesWithProtocolsBehaveAsWithNominal
TS = TypeVar("TS", bound="ShapeP")


class ShapeP(Protocol):
    def combine(self: TS, other: TS) -> TS: ...


class NonProtoShape:
    def combine(self: T, other: T) -> T:
        return self


class Circle:
    def combine(self: T, other: ShapeP) -> T:
        return self


# testMutuallyRecursiveProtocolsTypesWithSubteMismatchWriteable
class RP1(Protocol):
    @property
    def attr1(self) -> "RP2": ...


class RP2(Protocol):
    attr2: RP1


class RA:
    attr1: "RB"


class RB:
    attr2: RA


# testBasicTupleStructuralSubtyping
class MyLen(Protocol[T_co]):
    def __len__(self) -> T_co: ...


# testBasicNamedTupleStructuralSubtyping
class PXY(Protocol[T_co, S_co]):
    @property
    def x(self) -> T_co: ...

    @property
    def y(self) -> S_co: ...


class N(NamedTuple):
    x: int
    y: str


class N2(NamedTuple):
    x: int


# testMoreComplexCallableStructuralSubtyping
class CallSoon(Protocol):
    def __call__(self, x: int, *rest: str) -> int: ...


class Good:
    def __call__(self, x: int, *rest: str) -> int:
        return 0


class Bad1:
    def __call__(self, x: int, *rest: int) -> int:
        return 0


class Bad2:
    def __call__(self, y: int, *rest: str) -> int:
        return 0


# testAnyWithProtocols
class AP1(Protocol):
    attr1: int


class AP2(Protocol[T]):
    attr2: T


class AP3(Protocol):
    attr: "AP3"


class AC1:
    attr1: Any


class AC2:
    attr2: Any


class AC3:
    attr: Any


# testErrorsForProtocolsInDifferentPlaces
class PThree(Protocol):
    attr1: int
    attr2: str
    attr3: int


class CThree:
    attr1: str

    @property
    def attr2(self) -> int:
        return 0


# testClassesGetattrWithProtocols
class GP(Protocol):
    attr: int


class GPP(Protocol):
    @property
    def attr(self) -> int: ...


class GC:
    def __getattr__(self, attr: str) -> int:
        return 0


class GC2(GC):
    def __setattr__(self, attr: str, val: int) -> None:
        pass


class GD:
    def __getattr__(self, attr: str) -> str:
        return ""


# testProtocolIncompatibilityWithGenericMethod(Bounded)
class AF(Protocol):
    def f(self, x: T) -> None: ...


class BF:
    def f(self, x: S, y: T) -> None:
        pass


class BFBounded:
    def f(self, x: B_int, y: T) -> None:
        pass


# testProtocolIncompatibilityWithManyOverloads
class K1:
    pass


class K2:
    pass


class ManyOverloads(Protocol):
    @overload
    def f(self, x: int) -> int: ...
    @overload
    def f(self, x: str) -> str: ...
    @overload
    def f(self, x: K1) -> K2: ...
    @overload
    def f(self, x: K2) -> K1: ...


class FNone:
    def f(self) -> None:
        pass


# testProtocolIncompatibilityWithManyConflicts
class ManyConflicts(Protocol):
    def f(self, x: int) -> None: ...
    def g(self, x: int) -> None: ...
    def h(self, x: int) -> None: ...
    def i(self, x: int) -> None: ...


class ManyConflictsImpl:
    def f(self, x: str) -> None:
        pass

    def g(self, x: str) -> None:
        pass

    def h(self, x: str) -> None:
        pass

    def i(self, x: str) -> None:
        pass


# testNotManyFlagConflitsShownInProtocols
class AllSettable(Protocol):
    a: int
    b: int
    c: int
    d: int


class AllReadOnly:
    @property
    def a(self) -> int:
        return 0

    @property
    def b(self) -> int:
        return 0

    @property
    def c(self) -> int:
        return 0

    @property
    def d(self) -> int:
        return 0


# testProtocolNotesForComplexSignatures
class Complex(Protocol):
    def meth(self, x: int, *args: str) -> None: ...
    def other(self, *args: Any, hint: Optional[str] = None, **kwargs: str) -> None: ...


class ComplexBad:
    def meth(self) -> int:
        return 0

    def other(self) -> int:
        return 0


class ComplexGood:
    def meth(self, x: int, *args: str) -> None:
        pass

    def other(self, *args: Any, hint: Optional[str] = None, **kwargs: str) -> None:
        pass


# testNoneVsProtocol
class HashOnly(Protocol):
    def __hash__(self) -> int: ...


class HashAndMethod(Protocol):
    def __hash__(self) -> int: ...
    def method(self) -> None: ...


class SupportsStr(Protocol):
    def __str__(self) -> str: ...


# testCallableImplementsProtocol*
class Caller(Protocol):
    def __call__(self, x: str, *args: int) -> None: ...


def call(x: str, *args: int) -> None:
    pass


def bad(x: int, *args: str) -> None:
    pass


class GenericCaller(Protocol):
    def __call__(self, x: T) -> T: ...


def identity(x: T) -> T:
    return x


def int_identity(x: int) -> int:
    return x


def pair(x: T) -> tuple[T, T]:
    return (x, x)


class IntCaller(Protocol):
    def __call__(self, x: int) -> int: ...


class OverloadedCaller(Protocol):
    @overload
    def __call__(self, x: int) -> int: ...
    @overload
    def __call__(self, x: str) -> str: ...


@overload
def ov_call(x: int) -> int: ...
@overload
def ov_call(x: str) -> str: ...
def ov_call(x: Union[int, str]) -> Union[int, str]:
    return x


def union_call(x: Union[int, str]) -> Union[int, str]:
    return x


class NamedCaller(Protocol):
    def __call__(self, x: str) -> None: ...


class AnonCaller(Protocol):
    def __call__(self, __x: str) -> None: ...


def named_x(x: str) -> None:
    pass


def named_y(y: str) -> None:
    pass


# testCallbackProtocolFunctionAttributesSubtyping
class FA(Protocol):
    __name__: str

    def __call__(self) -> str: ...


class FB1(Protocol):
    __name__: int

    def __call__(self) -> str: ...


class FB2(Protocol):
    __name__: str

    def __call__(self) -> int: ...


class FB3(Protocol):
    __name__: str
    extra_stuff: int

    def __call__(self) -> str: ...


def returns_str() -> str:
    return ""


# testNamedTupleWithNoArgsCallableField / ManyArgs
class NF(NamedTuple):
    func: Callable[[], str]


class NF3(NamedTuple):
    func: Callable[[str, str, str], str]


class PFunc(Protocol):
    @property
    def func(self) -> Callable[[], str]: ...


class PFunc3(Protocol):
    @property
    def func(self) -> Callable[[str, str, str], str]: ...


# testProtocolSlotsIsNotProtocolMember
class SlotsProto(Protocol):
    __slots__ = ()


class NoSlots:
    pass


class TupleSlots:
    __slots__ = ("x", "y")


class InitSlots:
    __slots__ = ("x",)

    def __init__(self) -> None:
        self.x = None


# testProtocolWithClassGetItem
class SupportsClassGetItem(Protocol):
    __slots__: Union[str, tuple[str, ...]] = ()

    def __class_getitem__(cls, __item: Any) -> Any: ...


class WithClassGetItem:
    def __class_getitem__(cls, __item: Any) -> Any:
        return None


# testMatchProtocolAgainstOverloadWithMultipleMatchingItems
class SupportsRoundP(Protocol[T_co]):
    @overload
    def __round__(self) -> int: ...
    @overload
    def __round__(self, __ndigits: int) -> T_co: ...


class Roundable:
    def __round__(self, __ndigits: int = 0) -> int:
        return 0


# testProtocolWithNestedClass
class Template(Protocol):
    var: int

    class Meta: ...


class TB:
    var: int

    class Meta: ...


class TC:
    var: int

    class Meta(Template.Meta): ...


# testProtocolClassObjectInstanceMethodArg
class PObj(Protocol):
    def foo(self, obj: "FooB") -> int: ...


class FooB:
    def foo(self) -> int:
        return 0


class FooC:
    def foo(self) -> int:
        return 0


# testProtocolClassObjectInstanceMethodOverloaded
class POverObj(Protocol):
    @overload
    def foo(self, obj: Any, arg: int) -> int: ...
    @overload
    def foo(self, obj: Any, arg: str) -> str: ...


class OverB:
    @overload
    def foo(self, arg: int) -> int: ...
    @overload
    def foo(self, arg: str) -> str: ...
    def foo(self, arg: Any) -> Any:
        return arg


class OverC:
    @overload
    def foo(self, arg: int) -> int: ...
    @overload
    def foo(self, arg: str) -> int: ...
    def foo(self, arg: Any) -> Any:
        return arg


# testProtocolClassObjectGenericInstanceMethod / GenericClassMethod
class PList(Protocol):
    def foo(self, obj: Any) -> list[int]: ...


class PListCls(Protocol):
    def foo(self) -> list[int]: ...


class GA(Generic[T]):
    def foo(self) -> T:
        raise NotImplementedError


class GAA(GA[list[T]]): ...


class GB(GAA[int]): ...


class GC_(GAA[str]): ...


class GCA(Generic[T]):
    @classmethod
    def foo(cls) -> T:
        raise NotImplementedError


class GCAA(GCA[list[T]]): ...


class GCB(GCAA[int]): ...


class GCC(GCAA[str]): ...


# testProtocolClassObjectSelfTypeInstanceMethod / ClassMethod
class PSelfArg(Protocol):
    def foo(self, arg: T) -> T: ...


class SelfB:
    def foo(self: T) -> T:
        return self


class SelfC:
    def foo(self: T) -> Union[T, int]:
        return self


class PMakesSelfB(Protocol):
    def foo(self) -> "CmB": ...


class CmB:
    @classmethod
    def foo(cls: type[T]) -> T:
        return cls()


class CmC:
    @classmethod
    def foo(cls: type[T]) -> T:
        return cls()


# testProtocolClassObjectAttributeAndCall / PureCallback / CallableError
class PAttrCall(Protocol):
    foo: int

    def __call__(self, x: int, y: int) -> Any: ...


class PCallOnly(Protocol):
    def __call__(self, x: int, y: int) -> Any: ...


class AttrCallB:
    foo: ClassVar[int]

    def __init__(self, x: int, y: int) -> None:
        pass


class AttrCallC:
    foo: ClassVar[int]

    def __init__(self, x: int, y: str) -> None:
        pass


class PApp(Protocol):
    def __call__(self, app: int) -> Callable[[str], None]: ...


class AppC:
    def __init__(self, app: str) -> None:
        pass

    def __call__(self, el: str) -> None:
        return None


class AppGood:
    def __init__(self, app: int) -> None:
        pass

    def __call__(self, el: str) -> None:
        return None


# testTypeVarInProtocolBody
class TVBody(Protocol):
    T = TypeVar("T")

    def __call__(self, t: T) -> T: ...


def f_bad(t: int) -> int:
    return t


def f_good(t: S) -> S:
    return t


# testProtocolImportNotMember
class ImportInBody(Protocol):
    import decimal

    x: decimal.Decimal


class XInt:
    x: int = 0


class XDecimal:
    x: decimal.Decimal = decimal.Decimal(0)


# testAllowDefaultConstructorInProtocols
class PCtor(Protocol):
    x: int

    def __init__(self, x: int) -> None:
        self.x = x


class CtorChild(PCtor): ...


class CtorUnrelated:
    x: int = 0


def _make_ctor_child() -> CtorChild:
    # Python 3.10's Protocol replaces an inherited protocol __init__; build it by hand.
    child = object.__new__(CtorChild)
    child.x = 0
    return child


case_testSimpleProtocolOneMethod_ok: POne = C()  # expect: pass
case_testSimpleProtocolOneMethod_missing: POne = B()  # expect: fail
case_testSimpleProtocolOneAbstractMethod_ok: PAbstract = C()  # expect: pass
case_testSimpleProtocolOneAbstractMethod_subclass: PAbstract = D()  # expect: pass
case_testSimpleProtocolOneAbstractMethod_missing: PAbstract = B()  # expect: fail
case_testSimpleProtocolOneMethodOverride_int: SubP = CInt()  # expect: pass
case_testSimpleProtocolOneMethodOverride_str: SubP = CStr()  # expect: fail
case_testSimpleProtocolOneMethodOverride_base_str: PWide = CStr()  # expect: pass
case_testSimpleProtocolTwoMethodsMerge_partial: PMerged = C1()  # expect: fail
case_testSimpleProtocolTwoMethodsMerge_full: PMerged = C2()  # expect: pass
case_testProtocolMethodVsAttributeErrors: PMeth = CAttrMeth()  # expect: fail
case_testProtocolMethodVsAttributeErrors2: PProp = CMethInt()  # expect: fail
case_testNoneDisablesProtocolImplementation: MyHashable = CNoneHash()  # expect: fail
case_testProtocolsWithNoneAndStrictOptional: PX = CXNone()  # expect: fail
case_testProhibitSelfDefinitionInProtocols_subclass: PInit = BInit()  # expect: pass
case_testProhibitSelfDefinitionInProtocols_other_init: PInit = OtherInit(1, "")  # expect: pass
case_testGenericMethodWithProtocol: PIntMeth = CGenMeth()  # expect: pass
case_testGenericMethodWithProtocol2: PGenMeth = CIntMeth()  # expect: fail
case_testGenericSubProtocols_ok: PA2[int, int] = CAttrs(1, (1, 1))  # expect: pass
case_testGenericSubProtocols_bad_second: PA2[int, str] = CAttrs(1, (1, 1))  # expect: fail
case_testGenericSubProtocols_generic_class: PA2[int, int] = EGen[int]()  # expect: pass
case_testGenericSubProtocols_missing: PA2[int, int] = DGen[int]()  # expect: fail
case_testGenericSubProtocolsExtensionInvariant_bare: PInv = DInv()  # expect: pass
case_testGenericSubProtocolsExtensionInvariant_union: PInv[Union[int, PInv], Union[PInv, str]] = CInv()  # expect: fail
case_testGenericSubProtocolsExtensionInvariant_exact: PInv[int, str] = CInv()  # expect: pass
case_testGenericSubProtocolsExtensionCovariant_ok: PCov[Union[int, PCov], Union[PCov, str]] = CCov()  # expect: pass
case_testGenericSubProtocolsExtensionCovariant_bad: PCov[Union[str, PCov], Union[PCov, int]] = CCov()  # expect: fail
case_testSelfTypesWithProtocolsBehaveAsWithNominal_nonproto: ShapeP = NonProtoShape()  # expect: pass
case_testSelfTypesWithProtocolsBehaveAsWithNominal_circle: ShapeP = Circle()  # expect: pass
case_testMutuallyRecursiveProtocolsTypesWithSubteMismatchWriteable: RP1 = RA()  # expect: fail
case_testBasicTupleStructuralSubtyping_int: MyLen[int] = (1, "a")  # expect: pass
case_testBasicTupleStructuralSubtyping_str: MyLen[str] = (1, "a")  # expect: fail
case_testBasicNamedTupleStructuralSubtyping_ok: PXY[int, str] = N(1, "a")  # expect: pass
case_testBasicNamedTupleStructuralSubtyping_bad: PXY[int, int] = N(1, "a")  # expect: fail
case_testBasicNamedTupleStructuralSubtyping_missing: PXY[int, str] = N2(1)  # expect: fail
case_testMoreComplexCallableStructuralSubtyping_good: CallSoon = Good()  # expect: pass
case_testMoreComplexCallableStructuralSubtyping_bad_varargs: CallSoon = Bad1()  # expect: fail
case_testMoreComplexCallableStructuralSubtyping_bad_name: CallSoon = Bad2()  # expect: fail
case_testAnyWithProtocols_attr: AP1 = AC1()  # expect: pass
case_testAnyWithProtocols_generic: AP2[str] = AC2()  # expect: pass
case_testAnyWithProtocols_recursive: AP3 = AC3()  # expect: pass
case_testAnyWithProtocols_missing: AP2[str] = AC3()  # expect: fail
case_testErrorsForProtocolsInDifferentPlaces: PThree = CThree()  # expect: fail
case_testClassesGetattrWithProtocols_settable: GP = GC()  # expect: pass
case_testClassesGetattrWithProtocols_setattr: GP = GC2()  # expect: pass
case_testClassesGetattrWithProtocols_wrong_type: GPP = GD()  # expect: fail
case_testClassesGetattrWithProtocols_read_only: GPP = GC()  # expect: pass
case_testProtocolIncompatibilityWithGenericMethod: AF = BF()  # expect: fail
case_testProtocolIncompatibilityWithGenericMethodBounded: AF = BFBounded()  # expect: fail
case_testProtocolIncompatibilityWithManyOverloads: ManyOverloads = FNone()  # expect: fail
case_testProtocolIncompatibilityWithManyConflicts: ManyConflicts = ManyConflictsImpl()  # expect: fail
case_testNotManyFlagConflitsShownInProtocols: AllSettable = AllReadOnly()  # expect: fail
case_testProtocolNotesForComplexSignatures_bad: Complex = ComplexBad()  # expect: fail
case_testProtocolNotesForComplexSignatures_good: Complex = ComplexGood()  # expect: pass
case_testNoneVsProtocol_hash: HashOnly = None  # expect: pass
case_testNoneVsProtocol_hash_and_method: HashAndMethod = None  # expect: fail
case_testNoneVsProtocol_str: SupportsStr = None  # expect: pass
case_testNoneVsProtocol_list_unhashable: HashOnly = [1]  # expect: fail
case_testCallableImplementsProtocol_ok: Caller = call  # expect: pass
case_testCallableImplementsProtocol_bad: Caller = bad  # expect: fail
case_testCallableImplementsProtocolGenericTight_ok: GenericCaller = identity  # expect: pass
case_testCallableImplementsProtocolGenericTight_bad: GenericCaller = int_identity  # expect: fail
case_testCallableImplementsProtocolGenericNotGeneric_ok: IntCaller = identity  # expect: pass
case_testCallableImplementsProtocolGenericNotGeneric_bad: IntCaller = pair  # expect: fail
case_testCallableImplementsProtocolOverload_ok: OverloadedCaller = ov_call  # expect: pass
case_testCallableImplementsProtocolOverload_bad: OverloadedCaller = union_call  # expect: fail
case_testCallableImplementsProtocolArgName_ok: NamedCaller = named_x  # expect: pass
case_testCallableImplementsProtocolArgName_bad: NamedCaller = named_y  # expect: fail
case_testCallableImplementsProtocolArgName_anon: AnonCaller = named_y  # expect: pass
case_testCallbackProtocolFunctionAttributesSubtyping_ok: FA = returns_str  # expect: pass
case_testCallbackProtocolFunctionAttributesSubtyping_name_int: FB1 = returns_str  # expect: fail
case_testCallbackProtocolFunctionAttributesSubtyping_return: FB2 = returns_str  # expect: fail
case_testCallbackProtocolFunctionAttributesSubtyping_extra: FB3 = returns_str  # expect: fail
case_testNamedTupleWithNoArgsCallableField: PFunc = NF(lambda: "foo")  # expect: pass
case_testNamedTupleWithManyArgsCallableField: PFunc3 = NF3(lambda a, b, c: "foo")  # expect: pass
case_testProtocolSlotsIsNotProtocolMember_no_slots: SlotsProto = NoSlots()  # expect: pass
case_testProtocolSlotsIsNotProtocolMember_tuple: SlotsProto = TupleSlots()  # expect: pass
case_testProtocolSlotsIsNotProtocolMember_init: SlotsProto = InitSlots()  # expect: pass
case_testProtocolWithClassGetItem_plain: SupportsClassGetItem = NoSlots()  # expect: pass
case_testProtocolWithClassGetItem_defined: SupportsClassGetItem = WithClassGetItem()  # expect: pass
case_testMatchProtocolAgainstOverloadWithMultipleMatchingItems: SupportsRoundP[int] = Roundable()  # expect: pass
case_testProtocolWithNestedClass_own_meta: Template = TB()  # expect: fail
case_testProtocolWithNestedClass_subclassed_meta: Template = TC()  # expect: pass
case_testProtocolClassObjectInstanceMethodArg_ok: PObj = FooB  # expect: pass
case_testProtocolClassObjectInstanceMethodArg_bad: PObj = FooC  # expect: fail
case_testProtocolClassObjectInstanceMethodOverloaded_ok: POverObj = OverB  # expect: pass
case_testProtocolClassObjectInstanceMethodOverloaded_bad: POverObj = OverC  # expect: fail
case_testProtocolClassObjectGenericInstanceMethod_ok: PList = GB  # expect: pass
case_testProtocolClassObjectGenericInstanceMethod_bad: PList = GC_  # expect: fail
case_testProtocolClassObjectGenericClassMethod_ok: PListCls = GCB  # expect: pass
case_testProtocolClassObjectGenericClassMethod_bad: PListCls = GCC  # expect: fail
case_testProtocolClassObjectSelfTypeInstanceMethod_ok: PSelfArg = SelfB  # expect: pass
case_testProtocolClassObjectSelfTypeInstanceMethod_bad: PSelfArg = SelfC  # expect: fail
case_testProtocolClassObjectSelfTypeClassMethod_ok: PMakesSelfB = CmB  # expect: pass
case_testProtocolClassObjectSelfTypeClassMethod_bad: PMakesSelfB = CmC  # expect: fail
case_testProtocolClassObjectAttributeAndCall_ok: PAttrCall = AttrCallB  # expect: pass
case_testProtocolClassObjectAttributeAndCall_bad: PAttrCall = AttrCallC  # expect: fail
case_testProtocolClassObjectPureCallback_ok: PCallOnly = AttrCallB  # expect: pass
case_testProtocolClassObjectPureCallback_bad: PCallOnly = AttrCallC  # expect: fail
case_testProtocolClassObjectCallableError: PApp = AppC  # expect: fail
case_testProtocolClassObjectCallableError_good: PApp = AppGood  # expect: pass
case_testTypeVarInProtocolBody_bad: TVBody = f_bad  # expect: fail
case_testTypeVarInProtocolBody_good: TVBody = f_good  # expect: pass
case_testProtocolImportNotMember_bad: ImportInBody = XInt()  # expect: fail
case_testProtocolImportNotMember_good: ImportInBody = XDecimal()  # expect: pass
case_testAllowDefaultConstructorInProtocols_child: PCtor = _make_ctor_child()  # expect: pass
case_testAllowDefaultConstructorInProtocols_unrelated: PCtor = CtorUnrelated()  # expect: pass
