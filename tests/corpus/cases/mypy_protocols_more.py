"""More cases adapted from mypy's test-data/unit/check-protocols.test (runtime-expressible ones).

Complements `mypy_check_protocols`; each case name carries the mypy test it comes from.
"""

from typing import Any, ClassVar, Generic, Hashable, List, Optional, Protocol, Sequence, Sized, SupportsAbs
from typing import SupportsInt, Tuple, Type, TypeVar, Union, overload

from typing_extensions import Final
from typing_extensions import Protocol as TEProtocol
from typing_extensions import runtime_checkable

T = TypeVar("T")
S = TypeVar("S")
T_co = TypeVar("T_co", covariant=True)
S_int_str = TypeVar("S_int_str", int, str)


# testSimpleProtocolTwoMethodsMerge
class MP1(Protocol):
    def meth1(self) -> int: ...


class MP2(Protocol):
    def meth2(self) -> str: ...


class MP(MP1, MP2, Protocol):
    pass


class MAnotherP(Protocol):
    def meth1(self) -> int: ...

    def meth2(self) -> str: ...


class MB:
    pass


class MC:
    def meth1(self) -> int:
        return 0

    def meth2(self) -> str:
        return ""


class MCWrong:
    def meth1(self) -> str:
        return ""

    def meth2(self) -> str:
        return ""


# testSimpleProtocolTwoMethodsExtend
class EP1(Protocol):
    def meth1(self) -> int: ...


class EP2(EP1, Protocol):
    def meth2(self) -> str: ...


class ECbad:
    def meth1(self) -> int:
        return 0


# testIndependentProtocolSubtyping
class IP1(Protocol):
    def meth(self) -> int: ...


class IP2(Protocol):
    def meth(self) -> int: ...


class IP1Impl(IP1):
    def meth(self) -> int:
        return 0


# testProtocolAndRuntimeAreDefinedAlsoInTypingExtensions
@runtime_checkable
class TEP(TEProtocol):
    def meth(self) -> int: ...


class TEC:
    def meth(self) -> int:
        return 0


class TECBad:
    def meth(self) -> str:
        return ""


# testUnrealtedGenericProtolsEquivalent
class UPA(Protocol[T]):
    attr: int

    def meth(self) -> T: ...

    def other(self, arg: T) -> None: ...


class UPB(Protocol[T]):
    attr: int

    def meth(self) -> T: ...

    def other(self, arg: T) -> None: ...


class UPAImpl(UPA[int]):
    attr: int = 0

    def meth(self) -> int:
        return 0

    def other(self, arg: int) -> None:
        pass


# testSelfTypesWithProtocolsBehaveAsWithNominal
TShape = TypeVar("TShape", bound="Shape")


class Shape(Protocol):
    def combine(self: TShape, other: TShape) -> TShape: ...


class Triangle:
    def combine(self, other: Shape) -> Shape:
        return other


class BadShape:
    def combine(self, other: int) -> str:
        return ""


class NonProtoShape:
    def combine(self: TShape, other: TShape) -> TShape:
        return self


# testRecursiveProtocols1
class Traversable(Protocol):
    @property
    def leaves(self) -> Sequence["Traversable"]: ...


class RC:
    pass


class RD(Generic[T]):
    leaves: List["RD[T]"] = []


# testRecursiveProtocols2 / testRecursiveProtocolSubtleMismatch
class Linked(Protocol[T]):
    val: T

    def next(self) -> "Linked[T]": ...


class LGood:
    val: int = 0

    def next(self) -> "LGood":
        return self


class LBad:
    val: int = 0

    def next(self) -> int:
        return 0


# testInferProtocolFromProtocol
class Box(Protocol[T]):
    content: T


class BoxImpl(Generic[T]):
    def __init__(self, content: T) -> None:
        self.content = content


class LinkedBox(Generic[T]):
    val: Box[T]

    def __init__(self, val: Box[T]) -> None:
        self.val = val

    def next(self) -> "LinkedBox[T]":
        return self


# testMutuallyRecursiveProtocols / ...TypesWithSubteMismatch
class MR1(Protocol):
    @property
    def attr1(self) -> Sequence["MR2"]: ...


