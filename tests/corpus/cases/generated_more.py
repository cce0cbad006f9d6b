"""More signature shapes found by a random program generator, labelled by mypy.

One section per shape; each says which of mypy's rules it exercises.
"""

from abc import ABC, ABCMeta
from collections.abc import Callable, Hashable, Iterable, Sized
from enum import Enum
from typing import Any, NamedTuple, Optional, Protocol, SupportsInt, Union, overload

# --------------------------------------------------------------------------- **kwargs and the names of the protocol's parameters
# A protocol's `**kwargs` must be accepted by the plugin's named parameters that the protocol
# does not name (subtypes.is_callable_compatible, phase 1d). mypy collects the names it does
# name from all of its parameters, the names of `*args` and `**kwargs` included; only
# positional-only parameters are anonymous. A plugin's parameter named like the protocol's
# `**kwargs` is therefore not compared with it, nor required to be optional.


class TakesKwargsKey(Protocol):
    def m(self, **key: bool) -> None: ...


class TakesArgsKey(Protocol):
    def m(self, *key: bool, **kw: bool) -> None: ...


class TakesPositionalKey(Protocol):
    def m(self, key: int, /, **kw: bool) -> None: ...


class TakesKwargsKeyInt(Protocol):
    def m(self, **key: int) -> None: ...


class TakesKwargsInt(Protocol):
    def m(self, **kw: int) -> None: ...


class TakesKwargsKeyStatic(Protocol):
    @staticmethod
    def m(**key: int) -> None: ...


class CallsWithKwargsKey(Protocol):
    def __call__(self, **key: int) -> None: ...


class KeyListAndKwargs:
    def m(self, key: list[int] = [], **kw: bool) -> None: ...


class KeyStrAndKwargs:
    def m(self, key: str = "", **kw: bool) -> None: ...


class ArgsThenKeyList:
    def m(self, *a: bool, key: list[int] = [], **kw: bool) -> None: ...


class PositionalThenKeyList:
    def m(self, a: int, /, key: list[int] = [], **kw: bool) -> None: ...


class RequiredKeywordKey:
    def m(self, *, key: str, **kw: int) -> None: ...


class StaticKeyStr:
    @staticmethod
    def m(key: str = "", **kw: int) -> None: ...


class SelfNamedKeyword:
    def m(me, self: str = "", **kw: int) -> None: ...


class TakesKwargsSelf(Protocol):
    def m(self, **self2: int) -> None: ...


def key_str_and_kwargs(key: str = "", **kw: int) -> None: ...


def key_str_only(key: str = "") -> None: ...


case_kwname_kwargs_named_like_param: TakesKwargsKey = KeyListAndKwargs()  # expect: pass
case_kwname_kwargs_named_like_param_str: TakesKwargsKey = KeyStrAndKwargs()  # expect: pass
case_kwname_kwargs_other_name: TakesKwargsInt = KeyStrAndKwargs()  # expect: fail
case_kwname_args_named_like_param: TakesArgsKey = ArgsThenKeyList()  # expect: pass
case_kwname_positional_only_is_anonymous: TakesPositionalKey = PositionalThenKeyList()  # expect: fail
case_kwname_required_keyword_named_like_kwargs: TakesKwargsKeyInt = RequiredKeywordKey()  # expect: pass
case_kwname_required_keyword_other_name: TakesKwargsInt = RequiredKeywordKey()  # expect: fail
case_kwname_static_method: TakesKwargsKeyStatic = StaticKeyStr()  # expect: pass
case_kwname_bound_self_is_not_a_name: TakesKwargsSelf = SelfNamedKeyword()  # expect: fail
case_kwname_function: CallsWithKwargsKey = key_str_and_kwargs  # expect: pass
case_kwname_function_without_kwargs: CallsWithKwargsKey = key_str_only  # expect: fail


