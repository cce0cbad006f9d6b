"""Signature shapes found by a random program generator, labelled by mypy.

One section per shape; each says which of mypy's rules it exercises.
"""

import collections.abc
from typing import (
    Any,
    Callable,
    ClassVar,
    Literal,
    Optional,
    Protocol,
    TypeVar,
    Union,
    overload,
)

from typing_extensions import Self

# --------------------------------------------------------------------------- overloaded classmethods
# The overloads are compared as for plain methods (bound: `cls` goes). mypy's member flags
# see an overloaded class or static method as neither (subtypes.get_member_flags).


class LoadsCls(Protocol):
    @overload
    @classmethod
    def load(cls, x: int) -> int: ...
    @overload
    @classmethod
    def load(cls, x: str) -> str: ...


class LoadsClsWithImpl(Protocol):
    @overload
    @classmethod
    def load(cls, x: int) -> int: ...
    @overload
    @classmethod
    def load(cls, x: str) -> str: ...
    @classmethod
    def load(cls, x: Union[int, str]) -> Any: ...


class LoadsClsLiteral(Protocol):
    @overload
    @classmethod
    def load(cls, mode: Literal["r"], path: str = ...) -> str: ...
    @overload
    @classmethod
    def load(cls, mode: Literal["b"], path: str = ...) -> bytes: ...
    @classmethod
    def load(cls, mode: str, path: str = "") -> Any: ...


class LoadsClsGeneric(Protocol):
    @overload
    @classmethod
    def load(cls, items: list[int], /) -> int: ...
    @overload
    @classmethod
    def load(cls, items: dict[str, int], /) -> str: ...
    @classmethod
    def load(cls, items: Any, /) -> Any: ...


class LoadsPlainCls(Protocol):
    @classmethod
    def load(cls, x: int) -> int: ...


class LoadsMethod(Protocol):
    def load(self, x: int) -> int: ...


class ClsUnion:
    @classmethod
    def load(cls, x: Union[int, str]) -> Any:
        return x


class ClsPipeUnion:
    @classmethod
    def load(cls, x: int | str) -> int | str:
        return x


class ClsNoArgs:
    @classmethod
    def load(cls) -> None:
        return None


class ClsIntOnly:
    @classmethod
    def load(cls, x: int) -> int:
        return x


class ClsUnionReturnsInt:
    @classmethod
    def load(cls, x: Union[int, str]) -> int:
        return 0


class ClsCopy:
    @overload
    @classmethod
    def load(cls, x: int) -> int: ...
    @overload
    @classmethod
    def load(cls, x: str) -> str: ...
    @classmethod
    def load(cls, x: Union[int, str]) -> Any:
        return x


class ClsSwapped:
    @overload
    @classmethod
    def load(cls, x: str) -> str: ...
    @overload
    @classmethod
    def load(cls, x: int) -> int: ...
    @classmethod
    def load(cls, x: Union[int, str]) -> Any:
        return x


class ClsOverloadsWrongReturn:
    @overload
    @classmethod
    def load(cls, x: int) -> str: ...
    @overload
    @classmethod
    def load(cls, x: str) -> str: ...
    @classmethod
    def load(cls, x: Union[int, str]) -> Any:
        return x


class ClsPositionalOnly:
    @classmethod
    def load(cls, x: Union[int, str], /) -> Any:
        return x


class ClsKeywordOnly:
    @classmethod
    def load(cls, *, x: Union[int, str]) -> Any:
        return x


class ClsLiteral:
    @classmethod
    def load(cls, mode: Literal["r", "b"], path: str = "") -> Any:
        return mode


class ClsLiteralNoDefault:
    @classmethod
    def load(cls, mode: Literal["r", "b"], path: str) -> Any:
        return mode


class ClsLiteralOnlyR:
    @classmethod
    def load(cls, mode: Literal["r"], path: str = "") -> Any:
        return mode


class ClsGenericParams:
    @classmethod
    def load(cls, items: Union[list[int], dict[str, int]]) -> Any:
        return items


class ClsGenericWrongParams:
    @classmethod
    def load(cls, items: Union[list[str], dict[str, int]]) -> Any:
        return items


class MethodUnion:
    def load(self, x: Union[int, str]) -> Any:
        return x


class MethodNoArgs:
    def load(self) -> None:
        return None


class StaticUnionLoad:
    @staticmethod
    def load(x: Union[int, str]) -> Any:
        return x