class MR2(Protocol):
    @property
    def attr2(self) -> Sequence[MR1]: ...


class MRC:
    pass


class MRA:
    attr1: List["MRB"] = []


class MRB:
    attr2: List[MRA] = []


class MRA2:
    attr1: List["MRB2"] = []


class MRB2:
    attr2: List[MRC] = []


# testCannotInstantiateAbstractMethodExplicitProtocolSubtypes / ...VariableExplicitProtocolSubtypes
class AbsP(Protocol):
    def meth(self) -> int: ...


class AbsA(AbsP):
    pass


class AbsC(AbsA):
    def meth(self) -> int:
        return 0


class AbsC2(AbsP):
    def meth(self) -> int:
        return 0


class VarP(Protocol):
    attr: int


class VarC2(VarP):
    def __init__(self) -> None:
        self.attr = 1


class VarP2(Protocol):
    attr: int = 1


class VarB(VarP2):
    pass


# testClassVarsInProtocols
class PInst(Protocol):
    v: int


class PClass(Protocol):
    v: ClassVar[int]


class CInst:
    v: int = 0


class CClass:
    v: ClassVar[int] = 0


# testPropertyInProtocols / testSettablePropertyInProtocols
class PPS(Protocol):
    @property
    def attr(self) -> int: ...

    @attr.setter
    def attr(self, x: int) -> None: ...


class PP(Protocol):
    @property
    def attr(self) -> int: ...


class PAttr(Protocol):
    attr: int


class CAttr:
    attr: int = 0


class CReadOnly:
    @property
    def attr(self) -> int:
        return 0


class CSettable:
    @property
    def attr(self) -> int:
        return 0

    @attr.setter
    def attr(self, x: int) -> None:
        pass


class CSettableStr:
    @property
    def attr(self) -> str:
        return ""

    @attr.setter
    def attr(self, x: str) -> None:
        pass


# testStaticAndClassMethodsInProtocols
class SMP(Protocol):
    def meth(self, x: int) -> str: ...


class SMPC(Protocol):
    @classmethod
    def meth(cls, x: int) -> str: ...


class SMB:
    @staticmethod
    def meth(x: int) -> str:
        return ""


class SMC:
    def meth(self, x: int) -> str:
        return ""


class SMD:
    @classmethod
    def meth(cls, x: int) -> str:
        return ""


class SME:
    @classmethod
    def meth(cls, x: str) -> str:
        return ""


# testOverloadedMethodsInProtocols
class OvP(Protocol):
    @overload
    def f(self, x: int) -> int: ...

    @overload
    def f(self, x: str) -> str: ...


class OvC:
    def f(self, x: Union[int, str]) -> Any:
        return x


class OvD:
    def f(self, x: int) -> None:
        pass


class OvE:
    def f(self, x: Union[int, str]) -> None:
        pass


# testProtocolsWithIdenticalOverloads / testProtocolsWithIncompatibleOverloads
class OvPA(Protocol):
    @overload
    def meth(self, x: int) -> int: ...

    @overload
    def meth(self, x: str) -> bytes: ...


class OvSame:
    @overload
    def meth(self, x: int) -> int: ...

    @overload
    def meth(self, x: str) -> bytes: ...

    def meth(self, x: Union[int, str]) -> Union[int, bytes]:
        return 0


class OvOther:
    @overload
    def meth(self, x: int) -> int: ...

    @overload
    def meth(self, x: bytes) -> str: ...

    def meth(self, x: Union[int, bytes]) -> Union[int, str]:
        return 0


# testInstantiationProtocolInTypeForFunctions / ForVariables / ForAliases
class TP(Protocol):
    def m(self) -> None: ...


class TPbad(Protocol):
    def mbad(self) -> int: ...


class TB(TP):
    pass


class TC:
    def m(self) -> None:
        pass


class TCBad:
    def mbad(self) -> int:
        return 0


GoodAlias = TC


# testBasicSizedProtocol / testBasicSupportsIntProtocol
class SizedFoo:
    def __len__(self) -> int:
        return 42


class IntBar:
    def __int__(self):  # type: ignore[no-untyped-def]
        return 1


# testAnyWithProtocols (extra)
class AnyP1(Protocol):
    attr1: int