# --------------------------------------------------------------------------- a value of type `type` or of a metaclass
# A member typed `type` (or a metaclass) is a class: mypy finds its `__call__` on `type`
# (checkmember, subtypes.visit_instance), typeshed's `def __call__(self, *args: Any,
# **kwds: Any) -> Any`, which implements any method. A metaclass's own `__call__` is checked.


class ReturnsType(Protocol):
    def n(self) -> type: ...


class FormatsInt(Protocol):
    def n(self, x: int) -> str: ...


class ParsesKeyword(Protocol):
    def n(self, *, text: str) -> object: ...


class LoadsOverloaded(Protocol):
    @overload
    def n(self, x: int) -> int: ...
    @overload
    def n(self, x: str) -> str: ...


class FetchesAsync(Protocol):
    async def n(self) -> int: ...


class TakesIntReturnsInt(Protocol):
    def n(self, x: int) -> int: ...


class CountingMeta(type):
    def __call__(cls, x: int) -> int:
        return x


class CountingClass(metaclass=CountingMeta):
    pass


class TypeProperty:
    @property
    def n(self) -> type:
        return int


class TypeAttribute:
    n: type = int


class ABCMetaAttribute:
    n: ABCMeta = ABCMeta("Made", (), {})


class CountingMetaAttribute:
    n: CountingMeta = CountingClass


class ObjectProperty:
    @property
    def n(self) -> object:
        return int


case_typecall_property_returning_type: ReturnsType = TypeProperty()  # expect: pass
case_typecall_attribute_any_signature: FormatsInt = TypeAttribute()  # expect: pass
case_typecall_keyword_only: ParsesKeyword = TypeProperty()  # expect: pass
case_typecall_overloaded: LoadsOverloaded = TypeProperty()  # expect: pass
case_typecall_async: FetchesAsync = TypeAttribute()  # expect: pass
case_typecall_abcmeta: ParsesKeyword = ABCMetaAttribute()  # expect: pass
case_typecall_metaclass_own_call: TakesIntReturnsInt = CountingMetaAttribute()  # expect: pass
case_typecall_metaclass_own_call_mismatch: FormatsInt = CountingMetaAttribute()  # expect: fail
case_typecall_object_is_not_callable: ReturnsType = ObjectProperty()  # expect: fail


# --------------------------------------------------------------------------- a value of type `type[C]`
# A member typed `type[C]` implements a method when what the class makes fits the method's
# return type: mypy does not check the constructor's parameters (subtypes.visit_type_type,
# "This is unsound, we don't check the __init__ signature"). `type[A | B]` is a union of
# classes, compared item by item; a `type[...]` implements no overloaded method.


class TakesThreeInts(Protocol):
    def n(self, a: int, b: int, c: int) -> int: ...


class TakesStrings(Protocol):
    def n(self, a: list[str]) -> Any: ...


class MakesInt(Protocol):
    def n(self) -> int: ...


class MakesObject(Protocol):
    def n(self) -> object: ...


class MakesSupportsInt(Protocol):
    def n(self, x: str) -> SupportsInt: ...


class NoArguments:
    def __init__(self) -> None:
        pass


class IntClassProperty:
    @property
    def n(self) -> type[int]:
        return int


class IntClassAttribute:
    n: type[int] = int


class BoolClassProperty:
    @property
    def n(self) -> type[bool]:
        return bool


class NoArgumentsClassProperty:
    @property
    def n(self) -> type[NoArguments]:
        return NoArguments


class ObjectClassProperty:
    @property
    def n(self) -> type[object]:
        return object


class AnyClassProperty:
    @property
    def n(self) -> type[Any]:
        return int


class IntOrStrClassProperty:
    @property
    def n(self) -> type[Union[int, str]]:
        return int


class OptionalIntClassProperty:
    @property
    def n(self) -> Optional[type[int]]:
        return int