case_ovcls_classmethod_union: LoadsCls = ClsUnion()  # expect: pass
case_ovcls_classmethod_pipe_union: LoadsCls = ClsPipeUnion()  # expect: fail
case_ovcls_classmethod_no_args: LoadsCls = ClsNoArgs()  # expect: fail
case_ovcls_classmethod_int_only: LoadsCls = ClsIntOnly()  # expect: fail
case_ovcls_classmethod_returns_int: LoadsCls = ClsUnionReturnsInt()  # expect: fail
case_ovcls_overloaded_copy: LoadsCls = ClsCopy()  # expect: pass
case_ovcls_overloaded_swapped: LoadsCls = ClsSwapped()  # expect: fail
case_ovcls_overloads_wrong_return: LoadsCls = ClsOverloadsWrongReturn()  # expect: fail
case_ovcls_positional_only: LoadsCls = ClsPositionalOnly()  # expect: pass
case_ovcls_keyword_only: LoadsCls = ClsKeywordOnly()  # expect: fail
case_ovcls_plain_method: LoadsCls = MethodUnion()  # expect: pass
case_ovcls_plain_method_no_args: LoadsCls = MethodNoArgs()  # expect: fail
case_ovcls_staticmethod: LoadsCls = StaticUnionLoad()  # expect: pass
case_ovcls_impl_classmethod_union: LoadsClsWithImpl = ClsUnion()  # expect: pass
case_ovcls_impl_no_args: LoadsClsWithImpl = ClsNoArgs()  # expect: fail
case_ovcls_impl_copy: LoadsClsWithImpl = ClsCopy()  # expect: pass
case_ovcls_impl_int_only: LoadsClsWithImpl = ClsIntOnly()  # expect: fail
case_ovcls_impl_plain_method: LoadsClsWithImpl = MethodUnion()  # expect: pass
case_ovcls_literal_union: LoadsClsLiteral = ClsLiteral()  # expect: pass
case_ovcls_literal_no_default: LoadsClsLiteral = ClsLiteralNoDefault()  # expect: fail
case_ovcls_literal_only_r: LoadsClsLiteral = ClsLiteralOnlyR()  # expect: fail
case_ovcls_generic_params: LoadsClsGeneric = ClsGenericParams()  # expect: pass
case_ovcls_generic_wrong_params: LoadsClsGeneric = ClsGenericWrongParams()  # expect: fail
case_ovcls_generic_copy_named: LoadsClsGeneric = ClsCopy()  # expect: fail
case_ovcls_overloaded_for_plain_classmethod: LoadsPlainCls = ClsCopy()  # expect: fail
case_ovcls_overloaded_for_method: LoadsMethod = ClsCopy()  # expect: pass
case_ovcls_type_of_union: type[LoadsCls] = ClsUnion  # expect: pass
case_ovcls_type_of_no_args: type[LoadsCls] = ClsNoArgs  # expect: fail
case_ovcls_type_of_copy: type[LoadsClsWithImpl] = ClsCopy  # expect: pass
case_ovcls_type_of_plain_method: type[LoadsCls] = MethodUnion  # expect: pass
case_ovcls_class_object_union: LoadsCls = ClsUnion  # expect: pass
case_ovcls_class_object_copy: LoadsClsWithImpl = ClsCopy  # expect: pass
case_ovcls_class_object_no_args: LoadsCls = ClsNoArgs  # expect: fail
case_ovcls_class_object_plain_method: LoadsCls = MethodUnion  # expect: fail
case_ovcls_class_object_staticmethod: LoadsCls = StaticUnionLoad  # expect: pass


T = TypeVar("T")


class LoadsT(Protocol[T]):
    @overload
    @classmethod
    def load(cls, x: int) -> T: ...
    @overload
    @classmethod
    def load(cls, x: str) -> list[T]: ...


class LoadsOther(Protocol):
    @overload
    @classmethod
    def load(cls, x: int) -> int: ...
    @overload
    @classmethod
    def load(cls, x: str) -> str: ...


class LoadsOtherStatic(Protocol):
    @overload
    @staticmethod
    def load(x: int) -> int: ...
    @overload
    @staticmethod
    def load(x: str) -> str: ...


class LoadsOtherNarrow(Protocol):
    @overload
    @classmethod
    def load(cls, x: int) -> int: ...
    @overload
    @classmethod
    def load(cls, x: bytes) -> str: ...