class AnyC1:
    attr1: Any = None


# testProtocolIncompatibilityWithGenericRestricted
class GRA(Protocol):
    def f(self, x: T) -> None: ...


class GRB:
    def f(self, x: S_int_str, y: T) -> None:
        pass


class GRGood:
    def f(self, x: S) -> None:
        pass


# testProtocolsMoreConflictsNotShown
class MockMapping(Protocol[T]):
    def a(self, x: T) -> int: ...

    def b(self, x: T) -> int: ...

    def c(self, x: T) -> int: ...

    d: T
    e: T
    f: T


class MockDict(MockMapping[T]):
    more: int

    def a(self, x: T) -> int:
        return 0

    def b(self, x: T) -> int:
        return 0

    def c(self, x: T) -> int:
        return 0

    d: T
    e: T
    f: T


# testNoneSubtypeOfEmptyProtocol / ...Strict / testNoneVsProtocol
class EmptyP(Protocol):
    pass


class PBadX(Protocol):
    x: int


class Proto2Hash(Protocol):
    def hash(self) -> None: ...


# testCallableProtocolVsProtocol
class One(Protocol):
    def __call__(self, x: str) -> None: ...


class OtherImpl:
    def __call__(self, x: str) -> None:
        pass


class BadImpl:
    def __call__(self, zzz: str) -> None:
        pass


def zzz_func(zzz: str) -> None:
    pass


# testJoinProtocolCallback / testMeetProtocolCallback (as assignments)
class JA: ...


class JB(JA): ...


class JC(JB): ...


class JD(JB): ...


class Call(Protocol):
    def __call__(self, x: JB) -> JC: ...


class CallAnon(Protocol):
    def __call__(self, __x: JC) -> JB: ...


def call_a_to_c(x: JA) -> JC:
    return JC()


def call_a_to_d(x: JA) -> JD:
    return JD()


def call_c_to_c(x: JC) -> JC:
    return JC()


def call_d_to_a(y: JD) -> JA:
    return JA()


def call_b_to_b(y: JB) -> JB:
    return JB()


# testPartialTypeProtocol / testPartialTypeProtocolHashable
class Flapper(Protocol):
    def flap(self) -> int: ...


class Blooper:
    flap = None


class HashableP(Protocol):
    def __hash__(self) -> int: ...


class ObjectHashable:
    def __hash__(self) -> int:
        return 0


class DataArray(ObjectHashable):
    __hash__ = None  # type: ignore[assignment]


# testProtocolClassObject* (class objects against protocols)
class COPInt(Protocol):
    @property
    def foo(self) -> int: ...


class COA:
    foo = 42


class COB:
    @property
    def foo(self) -> int:
        return 0


class COC:
    foo: ClassVar[int] = 42


class COPClassVar(Protocol):
    foo: ClassVar[int]


class COPSettable(Protocol):
    foo: int


class COPMeth(Protocol):
    def foo(self, obj: Any) -> int: ...


class COMethB:
    def foo(self) -> int:
        return 0


class COMethC:
    def foo(self) -> str:
        return ""


class COPNoArg(Protocol):
    def foo(self) -> int: ...


class COClsB:
    @classmethod
    def foo(cls) -> int:
        return 0


class COClsC:
    @classmethod
    def foo(cls) -> str:
        return ""


class COStaticB:
    @staticmethod
    def foo() -> int:
        return 0


class COStaticC:
    @staticmethod
    def foo() -> str:
        return ""


# testFinalAttributeProtocol
class FinalP(Protocol):
    x: int


class FinalRO(Protocol):
    @property
    def x(self) -> int: ...


class FinalC:
    x: Final = 1


class FinalInit:
    def __init__(self) -> None:
        self.x: Final = 1


# testProtocolImplementationWithDescriptors
class IntDesc:
    @overload
    def __get__(self, instance: None, owner: Any) -> "IntDesc": ...

    @overload
    def __get__(self, instance: object, owner: Any) -> int: ...

    def __get__(self, instance: Optional[object], owner: Any) -> Union["IntDesc", int]:
        return 0


class StrDesc:
    def __get__(self, instance: Any, owner: Any) -> str:
        return ""