case_typeof_parameters_unchecked: TakesThreeInts = IntClassProperty()  # expect: pass
case_typeof_attribute_parameters_unchecked: TakesThreeInts = IntClassAttribute()  # expect: pass
case_typeof_no_argument_constructor: TakesStrings = NoArgumentsClassProperty()  # expect: pass
case_typeof_keyword_only: ParsesKeyword = NoArgumentsClassProperty()  # expect: pass
case_typeof_object: ParsesKeyword = ObjectClassProperty()  # expect: pass
case_typeof_subclass_return: MakesInt = BoolClassProperty()  # expect: pass
case_typeof_protocol_return: MakesSupportsInt = BoolClassProperty()  # expect: pass
case_typeof_wrong_return: FormatsInt = IntClassProperty()  # expect: fail
case_typeof_async: FetchesAsync = IntClassProperty()  # expect: fail
case_typeof_union_one_item_wrong: MakesInt = IntOrStrClassProperty()  # expect: fail
case_typeof_union_object: MakesObject = IntOrStrClassProperty()  # expect: pass
case_typeof_optional: MakesObject = OptionalIntClassProperty()  # expect: fail
case_typeof_overloaded: LoadsOverloaded = IntClassProperty()  # expect: fail
case_typeof_any_overloaded: LoadsOverloaded = AnyClassProperty()  # expect: fail
case_typeof_any: TakesThreeInts = AnyClassProperty()  # expect: pass


# --------------------------------------------------------------------------- a bare `type` is an instance of `type`
# mypy reads a bare `type` annotation as an instance of `builtins.type` (typeanal), not as
# `type[Any]` (`Type` alone is `type[Any]`): it has type's members, so it is `Hashable`,
# where `type[Any]` is not (subtypes.visit_type_type). Both are still assignable to any
# `type[C]` and back.


class Base:
    pass


class TakesTypeByKeyword(Protocol):
    def m(self, *, key: type) -> None: ...


class TakesType(Protocol):
    def m(self, key: type) -> None: ...


class TakesAnyClass(Protocol):
    def m(self, key: type[Any]) -> None: ...


class TakesBaseClass(Protocol):
    def m(self, key: type[Base]) -> None: ...


class HasHashable(Protocol):
    @property
    def n(self) -> Hashable: ...


class HasIterable(Protocol):
    @property
    def n(self) -> Iterable[int]: ...


class HasBaseClass(Protocol):
    @property
    def n(self) -> type[Base]: ...


class HasType(Protocol):
    @property
    def n(self) -> type: ...


class HasFormatter(Protocol):
    @property
    def n(self) -> Callable[[int], str]: ...


class KwargsHashable:
    def m(self, **kw: Hashable) -> None: ...


class KeyHashable:
    def m(self, key: Hashable) -> None: ...


class KeyType:
    def m(self, key: type) -> None: ...


class KeyBaseClass:
    def m(self, key: type[Base]) -> None: ...


class AnyClassAttribute:
    n: type[Any] = int


case_baretype_reaches_hashable_kwargs: TakesTypeByKeyword = KwargsHashable()  # expect: pass
case_baretype_is_hashable: TakesType = KeyHashable()  # expect: pass
case_baretype_any_class_is_not_hashable: TakesAnyClass = KeyHashable()  # expect: fail
case_baretype_attribute_is_hashable: HasHashable = TypeAttribute()  # expect: pass
case_baretype_any_class_attribute_is_not_hashable: HasHashable = AnyClassAttribute()  # expect: fail
case_baretype_is_not_iterable: HasIterable = TypeAttribute()  # expect: fail
case_baretype_to_class_of_base: HasBaseClass = TypeAttribute()  # expect: pass
case_baretype_from_any_class: HasType = AnyClassAttribute()  # expect: pass
case_baretype_is_callable: HasFormatter = TypeAttribute()  # expect: pass
case_baretype_parameter_narrowed: TakesType = KeyBaseClass()  # expect: pass
case_baretype_parameter_widened: TakesBaseClass = KeyType()  # expect: pass