class HoldsLoader(Protocol):
    @property
    def loader(self) -> LoadsCls: ...


class HoldsOther:
    loader: LoadsOther


class HoldsOtherStatic:
    loader: LoadsOtherStatic


class HoldsOtherNarrow:
    loader: LoadsOtherNarrow


class ClsIntGeneric:
    @overload
    @classmethod
    def load(cls, x: int) -> int: ...
    @overload
    @classmethod
    def load(cls, x: str) -> list[int]: ...
    @classmethod
    def load(cls, x: Union[int, str]) -> Any:
        return x




class BuildsSelf(Protocol):
    @overload
    @classmethod
    def build(cls, x: int) -> Self: ...
    @overload
    @classmethod
    def build(cls, x: str) -> Optional[Self]: ...


class BuildsOwn:
    @classmethod
    def build(cls, x: Union[int, str]) -> "BuildsOwn":
        return cls()


class BuildsTypeVar:
    @classmethod
    def build(cls: type[T], x: Union[int, str]) -> T:
        return cls()


class BuildsInt:
    @classmethod
    def build(cls, x: Union[int, str]) -> int:
        return 0


case_ovcls_self_own: BuildsSelf = BuildsOwn()  # expect: pass
case_ovcls_self_type_var: BuildsSelf = BuildsTypeVar()  # expect: pass
case_ovcls_self_int: BuildsSelf = BuildsInt()  # expect: fail
case_ovcls_self_type_of: type[BuildsSelf] = BuildsTypeVar  # expect: pass
case_ovcls_self_class_object: BuildsSelf = BuildsOwn  # expect: pass

case_ovcls_generic_protocol_int: LoadsT[int] = ClsIntGeneric()  # expect: pass
case_ovcls_generic_protocol_str: LoadsT[str] = ClsIntGeneric()  # expect: fail
case_ovcls_protocol_attribute_same: HoldsLoader = HoldsOther()  # expect: pass
case_ovcls_protocol_attribute_static: HoldsLoader = HoldsOtherStatic()  # expect: pass
case_ovcls_protocol_attribute_narrow: HoldsLoader = HoldsOtherNarrow()  # expect: fail

# --------------------------------------------------------------------------- overloaded staticmethods
# The overloads are compared unbound, with the same flags as overloaded class methods.


class MakesStatic(Protocol):
    @overload
    @staticmethod
    def make(x: int) -> int: ...
    @overload
    @staticmethod
    def make(x: str) -> str: ...


class MakesStaticWithImpl(Protocol):
    @overload
    @staticmethod
    def make(x: int) -> int: ...
    @overload
    @staticmethod
    def make(x: str) -> str: ...
    @staticmethod
    def make(x: Union[int, str]) -> Any: ...


class MakesStaticLiteral(Protocol):
    @overload
    @staticmethod
    def make(kind: Literal[1], *, strict: bool = ...) -> int: ...
    @overload
    @staticmethod
    def make(kind: Literal[2], *, strict: bool = ...) -> str: ...
    @staticmethod
    def make(kind: int, *, strict: bool = False) -> Any: ...


class MakesPlainStatic(Protocol):
    @staticmethod
    def make(x: int) -> int: ...


class StaticCopy:
    @overload
    @staticmethod
    def make(x: int) -> int: ...
    @overload
    @staticmethod
    def make(x: str) -> str: ...
    @staticmethod
    def make(x: Union[int, str]) -> Any:
        return x


class StaticCopyReturnsWrong:
    @overload
    @staticmethod
    def make(x: int) -> str: ...
    @overload
    @staticmethod
    def make(x: str) -> str: ...
    @staticmethod
    def make(x: Union[int, str]) -> Any:
        return x


class StaticUnion:
    @staticmethod
    def make(x: Union[int, str]) -> Any:
        return x


class StaticNoArgs:
    @staticmethod
    def make() -> None:
        return None


class StaticIntOnly:
    @staticmethod
    def make(x: int) -> int:
        return x


class StaticObject:
    @staticmethod
    def make(x: object) -> Any:
        return x


class StaticExtraRequired:
    @staticmethod
    def make(x: Union[int, str], y: int) -> Any:
        return x


class ClassUnionMake:
    @classmethod
    def make(cls, x: Union[int, str]) -> Any:
        return x


class MethodUnionMake:
    def make(self, x: Union[int, str]) -> Any:
        return x


