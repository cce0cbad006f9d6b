"""More cases adapted from the typing specification's conformance suite (python/typing, conformance/tests).

Sources: protocols_subtyping, protocols_recursive, protocols_explicit, protocols_variance,
generics_self_protocols and callables_subtyping (callback protocols written as protocols).
Labels are mypy's, not the suite's.
"""

from abc import ABC, abstractmethod
from typing import Any, ClassVar, Generic, Hashable, Iterable, List, Optional, Protocol, Sequence, Tuple, TypeVar
from typing import Union, overload

from typing_extensions import Never, Self

S = TypeVar("S")
T = TypeVar("T")
S_co = TypeVar("S_co", covariant=True)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
T2 = TypeVar("T2", bound=int)
T3 = TypeVar("T3", bytes, str)


# protocols_subtyping
class Sub_Proto2(Protocol):
    def method1(self) -> None: ...


class Sub_Concrete2:
    def method1(self) -> None:
        pass


class Sub_Proto3(Protocol):
    def method1(self) -> None: ...

    def method2(self) -> None: ...


class Sub_Concrete3:
    def method1(self) -> None:
        pass

    def method2(self) -> None:
        pass


class Sub_Proto4(Protocol[S, T]):
    def method1(self, a: S, b: T) -> Tuple[S, T]: ...


class Sub_Proto5(Protocol[T]):
    def method1(self, a: T, b: T) -> Tuple[T, T]: ...


class Sub_Impl5Int:
    def method1(self, a: int, b: int) -> Tuple[int, int]:
        return (a, b)


class Sub_Impl5Float:
    def method1(self, a: float, b: float) -> Tuple[float, float]:
        return (a, b)


class Sub_Proto6(Protocol[S_co, T_contra]):
    def method1(self, a: T_contra) -> Sequence[S_co]: ...


class Sub_Proto7(Protocol[S_co, T_contra]):
    def method1(self, a: T_contra) -> Sequence[S_co]: ...


class Sub_Impl6:
    def method1(self, a: float) -> Sequence[float]:
        return [a]


class SupportsExit(Protocol):
    def exit(self) -> int: ...


class SupportsQuit(Protocol):
    def quit(self) -> Optional[int]: ...


class DefaultJob:
    def quit(self) -> int:
        return 0


class HashableFloats(Iterable[float], Hashable, Protocol):
    pass


class FloatList:
    def __iter__(self) -> Any:
        return iter([1.0])

    __hash__ = None  # type: ignore[assignment]


# protocols_recursive
class Traversable(Protocol):
    def leaves(self) -> Iterable["Traversable"]: ...


class SimpleTree:
    def leaves(self) -> List["SimpleTree"]:
        return []


class Tree(Generic[T]):
    def leaves(self) -> List["Tree[T]"]:
        return []


class NotATree:
    def leaves(self) -> List[int]:
        return []


class ProtoA(Protocol[T_contra, T]):
    def method1(self) -> "ProtoA[T_contra, T]": ...

    @classmethod
    def method2(cls, value: T) -> None: ...


class ProtoB(Protocol[T_contra, T]):
    def method3(self) -> ProtoA[T_contra, T]: ...


class ImplA:
    def method1(self) -> Self:
        return self

    @classmethod
    def method2(cls, value: int) -> None:
        pass


class ImplB:
    def method3(self) -> ImplA:
        return ImplA()

    def method1(self) -> Self:
        return self

    @classmethod
    def method2(cls, value: List[int]) -> None:
        pass


# protocols_explicit
class PColor(Protocol):
    @abstractmethod
    def draw(self) -> str: ...

    def complex_method(self) -> int:
        return 1


class NiceColor(PColor):
    def draw(self) -> str:
        return "deep blue"


class ImplicitColor:
    def draw(self) -> str:
        return "probably gray"

    def complex_method(self) -> int:
        return 0


class DrawOnly:
    def draw(self) -> str:
        return ""