# --------------------------------------------------------------------------- a function where a data type is expected
# mypy compares a callable with a class or a protocol as its fallback, `builtins.function`
# (subtypes.visit_callable_type): a method or static method provides a read-only member
# typed `Hashable` (or a protocol a function implements), but not `Sized` or `int`.


class HasHash(Protocol):
    def __hash__(self) -> int: ...


class HashableMember(Protocol):
    @property
    def m(self) -> Hashable: ...


class OptionalHashableMember(Protocol):
    @property
    def m(self) -> Optional[Hashable]: ...


class HasHashMember(Protocol):
    @property
    def m(self) -> HasHash: ...


class SizedMember(Protocol):
    @property
    def m(self) -> Sized: ...


class IntMember(Protocol):
    @property
    def m(self) -> int: ...


class StaticReturnsInt:
    @staticmethod
    def m() -> int:
        return 0


class MethodReturnsInt:
    def m(self) -> int:
        return 0


case_fnfallback_static_is_hashable: HashableMember = StaticReturnsInt()  # expect: pass
case_fnfallback_method_is_hashable: HashableMember = MethodReturnsInt()  # expect: pass
case_fnfallback_optional_hashable: OptionalHashableMember = MethodReturnsInt()  # expect: pass
case_fnfallback_user_protocol: HasHashMember = StaticReturnsInt()  # expect: pass
case_fnfallback_not_sized: SizedMember = StaticReturnsInt()  # expect: fail
case_fnfallback_not_int: IntMember = MethodReturnsInt()  # expect: fail


# --------------------------------------------------------------------------- `type[C]` against a protocol: the metaclass mypy knows
# A `type[C]` conforms to a protocol through the class's own members or through its
# metaclass (subtypes.visit_type_type), and mypy knows a metaclass only where a class of
# the MRO declares one, or ABCMeta below a protocol (semanal.recalculate_metaclass;
# typeshed derives `list` and `str` from `Iterable`). `type[int]` and `type[Plain]` have
# none, so they are not `Hashable`; `type[str]`, an ABC or an Enum are. A named tuple's
# class is built without one.


class PlainClass:
    pass


class AbstractBase(ABC):
    pass


class Colour(Enum):
    RED = 1


class Point(NamedTuple):
    x: int


class IntList(list[int]):
    pass


class TakesIntClass(Protocol):
    def m(self, key: type[int]) -> None: ...


class TakesStrClass(Protocol):
    def m(self, key: type[str]) -> None: ...


class TakesPlainClass(Protocol):
    def m(self, key: type[PlainClass]) -> None: ...


class TakesAbstractClass(Protocol):
    def m(self, key: type[AbstractBase]) -> None: ...


class TakesEnumClass(Protocol):
    def m(self, key: type[Colour]) -> None: ...


class TakesNamedTupleClass(Protocol):
    def m(self, key: type[Point]) -> None: ...


class TakesListSubclass(Protocol):
    def m(self, key: type[IntList]) -> None: ...


class IntClassProvider:
    @property
    def m(self) -> type[int]:
        return int


class StrClassProvider:
    @property
    def m(self) -> type[str]:
        return str


class HashableParameter:
    def m(self, key: Hashable) -> None: ...


case_metaclass_int_class_not_hashable: HashableMember = IntClassProvider()  # expect: fail
case_metaclass_str_class_hashable: HashableMember = StrClassProvider()  # expect: pass
case_metaclass_param_int_class: TakesIntClass = HashableParameter()  # expect: fail
case_metaclass_param_str_class: TakesStrClass = HashableParameter()  # expect: pass
case_metaclass_param_plain_class: TakesPlainClass = HashableParameter()  # expect: fail
case_metaclass_param_abc: TakesAbstractClass = HashableParameter()  # expect: pass
case_metaclass_param_enum: TakesEnumClass = HashableParameter()  # expect: pass
case_metaclass_param_named_tuple: TakesNamedTupleClass = HashableParameter()  # expect: fail
case_metaclass_param_list_subclass: TakesListSubclass = HashableParameter()  # expect: pass