class StaticLiteral:
    @staticmethod
    def make(kind: Literal[1, 2], *, strict: bool = False) -> Any:
        return kind


class StaticLiteralNoStrict:
    @staticmethod
    def make(kind: Literal[1, 2]) -> Any:
        return kind


class StaticLiteralOne:
    @staticmethod
    def make(kind: Literal[1], *, strict: bool = False) -> Any:
        return kind


case_ovstatic_copy: MakesStatic = StaticCopy()  # expect: pass
case_ovstatic_copy_wrong_return: MakesStatic = StaticCopyReturnsWrong()  # expect: fail
case_ovstatic_union: MakesStatic = StaticUnion()  # expect: pass
case_ovstatic_no_args: MakesStatic = StaticNoArgs()  # expect: fail
case_ovstatic_int_only: MakesStatic = StaticIntOnly()  # expect: fail
case_ovstatic_object: MakesStatic = StaticObject()  # expect: pass
case_ovstatic_extra_required: MakesStatic = StaticExtraRequired()  # expect: fail
case_ovstatic_classmethod: MakesStatic = ClassUnionMake()  # expect: pass
case_ovstatic_plain_method: MakesStatic = MethodUnionMake()  # expect: pass
case_ovstatic_impl_copy: MakesStaticWithImpl = StaticCopy()  # expect: pass
case_ovstatic_impl_union: MakesStaticWithImpl = StaticUnion()  # expect: pass
case_ovstatic_impl_no_args: MakesStaticWithImpl = StaticNoArgs()  # expect: fail
case_ovstatic_impl_int_only: MakesStaticWithImpl = StaticIntOnly()  # expect: fail
case_ovstatic_literal: MakesStaticLiteral = StaticLiteral()  # expect: pass
case_ovstatic_literal_no_strict: MakesStaticLiteral = StaticLiteralNoStrict()  # expect: fail
case_ovstatic_literal_one: MakesStaticLiteral = StaticLiteralOne()  # expect: fail
case_ovstatic_overloaded_for_plain_static: MakesPlainStatic = StaticCopy()  # expect: fail
case_ovstatic_type_of_copy: type[MakesStatic] = StaticCopy  # expect: pass
case_ovstatic_type_of_no_args: type[MakesStatic] = StaticNoArgs  # expect: fail
case_ovstatic_class_object_copy: MakesStatic = StaticCopy  # expect: pass
case_ovstatic_class_object_union: MakesStaticWithImpl = StaticUnion  # expect: pass
case_ovstatic_class_object_int_only: MakesStatic = StaticIntOnly  # expect: fail
case_ovstatic_class_object_plain_method: MakesStatic = MethodUnionMake  # expect: fail
case_ovstatic_class_object_classmethod: MakesStatic = ClassUnionMake  # expect: pass

# --------------------------------------------------------------------------- Callable attributes
# `Callable[[X], R]` with one parameter of any type (a union, a Literal, a generic) implements
# a method; an instance attribute is not bound.


class RunsItems(Protocol):
    def run(self, items: list[str]) -> int: ...


class RunsUnion(Protocol):
    def run(self, value: int) -> int: ...


class RunsLiteral(Protocol):
    def run(self, mode: Literal["a"]) -> int: ...


class RunsStr(Protocol):
    def run(self, mode: str) -> int: ...


class RunsWithDefault(Protocol):
    def run(self, items: list[str], limit: int = ...) -> int: ...


class RunsTwo(Protocol):
    def run(self, items: list[str], limit: int) -> int: ...


class RunsPositionalOnly(Protocol):
    def run(self, items: list[str], /) -> int: ...


class RunsKeywordOnly(Protocol):
    def run(self, *, items: list[str]) -> int: ...


class RunsAttribute(Protocol):
    run: Callable[[list[str]], int]


class RunsProperty(Protocol):
    @property
    def run(self) -> Callable[[list[str]], int]: ...


class AttrListStr:
    run: Callable[[list[str]], int]


class AttrAbcListStr:
    run: collections.abc.Callable[[list[str]], int]


class AttrListInt:
    run: Callable[[list[int]], int]


class AttrDict:
    run: Callable[[dict[str, list[str]]], int]


class AttrUnion:
    run: Callable[[Union[int, str]], int]


class AttrPipeUnion:
    run: Callable[[int | None], int]


class AttrOptional:
    run: Callable[[Optional[str]], int]