class Exp_Proto1(Protocol):
    cm1: ClassVar[int]
    cm2: ClassVar[int] = 0

    im1: int
    im2: int = 2
    im3: int


class Exp_Concrete2(Exp_Proto1):
    cm1 = 3
    im1 = 0
    im3 = 0


class Exp_Structural1:
    cm1: ClassVar[int] = 3
    cm2: ClassVar[int] = 0
    im1: int = 0
    im2: int = 2
    im3: int = 3


class Exp_MissingCm2:
    cm1: ClassVar[int] = 3
    im1: int = 0
    im2: int = 2
    im3: int = 3


class Exp_InstanceCm:
    cm1: int = 3
    cm2: int = 0
    im1: int = 0
    im2: int = 2
    im3: int = 3


class Exp_Proto6(Protocol):
    x: int


class Mixin:
    x = 3


class Exp_Concrete6(Mixin, Exp_Proto6):
    pass


class Exp_Proto7(Protocol):
    @abstractmethod
    def method1(self): ...  # type: ignore[no-untyped-def]


class Mixin7(Exp_Proto7, ABC):
    def method1(self) -> None:
        pass


class Exp_Concrete7B(Mixin7, Exp_Proto7):
    pass


# protocols_variance (assignments between specialisations)
class CoBox(Protocol[T_co]):
    def content(self) -> T_co: ...


class ContraSink(Protocol[T_contra]):
    def m1(self, p0: T_contra) -> None: ...


class InvBox(Protocol[T]):
    def m1(self) -> T: ...

    def m2(self, p1: T) -> None: ...


class PropBox(Protocol[T_co]):
    @property
    def prop1(self) -> T_co: ...


class TypeBox(Protocol[T_co]):
    def m1(self) -> "type[T_co]": ...


class OptAttr(Protocol[T]):
    x: Optional[T]


class ListBox(Protocol[T]):
    def m1(self) -> List[T]: ...


class Mixed(Protocol[T, T2, T3]):
    def m1(self, p0: T, p1: T2, p2: T3) -> Union[T, T2]: ...

    def m2(self) -> T: ...

    def m3(self) -> T2: ...

    def m4(self) -> T3: ...


class IntContent:
    def content(self) -> int:
        return 0


class FloatContent:
    def content(self) -> float:
        return 0.0


class FloatSink:
    def m1(self, p0: float) -> None:
        pass


class IntSink:
    def m1(self, p0: int) -> None:
        pass


class IntInv:
    def m1(self) -> int:
        return 0

    def m2(self, p1: int) -> None:
        pass


class IntProp:
    @property
    def prop1(self) -> int:
        return 0


class IntType:
    def m1(self) -> "type[int]":
        return int


class OptIntAttr:
    x: Optional[int] = None


class IntAttrOnly:
    x: int = 0


class IntList:
    def m1(self) -> List[int]:
        return []


class MixedImpl:
    def m1(self, p0: int, p1: int, p2: str) -> int:
        return 0

    def m2(self) -> int:
        return 0

    def m3(self) -> int:
        return 0

    def m4(self) -> str:
        return ""


# generics_self_protocols
class ShapeProtocol(Protocol):
    def set_scale(self, scale: float) -> Self: ...


class ReturnSelf:
    scale: float = 1.0

    def set_scale(self, scale: float) -> Self:
        self.scale = scale
        return self


class ReturnConcreteShape:
    scale: float = 1.0

    def set_scale(self, scale: float) -> "ReturnConcreteShape":
        self.scale = scale
        return self


class BadReturnType:
    scale: float = 1.0

    def set_scale(self, scale: float) -> int:
        self.scale = scale
        return 42


class ReturnDifferentClass:
    scale: float = 1.0

    def set_scale(self, scale: float) -> ReturnConcreteShape:
        return ReturnConcreteShape()


class SubOfConcrete(ReturnConcreteShape):
    pass