class SettableIntDesc:
    def __get__(self, instance: Any, owner: Any) -> int:
        return 0

    def __set__(self, instance: Any, value: int) -> None:
        pass


class DescP(Protocol):
    @property
    def x(self) -> int: ...


class DescSettableP(Protocol):
    x: int


class DescC:
    x = IntDesc()


class DescStr:
    x = StrDesc()


class DescSettable:
    x = SettableIntDesc()


# testProtocolGenericInference2 / testProtocolGenericInferenceCovariant (as assignments)
class GI2(Protocol[T, S]):
    x: T
    y: S


class GI2C:
    x: int = 0
    y: int = 0


S_co = TypeVar("S_co", covariant=True)


class GICov(Protocol[T_co, S_co]):
    def x(self) -> T_co: ...

    def y(self) -> S_co: ...


class GICovC:
    def x(self) -> int:
        return 0

    def y(self) -> int:
        return 0


case_testSimpleProtocolTwoMethodsMerge_c: MP = MC()  # expect: pass
case_testSimpleProtocolTwoMethodsMerge_b: MP = MB()  # expect: fail
case_testSimpleProtocolTwoMethodsMerge_wrong: MP = MCWrong()  # expect: fail
case_testSimpleProtocolTwoMethodsMerge_another: MAnotherP = MC()  # expect: pass
case_testSimpleProtocolTwoMethodsExtend_ok: EP2 = MC()  # expect: pass
case_testSimpleProtocolTwoMethodsExtend_bad: EP2 = ECbad()  # expect: fail
case_testSimpleProtocolTwoMethodsExtend_base: EP1 = ECbad()  # expect: pass
case_testIndependentProtocolSubtyping_explicit: IP2 = IP1Impl()  # expect: pass
case_testProtocolAndRuntimeAreDefinedAlsoInTypingExtensions: TEP = TEC()  # expect: pass
case_testProtocolAndRuntimeAreDefinedAlsoInTypingExtensions_bad: TEP = TECBad()  # expect: fail
case_testUnrealtedGenericProtolsEquivalent_int: UPB[int] = UPAImpl()  # expect: pass
case_testUnrealtedGenericProtolsEquivalent_str: UPB[str] = UPAImpl()  # expect: fail
case_testUnrealtedGenericProtolsEquivalent_bare: UPB = UPAImpl()  # expect: pass
case_testSelfTypesWithProtocolsBehaveAsWithNominal_triangle: Shape = Triangle()  # expect: fail
case_testSelfTypesWithProtocolsBehaveAsWithNominal_bad: Shape = BadShape()  # expect: fail
case_testSelfTypesWithProtocolsBehaveAsWithNominal_nonproto: Shape = NonProtoShape()  # expect: pass
case_testRecursiveProtocols1_generic: Traversable = RD[int]()  # expect: pass
case_testRecursiveProtocols1_empty: Traversable = RC()  # expect: fail
case_testRecursiveProtocols2_int: Linked[int] = LGood()  # expect: pass
case_testRecursiveProtocols2_str: Linked[str] = LGood()  # expect: fail
case_testRecursiveProtocolSubtleMismatch: Linked[int] = LBad()  # expect: fail
case_testInferProtocolFromProtocol_ok: Linked[Box[int]] = LinkedBox[int](BoxImpl[int](1))  # expect: pass
case_testInferProtocolFromProtocol_bad: Linked[Box[str]] = LinkedBox[int](BoxImpl[int](1))  # expect: fail
case_testMutuallyRecursiveProtocols_a: MR1 = MRA()  # expect: pass
case_testMutuallyRecursiveProtocols_b: MR1 = MRB()  # expect: fail
case_testMutuallyRecursiveProtocols_c: MR1 = MRC()  # expect: fail
case_testMutuallyRecursiveProtocols_p2: MR2 = MRB()  # expect: pass
case_testMutuallyRecursiveProtocolsTypesWithSubteMismatch: MR1 = MRA2()  # expect: fail
case_testCannotInstantiateAbstractMethodExplicitProtocolSubtypes_c: AbsP = AbsC()  # expect: pass
case_testCannotInstantiateAbstractMethodExplicitProtocolSubtypes_c2: AbsP = AbsC2()  # expect: pass
case_testCannotInstantiateAbstractVariableExplicitProtocolSubtypes_c2: VarP = VarC2()  # expect: pass
case_testCannotInstantiateAbstractVariableExplicitProtocolSubtypes_b: VarP2 = VarB()  # expect: pass
case_testClassVarsInProtocols_inst_inst: PInst = CInst()  # expect: pass
case_testClassVarsInProtocols_inst_class: PInst = CClass()  # expect: fail
case_testClassVarsInProtocols_class_class: PClass = CClass()  # expect: pass
case_testClassVarsInProtocols_class_inst: PClass = CInst()  # expect: fail
case_testPropertyInProtocols_attr_for_property: PP = CAttr()  # expect: pass
case_testPropertyInProtocols_property_for_attr: PAttr = CReadOnly()  # expect: fail
case_testSettablePropertyInProtocols_attr_for_settable: PPS = CAttr()  # expect: pass
case_testSettablePropertyInProtocols_settable_for_attr: PAttr = CSettable()  # expect: pass
case_testSettablePropertyInProtocols_settable_for_ro: PP = CSettable()  # expect: pass
case_testSettablePropertyInProtocols_ro_for_settable: PPS = CReadOnly()  # expect: fail
case_testSettablePropertyInProtocols_settable_wrong_type: PPS = CSettableStr()  # expect: fail
case_testStaticAndClassMethodsInProtocols_inst_inst: SMP = SMC()  # expect: pass
case_testStaticAndClassMethodsInProtocols_inst_static: SMP = SMB()  # expect: pass
case_testStaticAndClassMethodsInProtocols_cls_static: SMPC = SMB()  # expect: pass
case_testStaticAndClassMethodsInProtocols_cls_inst: SMPC = SMC()  # expect: fail
case_testStaticAndClassMethodsInProtocols_cls_cls: SMPC = SMD()  # expect: pass
case_testStaticAndClassMethodsInProtocols_inst_cls: SMP = SMD()  # expect: pass
case_testStaticAndClassMethodsInProtocols_cls_wrong: SMPC = SME()  # expect: fail
case_testOverloadedMethodsInProtocols_union_any: OvP = OvC()  # expect: pass
case_testOverloadedMethodsInProtocols_narrow: OvP = OvD()  # expect: fail
case_testOverloadedMethodsInProtocols_union_none: OvP = OvE()  # expect: fail
case_testProtocolsWithIdenticalOverloads: OvPA = OvSame()  # expect: pass
case_testProtocolsWithIncompatibleOverloads: OvPA = OvOther()  # expect: fail
case_testInstantiationProtocolInTypeForFunctions_explicit: Type[TP] = TB  # expect: fail
case_testInstantiationProtocolInTypeForFunctions_structural: Type[TP] = TC  # expect: pass
case_testInstantiationProtocolInTypeForFunctions_bad: Type[TP] = TCBad  # expect: fail
case_testInstantiationProtocolInTypeForFunctions_bad_proto: Type[TPbad] = TC  # expect: fail
case_testInstantiationProtocolInTypeForVariables_protocol: Type[TP] = TP  # expect: fail
case_testInstantiationProtocolInTypeForAliases_good: Type[TP] = GoodAlias  # expect: pass
case_testInstantiationProtocolInTypeForVariables_lower: type[TP] = TC  # expect: pass
case_testBasicSizedProtocol_class: Sized = SizedFoo()  # expect: pass
case_testBasicSizedProtocol_tuple: Sized = (1, 2)  # expect: pass
case_testBasicSizedProtocol_int: Sized = 1  # expect: fail
case_testBasicSupportsIntProtocol_untyped: SupportsInt = IntBar()  # expect: pass
case_testBasicSupportsIntProtocol_str: SupportsInt = "no way"  # expect: fail
case_testAnyWithProtocols_any_attr: AnyP1 = AnyC1()  # expect: pass
case_testProtocolIncompatibilityWithGenericRestricted: GRA = GRB()  # expect: fail
case_testProtocolIncompatibilityWithGenericRestricted_good: GRA = GRGood()  # expect: pass
case_testProtocolsMoreConflictsNotShown_bad: MockMapping[int] = MockDict[str]()  # expect: fail
case_testProtocolsMoreConflictsNotShown_ok: MockMapping[int] = MockDict[int]()  # expect: pass
case_testNoneSubtypeOfEmptyProtocol: EmptyP = None  # expect: pass
case_testNoneSubtypeOfEmptyProtocolStrict_bad: PBadX = None  # expect: fail
case_testNoneVsProtocol_hash_method: Proto2Hash = None  # expect: fail
case_testCallableProtocolVsProtocol_ok: One = OtherImpl()  # expect: pass
case_testCallableProtocolVsProtocol_bad: One = BadImpl()  # expect: fail
case_testCallableProtocolVsProtocol_func_bad: One = zzz_func  # expect: fail
case_testJoinProtocolCallback_wider_param: Call = call_a_to_c  # expect: pass
case_testJoinProtocolCallback_wrong_return: Call = call_a_to_d  # expect: fail
case_testJoinProtocolCallback_narrow_param: Call = call_c_to_c  # expect: fail
case_testMeetProtocolCallback_anon_bad: CallAnon = call_d_to_a  # expect: fail
case_testMeetProtocolCallback_anon_ok: CallAnon = call_b_to_b  # expect: pass
case_testLiteralsAgainstProtocols_int: SupportsInt = 3  # expect: pass
case_testLiteralsAgainstProtocols_abs: SupportsAbs[int] = 3  # expect: pass
case_testLiteralsAgainstProtocols_abs_str: SupportsAbs[str] = 3  # expect: fail
case_testPartialTypeProtocol: Flapper = Blooper()  # expect: fail
case_testPartialTypeProtocolHashable: HashableP = DataArray()  # expect: fail
case_testPartialTypeProtocolHashable_base: HashableP = ObjectHashable()  # expect: pass
case_testPartialTypeProtocolHashable_typing: Hashable = DataArray()  # expect: fail
case_testProtocolClassObjectAttribute_instance_var: COPInt = COA  # expect: pass
case_testProtocolClassObjectAttribute_property: COPInt = COB  # expect: fail
case_testProtocolClassObjectAttribute_classvar: COPInt = COC  # expect: pass
case_testProtocolClassObjectClassVarRejected: COPClassVar = COC  # expect: fail
case_testProtocolClassObjectSettable_classvar: COPSettable = COC  # expect: pass
case_testProtocolClassObjectInstanceMethod_ok: COPMeth = COMethB  # expect: pass
case_testProtocolClassObjectInstanceMethod_bad: COPMeth = COMethC  # expect: fail
case_testProtocolClassObjectClassMethod_ok: COPNoArg = COClsB  # expect: pass
case_testProtocolClassObjectClassMethod_bad: COPNoArg = COClsC  # expect: fail
case_testProtocolClassObjectStaticMethod_ok: COPNoArg = COStaticB  # expect: pass
case_testProtocolClassObjectStaticMethod_bad: COPNoArg = COStaticC  # expect: fail
case_testFinalAttributeProtocol_settable: FinalP = FinalC()  # expect: fail
case_testFinalAttributeProtocol_read_only: FinalRO = FinalC()  # expect: pass
case_testFinalAttributeProtocol_init_settable: FinalP = FinalInit()  # expect: fail
case_testFinalAttributeProtocol_init_read_only: FinalRO = FinalInit()  # expect: pass
case_testProtocolImplementationWithDescriptors_ok: DescP = DescC()  # expect: pass
case_testProtocolImplementationWithDescriptors_str: DescP = DescStr()  # expect: fail
case_testProtocolImplementationWithDescriptors_settable_ro: DescSettableP = DescC()  # expect: pass
case_testProtocolImplementationWithDescriptors_settable_ok: DescSettableP = DescSettable()  # expect: pass
case_testProtocolImplementationWithDescriptors_settable_for_ro: DescP = DescSettable()  # expect: pass
case_testProtocolGenericInference2_int: GI2[int, int] = GI2C()  # expect: pass
case_testProtocolGenericInference2_object: GI2[object, int] = GI2C()  # expect: fail
case_testProtocolGenericInferenceCovariant_object: GICov[object, int] = GICovC()  # expect: pass
case_testProtocolGenericInferenceCovariant_str: GICov[str, int] = GICovC()  # expect: fail