class AttrLiteral:
    run: Callable[[Literal["a", "b"]], int]


class AttrLiteralB:
    run: Callable[[Literal["b"]], int]


class AttrTwo:
    run: Callable[[list[str], int], int]


class AttrNoArgs:
    run: Callable[[], int]


class AttrEllipsis:
    run: Callable[..., int]


class AttrReturnsStr:
    run: Callable[[list[str]], str]


class AttrWithValue:
    run: Callable[[list[str]], int] = len


class MethodRun:
    def run(self, items: list[str]) -> int:
        return len(items)


case_attr_list_for_method: RunsItems = AttrListStr()  # expect: pass
case_attr_abc_callable_for_method: RunsItems = AttrAbcListStr()  # expect: pass
case_attr_list_int_for_method: RunsItems = AttrListInt()  # expect: fail
case_attr_dict_for_method: RunsItems = AttrDict()  # expect: fail
case_attr_returns_str_for_method: RunsItems = AttrReturnsStr()  # expect: fail
case_attr_no_args_for_method: RunsItems = AttrNoArgs()  # expect: fail
case_attr_ellipsis_for_method: RunsItems = AttrEllipsis()  # expect: pass
case_attr_with_value_for_method: RunsItems = AttrWithValue()  # expect: pass
case_attr_union_for_method: RunsUnion = AttrUnion()  # expect: pass
case_attr_pipe_union_for_method: RunsUnion = AttrPipeUnion()  # expect: pass
case_attr_optional_for_int_method: RunsUnion = AttrOptional()  # expect: fail
case_attr_optional_for_str_method: RunsStr = AttrOptional()  # expect: pass
case_attr_literal_for_literal_method: RunsLiteral = AttrLiteral()  # expect: pass
case_attr_literal_b_for_literal_method: RunsLiteral = AttrLiteralB()  # expect: fail
case_attr_literal_for_str_method: RunsStr = AttrLiteral()  # expect: fail
case_attr_two_for_default_method: RunsWithDefault = AttrTwo()  # expect: fail
case_attr_two_for_two_method: RunsTwo = AttrTwo()  # expect: pass
case_attr_one_for_two_method: RunsTwo = AttrListStr()  # expect: fail
case_attr_for_positional_only_method: RunsPositionalOnly = AttrListStr()  # expect: pass
case_attr_for_keyword_only_method: RunsKeywordOnly = AttrListStr()  # expect: fail
case_attr_for_attr: RunsAttribute = AttrListStr()  # expect: pass
case_method_for_attr: RunsAttribute = MethodRun()  # expect: fail
case_attr_for_property: RunsProperty = AttrListStr()  # expect: pass
case_attr_type_of: type[RunsItems] = AttrListStr  # expect: pass
case_attr_type_of_wrong: type[RunsItems] = AttrListInt  # expect: fail
case_attr_class_object: RunsItems = AttrListStr  # expect: pass
case_attr_class_object_wrong: RunsItems = AttrListInt  # expect: fail


class RunsOptionalHook(Protocol):
    @property
    def run(self) -> Optional[Callable[[list[str]], int]]: ...


class RunsEitherHook(Protocol):
    @property
    def run(self) -> Union[Callable[[list[str]], int], Callable[[str], int]]: ...


class AttrUnionOfCallables:
    run: Union[Callable[[list[str]], int], Callable[[object], int]]


class AttrUnionOfCallablesWrong:
    run: Union[Callable[[list[str]], int], Callable[[str], int]]


class AttrOptionalCallable:
    run: Optional[Callable[[list[str]], int]]


class MethodRunStr:
    def run(self, items: str) -> int:
        return 0


class MethodRunBytes:
    def run(self, items: bytes) -> int:
        return 0


case_attr_union_of_callables: RunsItems = AttrUnionOfCallables()  # expect: pass
case_attr_union_of_callables_wrong: RunsItems = AttrUnionOfCallablesWrong()  # expect: fail
case_attr_optional_callable: RunsItems = AttrOptionalCallable()  # expect: fail
case_method_for_optional_hook: RunsOptionalHook = MethodRun()  # expect: pass
case_method_str_for_optional_hook: RunsOptionalHook = MethodRunStr()  # expect: fail
case_attr_for_optional_hook: RunsOptionalHook = AttrOptionalCallable()  # expect: pass
case_method_str_for_either_hook: RunsEitherHook = MethodRunStr()  # expect: pass
case_method_bytes_for_either_hook: RunsEitherHook = MethodRunBytes()  # expect: fail