# callables_subtyping (protocol forms)
class PosOnly2(Protocol):
    def __call__(self, b: int, a: int, /) -> None: ...


class KwOnly2(Protocol):
    def __call__(self, *, b: int, a: int) -> None: ...


class Standard2(Protocol):
    def __call__(self, a: int, b: int) -> None: ...


def posonly2(b: int, a: int, /) -> None:
    pass


def kwonly2(*, b: int, a: int) -> None:
    pass


def standard2(a: int, b: int) -> None:
    pass


def standard2_swapped(b: int, a: int) -> None:
    pass


class NoArgs(Protocol):
    def __call__(self) -> None: ...


class IntArgs(Protocol):
    def __call__(self, *args: int) -> None: ...


class FloatArgs(Protocol):
    def __call__(self, *args: float) -> None: ...


def no_args() -> None:
    pass


def int_args(*args: int) -> None:
    pass


def float_args(*args: float) -> None:
    pass


def int_str_args(*args: Union[int, str]) -> None:
    pass


def str_args(*args: str) -> None:
    pass


class PosOnly3(Protocol):
    def __call__(self, a: int, b: str, /) -> None: ...


class Standard3(Protocol):
    def __call__(self, a: int, b: str) -> None: ...


class IntStrArgs(Protocol):
    def __call__(self, *args: Union[int, str]) -> None: ...


def posonly3(a: int, b: str, /) -> None:
    pass


def standard3(a: int, b: str) -> None:
    pass


class NoKwargs(Protocol):
    def __call__(self) -> None: ...


class IntKwargs(Protocol):
    def __call__(self, **kwargs: int) -> None: ...


class FloatKwargs(Protocol):
    def __call__(self, **kwargs: float) -> None: ...


class KwOnly3(Protocol):
    def __call__(self, *, a: int, b: str) -> None: ...


class IntStrKwargs(Protocol):
    def __call__(self, **kwargs: Union[int, str]) -> None: ...


def int_kwargs(**kwargs: int) -> None:
    pass


def float_kwargs(**kwargs: float) -> None:
    pass


def int_str_kwargs(**kwargs: Union[int, str]) -> None:
    pass


def str_kwargs(**kwargs: str) -> None:
    pass


def kwonly3(*, a: int, b: str) -> None:
    pass


def int_str_args_kwargs(*args: Union[int, str], **kwargs: Union[int, str]) -> None:
    pass


class DefaultArg(Protocol):
    def __call__(self, x: int = 0) -> None: ...


class NoDefaultArg(Protocol):
    def __call__(self, x: int) -> None: ...


class DefaultKwArg(Protocol):
    def __call__(self, *, x: int = 0) -> None: ...


class NoDefaultKwArg(Protocol):
    def __call__(self, *, x: int) -> None: ...


def default_arg(x: int = 0) -> None:
    pass


def no_default_arg(x: int) -> None:
    pass


def default_kwarg(*, x: int = 0) -> None:
    pass


def no_default_kwarg(*, x: int) -> None:
    pass


class Overloaded(Protocol):
    @overload
    def __call__(self, x: int) -> int: ...

    @overload
    def __call__(self, x: str) -> str: ...


class IntArg(Protocol):
    def __call__(self, x: int) -> int: ...


class StrArg(Protocol):
    def __call__(self, x: str) -> str: ...


class FloatArg(Protocol):
    def __call__(self, x: float) -> float: ...


@overload
def overloaded(x: int) -> int: ...


@overload
def overloaded(x: str) -> str: ...


def overloaded(x: Union[int, str]) -> Union[int, str]:
    return x


def int_arg(x: int) -> int:
    return x


def str_arg(x: str) -> str:
    return x


def float_arg(x: float) -> float:
    return x


class FloatToInt(Protocol):
    def __call__(self, x: float) -> int: ...


class IntToFloat(Protocol):
    def __call__(self, x: int) -> float: ...


def float_to_int(x: float) -> int:
    return 0