# --------------------------------------------------------------------------- ClassVar[Callable]
# Read through an instance, a ClassVar of a callable type is bound like a method
# (checkmember.analyze_var), and so is an unannotated class variable holding a builtin
# function; read from the class object, neither is.


class Runs(Protocol):
    def run(self, x: int) -> str: ...


class RunsClassVar(Protocol):
    run: ClassVar[Callable[[int, int], str]]


class RunsCallableProperty(Protocol):
    @property
    def run(self) -> Callable[[int], str]: ...


def _run_any(obj: Any, x: int) -> str:
    return ""


class CvAnyFirst:
    run: ClassVar[Callable[[Any, int], str]]


class CvSelfFirst:
    run: ClassVar[Callable[["CvSelfFirst", int], str]]


class CvIntFirst:
    run: ClassVar[Callable[[int, int], str]]


class CvStrFirst:
    run: ClassVar[Callable[[str, int], str]]


class CvWrongSecond:
    run: ClassVar[Callable[[Any, str], str]]


class CvUnionSecond:
    run: ClassVar[Callable[[Any, Union[int, str]], str]]


class CvLiteralSecond:
    run: ClassVar[Callable[[Any, Literal[1]], str]]


class CvGenericSecond:
    run: ClassVar[Callable[[Any, list[int]], str]]


class CvOnlyX:
    run: ClassVar[Callable[[int], str]]


class CvNoArgs:
    run: ClassVar[Callable[[], str]]


class CvEllipsis:
    run: ClassVar[Callable[..., str]]


class CvWithValue:
    run: ClassVar[Callable[[Any, int], str]] = _run_any


class CvAbc:
    run: ClassVar[collections.abc.Callable[[Any, int], str]]


class CvUnion:
    run: ClassVar[Union[Callable[[Any, int], str], Callable[["CvUnion", object], str]]]


class CvOptional:
    run: ClassVar[Optional[Callable[[Any, int], str]]]


class InstanceVarOnlyX:
    run: Callable[[int], str]


class InstanceVarAnyFirst:
    run: Callable[[Any, int], str]


class MethodRunX:
    def run(self, x: int) -> str:
        return ""


case_cv_any_first: Runs = CvAnyFirst()  # expect: pass
case_cv_self_first: Runs = CvSelfFirst()  # expect: pass
case_cv_int_first: Runs = CvIntFirst()  # expect: pass
case_cv_wrong_second: Runs = CvWrongSecond()  # expect: fail
case_cv_union_second: Runs = CvUnionSecond()  # expect: pass
case_cv_literal_second: Runs = CvLiteralSecond()  # expect: fail
case_cv_generic_second: Runs = CvGenericSecond()  # expect: fail
case_cv_only_x: Runs = CvOnlyX()  # expect: fail
case_cv_no_args: Runs = CvNoArgs()  # expect: fail
case_cv_ellipsis: Runs = CvEllipsis()  # expect: pass
case_cv_with_value: Runs = CvWithValue()  # expect: pass
case_cv_abc_callable: Runs = CvAbc()  # expect: pass
case_cv_union: Runs = CvUnion()  # expect: pass
case_cv_optional: Runs = CvOptional()  # expect: fail
case_instance_var_only_x: Runs = InstanceVarOnlyX()  # expect: pass
case_instance_var_any_first: Runs = InstanceVarAnyFirst()  # expect: fail
case_cv_type_of_any_first: type[Runs] = CvAnyFirst  # expect: pass
case_cv_type_of_only_x: type[Runs] = CvOnlyX  # expect: fail
case_cv_class_object_any_first: Runs = CvAnyFirst  # expect: fail
case_cv_class_object_only_x: Runs = CvOnlyX  # expect: pass
case_cv_class_object_with_value: Runs = CvWithValue  # expect: fail
case_instance_var_class_object_only_x: Runs = InstanceVarOnlyX  # expect: pass
case_cv_property_any_first: RunsCallableProperty = CvAnyFirst()  # expect: pass
case_cv_property_only_x: RunsCallableProperty = CvOnlyX()  # expect: fail
case_instance_var_property_only_x: RunsCallableProperty = InstanceVarOnlyX()  # expect: pass
case_cv_member_same: RunsClassVar = CvIntFirst()  # expect: pass
case_cv_member_other_first: RunsClassVar = CvStrFirst()  # expect: pass
case_cv_member_wrong_second: RunsClassVar = CvWrongSecond()  # expect: fail
case_cv_member_method: RunsClassVar = MethodRunX()  # expect: fail
case_cv_member_instance_var: RunsClassVar = InstanceVarAnyFirst()  # expect: fail
case_cv_member_type_of: type[RunsClassVar] = CvStrFirst  # expect: pass
case_cv_member_class_object: RunsClassVar = CvIntFirst  # expect: fail