def int_to_float(x: int) -> float:
    return 0.0


class Overloaded2Impl:
    @overload
    def __call__(self, x: int) -> int: ...

    @overload
    def __call__(self, x: str) -> str: ...

    def __call__(self, x: Union[int, str]) -> Union[int, str]:
        return x


case_subtyping_concrete_for_proto: Sub_Proto2 = Sub_Concrete2()  # expect: pass
case_subtyping_p3_for_p2: Sub_Proto2 = Sub_Concrete3()  # expect: pass
case_subtyping_p2_for_p3: Sub_Proto3 = Sub_Concrete2()  # expect: fail
case_subtyping_p5_int_for_p4_int_int: Sub_Proto4[int, int] = Sub_Impl5Int()  # expect: pass
case_subtyping_p5_int_for_p5_int: Sub_Proto5[int] = Sub_Impl5Int()  # expect: pass
case_subtyping_p5_int_for_p4_int_float: Sub_Proto4[int, float] = Sub_Impl5Int()  # expect: fail
case_subtyping_p4_int_for_p5_float: Sub_Proto5[float] = Sub_Impl5Int()  # expect: fail
case_subtyping_p5_float_for_p5_int: Sub_Proto5[int] = Sub_Impl5Float()  # expect: fail
case_subtyping_p5_float_for_p4_float_float: Sub_Proto4[float, float] = Sub_Impl5Float()  # expect: pass
case_subtyping_p7_object_int: Sub_Proto7[object, int] = Sub_Impl6()  # expect: pass
case_subtyping_p7_float_float: Sub_Proto7[float, float] = Sub_Impl6()  # expect: pass
case_subtyping_p7_complex_int: Sub_Proto7[complex, int] = Sub_Impl6()  # expect: pass
case_subtyping_p7_int_float: Sub_Proto7[int, float] = Sub_Impl6()  # expect: fail
case_subtyping_p7_float_object: Sub_Proto7[float, object] = Sub_Impl6()  # expect: fail
case_subtyping_p6_float_float: Sub_Proto6[float, float] = Sub_Impl6()  # expect: pass
case_subtyping_quit_job: SupportsQuit = DefaultJob()  # expect: pass
case_subtyping_exit_job: SupportsExit = DefaultJob()  # expect: fail
case_subtyping_hashable_floats_tuple: HashableFloats = (1.0, 2.0, 3.0)  # expect: pass
case_subtyping_hashable_floats_int_tuple: HashableFloats = (1, 2, 3)  # expect: pass
case_subtyping_hashable_floats_str_tuple: HashableFloats = ("a", "b")  # expect: fail
case_subtyping_hashable_floats_list: HashableFloats = [1.0, 2.0]  # expect: fail
case_subtyping_hashable_floats_unhashable_class: HashableFloats = FloatList()  # expect: fail
case_recursive_simple_tree: Traversable = SimpleTree()  # expect: pass
case_recursive_generic_tree: Traversable = Tree[float]()  # expect: pass
case_recursive_not_a_tree: Traversable = NotATree()  # expect: fail
case_recursive_impl_a_int: ProtoA[Never, int] = ImplA()  # expect: pass
case_recursive_impl_a_str: ProtoA[Never, str] = ImplA()  # expect: fail
case_recursive_impl_b_list_int: ProtoA[Never, List[int]] = ImplB()  # expect: pass
case_recursive_impl_b_int: ProtoA[Never, int] = ImplB()  # expect: fail
case_recursive_proto_b_int: ProtoB[Never, int] = ImplB()  # expect: pass
case_recursive_proto_b_str: ProtoB[Never, str] = ImplB()  # expect: fail
case_explicit_nice_color: PColor = NiceColor()  # expect: pass
case_explicit_implicit_color: PColor = ImplicitColor()  # expect: pass
case_explicit_draw_only: PColor = DrawOnly()  # expect: fail
case_explicit_concrete2: Exp_Proto1 = Exp_Concrete2()  # expect: pass
case_explicit_structural1: Exp_Proto1 = Exp_Structural1()  # expect: pass
case_explicit_missing_cm2: Exp_Proto1 = Exp_MissingCm2()  # expect: fail
case_explicit_instance_cm: Exp_Proto1 = Exp_InstanceCm()  # expect: fail
case_explicit_mixin6: Exp_Proto6 = Exp_Concrete6()  # expect: pass
case_explicit_mixin_only: Exp_Proto6 = Mixin()  # expect: pass
case_explicit_concrete7b: Exp_Proto7 = Exp_Concrete7B()  # expect: pass
case_variance_co_int_for_float: CoBox[float] = IntContent()  # expect: pass
case_variance_co_float_for_int: CoBox[int] = FloatContent()  # expect: fail
case_variance_co_int_for_object: CoBox[object] = IntContent()  # expect: pass
case_variance_contra_float_for_int: ContraSink[int] = FloatSink()  # expect: pass
case_variance_contra_int_for_float: ContraSink[float] = IntSink()  # expect: fail
case_variance_inv_int_for_int: InvBox[int] = IntInv()  # expect: pass
case_variance_inv_int_for_float: InvBox[float] = IntInv()  # expect: fail
case_variance_inv_int_for_bool: InvBox[bool] = IntInv()  # expect: fail
case_variance_prop_int_for_float: PropBox[float] = IntProp()  # expect: pass
case_variance_prop_int_for_str: PropBox[str] = IntProp()  # expect: fail
case_variance_type_int_for_float: TypeBox[float] = IntType()  # expect: pass
case_variance_type_int_for_str: TypeBox[str] = IntType()  # expect: fail
case_variance_opt_attr_int: OptAttr[int] = OptIntAttr()  # expect: pass
case_variance_opt_attr_float: OptAttr[float] = OptIntAttr()  # expect: fail
case_variance_opt_attr_plain_int: OptAttr[int] = IntAttrOnly()  # expect: fail
case_variance_list_int: ListBox[int] = IntList()  # expect: pass
case_variance_list_float: ListBox[float] = IntList()  # expect: fail
case_variance_mixed_ok: Mixed[int, int, str] = MixedImpl()  # expect: pass
case_variance_mixed_bytes: Mixed[int, int, bytes] = MixedImpl()  # expect: fail
case_variance_mixed_bool: Mixed[int, bool, str] = MixedImpl()  # expect: fail
case_self_protocols_return_self: ShapeProtocol = ReturnSelf()  # expect: pass
case_self_protocols_return_concrete: ShapeProtocol = ReturnConcreteShape()  # expect: pass
case_self_protocols_bad_return: ShapeProtocol = BadReturnType()  # expect: fail
case_self_protocols_different_class: ShapeProtocol = ReturnDifferentClass()  # expect: fail
case_self_protocols_subclass_of_concrete: ShapeProtocol = SubOfConcrete()  # expect: fail
case_callables_posonly_from_standard: PosOnly2 = standard2  # expect: pass
case_callables_posonly_from_kwonly: PosOnly2 = kwonly2  # expect: fail
case_callables_posonly_from_posonly: PosOnly2 = posonly2  # expect: pass
case_callables_kwonly_from_standard: KwOnly2 = standard2  # expect: pass
case_callables_kwonly_from_posonly: KwOnly2 = posonly2  # expect: fail
case_callables_kwonly_from_swapped: KwOnly2 = standard2_swapped  # expect: pass
case_callables_standard_from_posonly: Standard2 = posonly2  # expect: fail
case_callables_standard_from_kwonly: Standard2 = kwonly2  # expect: fail
case_callables_standard_from_swapped: Standard2 = standard2_swapped  # expect: fail
case_callables_int_args_from_float_args: IntArgs = float_args  # expect: pass
case_callables_float_args_from_int_args: FloatArgs = int_args  # expect: fail
case_callables_no_args_from_int_args: NoArgs = int_args  # expect: pass
case_callables_int_args_from_no_args: IntArgs = no_args  # expect: fail
case_callables_posonly3_from_int_str_args: PosOnly3 = int_str_args  # expect: pass
case_callables_posonly3_from_str_args: PosOnly3 = str_args  # expect: fail
case_callables_posonly3_from_int_args: PosOnly3 = int_args  # expect: fail
case_callables_int_str_args_from_posonly3: IntStrArgs = posonly3  # expect: fail
case_callables_standard3_from_int_str_args: Standard3 = int_str_args  # expect: fail
case_callables_int_str_args_from_standard3: IntStrArgs = standard3  # expect: fail
case_callables_int_kwargs_from_float_kwargs: IntKwargs = float_kwargs  # expect: pass
case_callables_float_kwargs_from_int_kwargs: FloatKwargs = int_kwargs  # expect: fail
case_callables_no_kwargs_from_int_kwargs: NoKwargs = int_kwargs  # expect: pass
case_callables_int_kwargs_from_no_args: IntKwargs = no_args  # expect: fail
case_callables_kwonly3_from_int_str_kwargs: KwOnly3 = int_str_kwargs  # expect: pass
case_callables_kwonly3_from_str_kwargs: KwOnly3 = str_kwargs  # expect: fail
case_callables_kwonly3_from_int_kwargs: KwOnly3 = int_kwargs  # expect: fail
case_callables_int_str_kwargs_from_kwonly3: IntStrKwargs = kwonly3  # expect: fail
case_callables_standard3_from_int_str_kwargs: Standard3 = int_str_kwargs  # expect: fail
case_callables_int_str_kwargs_from_standard3: IntStrKwargs = standard3  # expect: fail
case_callables_standard3_from_args_kwargs: Standard3 = int_str_args_kwargs  # expect: pass
case_callables_posonly3_from_args_kwargs: PosOnly3 = int_str_args_kwargs  # expect: pass
case_callables_kwonly3_from_args_kwargs: KwOnly3 = int_str_args_kwargs  # expect: pass
case_callables_no_default_from_default: NoDefaultArg = default_arg  # expect: pass
case_callables_default_from_no_default: DefaultArg = no_default_arg  # expect: fail
case_callables_default_from_default: DefaultArg = default_arg  # expect: pass
case_callables_no_default_kw_from_default_kw: NoDefaultKwArg = default_kwarg  # expect: pass
case_callables_default_kw_from_no_default_kw: DefaultKwArg = no_default_kwarg  # expect: fail
case_callables_default_kw_from_default_positional: DefaultKwArg = default_arg  # expect: pass
case_callables_no_default_kw_from_positional: NoDefaultKwArg = no_default_arg  # expect: pass
case_callables_default_from_default_kw: DefaultArg = default_kwarg  # expect: fail
case_callables_int_arg_from_overloaded: IntArg = overloaded  # expect: pass
case_callables_str_arg_from_overloaded: StrArg = overloaded  # expect: pass
case_callables_float_arg_from_overloaded: FloatArg = overloaded  # expect: fail
case_callables_overloaded_from_int_arg: Overloaded = int_arg  # expect: fail
case_callables_overloaded_from_overloaded: Overloaded = overloaded  # expect: pass
case_callables_overloaded_from_overloaded_instance: Overloaded = Overloaded2Impl()  # expect: pass
case_callables_int_arg_from_overloaded_instance: IntArg = Overloaded2Impl()  # expect: pass
case_callables_int_arg_from_float_arg: IntArg = float_arg  # expect: fail
case_callables_float_to_int_exact: FloatToInt = float_to_int  # expect: pass
case_callables_int_to_float_from_float_to_int: IntToFloat = float_to_int  # expect: pass
case_callables_float_to_int_from_int_to_float: FloatToInt = int_to_float  # expect: fail