class Counts(Protocol):
    def run(self) -> int: ...


class CountsOne(Protocol):
    def run(self, x: Any) -> int: ...


class LenInBody:
    run = len


class AbsInBody:
    run = abs


class BoundCountInBody:
    run = [1, 2].count


class LenDeclaredInBody:
    run: Callable[[Any], int] = len


case_builtin_in_body_bound: Counts = LenInBody()  # expect: pass
case_builtin_in_body_not_one: CountsOne = LenInBody()  # expect: fail
case_builtin_abs_in_body_bound: Counts = AbsInBody()  # expect: pass
case_builtin_in_body_class_object: CountsOne = LenInBody  # expect: pass
case_builtin_in_body_class_object_not_bound: Counts = LenInBody  # expect: fail
case_bound_builtin_in_body: CountsOne = BoundCountInBody()  # expect: pass
case_bound_builtin_in_body_not_rebound: Counts = BoundCountInBody()  # expect: fail
case_builtin_declared_in_body: CountsOne = LenDeclaredInBody()  # expect: pass
case_builtin_declared_in_body_not_bound: Counts = LenDeclaredInBody()  # expect: fail

# --------------------------------------------------------------------------- typed *args and **kwargs
# An argument that may reach `*args` (by position) or `**kwargs` / a keyword-only parameter of
# its name (by name) must suit both: their meet (typeops.callable_corresponding_argument).


class Writes(Protocol):
    def write(self, text: str) -> None: ...


class WritesTwo(Protocol):
    def write(self, text: str, count: int) -> None: ...


class WritesPositionalOnly(Protocol):
    def write(self, text: str, /) -> None: ...


class WritesKeywordOnly(Protocol):
    def write(self, *, text: str) -> None: ...


class WritesDefault(Protocol):
    def write(self, text: str = ...) -> None: ...


class WritesList(Protocol):
    def write(self, text: list[str]) -> None: ...


class WritesLiteral(Protocol):
    def write(self, text: Literal["a"]) -> None: ...


class StarInt:
    def write(self, *args: int, **kwargs: Any) -> None: ...


class StarStr:
    def write(self, *args: str, **kwargs: Any) -> None: ...


class StarAnyKwInt:
    def write(self, *args: Any, **kwargs: int) -> None: ...


class StarObject:
    def write(self, *args: object, **kwargs: object) -> None: ...


class StarUnion:
    def write(self, *args: Union[int, str], **kwargs: Any) -> None: ...


class StarUnionBoth:
    def write(self, *args: Union[int, str], **kwargs: Union[str, bytes]) -> None: ...


class StarLiteral:
    def write(self, *args: Literal["a"], **kwargs: Any) -> None: ...


class StarListStr:
    def write(self, *args: list[str], **kwargs: Any) -> None: ...


class StarIntKeywordText:
    def write(self, *args: int, text: str = "") -> None: ...


class StarStrKeywordText:
    def write(self, *args: str, text: str = "") -> None: ...


class StarObjectKeywordText:
    def write(self, *args: object, text: str = "") -> None: ...


class StarStrKeywordTextInt:
    def write(self, *args: str, text: int = 0) -> None: ...


class StarIntKwStr:
    def write(self, *args: int, **kwargs: str) -> None: ...


class StarIntOnly:
    def write(self, *args: int) -> None: ...


class StarStrOnly:
    def write(self, *args: str) -> None: ...


class KwIntOnly:
    def write(self, **kwargs: int) -> None: ...


class StarAny:
    def write(self, *args: Any, **kwargs: Any) -> None: ...


class StaticStarInt:
    @staticmethod
    def write(*args: int, **kwargs: Any) -> None: ...


class ClassStarStr:
    @classmethod
    def write(cls, *args: str, **kwargs: Any) -> None: ...


case_star_int: Writes = StarInt()  # expect: fail
case_star_str: Writes = StarStr()  # expect: pass
case_star_any_kw_int: Writes = StarAnyKwInt()  # expect: fail
case_star_object: Writes = StarObject()  # expect: pass
case_star_union: Writes = StarUnion()  # expect: pass
case_star_union_both: Writes = StarUnionBoth()  # expect: pass
case_star_literal: Writes = StarLiteral()  # expect: fail
case_star_literal_for_literal: WritesLiteral = StarLiteral()  # expect: pass
case_star_list_for_list: WritesList = StarListStr()  # expect: pass
case_star_list_for_str: Writes = StarListStr()  # expect: fail
case_star_int_keyword_text: Writes = StarIntKeywordText()  # expect: fail
case_star_str_keyword_text: Writes = StarStrKeywordText()  # expect: pass
case_star_object_keyword_text: Writes = StarObjectKeywordText()  # expect: pass
case_star_str_keyword_text_int: Writes = StarStrKeywordTextInt()  # expect: fail
case_star_int_kw_str: Writes = StarIntKwStr()  # expect: fail
case_star_int_only: Writes = StarIntOnly()  # expect: fail
case_star_str_only: Writes = StarStrOnly()  # expect: pass
case_star_any: Writes = StarAny()  # expect: pass
case_star_int_two: WritesTwo = StarInt()  # expect: fail
case_star_str_two: WritesTwo = StarStr()  # expect: fail
case_star_union_two: WritesTwo = StarUnion()  # expect: pass
case_star_int_positional_only: WritesPositionalOnly = StarInt()  # expect: fail
case_star_str_only_positional_only: WritesPositionalOnly = StarStrOnly()  # expect: pass
case_star_int_keyword_only: WritesKeywordOnly = StarInt()  # expect: pass
case_star_any_kw_int_keyword_only: WritesKeywordOnly = StarAnyKwInt()  # expect: fail
case_kw_int_only_keyword_only: WritesKeywordOnly = KwIntOnly()  # expect: fail
case_star_int_keyword_text_keyword_only: WritesKeywordOnly = StarIntKeywordText()  # expect: pass
case_star_int_default: WritesDefault = StarInt()  # expect: fail
case_star_str_default: WritesDefault = StarStr()  # expect: pass
case_star_int_keyword_text_default: WritesDefault = StarIntKeywordText()  # expect: fail
case_static_star_int: Writes = StaticStarInt()  # expect: fail
case_class_star_str: Writes = ClassStarStr()  # expect: pass
case_star_int_type_of: type[Writes] = StarInt  # expect: fail
case_star_str_type_of: type[Writes] = StarStr  # expect: pass
case_static_star_int_class_object: Writes = StaticStarInt  # expect: fail
case_class_star_str_class_object: Writes = ClassStarStr  # expect: pass


class Made:
    pass


class MakesMade(Protocol):
    def __call__(self, text: str) -> Made: ...


class MakesMadeKeyword(Protocol):
    def __call__(self, *, text: str) -> Made: ...


class InitStarInt(Made):
    def __init__(self, *args: int, **kwargs: Any) -> None: ...


class InitStarStr(Made):
    def __init__(self, *args: str, **kwargs: Any) -> None: ...


class InitStarIntKeywordText(Made):
    def __init__(self, *args: int, text: str = "") -> None: ...


class InitStarStrKeywordText(Made):
    def __init__(self, *args: str, text: str = "") -> None: ...


class NewStarInt(Made):
    def __new__(cls, *args: int, **kwargs: Any) -> "NewStarInt":
        return super().__new__(cls)


class HasInit(Protocol):
    def __init__(self, text: str) -> None: ...
    def size(self) -> int: ...


class SizedStarInt:
    def __init__(self, *args: int, **kwargs: Any) -> None: ...
    def size(self) -> int:
        return 0


case_init_star_int: MakesMade = InitStarInt  # expect: fail
case_init_star_str: MakesMade = InitStarStr  # expect: pass
case_init_star_int_keyword_text: MakesMade = InitStarIntKeywordText  # expect: fail
case_init_star_str_keyword_text: MakesMade = InitStarStrKeywordText  # expect: pass
case_init_star_int_keyword_call: MakesMadeKeyword = InitStarInt  # expect: pass
case_new_star_int: MakesMade = NewStarInt  # expect: fail
case_init_protocol_type_of_star_int: type[HasInit] = SizedStarInt  # expect: pass
